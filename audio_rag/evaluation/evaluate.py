"""Retrieval evaluation on a labelled question file: recall@k, MRR, timestamp overlap.

Question file (JSON): a list of questions, or an object {"questions": [...]}. A question
is {"question": TEXT, "source": AUDIO, "start": SECONDS, "end": SECONDS}, or, when
several places answer it, {"question": TEXT, "answers": [{"source", "start", "end"},
...]}. An optional "id" names it in the output. `source` is a path (relative paths are
taken from the question file's folder), a bare file name that one indexed source has, or
a source id of the index; times are seconds (812.4) or clock times ("13:32.4", "1:02:03").
Every answer source is looked up before the first search: one error names all that the
index lacks.

A hit answers a question when it comes from an answer's source and its unit's time span
(`unit_start`/`unit_end`: the place found, whatever narrower span it cites) and the
answer's share at least `min_overlap` (default half) of the shorter one: the hit covers half of a
short answer, or lies at least half inside a long one (units last at most 20 s by
default, so none could cover half of a labelled minute). Per question we take the rank
of the first answering hit among the top `max(ks)`:
  recall@k  share of questions answered within the top k
  MRR       mean of 1/rank (0 when unanswered)
  overlap@1 mean temporal IoU between the top hit's cited span (`start`/`end`) and the
            best-matching answer span (0 for another source): how tightly the first
            citation fits the answer
  ms/q      median milliseconds per search (the median leaves out the first search's
            model loading)

`compare` runs the same questions under several search settings (`standard_variants`:
the defaults, the defaults without the reranker or context vectors, each of transcript
vectors and keywords alone) so users can see on their own recordings what each part of
the ranking adds and costs.
"""

from __future__ import annotations

import json
import logging
import os
import statistics
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..errors import AudioRAGError
from ..types import Hit, parse_clock

logger = logging.getLogger(__name__)

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
    ms: float = 0.0  # time the search took


@dataclass
class EvalReport:
    n: int
    recall: dict[int, float]
    mrr: float
    overlap_at_1: float
    results: list[QuestionResult] = field(default_factory=list)
    ms_per_question: float = 0.0  # median over the questions

    def to_dict(self) -> dict:
        d = asdict(self)
        d["recall"] = {f"@{k}": v for k, v in self.recall.items()}
        return d

    def figures(self) -> dict[str, str]:
        """The summary figures as printed: column name -> value."""
        return {
            **{f"recall@{k}": f"{v:.3f}" for k, v in self.recall.items()},
            "MRR": f"{self.mrr:.3f}",
            "overlap@1": f"{self.overlap_at_1:.3f}",
            "ms/q": f"{self.ms_per_question:.0f}",
            "questions": str(self.n),
        }

    def table(self) -> str:
        """A small text table of the summary figures."""
        figures = self.figures()
        return text_table([list(figures), list(figures.values())])


def text_table(rows: Sequence[Sequence[str]], labelled: bool = False) -> str:
    """Rows of cells as right-aligned columns; with `labelled`, the first column (row
    names) is left-aligned."""
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [c.rjust(w) for c, w in zip(row, widths)]
        if labelled:
            cells[0] = row[0].ljust(widths[0])
        lines.append("  ".join(cells))
    return "\n".join(lines)


def comparison_table(reports: Mapping[str, EvalReport]) -> str:
    """One row of summary figures per named search setting."""
    columns = list(next(iter(reports.values())).figures())
    rows = [["setting", *columns]]
    rows += [[name, *rep.figures().values()] for name, rep in reports.items()]
    return text_table(rows, labelled=True)


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
            src, start, end = str(a["source"]), parse_clock(a["start"]), parse_clock(a["end"])
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
    """Do the hit and answer spans share at least `min_overlap` of the shorter one?"""
    inter = max(0.0, min(hit[1], answer[1]) - max(hit[0], answer[0]))
    shorter = min(hit[1] - hit[0], answer[1] - answer[0])
    return inter > 0 and inter >= min_overlap * shorter - 1e-9


def judge(
    hits: Sequence[Hit], answers: Sequence[tuple[str, float, float]], min_overlap: float
) -> tuple[int | None, float]:
    """(rank of the first hit answering, IoU of the top hit) for resolved answers
    (source id, start, end). A hit answers when its unit covers the answer (the place is
    found); the IoU is of the span it cites (how close a click lands)."""
    rank = None
    for r, h in enumerate(hits, 1):
        unit = (h.unit_start, h.unit_end)
        if any(h.source_id == s and covers(unit, (a, b), min_overlap) for s, a, b in answers):
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
    progress: Callable[[], None] | None = None,
) -> EvalReport:
    """Run `search(question, k)` for every question and score the hits; `resolve` maps
    an answer's source to the source id hits carry; `progress()` is called after each
    question."""
    ks = sorted(set(ks))
    if not ks or ks[0] < 1:
        raise ValueError(f"ks must be positive, got {ks}")
    if not 0 < min_overlap <= 1:
        raise ValueError(f"min_overlap must be in (0, 1], got {min_overlap}")
    ids = answer_sources(questions, resolve)
    results = []
    for q in questions:
        spans = [(ids[a.source], a.start, a.end) for a in q.answers]
        t0 = time.perf_counter()
        hits = search(q.question, ks[-1])
        ms = (time.perf_counter() - t0) * 1000
        rank, top = judge(hits, spans, min_overlap)
        results.append(QuestionResult(q.id, q.question, rank, top, hits[0].uri if hits else "", ms))
        if progress is not None:
            progress()
    return summarise(results, ks)


def answer_sources(questions: Sequence[Question], resolve: Callable[[str], str]) -> dict[str, str]:
    """Answer source -> source id, for every question, before any search runs; one error
    names each source the index lacks and the questions that cite it."""
    cited: dict[str, list[str]] = {}  # source -> ids of the questions citing it
    for q in questions:
        for a in q.answers:
            cited.setdefault(a.source, []).append(q.id)
    ids, missing = {}, []
    for source, qs in cited.items():
        try:
            ids[source] = resolve(source)
        except AudioRAGError as e:
            missing.append(f"  {_cited_by(qs)}: {e}")
    if missing:
        raise AudioRAGError(
            f"{len(missing)} answer source(s) not found in the index:\n" + "\n".join(missing)
        )
    return ids


def _cited_by(ids: list[str]) -> str:
    ids = list(dict.fromkeys(ids))
    return ("question " if len(ids) == 1 else "questions ") + ", ".join(ids)


def summarise(results: Sequence[QuestionResult], ks: Sequence[int]) -> EvalReport:
    """Recall@k, MRR, overlap@1 and the median time of per-question results."""
    n = len(results)
    recall = {k: sum(r.rank is not None and r.rank <= k for r in results) / n for k in ks}
    mrr = sum(1.0 / r.rank for r in results if r.rank) / n
    overlap = sum(r.overlap for r in results) / n
    ms = statistics.median(r.ms for r in results)
    return EvalReport(n, recall, mrr, overlap, list(results), ms)


def evaluate_rag(
    rag,
    questions: Sequence[Question] | str | os.PathLike,
    ks: Sequence[int] = DEFAULT_KS,
    min_overlap: float = MIN_OVERLAP,
    progress: Callable[[], None] | None = None,
    **search_options,
) -> EvalReport:
    """`evaluate` with `rag.search` (extra keyword arguments go to it, e.g. mode=,
    weights=, speaker=)."""
    if isinstance(questions, (str, os.PathLike)):
        questions = load_questions(questions)

    def search(text: str, k: int) -> list[Hit]:
        return rag.search(text, k=k, **search_options)

    return evaluate(questions, search, rag.resolve_source, ks, min_overlap, progress)


def standard_variants(options) -> dict[str, dict]:
    """Search settings worth comparing for an index whose defaults are `options` (a
    `SearchOptions`): name -> keyword arguments of `AudioRAG.search`. The defaults, the
    defaults less each optional part they use (reranker, context vectors), and each of
    the two main channels alone."""
    variants: dict[str, dict] = {"defaults": {}}
    if options.rerank_weight():
        variants["without reranker"] = {"rerank": False}
    if options.mode == "hybrid" and options.weights.get("context", 1.0) > 0:
        variants["without context vectors"] = {"weights": {**options.weights, "context": 0.0}}
    variants["transcript vectors only"] = {"mode": "dense"}
    variants["keywords only"] = {"mode": "keyword"}
    return variants


def compare(
    rag,
    questions: Sequence[Question] | str | os.PathLike,
    variants: Mapping[str, dict] | None = None,
    ks: Sequence[int] = DEFAULT_KS,
    min_overlap: float = MIN_OVERLAP,
    progress: Callable[[], None] | None = None,
) -> dict[str, EvalReport]:
    """`evaluate_rag` once per named search setting (default `standard_variants` of
    `rag.search_options`): name -> report, in the settings' order."""
    if isinstance(questions, (str, os.PathLike)):
        questions = load_questions(questions)
    variants = standard_variants(rag.search_options) if variants is None else variants
    reports = {}
    for name, kwargs in variants.items():
        logger.info("evaluating %d questions with %s", len(questions), name)
        reports[name] = evaluate_rag(rag, questions, ks, min_overlap, progress, **kwargs)
    return reports
