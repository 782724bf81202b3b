"""Search: the text channels and their one fusion, question-aware ranking, the
reranker, query by example, MMR, context expansion and extractive answers."""

from .answer import extractive_answer, format_context, reply_to
from .fusion import fuse, ranked, rrf, rrf_scores
from .options import MODES, RERANK, TEXT_CHANNELS, SearchOptions, default_weights
from .queries import asks, is_question
from .rerank import BUNDLED, RERANKERS, Reranker, load_reranker
from .searcher import Searcher

__all__ = [
    "BUNDLED",
    "MODES",
    "RERANK",
    "RERANKERS",
    "TEXT_CHANNELS",
    "Reranker",
    "SearchOptions",
    "Searcher",
    "asks",
    "default_weights",
    "extractive_answer",
    "format_context",
    "fuse",
    "is_question",
    "load_reranker",
    "ranked",
    "reply_to",
    "rrf",
    "rrf_scores",
]
