"""Build the coherent retrieval dev sets: multi-speaker dialogues with paraphrased questions.

The text lives in benchmarks/data/text/retrieval/: dialogues.json (development set: used to
choose defaults), dialogues_heldout.json (held-out set: only reported, never tuned on) and
dialogues_fresh.json and dialogues_third.json (second and third held-out sets, each by two
more authors, written after the defaults were set).
Each sentence is spoken by its role's TTS voice; sentences of a turn follow each other
after a short pause, turns after a longer one. Because the audio is assembled here, every
sentence's time span is known exactly, so each question's answers are the spans of the
sentences it names. Writes, per set NAME (dialogues, dialogues_heldout, dialogues_fresh,
dialogues_third):

    benchmarks/data/retrieval/NAME/<conversation>.<mp3|ogg|m4a|opus>
    benchmarks/data/retrieval/NAME/<conversation>.json   turns with person, text, sentences
    benchmarks/data/retrieval/NAME.json                  questions, `audio-rag eval` format

Needs Debian's flite, espeak-ng, sox and ffmpeg. The outputs are committed.

    python scripts/make_retrieval_devset.py [NAME ...]
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from make_fixtures import write  # noqa: E402
from make_speaker_devset import SR, speak  # noqa: E402
from textdata import retrieval_set  # noqa: E402

from audio_rag._util.text import sentences as split_sentences  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "retrieval"
SETS = {  # set name -> its text, a file of benchmarks/data/text/retrieval/
    "dialogues": "dialogues.json",
    "dialogues_heldout": "dialogues_heldout.json",
    "dialogues_fresh": "dialogues_fresh.json",
    "dialogues_third": "dialogues_third.json",
}
FORMATS = ["mp3", "ogg", "m4a", "opus"]
SENTENCE_GAP = (0.15, 0.35)
TURN_GAP = (0.35, 1.1)


def trim(audio: np.ndarray, floor: float = 0.01) -> np.ndarray:
    """Drop the TTS engine's leading and trailing silence."""
    loud = np.flatnonzero(np.abs(audio) > floor)
    return audio[loud[0] : loud[-1] + 1] if len(loud) else audio


def assemble(conv: dict, rng, tmp: Path) -> tuple[np.ndarray, list[dict]]:
    """The conversation's audio and its turns, each with every sentence's span."""
    parts, turns, t = [], [], 0.0
    for role, text in conv["turns"]:
        gap = rng.uniform(*TURN_GAP)
        sentences = []
        for i, sentence in enumerate(split_sentences(text)):
            if i:
                gap = rng.uniform(*SENTENCE_GAP)
            speech = trim(speak(sentence, conv["voices"][role], tmp))
            parts += [np.zeros(int(SR * gap), np.float32), speech]
            t += int(SR * gap) / SR
            end = t + len(speech) / SR
            sentences.append({"text": sentence, "start": round(t, 3), "end": round(end, 3)})
            t += len(speech) / SR
        turns.append(
            {
                "person": conv["voices"][role],
                "role": role,
                "start": sentences[0]["start"],
                "end": sentences[-1]["end"],
                "sentences": sentences,
            }
        )
    audio = np.concatenate(parts + [np.zeros(SR // 2, np.float32)])
    audio += rng.normal(0, 0.002, audio.shape).astype(np.float32)
    return np.clip(audio, -1, 1), turns


def answer_spans(turns: list[dict], starts: list[str], source: str, question: str) -> list[dict]:
    spans = []
    for prefix in starts:
        found = [s for t in turns for s in t["sentences"] if s["text"].startswith(prefix)]
        if len(found) != 1:
            raise SystemExit(f"{question!r}: {prefix!r} starts {len(found)} sentences")
        spans.append({"source": source, "start": found[0]["start"], "end": found[0]["end"]})
    return spans


def build(set_name: str, file_name: str) -> None:
    text = retrieval_set(file_name)
    folder = OUT / set_name
    folder.mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(11)
    names, timing = {}, {}
    with tempfile.TemporaryDirectory() as d:
        for i, (name, conv) in enumerate(text.conversations.items()):
            audio, turns = assemble(conv, rng, Path(d))
            names[name] = f"{set_name}/{name}.{FORMATS[i % len(FORMATS)]}"
            write(audio, OUT / names[name])
            (folder / f"{name}.json").write_text(json.dumps({"turns": turns}, indent=1) + "\n")
            timing[name] = turns
            print(f"{names[name]}: {len(audio) / SR:.0f} s, {len(turns)} turns", file=sys.stderr)
    questions = [
        {"question": q, "answers": answer_spans(timing[conv], starts, names[conv], q)}
        for q, conv, starts in text.questions
    ]
    (OUT / f"{set_name}.json").write_text(json.dumps({"questions": questions}, indent=1) + "\n")


def main(argv: list[str]) -> None:
    for set_name, file_name in SETS.items():
        if not argv or set_name in argv:
            build(set_name, file_name)


if __name__ == "__main__":
    main(sys.argv[1:])
