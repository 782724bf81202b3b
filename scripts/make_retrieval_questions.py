"""Build the retrieval development questions: paraphrased questions over the speaker dev
conversations, and known-item queries over one long recording joined from all dev speech.

The questions are written by hand below (paraphrases: they avoid the dialogue wording).
Each one names the sentences of benchmarks/data/text/fixtures.json that answer it; this
script finds every place those sentences are spoken, from a reference transcription with
word times (faster-whisper tiny.en, beam 5), by fuzzy matching of the word sequence, and
writes the question files in the `audio-rag eval` format (one entry per question, every
place that answers it in `answers`):

    benchmarks/data/retrieval/conversations.json   over benchmarks/data/speakers/conv*
    benchmarks/data/retrieval/long_recording.json  over the joined long recording

    python scripts/make_retrieval_questions.py
"""

from __future__ import annotations

import json
import re
import sys
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "scripts"))
from make_speaker_devset import sentences  # noqa: E402
from retrieval import LONG_NAME, conversation_files, join_recordings, long_parts  # noqa: E402

OUT = ROOT / "benchmarks" / "data" / "retrieval"

# (question, [start of each answering sentence]) -- paraphrased, about the conversations.
CONVERSATION_QUESTIONS = [
    (
        "Could batteries from scrapped electric cars get a second job?",
        ["A listener", "Second life"],
    ),
    ("Which deep sea fish uses a luminous bait to catch its food?", ["Anglerfish"]),
    ("What herb is planted among the tomatoes to deter pests?", ["Basil"]),
    ("How cold and dark is it more than a kilometre under the sea?", ["Below one thousand"]),
    ("When will building work begin, assuming the money gets approved?", ["Construction"]),
    ("Why is turning power into hydrogen inefficient?", ["Converting electricity"]),
    ("What protected the vegetable beds from slugs?", ["Copper tape"]),
    ("Why is it a bad idea to water plants at night?", ["Evening watering"]),
    ("Do researchers keep discovering unknown creatures on their trips?", ["Every expedition"]),
    (
        "Will hydrogen play a role in long-term energy storage?",
        ["For seasonal", "Is hydrogen", "Converting electricity"],
    ),
    (
        "For how long can a grid battery plant deliver electricity?",
        ["How long can", "Most of them"],
    ),
    ("What lives around volcanic vents on the ocean floor?", ["Hydrothermal"]),
    ("At what time of day does the gardener water the plants?", ["I always water"]),
    ("Did the new bike lane hurt local businesses?", ["In fact", "Shop owners"]),
    ("How did shop takings change once cyclists arrived?", ["In fact"]),
    ("What happened to the salad crop last year?", ["Last summer"]),
    ("Who won the chess competition last year?", ["Last year"]),
    ("How do creatures in the deep ocean produce light?", ["Many animals"]),
    ("What discharge duration are grid batteries designed for?", ["Most of them"]),
    ("Where is the show heading in the next episode?", ["Next week"]),
    ("When and where does the chess group get together?", ["Our chess club"]),
    ("What is the biggest kind of energy storage in the world?", ["Pumped hydro is"]),
    ("What equipment do scientists use to record deep-sea animals?", ["Researchers"]),
    ("Are second-hand battery packs still good for stationary use?", ["Second life"]),
    ("Were retailers afraid that removing car parking would cost them trade?", ["Shop owners"]),
    ("Which hours of the day does four-hour storage bridge?", ["That covers"]),
    ("What new cycling infrastructure did the city add recently?", ["The council"]),
    ("What is planned so that kids can cycle to class without danger?", ["The next step"]),
    ("Why are batteries taking over from gas plants?", ["The short version"]),
    ("How much time does each player get in the spring competition?", ["The spring"]),
    ("What topic is this episode about?", ["Today we are"]),
    ("How much sun do tomato plants require?", ["Tomatoes need"]),
    ("How many cyclists use the lane on a typical day?", ["Traffic counts"]),
    ("How often should the compost be mixed?", ["Turn it every"]),
    ("What goes into the compost pile?", ["We also started"]),
    ("Why is the club collecting donations?", ["We are raising"]),
    ("How are newcomers helped at the chess club?", ["We pair them"]),
    ("Whose relative was employed at a dam up in the hills?", ["What about pumped"]),
    ("How does storing energy by moving water work?", ["You pump water"]),
    ("Which wall should tomatoes be grown against?", ["Tomatoes need"]),
    ("What is the name of the podcast?", ["Welcome back"]),
    ("How old was the tournament winner?", ["Last year"]),
    ("How long do reused packs stay out of recycling?", ["Second life"]),
    ("Is the timing equipment of the club broken?", ["We are raising"]),
    ("At what depth does sunlight stop reaching the sea?", ["Below one thousand"]),
    ("How does hydro storage use cheap electricity?", ["You pump water"]),
]

# Known-item queries: a detail the user remembers, over one long recording.
KNOWN_ITEM_QUERIES = [
    ("the bit about a twelve year old who won every game", ["Last year"]),
    ("coffee grounds and grass clippings", ["We also started"]),
    ("glowing lure anglerfish", ["Anglerfish"]),
    ("peaker plants replaced by lithium batteries", ["The short version"]),
    ("protected bike lane by the river", ["The council"]),
    ("budget vote in the autumn", ["Construction"]),
    ("fifteen minutes per player", ["The spring"]),
    ("grandfather at a reservoir in the mountains", ["What about pumped"]),
    ("wind farm off the northern coast", ["Next week"]),
    ("copper tape on the raised beds", ["Copper tape"]),
    ("remotely operated vehicles with lamps and cameras", ["Researchers"]),
    ("hydrothermal vents and chemical energy", ["Hydrothermal"]),
    ("three thousand riders on a dry weekday", ["Traffic counts"]),
    ("six hours of direct sunlight for tomatoes", ["Tomatoes need"]),
    ("slugs ate the lettuce", ["Last summer"]),
    ("old clocks that no longer work", ["We are raising"]),
    # a word or two remembered
    ("Thursday", ["Our chess club"]),
    ("peaker", ["The short version"]),
    ("anglerfish", ["Anglerfish"]),
    ("Grid Notes", ["Welcome back"]),
    ("second life packs", ["Second life"]),
    ("railway bridge", ["The next step"]),
    ("mould", ["Evening watering"]),
    ("turbines", ["You pump water"]),
]

THRESHOLD = 0.6  # word-sequence similarity for "this is where the sentence is spoken"


def norm_words(text: str) -> list[str]:
    return re.sub(r"[^a-z0-9 ]+", " ", text.lower()).split()


def reference_words(files: list[Path]) -> dict[Path, list[tuple[float, float, str]]]:
    from faster_whisper import WhisperModel

    from audio_rag._util.resolve import resolve

    model = WhisperModel(resolve("whisper", "tiny.en").location, device="cpu", compute_type="int8")
    out = {}
    for f in files:
        segments, _ = model.transcribe(str(f), beam_size=5, word_timestamps=True)
        words = []
        for s in segments:
            for w in s.words:
                words += [(w.start, w.end, t) for t in norm_words(w.word)]
        out[f] = words
        print(f"{f.name}: {len(words)} words", file=sys.stderr)
    return out


def find_spoken(sentence: str, words) -> list[tuple[float, float]]:
    """(start, end) of every place `sentence` is spoken in `words` (fuzzy)."""
    target = norm_words(sentence)
    toks = [w[2] for w in words]
    m = len(target)
    cands = []
    for i in range(len(toks)):
        window = toks[i : i + m + 2]
        sm = SequenceMatcher(None, target, window, autojunk=False)
        blocks = [b for b in sm.get_matching_blocks() if b.size]
        if not blocks:
            continue
        ratio = sum(b.size for b in blocks) / m
        if ratio >= THRESHOLD:
            first, last = i + blocks[0].b, i + blocks[-1].b + blocks[-1].size - 1
            cands.append((ratio, first, last))
    spans: list[tuple[int, int]] = []
    for _, first, last in sorted(cands, key=lambda c: -c[0]):
        if all(last < a or first > b for a, b in spans):
            spans.append((first, last))
    return sorted((round(words[a][0], 2), round(words[b][1], 2)) for a, b in spans)


def answers(starts, pool, words, name_of) -> list[dict]:
    out = []
    for prefix in starts:
        (sentence,) = [s for s in pool if s.startswith(prefix)]
        for f, ws in words.items():
            for s, e in find_spoken(sentence, ws):
                out.append({"source": name_of(f), "start": s, "end": e})
    return sorted(out, key=lambda a: (a["source"], a["start"]))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pool = sorted(set(sentences()))
    convs = conversation_files()
    parts = long_parts()
    words = reference_words(sorted(set(convs) | set(parts)))
    conv_words = {f: words[f] for f in convs}
    rel = OUT.resolve()

    def conv_name(f: Path) -> str:
        return str(Path("..") / "speakers" / f.name) if f.parent.name == "speakers" else f.name

    qs = [
        {"question": q, "answers": answers(starts, pool, conv_words, conv_name)}
        for q, starts in CONVERSATION_QUESTIONS
    ]
    for q in qs:
        assert q["answers"], f"no answer found for {q['question']!r}"
    (OUT / "conversations.json").write_text(json.dumps({"questions": qs}, indent=1) + "\n")

    offsets = join_recordings(parts, None)
    long_words = [(s + offsets[f], e + offsets[f], t) for f in parts for s, e, t in words[f]]
    ki = [
        {
            "question": q,
            "answers": answers(starts, pool, {LONG_NAME: long_words}, lambda _: LONG_NAME),
        }
        for q, starts in KNOWN_ITEM_QUERIES
    ]
    (OUT / "long_recording.json").write_text(json.dumps({"questions": ki}, indent=1) + "\n")
    n = sum(len(q["answers"]) for q in qs + ki)
    print(f"{len(qs)} + {len(ki)} questions, {n} answer spans -> {rel}", file=sys.stderr)


if __name__ == "__main__":
    main()
