"""Sound-library benchmark (issue 22): every sound indexed, found by example, found where
it sits in a long recording.

The data is benchmarks/data/sounds/ (scripts/make_sound_devset.py: real sound effects,
speech and music from Debian packages). Three parts, each on its own throw-away index
built with the public API (`AudioRAG`, `IngestOptions(diarize=False)`):

  library  every library sound is ingested (the report tells how many were indexed and
           which failed); each is queried by example, as is and as the copies of
           benchmarks/qbe.py (noisy, quiet, mp3, cropped); recall@1 = right sound first;
           and by text, the words of its name without the package prefix (the name
           channel: first, and in the top 5)
  long     only the long recordings are ingested; each sound mixed into one is the
           query (clean, and a noisy copy): right recording first, and the top hit's
           time: "span covers" = the insert's start lies in [hit.start - 0.5 s,
           hit.end + 0.5 s]; "start within 0.5 s" = |hit.start - insert start| <= 0.5 s
  music    the music tracks are ingested; 8 snippets of 5-10 s per track at seeded
           offsets are the queries (clean, noisy at 10 dB SNR, mp3 at 32 kbit/s, quiet
           at -24 dB): right track first, |hit.start - offset| <= 1.0 s, and the hit's
           span covering the offset (hit.start <= offset <= hit.end)

Time scores count only hits on the right recording. Ingest speed is printed as audio
seconds / wall seconds (x realtime).

    .venv/bin/python benchmarks/sounds.py [--part library|long|music|all] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from qbe import COPIES, make_copy, recall_table, show  # noqa: E402

from audio_rag import AudioRAG, AudioRAGError, IngestOptions, load_audio  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "sounds"
SR = 16000
LONG_COPIES = ("clean", "noisy")
MUSIC_COPIES = ("clean", "noisy", "mp3", "quiet")
SNIPPETS, SNIPPET_S = 8, (5.0, 10.0)
LONG_TOL, MUSIC_TOL = 0.5, 1.0


def load_json(name: str) -> list[dict]:
    return json.loads((DATA / name).read_text())


def ingest(db: str, collection: str, paths: list[Path]) -> AudioRAG:
    rag = AudioRAG(db, collection, ingest=IngestOptions(diarize=False))
    t0 = time.perf_counter()
    report = rag.ingest(paths)
    wall = time.perf_counter() - t0
    print(f"  ingest: {report.summary()}")
    for f in report.failed:
        print(f"    failed: {Path(f.path).name}: {f.error}")
    empty = [Path(f.path).name for f in report.files if f.status == "ingested" and not f.units]
    if empty:
        print(f"    ingested without units ({len(empty)}): {', '.join(empty)}")
    audio = report.audio_seconds
    indexed = sum(f.status != "failed" and f.units > 0 for f in report.files)
    print(
        f"  indexed {indexed}/{len(paths)} files; ingest {audio:.1f} s of audio / {wall:.1f} s"
        f" wall = {audio / wall:.2f}x realtime"
    )
    return rag


def top(rag: AudioRAG, query: np.ndarray, errors: list[str]):
    """The best hit for a query by example, or None (no hit, or the search refused)."""
    try:
        hits = rag.search(audio=np.asarray(query, dtype=np.float32), k=5)
    except AudioRAGError as e:
        errors.append(str(e))
        return None
    return hits[0] if hits else None


def name_of(hit) -> str | None:
    return Path(hit.source).name if hit is not None else None


def copies(x: np.ndarray, kinds, rng) -> dict[str, np.ndarray]:
    return {k: x if k == "clean" else make_copy(x, k, rng).astype(np.float32) for k in kinds}


def show_rate(label: str, metric: str, table: dict[str, float]) -> None:
    cells = "  ".join(f"{k} {v:.3f}" for k, v in table.items())
    print(f"{label:<45} {metric}  {cells}")


def timed_queries(n: int, t0: float) -> None:
    wall = time.perf_counter() - t0
    print(f"  {n} queries in {wall:.1f} s ({1000 * wall / max(n, 1):.0f} ms each)")


# ----------------------------------------------------------------------------- library


def library_queries(rag: AudioRAG, entries: list[dict], rng) -> tuple[dict, list]:
    kinds = ("clean", *COPIES)
    hits: dict[str, list[bool]] = {k: [] for k in kinds}
    misses, errors = [], []
    for e in entries:
        x = load_audio(DATA / "library" / e["file"])
        for kind, q in copies(x, kinds, rng).items():
            got = name_of(top(rag, q, errors))
            hits[kind].append(got == e["file"])
            if got != e["file"]:
                misses.append((kind, e["file"], got))
    if errors:
        print(f"  {len(errors)} searches refused, e.g. {errors[0]}")
    return hits, misses


def name_queries(rag: AudioRAG, entries: list[dict]) -> dict[str, list[bool]]:
    """Each sound looked up by the words of its name without the package prefix
    ("oxygen_window_minimize.ogg": "window minimize"), a text query (the name channel)."""
    found: dict[str, list[bool]] = {"top1": [], "top5": []}
    for e in entries:
        words = Path(e["file"]).stem.split("_")[1:]
        got = [name_of(h) for h in rag.search(" ".join(words), k=5)]
        found["top1"].append(got[:1] == [e["file"]])
        found["top5"].append(e["file"] in got)
    return found


def subset(hits: dict[str, list[bool]], keep: list[bool]) -> dict[str, list[bool]]:
    return {k: [h for h, ok in zip(v, keep) if ok] for k, v in hits.items()}


def library_part(db: str, seed: int) -> None:
    entries = load_json("library.json")
    print(f"\n== library: {len(entries)} sounds, queries as is and {', '.join(COPIES)}")
    rag = ingest(db, "library", [DATA / "library" / e["file"] for e in entries])
    t0 = time.perf_counter()
    hits, misses = library_queries(rag, entries, np.random.default_rng([seed, 1]))
    timed_queries(len(entries) * len(hits), t0)
    short = [e["seconds"] < 0.5 for e in entries]
    quiet = [e["peak_dbfs"] < -20 for e in entries]
    show("library: clean", recall_table({"clean": hits.pop("clean")}))
    show(f"library: copies ({len(entries)} sounds)", recall_table(hits))
    show(f"library: copies, short < 0.5 s ({sum(short)})", recall_table(subset(hits, short)))
    show(f"library: copies, quiet < -20 dBFS ({sum(quiet)})", recall_table(subset(hits, quiet)))
    for kind, want, got in misses:
        if kind == "clean":
            print(f"  clean miss: {want} -> {got}")
    show_rate("library: by name (text query)", "share", recall_table(name_queries(rag, entries)))


# ----------------------------------------------------------------------------- long


def long_queries(rag: AudioRAG, entries: list[dict], rng) -> dict[str, dict[str, list]]:
    """Per copy kind: right recording, span covers, start within tolerance; and spans."""
    scores = {m: {k: [] for k in LONG_COPIES} for m in ("right", "span", "start", "len")}
    errors: list[str] = []
    for rec in entries:
        for ins in rec["inserts"]:
            x = load_audio(DATA / "library" / ins["sound"])
            for kind, q in copies(x, LONG_COPIES, rng).items():
                hit = top(rag, q, errors)
                right = name_of(hit) == rec["file"]
                t = ins["start"]
                scores["right"][kind].append(right)
                scores["span"][kind].append(
                    right and hit.start - LONG_TOL <= t <= hit.end + LONG_TOL
                )
                scores["start"][kind].append(right and abs(hit.start - t) <= LONG_TOL)
                if hit is not None:
                    scores["len"][kind].append(hit.end - hit.start)
                if kind == "clean":
                    where = f"{name_of(hit)} {hit.start:.2f}-{hit.end:.2f}" if hit else "none"
                    print(f"  {ins['sound']:<38} at {t:7.2f} in {rec['file']}: top {where}")
    if errors:
        print(f"  {len(errors)} searches refused, e.g. {errors[0]}")
    return scores


def long_part(db: str, seed: int) -> None:
    entries = load_json("long.json")
    n = sum(len(r["inserts"]) for r in entries)
    print(f"\n== long: {len(entries)} recordings, {n} inserted sounds, queries clean and noisy")
    rag = ingest(db, "long", [DATA / "long" / r["file"] for r in entries])
    t0 = time.perf_counter()
    scores = long_queries(rag, entries, np.random.default_rng([seed, 2]))
    timed_queries(n * len(LONG_COPIES), t0)
    show_scores("long", scores, "right recording", "span covers start (+-0.5 s)",
                "start within 0.5 s")  # fmt: skip
    lens = {k: float(np.mean(v)) if v else 0.0 for k, v in scores["len"].items()}
    show_rate("long: mean top-hit span (s)", "mean ", lens)


# ----------------------------------------------------------------------------- music


def snippets(x: np.ndarray, rng) -> list[tuple[float, np.ndarray]]:
    out = []
    for _ in range(SNIPPETS):
        n = int(rng.uniform(*SNIPPET_S) * SR)
        start = int(rng.integers(0, len(x) - n))
        out.append((start / SR, x[start : start + n]))
    return out


def music_queries(rag: AudioRAG, entries: list[dict], rng) -> dict[str, dict[str, list]]:
    scores = {m: {k: [] for k in MUSIC_COPIES} for m in ("right", "start", "span")}
    errors: list[str] = []
    for track in entries:
        x = load_audio(DATA / "music" / track["file"])
        for offset, snippet in snippets(x, rng):
            for kind, q in copies(snippet, MUSIC_COPIES, rng).items():
                hit = top(rag, q, errors)
                right = name_of(hit) == track["file"]
                scores["right"][kind].append(right)
                scores["start"][kind].append(right and abs(hit.start - offset) <= MUSIC_TOL)
                scores["span"][kind].append(right and hit.start <= offset <= hit.end)
    if errors:
        print(f"  {len(errors)} searches refused, e.g. {errors[0]}")
    return scores


def music_part(db: str, seed: int) -> None:
    entries = load_json("music.json")
    n = len(entries) * SNIPPETS
    print(f"\n== music: {len(entries)} tracks, {n} snippets of 5-10 s, {', '.join(MUSIC_COPIES)}")
    rag = ingest(db, "music", [DATA / "music" / t["file"] for t in entries])
    t0 = time.perf_counter()
    scores = music_queries(rag, entries, np.random.default_rng([seed, 3]))
    timed_queries(n * len(MUSIC_COPIES), t0)
    show_scores("music", scores, "right track", "span covers offset", "start within 1.0 s")


def show_scores(part: str, scores: dict, right: str, span: str, start: str) -> None:
    show(f"{part}: {right}", recall_table(scores["right"]))
    show_rate(f"{part}: {span}", "share", recall_table(scores["span"]))
    show_rate(f"{part}: {start}", "share", recall_table(scores["start"]))


PARTS = {"library": library_part, "long": long_part, "music": music_part}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--part", choices=[*PARTS, "all"], default="all")
    ap.add_argument("--seed", type=int, default=0, help="seed of the copies and snippets")
    args = ap.parse_args()
    for name, part in PARTS.items():
        if args.part in (name, "all"):
            with tempfile.TemporaryDirectory() as db:
                part(db, args.seed)


if __name__ == "__main__":
    main()
