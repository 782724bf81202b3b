"""Ingest speed and transcript quality: audio_rag against the plain faster-whisper recipe.

Baseline (what a LangChain user writes today): for each file,
`WhisperModel(<same tiny.en weights>).transcribe(path, beam_size=5)`, then the segment
texts embedded with all-MiniLM-L6-v2. Measured with compute_type "int8" (the CPU
recipe in faster-whisper's README) and "default" (no compute_type given).
Ours: `AudioRAG.ingest(files)` — transcripts, units, text and audio vectors, Chroma writes.
Model loading is excluded from both; each figure is the best of --repeat runs, taken
in the same process, alternating, so machine noise hits both sides alike.

Two sets: the committed speech files as they are (short files, 30-45 s each), and the
same speech joined into one episode (a podcast-like single long file).

    python benchmarks/ingest.py [--repeat 2] [--files A B ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = sorted(
    p for p in (HERE / "data").iterdir() if p.is_file() and p.suffix != ".json"
)  # the committed speech files (subfolders hold other benchmarks' data)
SAMPLE = HERE.parent / "audio_rag" / "data" / "sample_podcast.mp3"


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())


def reference(path: Path) -> str:
    truth = json.loads(path.with_suffix(".json").read_text())
    return " ".join(t["text"] for t in truth["turns"])


def baseline(files, compute_type: str):
    from faster_whisper import WhisperModel
    from sentence_transformers import SentenceTransformer

    from audio_rag._util.resolve import resolve

    model = WhisperModel(
        resolve("whisper", "tiny.en").location, device="cpu", compute_type=compute_type
    )
    embedder = SentenceTransformer(resolve("text", "all-MiniLM-L6-v2").location, device="cpu")

    def run():
        texts = {}
        for f in files:
            segments, _ = model.transcribe(str(f), beam_size=5)
            segs = [s.text for s in segments]
            embedder.encode(segs, normalize_embeddings=True)
            texts[f] = " ".join(segs)
        return texts

    return run


def ours(files, beam_size: int):
    from audio_rag import AudioRAG, IngestOptions, TranscribeOptions

    def run():
        with tempfile.TemporaryDirectory() as db:
            options = IngestOptions(transcribe=TranscribeOptions(beam_size=beam_size))
            rag = AudioRAG(db, "bench", ingest=options)
            _ = (
                rag.models.whisper.model,
                rag.models.text_embedder.model,
                rag.models.audio_encoder.baseline,
            )  # load
            t0 = time.perf_counter()
            report = rag.ingest(files)
            elapsed = time.perf_counter() - t0
            assert not report.failed, report.failed
            texts = {f: " ".join(u.text for u in rag.transcript(f)) for f in files}
        return texts, elapsed

    return run


def wer(files, texts) -> float:
    import jiwer

    return jiwer.wer([normalise(reference(f)) for f in files], [normalise(texts[f]) for f in files])


def join_episode(files, out: Path) -> Path:
    """Concatenate `files` into one 16 kHz WAV with a joined ground-truth JSON."""
    import wave

    import numpy as np

    from audio_rag.audio import SAMPLE_RATE, load_audio

    parts, turns, t = [], [], 0.0
    for f in files:
        audio = load_audio(f)
        for turn in json.loads(f.with_suffix(".json").read_text())["turns"]:
            turns.append({**turn, "start": turn["start"] + t, "end": turn["end"] + t})
        parts.append(audio)
        t += len(audio) / SAMPLE_RATE
    with wave.open(str(out), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes((np.concatenate(parts) * 32767).astype(np.int16).tobytes())
    out.with_suffix(".json").write_text(json.dumps({"turns": turns}))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--files", nargs="*", type=Path, default=DEFAULT_FILES)
    args = ap.parse_args()
    files = [f.resolve() for f in args.files]
    with tempfile.TemporaryDirectory() as tmp:
        print("== separate files ==")
        compare(files, args.repeat)
        print("\n== the same speech and the sample podcast as one episode ==")
        compare([join_episode(files + [SAMPLE], Path(tmp) / "episode.wav")], args.repeat)


def compare(files, repeat: int) -> None:
    from audio_rag.audio import probe_duration

    audio = sum(probe_duration(f) for f in files)
    systems = {
        "baseline int8 beam5": baseline(files, "int8"),
        "baseline default beam5": baseline(files, "default"),
        "audio_rag (greedy)": ours(files, 1),
        "audio_rag (beam 5)": ours(files, 5),
    }
    best: dict[str, tuple[float, dict]] = {}
    for _ in range(repeat):
        for name, run in systems.items():
            t0 = time.perf_counter()
            out = run()
            texts, elapsed = out if isinstance(out, tuple) else (out, time.perf_counter() - t0)
            if name not in best or elapsed < best[name][0]:
                best[name] = (elapsed, texts)
    base = best["baseline int8 beam5"][0]
    print(f"{len(files)} files, {audio:.1f} s of speech, best of {repeat} runs")
    print(
        f"{'system':26s} {'seconds':>8s} {'x realtime':>10s} {'speed vs int8 baseline':>22s} "
        f"{'WER':>6s}"
    )
    for name, (elapsed, texts) in best.items():
        print(
            f"{name:26s} {elapsed:8.2f} {audio / elapsed:10.1f} {base / elapsed:21.2f}x "
            f"{wer(files, texts):6.3f}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
