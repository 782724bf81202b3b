"""Regenerate the committed audio fixtures from text with the OS TTS voices.

Needs Debian's flite, sox and ffmpeg (`apt-get install flite sox ffmpeg`). The
outputs are committed, so tests and the demo never need TTS installed.

    python scripts/make_fixtures.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from textdata import fixture_scripts  # noqa: E402

SAMPLE_PODCAST, BENCH_SCRIPTS = fixture_scripts()

ROOT = Path(__file__).resolve().parents[1]
SR = 16000
SAMPLE_VOICES = {"host": "awb", "guest": "slt", "producer": "rms"}
BENCH_VOICES = {
    "a": "kal16",
    "b": "slt",
    "c": "awb",
    "d": "rms",
    "e": "slt",
    "f": "kal16",
    "g": "rms",
    "h": "awb",
}
BENCH_FORMATS = {
    "kitchen_garden": "mp3",
    "city_cycling": "ogg",
    "deep_sea": "m4a",
    "chess_club": "flac",
}


def tts(text: str, voice: str, tmp: Path) -> np.ndarray:
    raw, out = tmp / "raw.wav", tmp / "out.wav"
    subprocess.run(["flite", "-voice", voice, "-t", text, "-o", str(raw)], check=True)
    subprocess.run(["sox", str(raw), "-r", str(SR), "-c", "1", "-b", "16", str(out)], check=True)
    with wave.open(str(out)) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    return pcm.astype(np.float32) / 32768.0


def build(turns, voices, seed: int) -> tuple[np.ndarray, list[dict]]:
    rng = np.random.default_rng(seed)
    parts, meta, t = [], [], 0.0
    with tempfile.TemporaryDirectory() as d:
        for speaker, text in turns:
            gap = np.zeros(int(SR * rng.uniform(0.5, 1.1)), dtype=np.float32)
            parts.append(gap)
            t += len(gap) / SR
            speech = tts(text, voices[speaker], Path(d))
            meta.append(
                {
                    "speaker": speaker,
                    "voice": voices[speaker],
                    "start": round(t, 3),
                    "end": round(t + len(speech) / SR, 3),
                    "text": text,
                }
            )
            parts.append(speech)
            t += len(speech) / SR
    parts.append(np.zeros(int(SR * 0.6), dtype=np.float32))
    audio = np.concatenate(parts)
    audio += rng.normal(0, 0.002, audio.shape).astype(np.float32)  # a faint room noise floor
    return np.clip(audio, -1, 1), meta


def write(audio: np.ndarray, path: Path, bitrate: str = "32k") -> None:
    with tempfile.TemporaryDirectory() as d:
        wav = Path(d) / "x.wav"
        with wave.open(str(wav), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SR)
            w.writeframes((audio * 32767).astype(np.int16).tobytes())
        args = ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav)]
        if path.suffix in (".mp3", ".m4a", ".ogg", ".opus"):
            args += ["-b:a", bitrate]
        subprocess.run(args + [str(path)], check=True)


# Enrollment examples for the demo: the sample's voices saying other sentences.
ENROLL = {
    "alan": ("awb", "Hello, this is Alan. I host the show every week from our small studio."),
    "sara": ("slt", "Hi, I am Sara. I study how power grids balance supply and demand."),
    "rob": ("rms", "Rob here. I produce the show and read the questions from listeners."),
}


def enrollment_clips(folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as d:
        for name, (voice, text) in ENROLL.items():
            write(tts(text, voice, Path(d)), folder / f"{name}.mp3")


def main() -> None:
    enrollment_clips(ROOT / "audio_rag" / "data" / "voices")
    audio, meta = build(SAMPLE_PODCAST, SAMPLE_VOICES, seed=1)
    data = ROOT / "audio_rag" / "data"
    write(audio, data / "sample_podcast.mp3")
    (data / "sample_podcast.json").write_text(json.dumps({"turns": meta}, indent=1) + "\n")
    bench = ROOT / "benchmarks" / "data"
    for i, (name, turns) in enumerate(BENCH_SCRIPTS.items()):
        audio, meta = build(turns, BENCH_VOICES, seed=10 + i)
        write(audio, bench / f"{name}.{BENCH_FORMATS[name]}")
        (bench / f"{name}.json").write_text(json.dumps({"turns": meta}, indent=1) + "\n")


if __name__ == "__main__":
    main()
