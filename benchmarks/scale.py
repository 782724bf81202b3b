"""Search speed at scale: 100k synthetic units in an embedded Chroma index.

Units are random unit vectors (384-d, the size of MiniLM and of the Whisper tiny encoder)
with generated transcripts (20-40 words drawn from a Zipf-distributed 5,000-word
vocabulary; one in eight ends as a question, so replies are looked up), 100 units per
source. They are written through `Index.add_units`, the path ingest uses (transcript,
context and audio collections and the keyword index), and we report the rate.
Then `AudioRAG.search` runs with a stand-in text model (a ready random vector, so model
time is left out and the store is measured): p50/p95 latency of text (dense) queries,
audio queries (a ready vector), keyword (BM25) queries and hybrid (transcript and
context vectors with reply look-ups, BM25, RRF) queries, hybrid queries re-ranked by a
stand-in reranker (the query asked as a question; this times the look-up of each
candidate's previous unit and the second fusion, while the model's own time is reported
by benchmarks/retrieval.py), plus a filtered hybrid query (one source). The first keyword
query after the writes builds the BM25 matrix; its time is reported apart.

    python benchmarks/scale.py [--units 100000] [--queries 200]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time

import numpy as np

DIM = 384
PER_SOURCE = 100


class InstantReranker:
    """Stand-in reranker: random scores (no model time; the look-ups are measured)."""

    name = "bench-rerank"

    def __init__(self, rng) -> None:
        self.rng = rng

    def score(self, query, passages):
        return self.rng.random(len(passages))


class ReadyVector:
    """Stand-in text model: a random unit vector per query (no model time)."""

    name, dim = "bench-text", DIM

    def __init__(self, rng) -> None:
        self.rng = rng

    def embed(self, texts):
        return unit_rows(self.rng.normal(size=(len(texts), DIM)))


class NoAudio:
    name, dim = "bench-audio", DIM
    has_text = False


def unit_rows(x: np.ndarray) -> np.ndarray:
    return (x / np.linalg.norm(x, axis=1, keepdims=True)).astype(np.float32)


def vocabulary(rng, n: int = 5000) -> tuple[list[str], np.ndarray]:
    letters = np.array(list("abcdefghijklmnopqrstuvwxyz"))
    words = {"".join(rng.choice(letters, rng.integers(3, 10))) for _ in range(n * 2)}
    words = sorted(words)[:n]
    p = 1.0 / np.arange(1, len(words) + 1)
    return words, p / p.sum()


def texts(rng, words, p, n: int) -> list[str]:
    idx = rng.choice(len(words), size=(n, 40), p=p)
    lens = rng.integers(20, 41, n)
    ends = rng.choice([".", "?"], size=n, p=[7 / 8, 1 / 8])
    return [" ".join(words[j] for j in row[:m]) + e for row, m, e in zip(idx, lens, ends)]


def fill(index, n: int, rng, words, p) -> float:
    """Write n units through Index.add_units; returns seconds."""
    from audio_rag.ingest.contextual import next_links
    from audio_rag.store import IndexModels, SourceRecord, now
    from audio_rag.types import Unit

    index.ensure(IndexModels("bench-text", DIM, "bench-audio", DIM))
    t0 = time.perf_counter()
    for s in range(0, n, PER_SOURCE):
        m = min(PER_SOURCE, n - s)
        words_of = texts(rng, words, p, m)
        units = [Unit(i * 10.0, i * 10.0 + 9.0, words_of[i], speaker=f"S{i % 3}") for i in range(m)]
        base = {
            "source": f"/bench/src{s // PER_SOURCE}.mp3",
            "source_id": f"src{s // PER_SOURCE:06d}",
            "ingested_at": time.time(),
            "language": "en",
        }
        vt = unit_rows(rng.normal(size=(m, DIM)))
        va = unit_rows(rng.normal(size=(m, DIM)))
        vc = unit_rows(rng.normal(size=(m, DIM)))
        index.add_units(base, units, vt, va, context=(vc, next_links(base["source_id"], units)))
        index.finish_source(
            SourceRecord(base["source_id"], base["source"], "0", m * 10.0, m, "en", "-", now())
        )
    return time.perf_counter() - t0


def timed(fn, queries) -> np.ndarray:
    out = []
    for q in queries:
        t0 = time.perf_counter()
        fn(q)
        out.append(time.perf_counter() - t0)
    return np.array(out) * 1000


def main(argv=None) -> int:
    from audio_rag import AudioRAG

    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--units", type=int, default=100_000)
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("-k", type=int, default=10)
    args = ap.parse_args(argv)
    rng = np.random.default_rng(0)
    words, p = vocabulary(rng)
    with tempfile.TemporaryDirectory() as db:
        rag = AudioRAG(
            db,
            "scale",
            text_model=ReadyVector(rng),
            audio_encoder=NoAudio(),
            reranker=InstantReranker(rng),
        )
        secs = fill(rag.index, args.units, rng, words, p)
        print(
            f"ingest into the store: {args.units} units in {secs:.1f} s = "
            f"{args.units / secs:.0f} units/s (three collections + keyword index)"
        )
        qtexts = [" ".join(t.split()[:6]) for t in texts(rng, words, p, args.queries)]
        t0 = time.perf_counter()
        rag.search(qtexts[0], k=args.k, mode="keyword")
        print(f"first keyword query (builds the BM25 matrix): {time.perf_counter() - t0:.2f} s")
        one = f"src{min(42, (args.units - 1) // PER_SOURCE):06d}"
        avec = unit_rows(rng.normal(size=(args.queries, DIM)))
        runs = {
            "text (dense)": lambda q: rag.search(q, k=args.k, mode="dense"),
            "audio (vector)": lambda i: rag.search_vector(avec[i], channel="audio", k=args.k),
            "keyword (BM25)": lambda q: rag.search(q, k=args.k, mode="keyword"),
            "hybrid (RRF)": lambda q: rag.search(q, k=args.k, rerank=False),
            "hybrid + rerank": lambda q: rag.search(f"{q}?", k=args.k, rerank=InstantReranker.name),
            "hybrid, one source": lambda q: rag.search(q, k=args.k, source=one, rerank=False),
        }
        print(f"\n{args.queries} queries each, k={args.k}, {args.units} units")
        print(f"{'query':<22} {'p50 ms':>8} {'p95 ms':>8}")
        for name, fn in runs.items():
            qs = range(args.queries) if name.startswith("audio") else qtexts
            fn(next(iter(qs)))  # warm
            ms = timed(fn, qs)
            print(f"{name:<22} {np.percentile(ms, 50):8.1f} {np.percentile(ms, 95):8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
