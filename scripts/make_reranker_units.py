"""Reranker training groups as search shows them: corpus conversations spoken, transcribed
and searched by audio_rag itself.

The text-level groups of scripts/train_reranker.py are clean written turns. What the
reranker reads in use is different: Whisper's transcript of a recording (misheard words,
numbers as digits), cut into speech units that need not match the speaker turns, each
followed by the unit before it, and the candidates are whatever first-stage hybrid search
brings. This script builds that situation from the training corpus
(benchmarks/data/text/reranker_corpus/, never the evaluation dialogues): every conversation
is spoken by TTS voices (one per role, as scripts/make_retrieval_devset.py does), all of
them are ingested into one index, and each question is searched with re-ranking off. The
`depth` best candidates are written with a label: 1 when the unit and a sentence that
answers the question share at least half of the shorter span (the rule `audio_rag.evaluation`
scores by; the bundled weights were trained when it read: the unit covers half of the
sentence).

Writes JSON lines, one per question with a labelled candidate among them:
    {"conversation", "question", "passages": [text [SEP] text before], "labels": [0|1]}

Needs Debian's flite, espeak-ng, sox and ffmpeg. About 12.8 hours of speech for the whole corpus
(448 conversations); a rerun in the same `--work` folder speaks and ingests only conversations
added since (58 min for 224 new ones on 2 cores). `--every N` takes every Nth conversation.

    python scripts/make_reranker_units.py --work /tmp/units [--every 1] [--depth 20]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from multiprocessing import Pool
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))

from make_fixtures import write  # noqa: E402
from make_retrieval_devset import answer_spans, assemble  # noqa: E402
from make_speaker_devset import PEOPLE  # noqa: E402
from train_reranker import CORPUS, corpus_parts  # noqa: E402


def load_conversations(folder: Path = CORPUS) -> tuple[dict, list]:
    """All corpus conversations (name -> {"turns": [(role, text)]}) and questions
    [(question, conversation, [sentence starts])]."""
    convs, questions = {}, []
    for part in corpus_parts(folder):
        convs.update(part.conversations)
        questions += list(part.questions)
    return convs, questions


def with_voices(conv: dict, rng: np.random.Generator) -> dict:
    """`conv` with a distinct TTS voice for each of its roles."""
    roles = list(dict.fromkeys(role for role, _ in conv["turns"]))
    voices = rng.choice(list(PEOPLE), size=len(roles), replace=False)
    return {**conv, "voices": dict(zip(roles, voices))}


def speak_one(job: tuple[str, dict, int, Path]) -> tuple[str, list[dict]]:
    """Speak one conversation to `<folder>/<name>.wav`; returns its timed turns."""
    name, conv, seed, folder = job
    out = folder / f"{name}.wav"
    timing = folder / f"{name}.json"
    if timing.exists():
        return name, json.loads(timing.read_text())
    with tempfile.TemporaryDirectory() as d:
        audio, turns = assemble(conv, np.random.default_rng(seed), Path(d))
    write(audio, out)
    timing.write_text(json.dumps(turns))
    return name, turns


def labelled(rag, question: str, source: str, starts: list[str], turns, depth: int):
    """The question's first-stage candidates as the reranker reads them, labelled (None
    when all or none of them answer)."""
    from audio_rag.evaluation import covers
    from audio_rag.search.rerank import passage_text

    spans = [(a["start"], a["end"]) for a in answer_spans(turns, starts, source, question)]
    hits = rag.search(question, k=depth, rerank=False)
    sid = rag.resolve_source(source)
    labels = [
        int(h.source_id == sid and any(covers((h.start, h.end), s, 0.5) for s in spans))
        for h in hits
    ]
    if not any(labels) or all(labels):
        return None
    before = rag.index.context.preceding(hits)
    return {
        "question": question,
        "passages": [passage_text(h.text, before.get(h.unit_id)) for h in hits],
        "labels": labels,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--work", type=Path, required=True, help="audio, index and output folder")
    ap.add_argument("--every", type=int, default=1, help="take every Nth conversation")
    ap.add_argument("--depth", type=int, default=20, help="candidates kept per question")
    ap.add_argument("--jobs", type=int, default=2, help="TTS processes")
    args = ap.parse_args(argv)

    convs, questions = load_conversations()
    names = sorted(convs)[:: args.every]
    rng = np.random.default_rng(5)
    audio = args.work / "audio"
    audio.mkdir(parents=True, exist_ok=True)
    jobs = [(n, with_voices(convs[n], rng), i, audio) for i, n in enumerate(names)]
    timing = {}
    with Pool(args.jobs) as pool:
        for i, (name, turns) in enumerate(pool.imap_unordered(speak_one, jobs), 1):
            timing[name] = turns
            print(f"spoken {i}/{len(jobs)} {name}", file=sys.stderr, flush=True)

    from audio_rag import AudioRAG

    rag = AudioRAG(args.work / "index", "units")
    report = rag.ingest([audio / f"{n}.wav" for n in names])
    print(f"ingested {len(names)} conversations; failed: {report.failed}", file=sys.stderr)
    kept = 0
    with open(args.work / "units.jsonl", "w") as out:
        for question, name, starts in questions:
            if name not in timing:
                continue
            source = str(audio / f"{name}.wav")
            row = labelled(rag, question, source, starts, timing[name], args.depth)
            if row:
                out.write(json.dumps({"conversation": name, **row}) + "\n")
                kept += 1
    print(f"{kept} questions written to {args.work / 'units.jsonl'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
