"""Who spoke when on real voices: the full ingest (transcription, diarization, units,
cross-recording linking) on conversations built from real recordings
(benchmarks/data/speakers_real, made by scripts/make_real_speaker_devset.py), scored the
way users see it: the speaker-labelled units of the index against the true turns.

Figures (pyannote.metrics, 0.25 s collar each side, 10 ms resolution):
  missed     share of true speech that no speaker-labelled unit covers
  DER        diarization error rate per file (each file mapped on its own), and pooled
  global DER one mapping over all files: a voice must keep its id across recordings
  count      files whose number of speakers is right
  speed      diarization alone (VAD, embeddings, clustering) in x realtime

    python benchmarks/speakers_real.py [--set dev|heldout] [--whisper MODEL] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT / "benchmarks" / "data" / "speakers_real"
COLLAR = 0.5  # pyannote's collar is the total width: 0.25 s each side of a boundary


def load_set(name: str) -> list[tuple[Path, list[tuple[float, float, str]]]]:
    out = []
    for truth in sorted((DATA / name).glob("*.json")):
        audio = next(p for p in truth.parent.glob(truth.stem + ".*") if p.suffix != ".json")
        turns = json.loads(truth.read_text())["turns"]
        out.append((audio, [(t["start"], t["end"], t["person"]) for t in turns]))
    return out


def truth_turns(path: Path) -> list[dict]:
    return json.loads(path.with_suffix(".json").read_text())["turns"]


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def word_error_rates(rag, dataset) -> dict[str, dict]:
    """Per language of the truth: WER of the units' text over each true turn's time (and
    the share of units tagged with that language)."""
    import jiwer

    refs: dict[str, list[str]] = {}
    hyps: dict[str, list[str]] = {}
    tagged: dict[str, list[bool]] = {}
    for path, _ in dataset:
        units = rag.transcript(path)
        for t in truth_turns(path):
            inside = [u for u in units if u.start < t["end"] and u.end > t["start"]]
            lang = t["language"]
            refs.setdefault(lang, []).append(normalise(t["text"]))
            hyps.setdefault(lang, []).append(normalise(" ".join(u.text for u in inside)))
            tagged.setdefault(lang, []).extend(u.language == lang for u in inside)
    return {
        lang: {
            "wer": round(jiwer.wer(refs[lang], hyps[lang]), 3),
            "language_tagged": round(sum(tagged[lang]) / max(1, len(tagged[lang])), 3),
            "turns": len(refs[lang]),
        }
        for lang in refs
    }


def annotation(turns, offset: float = 0.0):
    from pyannote.core import Annotation, Segment

    a = Annotation()
    for i, (s, e, k) in enumerate(turns):
        if e > s:
            a[Segment(s + offset, e + offset), i] = k
    return a


def score(pairs) -> dict:
    """pairs: [(reference turns, hypothesis turns)] -> per-file and pooled figures."""
    from pyannote.metrics.diarization import DiarizationErrorRate

    per_file, pooled = [], DiarizationErrorRate(collar=COLLAR, skip_overlap=False)
    for ref, hyp in pairs:
        d = pooled(annotation(ref), annotation(hyp), detailed=True)
        right = len({k for *_, k in ref}) == len({k for *_, k in hyp})
        per_file.append({"der": d["diarization error rate"], "count_right": right})
    glob = DiarizationErrorRate(collar=COLLAR, skip_overlap=False)
    ref_all, hyp_all = [], []
    for i, (ref, hyp) in enumerate(pairs):  # files far apart on one time line
        ref_all += [(s + 1e4 * i, e + 1e4 * i, k) for s, e, k in ref]
        hyp_all += [(s + 1e4 * i, e + 1e4 * i, k) for s, e, k in hyp]
    g = glob(annotation(ref_all), annotation(hyp_all), detailed=True)
    parts = ("missed detection", "false alarm", "confusion")
    part = {c: pooled[c] / pooled["total"] for c in parts}
    return {
        "files": per_file,
        "der": abs(pooled),
        "missed": part["missed detection"],
        "false_alarm": part["false alarm"],
        "confusion": part["confusion"],
        "global_der": g["diarization error rate"],
        "count_right": sum(f["count_right"] for f in per_file),
    }


def hypothesis(rag, path: Path) -> list[tuple[float, float, str]]:
    """Speaker-labelled units of one source as (start, end, speaker)."""
    units = rag.transcript(path)
    return [(u.start, u.end, u.speaker) for u in units if u.speaker]


def run(dataset, whisper: str | None, db: Path, same_voice=None) -> tuple:
    from audio_rag import AudioRAG, DiarizeOptions, IngestOptions

    options = IngestOptions()
    if same_voice is not None:
        options = IngestOptions(diarization=DiarizeOptions(same_voice=same_voice))
    rag = AudioRAG(db, "real", whisper=whisper, ingest=options)
    t0 = time.perf_counter()
    report = rag.ingest([p for p, _ in dataset])
    wall = time.perf_counter() - t0
    failed = [f.error for f in report.failed]
    if failed:
        print("failed:", *failed, sep="\n  ")
    pairs = [(ref, hypothesis(rag, path)) for path, ref in dataset]
    notes = [f.note for f in report.files if f.note]
    return pairs, report.audio_seconds, wall, word_error_rates(rag, dataset), notes


def diarization_speed(dataset) -> float:
    from audio_rag.audio import SAMPLE_RATE, load_audio
    from audio_rag.speakers import Diarizer, make_speaker_encoder

    diarizer = Diarizer(make_speaker_encoder())
    audios = [load_audio(p) for p, _ in dataset]
    diarizer(audios[0][: 10 * SAMPLE_RATE])  # load the models before timing
    t0 = time.perf_counter()
    for a in audios:
        diarizer(a)
    return sum(len(a) for a in audios) / SAMPLE_RATE / (time.perf_counter() - t0)


def trials(same_voice: float) -> dict:
    """Verification on benchmarks/data/speakers_real/trials.json: EER, its threshold, and
    how often the same-voice rule decides right."""
    from audio_rag.audio import load_audio
    from audio_rag.speakers import make_speaker_encoder, voice_vector
    from audio_rag.speakers.metrics import eer

    encoder, cache = make_speaker_encoder(), {}

    def vec(name):
        if name not in cache:
            cache[name] = voice_vector(load_audio(DATA / name), encoder)[0]
        return cache[name]

    rows = json.loads((DATA / "trials.json").read_text())["trials"]
    scores = [float(vec(t["a"]) @ vec(t["b"])) for t in rows]
    labels = [int(t["same"]) for t in rows]
    rate, threshold = eer(scores, labels)
    right = sum((s >= same_voice) == bool(y) for s, y in zip(scores, labels)) / len(rows)
    return {
        "trials": len(rows),
        "eer": round(rate, 4),
        "eer_threshold": round(threshold, 3),
        "same_voice": same_voice,
        "accuracy_at_same_voice": round(right, 4),
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="dev", choices=["dev", "heldout"])
    ap.add_argument("--whisper", default=None, help="Whisper model (default: bundled tiny.en)")
    ap.add_argument("--keep", type=Path, help="index folder to keep (default: a temporary one)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--same-voice", type=float, help="DiarizeOptions.same_voice to try")
    args = ap.parse_args(argv)
    dataset = load_set(args.set)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.keep or Path(tmp) / "db"
        pairs, seconds, wall, wers, notes = run(dataset, args.whisper, db, args.same_voice)
    figures = score(pairs)
    figures["diarization_x_realtime"] = round(diarization_speed(dataset), 1)
    figures["ingest_x_realtime"] = round(seconds / wall, 1)
    figures["word_error_rate"] = wers
    figures["files_with_a_note"] = len(notes)
    from audio_rag.config import SAME_VOICE

    figures["verification"] = trials(args.same_voice or SAME_VOICE)
    for (path, ref), f, (_, hyp) in zip(dataset, figures["files"], pairs):
        n_ref, n_hyp = len({k for *_, k in ref}), len({k for *_, k in hyp})
        print(f"{path.name:12} DER {f['der']:.3f}  speakers {n_hyp}/{n_ref}")
    print(
        f"{args.set}: {len(dataset)} files, {seconds / 60:.1f} min; missed {figures['missed']:.3f}"
        f", false alarm {figures['false_alarm']:.3f}, confusion {figures['confusion']:.3f}, "
        f"DER {figures['der']:.3f}, global DER {figures['global_der']:.3f}, count right "
        f"{figures['count_right']}/{len(dataset)}, diarization "
        f"{figures['diarization_x_realtime']}x realtime"
    )
    for lang, w in wers.items():
        print(
            f"{lang}: WER {w['wer']:.3f} over {w['turns']} turns; units tagged {lang}: "
            f"{w['language_tagged']:.0%}"
        )
    print(f"ingest {figures['ingest_x_realtime']}x realtime; {len(notes)} files with a note")
    print("verification:", figures["verification"])
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
