"""Build the adapter development set: instrument notes, one folder per instrument.

Writes benchmarks/data/adapter/<instrument>/<n>.ogg (committed): 14 notes (1.5 s) at
pitches spread over two octaves, played by 8 General MIDI instruments of a soundfont.
The task (which instrument?) is about timbre, while a frozen encoder's mean-pooled
vectors are dominated by pitch: what a domain adapter is for. Needs Debian's
fluidsynth + fluid-soundfont-gm and ffmpeg.

    python scripts/make_adapter_devset.py
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from make_fixtures import write  # noqa: E402
from make_qbe_devset import SOUNDFONT, SR, midi_chord  # noqa: E402
from tts import read_wav  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "adapter"
INSTRUMENTS = {
    "piano": 0,
    "organ": 19,
    "guitar": 24,
    "bass": 33,
    "violin": 40,
    "trumpet": 56,
    "clarinet": 71,
    "flute": 73,
}
N_NOTES = 14


def main() -> None:
    rng = np.random.default_rng(5)
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        for name, program in INSTRUMENTS.items():
            (OUT / name).mkdir(parents=True, exist_ok=True)
            low = 36 if name == "bass" else 55
            for i, note in enumerate(rng.integers(low, low + 24, N_NOTES)):
                (tmp / "n.mid").write_bytes(midi_chord(program, [int(note)], 1.5))
                subprocess.run(
                    ["fluidsynth", "-ni", "-g", "0.8", "-r", str(SR), "-F", str(tmp / "n.wav")]
                    + [SOUNDFONT, str(tmp / "n.mid")],
                    check=True,
                    capture_output=True,
                )
                subprocess.run(
                    ["sox", str(tmp / "n.wav"), "-c", "1", str(tmp / "m.wav")], check=True
                )
                audio = read_wav(tmp / "m.wav")[: int(1.8 * SR)]
                audio = 0.5 * audio / max(np.abs(audio).max(), 1e-6)
                write(audio.astype(np.float32), OUT / name / f"{i:02d}.ogg", "32k")
    print(f"{len(INSTRUMENTS)} instruments x {N_NOTES} notes in {OUT}")


if __name__ == "__main__":
    main()
