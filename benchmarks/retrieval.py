"""Retrieval quality: audio_rag's hybrid search against the plain dense recipe.

Question sets (benchmarks/data/retrieval/):
  dialogues       paraphrased questions over coherent multi-speaker dialogues (podcasts,
                  meetings, call-ins: people ask and answer each other), made by
                  scripts/make_retrieval_devset.py; the development set defaults are chosen on
  heldout         the same kind of set by another author on other themes: reported, never
                  tuned on
  fresh           a second held-out set of that kind (two more authors, other themes),
                  written after all defaults were set and run once to report them
  third           a third held-out set of that kind (two more authors, other themes),
                  written and run once the same way, after the second was reported
  conversations   paraphrased questions over the 12 speaker dev conversations
                  (benchmarks/data/speakers/conv*: sentences shuffled across topics, so an
                  answer has no conversational context; a sentence is spoken in several
                  conversations, and any place that says it answers); from
                  scripts/make_retrieval_questions.py
  menus           known-item queries over real speech: the first 60% of a prompt's words
                  ("press 4 to place") over 4 telephone-menu recordings of 3-4 min (one
                  real voice, repetitive wording), made by scripts/make_known_item_devset.py
  menus_heldout   the same over 2 recordings of prompts the development set never uses
  long            known-item queries (a remembered detail) over one ~16 min recording
                  joined from all speaker dev speech (conversations, benchmark files, sample)

Baseline (the plain recipe): faster-whisper segments (same tiny.en weights, beam 5) as
units, one per segment, all-MiniLM-L6-v2 vectors in Chroma, dense search only.
Ours: `AudioRAG.ingest` then `search` with its defaults, plus single channels and other
settings for comparison. Same questions, same scoring (`audio_rag.evaluation`: a hit
answers when it shares at least half of the shorter of its own and an answer's time span,
which for these one-sentence answers means covering half the answer). ms/q: mean search
time per question with the models loaded (text model, reranker), on this machine.

    python benchmarks/retrieval.py [--keep DIR] [--only SET ...] [--misses] [--json F]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
import wave
from dataclasses import replace
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
QUESTIONS = DATA / "retrieval"
SAMPLE = HERE.parent / "audio_rag" / "data" / "sample_podcast.mp3"
LONG_NAME = "long_recording.wav"
GAP_SECONDS = 1.0


def conversation_files() -> list[Path]:
    return sorted(p for p in (DATA / "speakers").glob("conv*") if p.suffix != ".json")


def long_parts() -> list[Path]:
    """The recordings joined into the long one, in order."""
    bench = sorted(p for p in DATA.iterdir() if p.is_file() and p.suffix != ".json")
    return bench + [SAMPLE] + conversation_files()


def join_recordings(parts: list[Path], out: Path | None) -> dict[Path, float]:
    """Decode `parts`, join them with 1 s of silence between, write a 16 kHz WAV to `out`
    (when given); returns each part's start offset in seconds."""
    from audio_rag.audio import SAMPLE_RATE, load_audio

    gap = np.zeros(int(GAP_SECONDS * SAMPLE_RATE), np.float32)
    pieces, offsets, n = [], {}, 0
    for p in parts:
        audio = load_audio(p)
        offsets[p] = n / SAMPLE_RATE
        pieces += [audio, gap]
        n += len(audio) + len(gap)
    if out is not None:
        pcm = np.round(np.clip(np.concatenate(pieces), -1, 1) * 32767).astype(np.int16)
        with wave.open(str(out), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            w.writeframes(pcm.tobytes())
    return offsets


class Baseline:
    """One unit per faster-whisper segment, MiniLM vectors, Chroma, dense search only."""

    def __init__(self, db: Path) -> None:
        import chromadb
        from chromadb.config import Settings
        from faster_whisper import WhisperModel
        from sentence_transformers import SentenceTransformer

        from audio_rag._util.resolve import resolve
        from audio_rag._util.weights import quiet_weights

        self.whisper = WhisperModel(resolve("whisper", "tiny.en").location, compute_type="int8")
        with quiet_weights():
            self.embedder = SentenceTransformer(resolve("text", "all-MiniLM-L6-v2").location)
        client = chromadb.PersistentClient(str(db), Settings(anonymized_telemetry=False))
        self.col = client.get_or_create_collection(
            "baseline", embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

    def ingest(self, files: list[Path]) -> None:
        for f in files:
            source = str(f.resolve())
            if self.col.get(where={"source": source}, limit=1)["ids"]:
                continue
            segs = list(self.whisper.transcribe(str(f), beam_size=5)[0])
            vecs = self.embedder.encode([s.text for s in segs], normalize_embeddings=True)
            self.col.add(
                ids=[f"{source}-{i}" for i in range(len(segs))],
                embeddings=vecs,
                documents=[s.text.strip() for s in segs],
                metadatas=[{"source": source, "start": s.start, "end": s.end} for s in segs],
            )

    def search(self, text: str, k: int):
        from audio_rag.types import Hit

        vec = self.embedder.encode([text], normalize_embeddings=True)
        res = self.col.query(query_embeddings=vec, n_results=k)
        rows = zip(res["metadatas"][0], res["documents"][0], res["distances"][0])
        return [
            Hit(m["source"], m["start"], m["end"], d, 1 - dist, source_id=m["source"])
            for m, d, dist in rows
        ]


def run_set(name: str, files: list[Path], questions, work: Path, variants: dict) -> list:
    """Ingest `files` into both systems (kept in `work`) and evaluate every variant."""
    from audio_rag import AudioRAG
    from audio_rag.evaluation import evaluate

    rows = []
    base = Baseline(work / f"{name}-baseline")
    base.ingest(files)
    base.search(questions[0].question, 1)  # warm
    t0 = time.perf_counter()
    rep = evaluate(questions, base.search, lambda s: str(Path(s).resolve()))
    rows.append(("baseline: segments, dense", rep, _per_query(t0, questions)))
    rag = AudioRAG(work / f"{name}-ours", "bench")
    report = rag.ingest(files)
    assert not report.failed, report.failed
    defaults = rag.search_options
    for label, kw in variants.items():
        kw = dict(kw)
        rag.search_options = replace(defaults, **kw.pop("options", {}))
        rag.search(questions[0].question, k=1, **kw)  # warm: models loaded
        t0 = time.perf_counter()
        rep = evaluate(questions, lambda q, k, kw=kw: rag.search(q, k=k, **kw), rag.resolve_source)
        rows.append((label, rep, _per_query(t0, questions)))
    rag.search_options = defaults
    return rows


VARIANTS = {
    "ours: hybrid (default)": {},
    "ours: without reranker": {"rerank": False},
    "ours: without context vectors": {"weights": {"text": 4, "context": 0, "keyword": 1}},
    "ours: without replies": {"options": {"replies": False}},
    "ours: dense only": {"mode": "dense"},
    "ours: keyword only": {"mode": "keyword"},
    "ours: RRF k=60, equal weights": {"weights": {"text": 1, "keyword": 1}, "rrf_k": 60},
}


def _per_query(t0: float, questions) -> float:
    """Milliseconds per question since `t0`."""
    return (time.perf_counter() - t0) * 1000 / len(questions)


def print_rows(title: str, rows) -> None:
    print(f"\n{title}")
    head = f"{'R@1':>6} {'R@3':>6} {'R@5':>6} {'R@10':>6} {'MRR':>6} {'IoU@1':>6} {'ms/q':>6}"
    print(f"{'system':<32} {head}")
    for label, rep, ms in rows:
        r = rep.recall
        print(
            f"{label:<32} {r[1]:6.3f} {r[3]:6.3f} {r[5]:6.3f} {r[10]:6.3f} "
            f"{rep.mrr:6.3f} {rep.overlap_at_1:6.3f} {ms:6.0f}"
        )


def dialogue_files(set_name: str) -> list[Path]:
    return sorted(p for p in (QUESTIONS / set_name).glob("*") if p.suffix != ".json")


def load_set(name: str, work: Path):
    """(title, files, questions) of a question set; the long recording is built in `work`."""
    from audio_rag.evaluation import load_questions

    if name in DIALOGUE_SETS:
        stem, kind = DIALOGUE_SETS[name]
        qs = load_questions(QUESTIONS / f"{stem}.json")
        files = dialogue_files(stem)
        return f"Paraphrased questions over {len(files)} coherent dialogues ({kind})", files, qs
    if name in KNOWN_ITEM_SETS:
        part = KNOWN_ITEM_SETS[name]
        files = sorted((KNOWN / part).glob("*.opus"))
        title = f"Known-item queries over {len(files)} real telephone-menu recordings ({part})"
        return title, files, load_questions(KNOWN / f"{part}.json")
    if name == "conversations":
        files = conversation_files()
        title = f"Paraphrased questions over {len(files)} shuffled-sentence conversations"
        return title, files, load_questions(QUESTIONS / "conversations.json")
    long_file = work / LONG_NAME
    offsets = join_recordings(long_parts(), long_file if not long_file.exists() else None)
    minutes = (max(offsets.values()) + 60) / 60
    qs = load_questions(QUESTIONS / "long_recording.json")
    for q in qs:  # the question file names the recording; it lives in the work folder
        q.answers = [type(a)(str(long_file), a.start, a.end) for a in q.answers]
    return f"Known-item queries over one ~{minutes:.0f} min recording", [long_file], qs


DIALOGUE_SETS = {  # set name -> (file stem, what it is for)
    "dialogues": ("dialogues", "development"),
    "heldout": ("dialogues_heldout", "held-out, never tuned on"),
    "fresh": ("dialogues_fresh", "second held-out set, run once"),
    "third": ("dialogues_third", "third held-out set, run once"),
}
KNOWN = DATA / "known_items"
KNOWN_ITEM_SETS = {"menus": "dev", "menus_heldout": "heldout"}
SETS = (*DIALOGUE_SETS, "conversations", *KNOWN_ITEM_SETS, "long")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--keep", type=Path, help="keep (and reuse) the indexes in this folder")
    ap.add_argument("--only", choices=SETS, nargs="+", help="run only these sets")
    ap.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    ap.add_argument("--misses", action="store_true", help="list the questions ours missed")
    args = ap.parse_args(argv)
    tmp = None
    if args.keep:
        work = args.keep
        work.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory()
        work = Path(tmp.name)
    out = {}
    for name in args.only or SETS:
        title, files, qs = load_set(name, work)
        rows = run_set(name, files, qs, work, VARIANTS)
        print_rows(f"{title} ({len(qs)} questions)", rows)
        out[name] = {label: rep.to_dict() for label, rep, _ in rows}
        _misses(args.misses, rows)
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n")
    return 0


def _misses(show: bool, rows) -> None:
    if not show:
        return
    label, rep, _ = rows[1]  # rows[0] is the baseline
    for r in rep.results:
        if r.rank != 1:
            print(f"  {label} missed@1: {r.question!r} -> rank {r.rank}, top {r.top}")


if __name__ == "__main__":
    sys.exit(main())
