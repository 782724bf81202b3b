"""Text to speech for the synthetic dev sets: Debian's flite, espeak-ng or festival, then
sox to 16 kHz mono 16-bit, read back as float32 in [-1, 1)."""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import numpy as np

SR = 16000


def synthesize(engine: str, voice: str, text: str, tmp: Path, espeak_speed: int = 160):
    """`text` spoken by `voice` of `engine` ("flite", "espeak-ng" or "festival", whose
    voice is a Scheme voice function such as voice_kal_diphone); `tmp` holds the files."""
    raw, out = tmp / "raw.wav", tmp / "out.wav"
    if engine == "flite":
        cmd = ["flite", "-voice", voice, "-t", text, "-o", str(raw)]
    elif engine == "festival":
        (tmp / "t.txt").write_text(text)
        cmd = ["text2wave", "-eval", f"({voice})", str(tmp / "t.txt"), "-o", str(raw)]
    else:
        cmd = ["espeak-ng", "-v", voice, "-s", str(espeak_speed), "-w", str(raw), text]
    subprocess.run(cmd, check=True, capture_output=True)
    subprocess.run(["sox", str(raw), "-r", str(SR), "-c", "1", "-b", "16", str(out)], check=True)
    return read_wav(out)


def read_wav(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    return pcm.astype(np.float32) / 32768.0
