"""Held-out speaker set: conversations of voices and sentences the dev set never uses.

Writes benchmarks/data/speakers/heldout/h0-h3.mp3 with ground-truth turns in JSON: 2-4 of
five voices (espeak-ng Scottish, Caribbean, Lancaster and West Midlands variants and
festival's kal diphone voice), none of them in scripts/make_speaker_devset.py. The
diarization defaults were chosen on both sets (benchmarks/speakers.py reports both).
Needs Debian's espeak-ng, festival, sox and ffmpeg. The outputs are committed.

    python scripts/make_speaker_heldout.py
"""

import json
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from tts import synthesize  # noqa: E402

SR = 16000
OUT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "speakers" / "heldout"
VOICES = {
    "scot_m": ("espeak-ng", "en-gb-scotland+m4"),
    "carib_f": ("espeak-ng", "en-029+f2"),
    "lanc_m": ("espeak-ng", "en-gb-x-gbclan+m1"),
    "festival_kal": ("festival", "voice_kal_diphone"),
    "wmid_f": ("espeak-ng", "en-gb-x-gbcwmd+f3"),
}
LINES = """The ferry leaves the northern harbour twice a day in winter.
Our team finally replaced the old billing system last quarter.
I think the orchestra sounded better in the smaller hall.
Honestly the hardest part of moving was packing the kitchen.
The library extended its opening hours during exam season.
Could you send me the spreadsheet before the meeting starts?
We planted three rows of beans and most of them survived.
The bridge repairs will close the east lane until March.
My brother learned to juggle from a video series online.
They measured the rainfall every morning for six years.
Nobody expected the quiet candidate to win the debate.
A good sourdough starter needs feeding at regular times.
The museum is lending two paintings to a gallery abroad.
I would rather take the train than drive through the mountains.
Our neighbours built a tiny greenhouse out of old windows.
The satellite images showed the glacier shrinking quickly.
We should ask the accountant about the new tax rules.
The children built a raft and floated it down the creek.
She repaired the bicycle with parts from three broken ones.
That restaurant changes its menu with every season.
The lighthouse keeper wrote letters to sailors for decades.
Let us postpone the decision until the survey results arrive.
The power went out during the final minutes of the match.
I found an old map of the town in my grandmother's attic.
Traffic was light because of the public holiday.
The chemistry lab ordered new safety goggles for everyone.
He prefers green tea in the afternoon and coffee at dawn.
The hikers reached the summit just before the storm.
Our podcast gets most listeners on Tuesday mornings.
The farmers market moved to the car park behind the school.""".splitlines()


def speak(text, who, tmp):
    return synthesize(*VOICES[who], text, tmp, espeak_speed=155)


rng = np.random.default_rng(7)
tmp = Path(tempfile.mkdtemp())
lines = LINES * 3
rng.shuffle(lines)
for c in range(4):
    people = list(rng.choice(list(VOICES), size=int(rng.integers(2, 5)), replace=False))
    parts, turns, t, last = [], [], 0.0, None
    for _ in range(int(rng.integers(6, 10))):
        who = rng.choice([p for p in people if p != last])
        sp = np.concatenate([speak(lines.pop(), who, tmp) for _ in range(int(rng.integers(1, 3)))])
        gap = np.zeros(int(SR * rng.uniform(0.3, 1.2)), np.float32)
        parts += [gap, sp]
        t += len(gap) / SR
        turns.append({"person": str(who), "start": round(t, 3), "end": round(t + len(sp) / SR, 3)})
        t += len(sp) / SR
        last = who
    audio = np.concatenate(parts + [np.zeros(SR // 2, np.float32)])
    audio += rng.normal(0, 0.002, audio.shape).astype(np.float32)
    pcm = (np.clip(audio, -1, 1) * 32767).astype(np.int16)
    wav = OUT / f"h{c}.wav"
    with wave.open(str(wav), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm.tobytes())
    subprocess.run(
        ["ffmpeg", "-y", "-loglevel", "error", "-i", str(wav), str(OUT / f"h{c}.mp3")], check=True
    )
    wav.unlink()
    (OUT / f"h{c}.json").write_text(json.dumps({"turns": turns}))
    print(c, people, round(t, 1))
