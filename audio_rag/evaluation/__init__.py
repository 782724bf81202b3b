"""Retrieval evaluation on labelled question files: recall@k, MRR, overlap, and the
comparison of search settings."""

from .evaluate import (
    DEFAULT_KS,
    MIN_OVERLAP,
    Answer,
    EvalReport,
    Question,
    QuestionResult,
    compare,
    comparison_table,
    covers,
    evaluate,
    evaluate_rag,
    load_questions,
    standard_variants,
)

__all__ = [
    "DEFAULT_KS",
    "MIN_OVERLAP",
    "Answer",
    "EvalReport",
    "Question",
    "QuestionResult",
    "compare",
    "comparison_table",
    "covers",
    "evaluate",
    "evaluate_rag",
    "load_questions",
    "standard_variants",
]
