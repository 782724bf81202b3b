"""Speed of the whole command line against the plain LangChain recipe, in fresh processes.

Recipe (what a LangChain user writes today, transcripts only): `GenericLoader` over the
files with `FasterWhisperParser(device="cpu")`, its model set to the same bundled tiny.en
weights (the parser only knows hub sizes; everything else is as it ships: the file is
decoded by pydub and re-encoded to MP3, a `WhisperModel` is loaded per file, beam 5).
A second, leaner baseline calls faster-whisper directly: one `WhisperModel` (int8) for
all files, `transcribe(path, beam_size=5)`.
Ours: `audio-rag ingest FILES --db NEW` (transcripts, speakers, text and audio vectors,
fingerprints, keyword index, Chroma).

Each run is a new Python process timed from the outside (imports and model loading
included), the systems alternate, and each figure is the best of --repeat runs. Then the
cold start of the reading commands on the index just built: `search`, `info`,
`transcript`, each the median of --cold fresh processes.

    python benchmarks/speed.py [--repeat 2] [--cold 5] [--files A B ...]

Needs pydub (in the dev install) and Debian's ffmpeg for the recipe's decoding.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = sorted((HERE / "data" / "known_items").glob("*/*.opus"))  # real speech, 22.7 min
CLI = str(Path(sys.executable).with_name("audio-rag"))
OURS = "audio-rag ingest (everything)"

RECIPE = """
import sys
from langchain_community.document_loaders.blob_loaders import FileSystemBlobLoader
from langchain_community.document_loaders.generic import GenericLoader
from langchain_community.document_loaders.parsers.audio import FasterWhisperParser
from audio_rag._util.resolve import resolve
parser = FasterWhisperParser(device="cpu")
parser.model_size = resolve("whisper", "tiny.en").location
docs = []
for f in sys.argv[1:]:
    loader = GenericLoader(FileSystemBlobLoader(f.rsplit("/", 1)[0], glob=f.rsplit("/", 1)[1]),
                           parser)
    docs += loader.load()
print(len(docs))
"""

BARE = """
import sys
from faster_whisper import WhisperModel
from audio_rag._util.resolve import resolve
model = WhisperModel(resolve("whisper", "tiny.en").location, device="cpu", compute_type="int8")
n = 0
for f in sys.argv[1:]:
    segments, _ = model.transcribe(f, beam_size=5)
    n += len(list(segments))
print(n)
"""


BUSY: dict[str, float] = {}  # system -> cores busy on average in its best run


def timed(cmd: list[str], name: str = "") -> float:
    """Wall seconds of one fresh process; a failure stops the benchmark with its output.
    `name`: note the cores it kept busy (its CPU time over its wall time) under `name`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, text=True)
    elapsed = time.perf_counter() - t0
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:3])} ... failed ({done.returncode}):\n{done.stderr[-3000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if name:
        BUSY[f"{name}@{elapsed:.3f}"] = cpu / elapsed
    return elapsed


def systems(files: list[str], db: Path) -> dict[str, callable]:
    def ours() -> float:
        shutil.rmtree(db, ignore_errors=True)
        return timed([CLI, "ingest", *files, "--db", str(db), "--no-progress"], OURS)

    recipe, bare = "LangChain recipe (transcripts only)", "faster-whisper, model loaded once"
    return {
        recipe: lambda: timed([sys.executable, "-c", RECIPE, *files], recipe),
        bare: lambda: timed([sys.executable, "-c", BARE, *files], bare),
        OURS: ours,
    }


def best_of(runs: dict[str, callable], repeat: int) -> dict[str, float]:
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, run in runs.items():
            best[name] = min(best.get(name, float("inf")), run())
    return best


def cold_starts(db: Path, source: str, n: int) -> dict[str, float]:
    commands = {
        "search": ["search", "which option repeats the menu", "-k", "5"],
        "info": ["info"],
        "transcript": ["transcript", source],
    }
    return {
        name: statistics.median(timed([CLI, *args, "--db", str(db)]) for _ in range(n))
        for name, args in commands.items()
    }


def audio_seconds(files: list[str]) -> float:
    from audio_rag.audio import probe_duration

    return sum(probe_duration(f) for f in files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--cold", type=int, default=5, help="runs of each reading command")
    ap.add_argument("--files", nargs="*", type=Path, default=DEFAULT_FILES)
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()
    if not shutil.which("ffmpeg"):
        sys.exit("the recipe decodes with pydub, which needs ffmpeg: apt-get install ffmpeg")
    files = [str(f.resolve()) for f in args.files]
    audio = audio_seconds(files)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "index"
        best = best_of(systems(files, db), args.repeat)
        cold = cold_starts(db, files[0], args.cold)
    recipe = best["LangChain recipe (transcripts only)"]
    print(f"{len(files)} files, {audio / 60:.1f} min of audio, best of {args.repeat} runs each")
    print(f"{'system':36s} {'seconds':>8s} {'x realtime':>10s} {'recipe/this':>11s} {'cores':>6s}")
    for name, seconds in best.items():
        cores = BUSY.get(f"{name}@{seconds:.3f}", float("nan"))
        print(
            f"{name:36s} {seconds:8.1f} {audio / seconds:10.1f} {recipe / seconds:10.2f}x "
            f"{cores:6.2f}"
        )
    print(f"\ncold start of a reading command (median of {args.cold} fresh processes):")
    for name, seconds in cold.items():
        print(f"  audio-rag {name:12s} {seconds:5.2f} s")
    if args.json:
        figures = {"audio_seconds": audio, "best": best, "cold": cold, "cores": BUSY}
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


if __name__ == "__main__":
    main()
