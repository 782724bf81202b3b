"""Hybrid search: several ranked channels fused by reciprocal rank fusion.

Channels of a text query:
  "text"        transcript vectors (the index's text model, e.g. MiniLM), cosine
  "context"     context vectors: each unit's text after the previous unit's, same model
                (see `contextual`), so a reply is found through what it answers
  "keyword"     BM25 over transcripts (see `keyword`)
  "audio_text"  the query embedded by a joint audio-text audio encoder (CLAP: its
                `has_text` is True) against the audio vectors; only with such an encoder
  "name"        BM25 over each sound's file name and tags (see `store.names`); left out
                of the fusion when it finds nothing
An audio query has one channel, "audio" (audio vectors, cosine).

With a reranker (`SearchOptions.rerank`, see `rerank`), the fused top
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

from ..types import Hit
from .fusion import fuse, ranked
from .options import OPTIONAL, RERANK, SearchOptions
from .queries import asks

logger = logging.getLogger(__name__)


def search_text(
    query: str,
    k: int,
    runners: Mapping[str, Callable[[int], list[Hit]]],
    options: SearchOptions,
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
    lists = {c: hits for c, hits in lists.items() if hits or c not in OPTIONAL}
    logger.debug("hybrid %r: %s", query, {c: len(h) for c, h in lists.items()})
    lookup = reads_as_quote(query, lists.get("phrase"), options.quote_score)
    weights = {c: w for c, w in options.channels(True, lookup).items() if c in lists}
    lists = {c: hits for c, hits in lists.items() if c in weights}
    if not weight:
        return fuse(lists, k, weights, options.rrf_k)
    candidates = fuse(lists, max(k, options.rerank_depth), weights, options.rrf_k)
    lists[RERANK] = rerank(candidates)
    return fuse(lists, k, {**weights, RERANK: weight}, options.rrf_k)


def reads_as_quote(query: str, phrase_hits: list[Hit] | None, least: float) -> bool:
    """Whether a query is a quote lookup: it does not ask for an answer, and some unit holds
    at least `least` of its words in order (the phrase channel's best score)."""
    return bool(phrase_hits) and phrase_hits[0].score >= least and not asks(query)
