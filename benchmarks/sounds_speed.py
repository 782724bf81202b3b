"""Ingest speed on a library of many short sounds (issue 22): N generated one-second
sounds (chimes, noise hits, sweeps, clicks; seeded) ingested with the real bundled models
(wall time of `AudioRAG.ingest`, models loaded inside it), one file at a time
(`batch_files=1`) and in batches across files (the default), and, with `--baseline REV`,
by the code of an earlier commit (checked out in a temporary git worktree, run in a
fresh process) on the same files in the same run, so ratios do not depend on how busy
the machine is.

    .venv/bin/python benchmarks/sounds_speed.py [--files 1000] [--batch 1 --batch 32]
                                                 [--baseline ad09b19] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

SORT = "cumulative"
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audio_rag.audio import SAMPLE_RATE  # noqa: E402
from tests.helpers import write_wav  # noqa: E402


def one_sound(rng: np.random.Generator, seconds: float = 1.0) -> np.ndarray:
    """A random short effect: a chime, a noise hit, a sweep or a click train."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    decay = np.exp(-t * rng.uniform(2, 12))
    kind = rng.integers(4)
    if kind == 0:
        f = rng.uniform(200, 3000)
        x = sum(np.sin(2 * np.pi * f * k * t) / k for k in (1, 2, 3))
    elif kind == 1:
        x = rng.uniform(-1, 1, len(t))
    elif kind == 2:
        f0, f1 = rng.uniform(100, 4000, 2)
        x = np.sin(2 * np.pi * (f0 * t + (f1 - f0) * t**2 / (2 * seconds)))
    else:
        x = np.zeros(len(t))
        x[rng.integers(0, len(t), 12)] = 1.0
        x = np.convolve(x, np.hanning(64), "same")
    x = x * decay
    return (x / max(1e-9, np.max(np.abs(x))) * rng.uniform(0.05, 0.9)).astype(np.float32)


def library(folder: Path, n: int, seed: int = 0) -> list[Path]:
    rng = np.random.default_rng(seed)
    return [write_wav(folder / f"sound_{i:04d}.wav", one_sound(rng)) for i in range(n)]


def run(files: list[Path], batch: int, profile: bool) -> tuple[float, str]:
    from audio_rag import AudioRAG, IngestOptions

    with tempfile.TemporaryDirectory() as db:
        options = IngestOptions(**({"batch_files": batch} if batch != 1 else {}))
        rag = AudioRAG(db, "sounds", ingest=options)
        prof = cProfile.Profile() if profile else None
        t0 = time.perf_counter()
        if prof:
            prof.enable()
        report = rag.ingest(files)
        if prof:
            prof.disable()
            pstats.Stats(prof).sort_stats(SORT).print_stats(45)
        for f in report.files:
            if f.status == "failed":
                print(f"  failed: {f.error}")
        return time.perf_counter() - t0, report.summary()


BASELINE = """
import sys, tempfile, time
sys.path.insert(0, sys.argv[1])
from audio_rag import AudioRAG
files = sys.argv[2:]
with tempfile.TemporaryDirectory() as db:
    t0 = time.perf_counter()
    report = AudioRAG(db, "sounds").ingest(files)
    print(time.perf_counter() - t0, report.summary(), sep="\t")
"""


def run_baseline(rev: str, files: list[Path]) -> tuple[float, str]:
    """Ingest `files` with the package as it was at commit `rev`, in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "tree"
        add = ["git", "-C", str(ROOT), "worktree", "add", "-q", "--detach", str(tree), rev]
        subprocess.run(add, check=True)
        try:
            cmd = [sys.executable, "-c", BASELINE, str(tree), *map(str, files)]
            out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)])
    wall, summary = out.strip().splitlines()[-1].split("\t")
    return float(wall), summary


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=1000)
    ap.add_argument("--batch", type=int, action="append", help="batch_files (default 1 and 32)")
    ap.add_argument("--baseline", metavar="REV", help="also time the code of commit REV")
    ap.add_argument("--profile", action="store_true")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = library(Path(tmp), args.files)
        seconds = float(len(files))
        runs = [(f"commit {args.baseline}", lambda: run_baseline(args.baseline, files))]
        runs = runs if args.baseline else []
        for batch in args.batch or [1, 32]:
            runs.append((f"batch_files={batch}", lambda b=batch: run(files, b, args.profile)))
        base = None
        for label, timed in runs:
            wall, summary = timed()
            base = base or wall
            print(
                f"{label:<18} {wall:7.1f} s  {seconds / wall:6.1f}x realtime  "
                f"{base / wall:5.2f}x the first  ({summary})",
                flush=True,
            )


if __name__ == "__main__":
    main()
