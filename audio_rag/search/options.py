"""How text queries are ranked: one dataclass, defaults from `audio_rag.config`."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import config
from .rerank import BUNDLED

TEXT_CHANNELS = ("text", "context", "keyword", "audio_text", "name")
OPTIONAL = ("name",)
"""Channels that cover only part of an index (the name channel: sounds only); one that
finds nothing for a query is left out of its fusion, so scores keep their scale."""
RERANK = "rerank"
MODES = ("hybrid", "dense", "keyword")


def default_weights() -> dict[str, float]:
    """Channel -> RRF weight (see `audio_rag.config` for what each was measured on)."""
    return {
        "text": config.TEXT_WEIGHT,
        "context": config.CONTEXT_WEIGHT,
        "keyword": config.KEYWORD_WEIGHT,
        "audio_text": config.AUDIO_TEXT_WEIGHT,
        "name": config.NAME_WEIGHT,
    }


@dataclass
class SearchOptions:
    """How text queries are ranked.

    mode: "hybrid" (fuse the channels below), "dense" (transcript vectors only, cosine
        scores) or "keyword" (BM25 only).
    weights: channel -> RRF weight; 0 switches a channel off, a missing channel has 1.
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

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown search mode {self.mode!r}; valid: {', '.join(MODES)}")
        if self.depth < 1:
            raise ValueError(f"depth must be at least 1, got {self.depth}")
        valid = (*TEXT_CHANNELS, RERANK)
        bad = sorted(set(self.weights) - set(valid))
        if bad:
            raise ValueError(f"unknown channels {bad}; valid: {', '.join(valid)}")
        if self.rerank_depth < 1:
            raise ValueError(f"rerank_depth must be at least 1, got {self.rerank_depth}")

    def rerank_weight(self) -> float:
        """The reranker's RRF weight; 0 when no reranker is set."""
        if not self.rerank or self.mode != "hybrid":
            return 0.0
        return float(self.weights.get(RERANK, config.RERANK_WEIGHT))

    def channels(self, has_audio_text: bool) -> dict[str, float]:
        """The channels a text query runs, with their weights."""
        if self.mode == "dense":
            return {"text": 1.0}
        if self.mode == "keyword":
            return {"keyword": 1.0}
        w = {c: float(self.weights.get(c, 1.0)) for c in TEXT_CHANNELS}
        if not has_audio_text:
            w.pop("audio_text")
        return {c: v for c, v in w.items() if v > 0}
