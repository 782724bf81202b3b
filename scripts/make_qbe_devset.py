"""Build the query-by-example development set: original sounds to find.

Writes benchmarks/data/qbe/*.ogg (3-6 s each, committed): tones and sweeps, chords
played by General MIDI instruments of a soundfont, coloured and textured noises,
and TTS sentences from flite and espeak-ng voices. The real-world copies that query
them (noisier, quieter, mp3, cropped) are made by benchmarks/qbe.py. Needs Debian's
flite, espeak-ng, fluidsynth + fluid-soundfont-gm, sox and ffmpeg.

    python scripts/make_qbe_devset.py
"""

from __future__ import annotations

import struct
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from make_fixtures import write  # noqa: E402
from tts import read_wav, synthesize  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "qbe"
SR = 16000
SOUNDFONT = "/usr/share/sounds/sf2/FluidR3_GM.sf2"
VOICES = [("flite", "awb"), ("flite", "slt"), ("flite", "rms"), ("flite", "kal16")]
VOICES += [("espeak-ng", "en-us+m3"), ("espeak-ng", "en+f4")]
SENTENCES = [
    "The train to the coast leaves at half past nine.",
    "Please put the blue folder on the shelf by the door.",
    "Rain is expected over the hills later this evening.",
    "Our team fixed the heating in the old library.",
    "She planted tomatoes and beans along the fence.",
    "The museum opens a new exhibition about rivers.",
    "Turn left at the bakery and walk two blocks.",
    "He forgot his umbrella at the station again.",
    "The committee will vote on the budget tomorrow.",
    "A small boat crossed the lake before sunrise.",
    "Remember to charge the camera before the trip.",
    "The soup needs more salt and a little pepper.",
]
# (GM program, chord as MIDI notes)
CHORDS = [
    (0, [60, 64, 67]),
    (0, [57, 60, 64]),
    (0, [62, 65, 69, 72]),
    (24, [52, 56, 59]),
    (24, [55, 59, 62, 67]),
    (40, [67, 71, 74]),
    (19, [48, 55, 60, 64]),
    (56, [60, 63, 67]),
    (73, [72, 76, 79]),
    (11, [64, 67, 71]),
    (33, [36, 43, 48]),
    (48, [53, 57, 60, 65]),
]


def tones(rng) -> dict[str, np.ndarray]:
    t = np.arange(4 * SR) / SR
    out = {}
    for i, f in enumerate([220.0, 330.0, 523.0, 880.0, 1250.0, 2000.0]):
        harm = sum(0.5**k * np.sin(2 * np.pi * f * (k + 1) * t) for k in range(i % 3 + 1))
        out[f"tone_{int(f)}"] = 0.3 * harm / np.abs(harm).max()
    for lo, hi in [(200, 2000), (3000, 500), (800, 900)]:
        phase = 2 * np.pi * (lo * t + (hi - lo) * t**2 / (2 * t[-1]))
        out[f"sweep_{lo}_{hi}"] = 0.3 * np.sin(phase)
    for f, rate in [(440.0, 3.0), (660.0, 7.0), (300.0, 12.0)]:
        out[f"beep_{int(f)}_{int(rate)}"] = (
            0.3 * np.sin(2 * np.pi * f * t) * (np.sin(2 * np.pi * rate * t) > 0)
        )
    return out


def noises(rng) -> dict[str, np.ndarray]:
    n = 4 * SR
    f = np.fft.rfftfreq(n, 1 / SR)

    def shaped(gain):  # a fresh noise for every sound
        return np.fft.irfft(np.fft.rfft(rng.standard_normal(n)) * gain, n)

    out = {
        "noise_pink": shaped(1 / np.sqrt(np.maximum(f, 20))),
        "noise_brown": shaped(1 / np.maximum(f, 20)),
        "noise_band_1k": shaped((f > 800) & (f < 1500)),
        "noise_band_4k": shaped((f > 3500) & (f < 5000)),
    }
    clicks = np.zeros(n)
    clicks[rng.integers(0, n, 60)] = rng.uniform(0.3, 1, 60)
    out["rain_clicks"] = np.convolve(clicks, np.exp(-np.arange(200) / 30.0), "same")
    knock = np.zeros(n)
    for s in np.arange(0.3, 3.8, 0.6):
        knock[int(s * SR)] = 1.0
    out["knocks"] = np.convolve(knock, np.sin(np.arange(800) / 6) * np.exp(-np.arange(800) / 150))[
        :n
    ]
    gusts = shaped(1 / np.sqrt(np.maximum(f, 20))) * (1.2 + np.sin(np.arange(n) / SR))
    out["wind_gusts"] = gusts
    engine = np.sin(2 * np.pi * 45 * np.arange(n) / SR) * (1 + 0.3 * rng.standard_normal(n))
    out["engine_hum"] = engine
    return {k: 0.3 * v / np.abs(v).max() for k, v in out.items()}


def speech(tmp: Path) -> dict[str, np.ndarray]:
    out = {}
    for i, text in enumerate(SENTENCES):
        engine, voice = VOICES[i % len(VOICES)]
        out[f"speech_{i:02d}_{voice.split('+')[0]}"] = synthesize(engine, voice, text, tmp)
    return out


def midi_chord(program: int, notes: list[int], seconds: float = 3.0) -> bytes:
    """A one-track MIDI file: `notes` together for `seconds` (480 ticks per beat, 120 bpm)."""
    ticks = int(seconds * 960)

    def var(n: int) -> bytes:
        out = [n & 0x7F]
        while n > 127:
            n >>= 7
            out.insert(0, (n & 0x7F) | 0x80)
        return bytes(out)

    ev = bytes([0, 0xC0, program])
    ev += b"".join(bytes([0, 0x90, n, 90]) for n in notes)
    ev += var(ticks) + bytes([0x80, notes[0], 0])
    ev += b"".join(bytes([0, 0x80, n, 0]) for n in notes[1:])
    ev += bytes([0, 0xFF, 0x2F, 0])
    head = b"MThd" + struct.pack(">IHHH", 6, 0, 1, 480)
    return head + b"MTrk" + struct.pack(">I", len(ev)) + ev


def chords(tmp: Path) -> dict[str, np.ndarray]:
    out = {}
    for i, (program, notes) in enumerate(CHORDS):
        mid, wav = tmp / "c.mid", tmp / "c.wav"
        mid.write_bytes(midi_chord(program, notes))
        subprocess.run(
            ["fluidsynth", "-ni", "-g", "0.8", "-r", str(SR), "-F", str(wav), SOUNDFONT, str(mid)],
            check=True,
            capture_output=True,
        )
        subprocess.run(["sox", str(wav), "-c", "1", str(tmp / "m.wav")], check=True)
        audio = read_wav(tmp / "m.wav")[: 4 * SR]
        out[f"chord_{i:02d}_gm{program}"] = 0.5 * audio / max(np.abs(audio).max(), 1e-6)
    return out


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(11)
    with tempfile.TemporaryDirectory() as d:
        sounds = {**tones(rng), **noises(rng), **chords(Path(d)), **speech(Path(d))}
    for name, audio in sounds.items():
        write(np.clip(np.asarray(audio, np.float32), -1, 1), OUT / f"{name}.ogg", "48k")
    print(f"{len(sounds)} sounds in {OUT}")


if __name__ == "__main__":
    main()
