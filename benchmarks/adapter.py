"""Domain adapter benchmark: held-out recall@1 before and after training.

Data (one folder per class):
  instruments  benchmarks/data/adapter (scripts/make_adapter_devset.py): 8 soundfont
               instruments x 14 notes at varied pitches; which instrument is it?
  voices       benchmarks/data/speakers/trials: 7 TTS voices x 4 sentences; whose voice?
A share of each class is held out (30 %, fixed seed); recall@1 = a held-out file's
nearest training file (cosine) is of its class. "before": the frozen encoder's
mean-pooled vectors; "after": the trained adapter (attention pooling + projection).

    .venv/bin/python benchmarks/adapter.py [--encoder SPEC] [--loss supcon|triplet]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audio_rag.encoders import make_audio_encoder  # noqa: E402
from audio_rag.encoders.adapter import AdapterOptions, fit_on_folder  # noqa: E402

DATA = ROOT / "benchmarks" / "data"


def voices_folder(tmp: Path) -> Path:
    """The speaker trials as class folders (symlinks)."""
    for clip in sorted((DATA / "speakers" / "trials").glob("*.mp3")):
        person = clip.stem.rsplit("_", 1)[0]
        (tmp / person).mkdir(exist_ok=True)
        (tmp / person / clip.name).symlink_to(clip)
    return tmp


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--encoder", default="whisper-encoder:tiny.en")
    ap.add_argument("--loss", choices=["supcon", "triplet"], default="supcon")
    args = ap.parse_args()
    enc = make_audio_encoder(args.encoder)
    with tempfile.TemporaryDirectory() as d:
        sets = {"instruments": DATA / "adapter", "voices": voices_folder(Path(d))}
        for name, folder in sets.items():
            t0 = time.perf_counter()
            opts = AdapterOptions(loss=args.loss)
            _, rep = fit_on_folder(enc, folder, Path(d) / f"{name}.npz", opts)
            print(
                f"{name:<12} {args.encoder} {args.loss}: {rep.classes} classes, "
                f"{rep.train_files} train / {rep.held_out_files} held out; recall@1 "
                f"before {rep.recall_before:.3f} -> after {rep.recall_after:.3f} "
                f"({time.perf_counter() - t0:.1f} s)"
            )


if __name__ == "__main__":
    main()
