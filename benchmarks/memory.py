"""Peak memory while ingesting one long recording (goal: under 2 GB for 3 hours, tiny.en).

    python benchmarks/memory.py [--hours 3] [--fake] [--json]

The recording is generated here: a 16 kHz WAV, mostly quiet room noise, with the
bundled sample podcast's speech every `--speech-every` minutes and a tone in between
(so there is speech, sound and silence to index without hours of transcription).
Each ingest runs in a fresh process; its peak resident memory (ru_maxrss) is read
when it ends. Baseline: the same process ingesting a one-minute file, so the figure
the long file adds is visible. With --fake the model doubles of tests/helpers.py
stand in for the models (the slow test uses this); without it, the bundled models
(Whisper tiny.en, all-MiniLM-L6-v2, the GE2E speaker encoder) run on CPU.
For scale: the 3-hour recording decoded whole would be 0.69 GB of float32 samples.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
import wave
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
RATE = 16000


def write_long_recording(path: Path, hours: float, speech_every_min: float = 30.0) -> Path:
    """Write the test recording minute by minute (never whole in memory)."""
    sys.path.insert(0, str(ROOT))
    from audio_rag.audio import load_audio
    from tests.helpers import SAMPLE

    speech = load_audio(SAMPLE)
    rng = np.random.default_rng(0)
    minutes = int(round(hours * 60))
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        for m in range(minutes):
            chunk = rng.normal(0, 0.0005, 60 * RATE).astype(np.float32)  # quiet room
            if m % speech_every_min == 0:
                n = min(len(speech), len(chunk))
                chunk[:n] += speech[:n]
            elif m % 10 == 5:
                t = np.arange(20 * RATE) / RATE
                chunk[: len(t)] += (0.2 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
            w.writeframes((np.clip(chunk, -1, 1) * 32767).astype("<i2").tobytes())
    return path


CHILD = """
import json, resource, sys, time
sys.path.insert(0, {root!r})
from audio_rag import AudioRAG
kw = {{}}
if {fake!r}:
    from tests.helpers import (FakeAudioEncoder, FakeSpeakerEncoder, FakeTextEmbedder,
                               FakeTranscriber)
    kw = dict(whisper=FakeTranscriber(), text_model=FakeTextEmbedder(),
              audio_encoder=FakeAudioEncoder(), speaker_encoder=FakeSpeakerEncoder())
rag = AudioRAG({db!r}, "memory", **kw)
t0 = time.perf_counter()
report = rag.ingest([{path!r}])
f = report.files[0]
print(json.dumps({{"status": f.status, "error": f.error, "duration": f.duration,
    "units": f.units, "wall": time.perf_counter() - t0}}))
"""


def ingest_in_child(path: Path, db: Path, fake: bool) -> dict:
    code = CHILD.format(root=str(ROOT), fake=fake, db=str(db), path=str(path))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-3000:])
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    result = json.loads(done.stdout.strip().splitlines()[-1])
    # ru_maxrss of children is the largest child so far: run the baseline first
    result["peak_gb"] = max(peak_kb, before) / 1024**2
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--hours", type=float, default=3.0)
    p.add_argument("--speech-every", type=float, default=30.0, help="minutes")
    p.add_argument("--fake", action="store_true", help="model doubles instead of the models")
    p.add_argument("--limit-gb", type=float, default=2.0, help="exit 1 above this peak")
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="audio_rag_mem_") as tmp:
        tmp = Path(tmp)
        t0 = time.perf_counter()
        short = write_long_recording(tmp / "one_minute.wav", 1 / 60, args.speech_every)
        long = write_long_recording(tmp / "long.wav", args.hours, args.speech_every)
        made = time.perf_counter() - t0
        size_gb = long.stat().st_size / 1024**3
        base = ingest_in_child(short, tmp / "db_short", args.fake)
        big = ingest_in_child(long, tmp / "db_long", args.fake)
    out = {
        "models": "doubles" if args.fake else "bundled (tiny.en, MiniLM, GE2E)",
        "hours": args.hours,
        "file_gb": round(size_gb, 3),
        "generate_s": round(made, 1),
        "baseline_1min": base,
        "long": big,
        "peak_gb": round(big["peak_gb"], 3),
        "baseline_peak_gb": round(base["peak_gb"], 3),
        "limit_gb": args.limit_gb,
    }
    if args.json:
        print(json.dumps(out, indent=1))
    else:
        print(
            f"{args.hours:g} h recording ({out['models']}): peak RSS {out['peak_gb']:.2f} GB "
            f"(1-minute file: {out['baseline_peak_gb']:.2f} GB; limit {args.limit_gb:g} GB); "
            f"{big['status']}, {big['units']} units, ingest {big['wall']:.0f} s "
            f"({big['duration'] / max(big['wall'], 1e-9):.0f}x realtime)"
        )
    ok = big["status"] == "ingested" and big["peak_gb"] < args.limit_gb
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
