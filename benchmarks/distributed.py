"""Distributed ingest: throughput of a local ingest and of Ray with 1 and 2 actors on this
machine, and the per-stage costs that model N workers against the one writer.

End to end, each run a fresh `audio-rag ingest` process timed from outside (imports, Ray's
start and model loading included), the three alternating, best of --repeat. Then, in this
process, the two halves of a distributed ingest measured apart on the same files: a
worker's time per audio second (`ingest.capture.capture_file`: decoding, voice activity,
speakers, Whisper, units, text and audio vectors, fingerprints) and the writer's time per
unit (`ingest.capture.apply_work`: linking voices, Chroma, keyword index, fingerprints,
manifest). The writer bounds the whole: N workers of speed r (audio seconds per second)
keep it busy once N * r * units-per-audio-second reaches 1 / (writer seconds per unit).

    python benchmarks/distributed.py [--repeat 1] [--files A B ...]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_FILES = sorted((HERE / "data" / "known_items").glob("*/*.opus"))  # real speech, 22.7 min
CLI = str(Path(sys.executable).with_name("audio-rag"))


def ingest_seconds(files: list[str], db: Path, extra: list[str]) -> float:
    shutil.rmtree(db, ignore_errors=True)
    t0 = time.perf_counter()
    done = subprocess.run([CLI, "ingest", *files, "--db", str(db), "--no-progress", *extra],
                          capture_output=True, text=True)  # fmt: skip
    if done.returncode != 0:
        sys.exit(f"ingest {' '.join(extra)} failed:\n{done.stderr[-3000:]}")
    return time.perf_counter() - t0


def end_to_end(files: list[str], tmp: Path, repeat: int) -> dict[str, float]:
    runs = {
        "local ingest": [],
        "Ray, 1 actor": ["--ray", "--actors", "1"],
        "Ray, 2 actors": ["--ray", "--actors", "2"],
    }
    best: dict[str, float] = {}
    for _ in range(repeat):
        for name, extra in runs.items():
            seconds = ingest_seconds(files, tmp / "db", extra)
            best[name] = min(best.get(name, float("inf")), seconds)
    return best


def stage_costs(files: list[str], tmp: Path) -> tuple[float, float, int]:
    """(worker seconds per audio second, writer seconds per unit, units)."""
    from audio_rag import AudioRAG
    from audio_rag.ingest.capture import apply_work, capture_file
    from audio_rag.ingest.distributed import WorkerSpec

    rag = AudioRAG(tmp / "stages")
    service = rag.ingester
    service.prepare()
    spec = WorkerSpec(rag.models.portable(), service.options, True)
    ingestor = spec.ingestor()
    capture_file(ingestor, files[0], [], True)  # models loaded before timing
    registry = service.speaker_registry()
    work_s = write_s = audio = 0.0
    units = 0
    for f in files:
        t0 = time.perf_counter()
        work = capture_file(ingestor, f, [], True)
        t1 = time.perf_counter()
        result = apply_work(service.index, registry, service.prints, work)
        write_s += time.perf_counter() - t1
        work_s += t1 - t0
        audio += result.duration
        units += result.units
    return work_s / audio, write_s / max(units, 1), units


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=1)
    ap.add_argument("--files", nargs="*", type=Path, default=DEFAULT_FILES)
    args = ap.parse_args()
    files = [str(f.resolve()) for f in args.files]
    from audio_rag.audio import probe_duration

    audio = sum(probe_duration(f) for f in files)
    with tempfile.TemporaryDirectory() as tmp:
        best = end_to_end(files, Path(tmp), args.repeat)
        per_audio, per_unit, units = stage_costs(files, Path(tmp))
    print(f"{len(files)} files, {audio / 60:.1f} min of audio, best of {args.repeat}")
    for name, seconds in best.items():
        print(f"  {name:16s} {seconds:7.1f} s  {audio / seconds:6.1f}x realtime")
    density = units / audio
    writer_rate = 1 / per_unit
    print(f"worker: {per_audio * 1000:.1f} ms per audio second ({1 / per_audio:.1f}x realtime)")
    print(f"writer: {per_unit * 1000:.2f} ms per unit ({writer_rate:.0f} units/s); "
          f"{density * 60:.1f} units per audio minute")  # fmt: skip
    print(f"the writer keeps up with {writer_rate / density:.0f}x realtime of workers in all")


if __name__ == "__main__":
    main()
