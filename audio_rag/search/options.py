"""How text queries are ranked: one dataclass, defaults from `audio_rag.config`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import config
from .rerank import BUNDLED

TEXT_CHANNELS = ("text", "context", "keyword", "phrase", "audio_text", "name")
OPTIONAL = ("phrase", "name")
"""Channels that find only some queries' units (the phrase channel: units holding most of
the query's words in order; the name channel: sounds only); one that finds nothing for a
query is left out of its fusion, so scores keep their scale."""
RERANK = "rerank"
MODES = ("hybrid", "dense", "keyword")


def default_weights() -> dict[str, float]:
    """Channel -> RRF weight (see `audio_rag.config` for what each was measured on)."""
    return {
        "text": config.TEXT_WEIGHT,
        "context": config.CONTEXT_WEIGHT,
        "keyword": config.KEYWORD_WEIGHT,
        "phrase": config.PHRASE_WEIGHT,
        "audio_text": config.AUDIO_TEXT_WEIGHT,
        "name": config.NAME_WEIGHT,
    }


def default_lookup_weights() -> dict[str, float]:
    """Channel -> RRF weight for a quote lookup, over `default_weights`."""
    return dict(config.LOOKUP_WEIGHTS)


@dataclass
class SearchOptions:
    """How text queries are ranked.

    mode: "hybrid" (fuse the channels below), "dense" (transcript vectors only, cosine
        scores) or "keyword" (BM25 only).
    weights: channel -> RRF weight; 0 switches a channel off, a missing channel keeps its
        default weight (`default_weights`).
    depth: candidates each channel contributes to the fusion.
    rrf_k: the RRF constant (60 in the original paper; 2 measured best here).
    replies: question-aware transcript-vector ranking (`audio_rag.search.replies`): a unit that
        is itself a question ranks a little lower and the reply after it inherits its
        score, because in conversation the answer follows the question asked on air
        (`question_penalty`, `reply_margin`).
    rerank: the second-stage reranker by name (see `audio_rag.search.rerank`), or None;
        it reads the fused top `rerank_depth` candidates of a question.
    fingerprint_weight: RRF weight of fingerprint matches against audio vectors in
        query by example.
    spectrum_depth: query by example reads its best this many candidates again,
        spectrogram against spectrogram (`audio_rag.search.spectral`); 0: off.
    cite_sentences: a text hit cites the sentence of its unit that matches the query
        best (`audio_rag.search.citing`), the unit's span kept in unit_start/unit_end.
    lookup_weights: channel -> RRF weight, over `weights`, for a query that reads as a
        quote: it does not ask for an answer (`queries.asks`) and the phrase channel's
        best unit holds at least `quote_score` of its words in order.
    """

    mode: str = "hybrid"
    weights: dict[str, float] = field(default_factory=default_weights)
    depth: int = config.CHANNEL_DEPTH
    rrf_k: float = config.RRF_K
    replies: bool = True
    rerank: str | None = BUNDLED
    rerank_depth: int = config.RERANK_DEPTH
    question_penalty: float = config.QUESTION_PENALTY
    reply_margin: float = config.REPLY_MARGIN
    fingerprint_weight: float = config.FINGERPRINT_WEIGHT
    spectrum_depth: int = config.SPECTRUM_DEPTH
    cite_sentences: bool = True
    lookup_weights: dict[str, float] = field(default_factory=default_lookup_weights)
    quote_score: float = config.QUOTE_SCORE

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown search mode {self.mode!r}; valid: {', '.join(MODES)}")
        if self.depth < 1:
            raise ValueError(f"depth must be at least 1, got {self.depth}")
        valid = (*TEXT_CHANNELS, RERANK)
        bad = sorted((set(self.weights) | set(self.lookup_weights)) - set(valid))
        if bad:
            raise ValueError(f"unknown channels {bad}; valid: {', '.join(valid)}")
        if self.rerank_depth < 1:
            raise ValueError(f"rerank_depth must be at least 1, got {self.rerank_depth}")

    def rerank_weight(self) -> float:
        """The reranker's RRF weight; 0 when no reranker is set."""
        if not self.rerank or self.mode != "hybrid":
            return 0.0
        return float(self.weights.get(RERANK, config.RERANK_WEIGHT))

    def channels(self, has_audio_text: bool, lookup: bool = False) -> dict[str, float]:
        """The channels a text query runs, with their weights (`lookup`: those of a quote
        lookup, `lookup_weights` over `weights`)."""
        if self.mode == "dense":
            return {"text": 1.0}
        if self.mode == "keyword":
            return {"keyword": 1.0}
        weights = {**self.weights, **self.lookup_weights} if lookup else self.weights
        defaults = default_weights()
        w = {c: float(weights.get(c, defaults[c])) for c in TEXT_CHANNELS}
        if not has_audio_text:
            w.pop("audio_text")
        return {c: v for c, v in w.items() if v > 0}
