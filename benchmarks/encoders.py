"""Audio encoder throughput on CPU: clips/s and x-realtime per backend.

Clips: the 44 QBE originals (benchmarks/data/qbe, 2-6 s, 2.7 min in all). Backends:
the bundled default (CTranslate2 Whisper tiny.en encoder) and a tiny randomly
initialised model of every transformers architecture (built here, as the tests do:
their speed shows the backend's own overhead - feature extraction, padding,
batching - not that of a real checkpoint). Each backend is warmed up on two clips,
then timed over all; ratios are against the default, measured in the same process.

    .venv/bin/python benchmarks/encoders.py [--encoder SPEC ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audio_rag.audio import SAMPLE_RATE, load_audio  # noqa: E402
from audio_rag.encoders import make_audio_encoder  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "qbe"


def timed(enc, clips, repeat: int) -> float:
    enc.embed_audio(clips[:2])  # load + warm up
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        enc.embed_audio(clips)
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--encoder", action="append", help="extra encoder specs to time")
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs (default 2)")
    args = ap.parse_args()
    clips = [load_audio(p) for p in sorted(DATA.glob("*.ogg"))]
    seconds = sum(len(c) for c in clips) / SAMPLE_RATE
    print(f"{len(clips)} clips, {seconds:.0f} s of audio; best of {args.repeat}")
    with tempfile.TemporaryDirectory() as d:
        sys.path.insert(0, str(ROOT / "tests"))
        from tiny_models import build_all

        specs = ["whisper-encoder:tiny.en"]
        specs += [f"{k}:{p}" for k, p in build_all(Path(d)).items()]
        specs += args.encoder or []
        base = None
        for spec in specs:
            enc = make_audio_encoder(spec)
            wall = timed(enc, clips, args.repeat)
            base = base or wall
            label = spec if "/tmp" not in spec else f"{spec.split(':')[0]} (tiny random)"
            print(
                f"{label:<32} dim {enc.dim:4d}  {len(clips) / wall:7.1f} clips/s  "
                f"{seconds / wall:7.1f}x realtime  ({base / wall:5.2f}x the default's speed)"
            )


if __name__ == "__main__":
    main()
