"""Build the speaker development set: multi-speaker conversations from distinct TTS voices.

Writes benchmarks/data/speakers/: conversations (2-4 voices, turns of 2-15 s, pauses of
0.3-1.5 s, mp3/ogg/m4a/opus) with ground-truth turns in JSON (`person` is the voice,
the identity across recordings), and single-utterance clips per voice for verification
trials. Needs Debian's flite, espeak-ng, sox and ffmpeg. The outputs are committed.

    python scripts/make_speaker_devset.py
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from make_fixtures import write  # noqa: E402
from textdata import fixture_scripts  # noqa: E402
from tts import synthesize  # noqa: E402

SAMPLE_PODCAST, BENCH_SCRIPTS = fixture_scripts()

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "speakers"
SR = 16000
PEOPLE = {  # person -> (engine, voice)
    "awb": ("flite", "awb"),
    "rms": ("flite", "rms"),
    "slt": ("flite", "slt"),
    "kal": ("flite", "kal16"),
    "espeak_us": ("espeak-ng", "en-us+m3"),
    "espeak_f": ("espeak-ng", "en+f4"),
    "espeak_rp": ("espeak-ng", "en-gb-x-rp+m7"),
}
FORMATS = ["mp3", "ogg", "m4a", "opus"]
N_CONVERSATIONS = 12


def sentences() -> list[str]:
    lines = [t for _, t in SAMPLE_PODCAST] + [t for s in BENCH_SCRIPTS.values() for _, t in s]
    return [s.strip() + "." for line in lines for s in line.split(".") if len(s.split()) >= 4]


def speak(text: str, person: str, tmp: Path) -> np.ndarray:
    return synthesize(*PEOPLE[person], text, tmp)


def conversation(rng, lines, tmp: Path) -> tuple[np.ndarray, list[dict]]:
    people = list(rng.choice(list(PEOPLE), size=int(rng.integers(2, 5)), replace=False))
    parts, turns, t, last = [], [], 0.0, None
    for _ in range(int(rng.integers(6, 11))):
        person = rng.choice([p for p in people if p != last])
        speech = np.concatenate(
            [speak(lines.pop(), person, tmp) for _ in range(int(rng.integers(1, 3)))]
        )[: 15 * SR]
        gap = np.zeros(int(SR * rng.uniform(0.3, 1.5)), np.float32)
        parts += [gap, speech]
        t += len(gap) / SR
        turns.append(
            {"person": person, "start": round(t, 3), "end": round(t + len(speech) / SR, 3)}
        )
        t += len(speech) / SR
        last = person
    audio = np.concatenate(parts + [np.zeros(SR // 2, np.float32)])
    audio += rng.normal(0, 0.002, audio.shape).astype(np.float32)
    return np.clip(audio, -1, 1), turns


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(7)
    lines = sentences() * 4
    rng.shuffle(lines)
    with tempfile.TemporaryDirectory() as d:
        for i in range(N_CONVERSATIONS):
            audio, turns = conversation(rng, lines, Path(d))
            name = f"conv{i:02d}.{FORMATS[i % len(FORMATS)]}"
            write(audio, OUT / name)
            (OUT / f"conv{i:02d}.json").write_text(json.dumps({"turns": turns}, indent=1) + "\n")
        trials = OUT / "trials"
        trials.mkdir(exist_ok=True)
        for person in PEOPLE:
            for k in range(4):
                write(speak(lines.pop(), person, Path(d)), trials / f"{person}_{k}.mp3")


if __name__ == "__main__":
    main()
