"""Real-speech known-item set: long telephone-menu recordings and remembered-words queries.

Each recording joins real recorded prompts of the Asterisk English voice (one voice
talent, repetitive menu wording: "press 4 to ...", "please enter your ...") with short
pauses, 3-5 minutes each. A query is the first 60% of one prompt's words as its
transcript writes them ("press 4 to place"), the way a user types words they remember;
every prompt of the recording whose words start with the query answers it.

dev/ is for tuning; heldout/ draws its prompts from a disjoint half of the prompt list and
is only reported. Needs (with the project's .venv):

    apt-get update && apt-get install -y asterisk-core-sounds-en-wav asterisk-core-sounds-en ffmpeg
    .venv/bin/python scripts/make_known_item_devset.py

Deterministic (seeded, ffmpeg +bitexact). Output: benchmarks/data/known_items/.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from make_real_speaker_devset import (  # noqa: E402 (a sibling script)
    AST,
    DOC,
    SR,
    encode,
    prepare,
    read_audio,
    read_transcripts,
    usable_text,
)

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "known_items"
VOICE = AST / "en_US_f_Allison"
TEXTS = DOC / "asterisk-core-sounds-en" / "core-sounds-en.txt.gz"
SEED = 20261202
PLAN = {"dev": (4, 25), "heldout": (2, 25)}  # set -> (recordings, queries per recording)
MINUTES = (3.0, 5.0)
PAUSE = (0.4, 1.2)  # seconds of silence between prompts
SHARE = 0.6  # a query is the first 60% of its prompt's words
MIN_WORDS = 5  # prompts with fewer words give no query (they still play)
CODEC = ["-c:a", "libopus", "-b:a", "16k"]
MAX_BYTES = 1_000_000


def folded(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


def load_prompts() -> list[dict]:
    """Top-level prompts with a usable transcript, trimmed to their voiced extent."""
    if not VOICE.exists() or not TEXTS.exists():
        sys.exit("install: apt-get install -y asterisk-core-sounds-en-wav asterisk-core-sounds-en")
    out = []
    for key, text in sorted(read_transcripts(TEXTS).items()):
        path = VOICE / f"{key}.wav"
        if "/" in key or not path.exists() or not usable_text(text, "en"):
            continue
        x, sr = read_audio(path)
        y = prepare(x, sr)
        if y is not None and 0.4 <= len(y) / SR <= 30.0:
            out.append({"key": key, "text": text, "audio": y})
    return out


def query_of(text: str) -> str | None:
    """The first 60% of the prompt's words (as written, end punctuation dropped)."""
    raw = text.split()
    if len(folded(text)) < MIN_WORDS:
        return None
    head = raw[: math.ceil(SHARE * len(raw))]
    return " ".join(head).strip(" .,;:!?")


def compose(pool: list[dict], rng: np.random.Generator) -> tuple[np.ndarray, list[dict]]:
    """One recording: prompts drawn without repeat until its length is reached."""
    target = rng.uniform(*MINUTES) * 60
    order = rng.permutation(len(pool))
    pieces, placed, t = [np.zeros(int(0.5 * SR), np.float32)], [], 0.5
    for i in order:
        p = pool[i]
        if t + len(p["audio"]) / SR > target:
            continue
        placed.append({"key": p["key"], "text": p["text"], "start": round(t, 3)})
        pieces.append(p["audio"])
        t += len(p["audio"]) / SR
        placed[-1]["end"] = round(t, 3)
        gap = rng.uniform(*PAUSE)
        pieces.append(np.zeros(int(gap * SR), np.float32))
        t += int(gap * SR) / SR
    return np.concatenate(pieces), placed


def queries(placed: list[dict], n: int, rng: np.random.Generator) -> list[dict]:
    """n queries from distinct prompts of one recording (answers: see `answered`)."""
    usable = [p for p in placed if query_of(p["text"])]
    picked = rng.choice(len(usable), size=min(n, len(usable)), replace=False)
    return [{"question": query_of(usable[i]["text"]), "prompt": usable[i]["key"]}
            for i in sorted(picked)]  # fmt: skip


def answered(query: str, recordings: dict[str, list[dict]]) -> list[dict]:
    """Every placed prompt, in any recording of the set, whose words start with the query's."""
    words = folded(query)
    return [
        {"source": name, "start": p["start"], "end": p["end"]}
        for name, placed in recordings.items()
        for p in placed
        if folded(p["text"])[: len(words)] == words
    ]


def main() -> int:
    prompts = load_prompts()
    rng = np.random.default_rng(SEED)
    halves = rng.permutation(len(prompts))
    pools = {"dev": [prompts[i] for i in halves[::2]]}
    pools["heldout"] = [prompts[i] for i in halves[1::2]]
    for part, (count, per) in PLAN.items():
        folder = OUT / part
        folder.mkdir(parents=True, exist_ok=True)
        doc = {
            "source": f"real speech: asterisk-core-sounds-en-wav ({VOICE.name})",
            "questions": [],
        }
        recordings = {}
        for r in range(count):
            mix, placed = compose(pools[part], rng)
            name = f"menu{r:02d}.opus"
            encode(mix * (0.89 / max(1e-9, float(np.max(np.abs(mix))))), folder / name, CODEC)
            size = (folder / name).stat().st_size
            assert size < MAX_BYTES, (name, size)
            truth = {"duration": round(len(mix) / SR, 3), "prompts": placed}
            (folder / f"menu{r:02d}.json").write_text(json.dumps(truth, indent=1) + "\n")
            recordings[f"{part}/{name}"] = placed
            doc["questions"] += queries(placed, per, rng)
            print(f"{part}/{name}: {len(mix) / SR / 60:.1f} min, {len(placed)} prompts, {size} B")
        for q in doc["questions"]:
            q["answers"] = answered(q["question"], recordings)
        (OUT / f"{part}.json").write_text(json.dumps(doc, indent=1) + "\n")
        print(f"{part}: {len(doc['questions'])} queries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
