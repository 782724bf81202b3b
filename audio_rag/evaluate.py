"""Retrieval evaluation on a labelled question file: recall@k, MRR, timestamp overlap.

Question file (JSON): a list of questions, or an object {"questions": [...]}. A question
is {"question": TEXT, "source": AUDIO, "start": SECONDS, "end": SECONDS}, or, when
several places answer it, {"question": TEXT, "answers": [{"source", "start", "end"},
...]}. An optional "id" names it in the output. `source` is a path (relative paths are
taken from the question file's folder) or a source id of the index.

A hit answers a question when it comes from an answer's source and covers at least
`min_overlap` (default half) of that answer's time span. Per question we take the rank
of the first answering hit among the top `max(ks)`:
  recall@k  share of questions answered within the top k
  MRR       mean of 1/rank (0 when unanswered)
  overlap@1 mean temporal IoU between the top hit and the best-matching answer span
            (0 for another source): how tightly the first citation fits the answer
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .errors import AudioRAGError
from .hits import Hit

DEFAULT_KS = (1, 3, 5, 10)
MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Answer:
    source: str
    start: float
    end: float


@dataclass
class Question:
    question: str
    answers: list[Answer]
    id: str = ""


@dataclass
class QuestionResult:
    id: str
    question: str
    rank: int | None  # 1-based rank of the first answering hit, None if none in the top k
    overlap: float  # temporal IoU of the top hit with the best answer span
    top: str = ""  # the top hit's citation URI


@dataclass
class EvalReport:
    n: int
    recall: dict[int, float]
    mrr: float
    overlap_at_1: float
    results: list[QuestionResult] = field(default_factory=list)

    def to_dict(self) -> dict:
        d = asdict(self)
        d["recall"] = {f"@{k}": v for k, v in self.recall.items()}
        return d

    def table(self) -> str:
        """A small text table of the summary figures."""
        head = [f"recall@{k}" for k in self.recall] + ["MRR", "overlap@1", "questions"]
        vals = [f"{v:.3f}" for v in self.recall.values()]
        vals += [f"{self.mrr:.3f}", f"{self.overlap_at_1:.3f}", str(self.n)]
        widths = [max(len(h), len(v)) for h, v in zip(head, vals)]
        return "\n".join("  ".join(x.rjust(w) for x, w in zip(row, widths)) for row in (head, vals))


def load_questions(path: str | os.PathLike) -> list[Question]:
    """Questions of a question file (format in the module notes); errors name the file."""
    path = Path(path)
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError) as e:
        raise AudioRAGError(f"{path}: cannot read the question file ({e})") from e
    items = data.get("questions") if isinstance(data, dict) else data
    if not isinstance(items, list) or not items:
        raise AudioRAGError(f"{path}: expected a non-empty list of questions")
    return [_question(q, i, path) for i, q in enumerate(items, 1)]


def _question(q, i: int, path: Path) -> Question:
    where = f"{path}: question {i}"
    if not isinstance(q, dict) or not str(q.get("question", "")).strip():
        raise AudioRAGError(f"{where}: needs a non-empty 'question'")
    spans = q.get("answers") or ([q] if "source" in q else [])
    if not spans:
        raise AudioRAGError(f"{where}: needs 'source', 'start', 'end' or a list of 'answers'")
    answers = []
    for a in spans:
        try:
            src, start, end = str(a["source"]), float(a["start"]), float(a["end"])
        except (KeyError, TypeError, ValueError) as e:
            raise AudioRAGError(f"{where}: each answer needs source, start, end ({e})") from e
        if end <= start:
            raise AudioRAGError(f"{where}: empty time span {start}-{end}")
        local = path.parent / src
        answers.append(Answer(str(local) if local.exists() else src, start, end))
    return Question(str(q["question"]), answers, str(q.get("id", i)))


def iou(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Temporal intersection over union of two (start, end) spans."""
    inter = max(0.0, min(a[1], b[1]) - max(a[0], b[0]))
    union = max(a[1], b[1]) - min(a[0], b[0])
    return inter / union if union > 0 else 0.0


def covers(hit: tuple[float, float], answer: tuple[float, float], min_overlap: float) -> bool:
    """Does the hit span cover at least `min_overlap` of the answer span?"""
    inter = max(0.0, min(hit[1], answer[1]) - max(hit[0], answer[0]))
    return inter >= min_overlap * (answer[1] - answer[0]) - 1e-9


def judge(
    hits: Sequence[Hit], answers: Sequence[tuple[str, float, float]], min_overlap: float
) -> tuple[int | None, float]:
    """(rank of the first hit answering, IoU of the top hit) for resolved answers
    (source id, start, end)."""
    rank = None
    for r, h in enumerate(hits, 1):
        if any(
            h.source_id == s and covers((h.start, h.end), (a, b), min_overlap)
            for s, a, b in answers
        ):
            rank = r
            break
    top = 0.0
    if hits:
        h = hits[0]
        top = max(
            (iou((h.start, h.end), (a, b)) for s, a, b in answers if s == h.source_id), default=0.0
        )
    return rank, top


def evaluate(
    questions: Sequence[Question],
    search: Callable[[str, int], list[Hit]],
    resolve: Callable[[str], str],
    ks: Sequence[int] = DEFAULT_KS,
    min_overlap: float = MIN_OVERLAP,
) -> EvalReport:
    """Run `search(question, k)` for every question and score the hits; `resolve` maps
    an answer's source to the source id hits carry."""
    ks = sorted(set(ks))
    if not ks or ks[0] < 1:
        raise ValueError(f"ks must be positive, got {ks}")
    if not 0 < min_overlap <= 1:
        raise ValueError(f"min_overlap must be in (0, 1], got {min_overlap}")
    ids: dict[str, str] = {}
    results = []
    for q in questions:
        spans = []
        for a in q.answers:
            if a.source not in ids:
                ids[a.source] = resolve(a.source)
            spans.append((ids[a.source], a.start, a.end))
        hits = search(q.question, ks[-1])
        rank, top = judge(hits, spans, min_overlap)
        results.append(QuestionResult(q.id, q.question, rank, top, hits[0].uri if hits else ""))
    n = len(results)
    recall = {k: sum(r.rank is not None and r.rank <= k for r in results) / n for k in ks}
    mrr = sum(1.0 / r.rank for r in results if r.rank) / n
    overlap = sum(r.overlap for r in results) / n
    return EvalReport(n, recall, mrr, overlap, results)


def evaluate_rag(
    rag,
    questions: Sequence[Question] | str | os.PathLike,
    ks: Sequence[int] = DEFAULT_KS,
    min_overlap: float = MIN_OVERLAP,
    **search_options,
) -> EvalReport:
    """`evaluate` with `rag.search` (extra keyword arguments go to it, e.g. mode=,
    weights=, speaker=)."""
    if isinstance(questions, (str, os.PathLike)):
        questions = load_questions(questions)

    def search(text: str, k: int) -> list[Hit]:
        return rag.search(text, k=k, **search_options)

    return evaluate(questions, search, rag.resolve_source, ks, min_overlap)
