"""Hybrid search: several ranked channels fused by reciprocal rank fusion.

Channels of a text query:
  "text"        transcript vectors (the index's text model, e.g. MiniLM), cosine
  "context"     context vectors: each unit's text after the previous unit's, same model
                (see `contextual`), so a reply is found through what it answers
  "keyword"     BM25 over transcripts (see `keyword`)
  "audio_text"  the query embedded by a joint audio-text audio encoder (CLAP: its
                `has_text` is True) against the audio vectors; only with such an encoder
An audio query has one channel, "audio" (audio vectors, cosine).

With a reranker (`HybridOptions.rerank`, see `audio_rag.rerank`), the fused top
`rerank_depth` candidates of a question (or the k asked for, when more) are read again by
a cross-encoder, and its order joins the fusion as one more list, "rerank" (hybrid mode
only).

Each channel returns its `depth` best units (filters pushed down to Chroma); the lists are
fused with `fusion.rrf_scores` and every fused hit reports each channel's rank and score
(`Hit.ranks`) and names them in `channel` ("text+keyword"). The fused score is scaled so
that 1.0 means "first in every channel".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from .fusion import RRF_K, rrf_scores
from .hits import Hit
from .rerank import BUNDLED

logger = logging.getLogger(__name__)

TEXT_CHANNELS = ("text", "context", "keyword", "audio_text")
RERANK = "rerank"
MODES = ("hybrid", "dense", "keyword")


DEFAULT_RRF_K = 2.0
"""Measured on the dev questions (benchmarks/retrieval.py): a small constant keeps the
transcript-vector order in charge, with keywords breaking near-ties and rescuing exact
terms. The paper's 60 with equal weights lost to dense-only search there."""


CONTEXT_WEIGHT = 3.0
"""Best recall@1 over both development question sets pooled (benchmarks/retrieval.py):
higher weights gained on the coherent dialogues and lost more on the conversations of
shuffled sentences, where the unit before an answer is unrelated to it."""


RERANK_WEIGHT = 8.0
"""The reranker's RRF weight when `weights` names none: with the bundled reranker over
the top 10, the best recall@1 over both development question sets pooled
(benchmarks/retrieval.py); 4 gained less on the dialogues, 12 and depth 20 lost more on
the shuffled-sentence conversations."""

DEFAULT_RERANKER = BUNDLED


def default_weights() -> dict[str, float]:
    """Transcript vectors count 4x keywords (BM25) and text-to-audio vectors: measured
    best on the dev questions, paraphrased questions being the hard case."""
    return {"text": 4.0, "context": CONTEXT_WEIGHT, "keyword": 1.0, "audio_text": 1.0}


@dataclass
class HybridOptions:
    """How text queries are ranked.

    mode: "hybrid" (fuse the channels below), "dense" (transcript vectors only, cosine
        scores) or "keyword" (BM25 only).
    weights: channel -> RRF weight; 0 switches a channel off, a missing channel has 1.
    depth: candidates each channel contributes to the fusion.
    rrf_k: the RRF constant (60 in the original paper; 2 measured best here).
    replies: question-aware transcript-vector ranking (`audio_rag.replies`): a unit that
        is itself a question ranks a little lower and the reply after it inherits its
        score, because in conversation the answer follows the question asked on air.
    """

    mode: str = "hybrid"
    weights: dict[str, float] = field(default_factory=default_weights)
    depth: int = 50
    rrf_k: float = DEFAULT_RRF_K
    replies: bool = True
    rerank: str | None = DEFAULT_RERANKER
    rerank_depth: int = 10

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
        return float(self.weights.get(RERANK, RERANK_WEIGHT))

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


def ranked(hits: list[Hit], channel: str) -> list[Hit]:
    """`hits` (best first) with their own rank and score recorded under `channel`."""
    return [
        replace(h, ranks={channel: {"rank": r, "score": h.score}})
        for r, h in enumerate(hits, start=1)
    ]


def fuse(
    lists: Mapping[str, list[Hit]],
    k: int,
    weights: Mapping[str, float] | None = None,
    rrf_k: float = RRF_K,
) -> list[Hit]:
    """The `k` best units of several channels' ranked hits by weighted RRF.

    A fused hit's channel names the channels that found it, joined by "+" (e.g.
    "text+keyword"); score = RRF score / the best possible RRF score (first in every
    weighted channel); `ranks` holds each of those channels' rank and score.
    """
    weights = {c: float((weights or {}).get(c, 1.0)) for c in lists}
    fused = rrf_scores({c: [h.unit_id for h in hs] for c, hs in lists.items()}, weights, rrf_k)
    best = sum(weights.values()) / (rrf_k + 1) or 1.0
    first: dict[str, Hit] = {}
    ranks: dict[str, dict] = {}
    for channel, hits in lists.items():
        for r, h in enumerate(hits, start=1):
            first.setdefault(h.unit_id, h)
            ranks.setdefault(h.unit_id, {}).setdefault(channel, {"rank": r, "score": h.score})
    order = sorted(fused, key=lambda uid: -fused[uid])[:k]
    return [
        replace(
            first[u],
            score=min(1.0, round(fused[u] / best, 9)),  # 1.0, not 0.9999999999999999
            channel=_found_by(ranks[u], lists),
            ranks=ranks[u],
        )
        for u in order
    ]


def _found_by(ranks: Mapping[str, dict], lists: Mapping[str, list[Hit]]) -> str:
    """The channels that found a unit, in channel order, joined by "+" ("text+keyword")."""
    return "+".join(c for c in lists if c in ranks)


def search_text(
    query: str,
    k: int,
    runners: Mapping[str, Callable[[int], list[Hit]]],
    options: HybridOptions,
    rerank: Callable[[list[Hit]], list[Hit]] | None = None,
) -> list[Hit]:
    """Run each channel (`runners`: channel -> function(depth) -> hits, best first) and
    fuse; a single channel keeps its own scores. `rerank` (candidates -> the same hits
    in the reranker's order, with its scores) adds the "rerank" list when
    `options.rerank_weight()` is positive."""
    if len(runners) == 1:
        ((channel, run),) = runners.items()
        return ranked(run(k), channel)[:k]
    weight = options.rerank_weight() if rerank is not None else 0.0
    depth = max(k, options.depth, options.rerank_depth if weight else 0)
    lists = {c: run(depth) for c, run in runners.items()}
    logger.debug("hybrid %r: %s", query, {c: len(h) for c, h in lists.items()})
    weights = options.channels(True)
    if not weight:
        return fuse(lists, k, weights, options.rrf_k)
    candidates = fuse(lists, max(k, options.rerank_depth), weights, options.rrf_k)
    lists[RERANK] = rerank(candidates)
    return fuse(lists, k, {**weights, RERANK: weight}, options.rrf_k)
