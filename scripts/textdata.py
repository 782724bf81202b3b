"""The project's hand-written text (conversations, questions, fixture scripts), read from
benchmarks/data/text/:

    reranker_corpus/part_*.jsonl   reranker training text (scripts/train_reranker.py): one
                                   conversation per line; index.json describes each part,
                                   BRIEF.md is what the parts' authors were asked
    retrieval/NAME.json            a coherent retrieval set (scripts/make_retrieval_devset.py):
                                   {"description", "conversations": [conversation]}
    fixtures.json                  scripts of the synthetic fixtures (scripts/make_fixtures.py):
                                   {"description", "sample_podcast": [[role, text]],
                                    "bench_scripts": {name: [[role, text]]}}

A conversation is {"id", "turns": [[role, text]], "questions": [{"question", "answer_starts"}]},
retrieval ones with "voices" ({role: TTS voice}) and, in the development set, "theme";
"answer_starts" holds the distinctive start of each sentence that answers the question.
Loaded, conversations come as a `TextSet`, in file order.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

TEXT = Path(__file__).resolve().parents[1] / "benchmarks" / "data" / "text"
CORPUS = TEXT / "reranker_corpus"
RETRIEVAL = TEXT / "retrieval"
FIXTURES = TEXT / "fixtures.json"


@dataclass(frozen=True)
class TextSet:
    """Conversations of one file: `conversations` name -> {"turns": [(role, text)]} (and
    "voices" where the file has them); `questions` [(question, conversation, [starts])]."""

    name: str
    conversations: dict[str, dict]
    questions: list[tuple[str, str, list[str]]]


def text_set(name: str, records: list[dict]) -> TextSet:
    conversations, questions = {}, []
    for rec in records:
        conv = {"voices": rec["voices"]} if "voices" in rec else {}
        conv["turns"] = _turns(rec["turns"])
        conversations[rec["id"]] = conv
        questions += [(q["question"], rec["id"], q["answer_starts"]) for q in rec["questions"]]
    return TextSet(name, conversations, questions)


def corpus_part(path: Path) -> TextSet:
    """One reranker corpus file (JSON lines, one conversation each)."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return text_set(Path(path).stem, [json.loads(line) for line in lines if line.strip()])


def reranker_corpus(folder: Path = CORPUS) -> list[TextSet]:
    """The reranker training corpus: every part_*.jsonl of `folder`, in name order."""
    return [corpus_part(path) for path in sorted(Path(folder).glob("part_*.jsonl"))]


def retrieval_set(file_name: str) -> TextSet:
    """A retrieval set's text, `file_name` in benchmarks/data/text/retrieval/."""
    path = RETRIEVAL / file_name
    return text_set(path.stem, json.loads(path.read_text(encoding="utf-8"))["conversations"])


def fixture_scripts() -> tuple[list[tuple[str, str]], dict[str, list[tuple[str, str]]]]:
    """The sample podcast's turns and the ingest benchmark's scripts (name -> turns)."""
    data = json.loads(FIXTURES.read_text(encoding="utf-8"))
    bench = {name: _turns(turns) for name, turns in data["bench_scripts"].items()}
    return _turns(data["sample_podcast"]), bench


def _turns(turns: list[list[str]]) -> list[tuple[str, str]]:
    return [(role, text) for role, text in turns]
