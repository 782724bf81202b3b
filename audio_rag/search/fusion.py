"""Rank fusion of several ranked result lists (pure Python, no models): the one fusion
of audio_rag, for hybrid text search and for query by example.

Reciprocal rank fusion (Cormack, Clarke and Buettcher, 2009): an item's fused score is
the sum over the lists that contain it of `weight / (k + rank)`, rank counted from 1.
It needs no score calibration between channels (cosine similarities of different
models, BM25 scores), which is why it is the fusion used for hybrid search here.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import replace

from ..types import Hit

RRF_K = 60
"""The constant of the original paper; larger values flatten the rank discount (the
default of the pure functions; search passes its own, see `audio_rag.config`)."""


def rrf_scores(
    rankings: Mapping[str, Sequence[Hashable]],
    weights: Mapping[str, float] | None = None,
    k: float = RRF_K,
) -> dict[Hashable, float]:
    """Fused score of every item in any of `rankings` (channel -> items, best first).

    A channel missing from `weights` has weight 1; weight 0 ignores a channel.
    Duplicates within one list count at their best rank only.
    """
    if k < 0:
        raise ValueError(f"the RRF constant k must be >= 0, got {k}")
    weights = weights or {}
    fused: dict[Hashable, float] = {}
    for channel, items in rankings.items():
        w = float(weights.get(channel, 1.0))
        if w < 0:
            raise ValueError(f"channel weight must be >= 0, got {channel}={w}")
        if w == 0:  # ignored: its items get no entry of their own
            continue
        seen: set[Hashable] = set()
        for rank, item in enumerate(items, start=1):
            if item in seen:
                continue
            seen.add(item)
            fused[item] = fused.get(item, 0.0) + w / (k + rank)
    return fused


def rrf(
    rankings: Mapping[str, Sequence[Hashable]],
    weights: Mapping[str, float] | None = None,
    k: float = RRF_K,
) -> list[tuple[Hashable, float]]:
    """Items with their fused scores, best first (ties keep first-seen order)."""
    scores = rrf_scores(rankings, weights, k)
    order = {item: i for i, item in enumerate(scores)}
    return sorted(scores.items(), key=lambda kv: (-kv[1], order[kv[0]]))


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
            told = {**h.ranks.get(channel, {}), "rank": r, "score": h.score}  # + evidence
            ranks.setdefault(h.unit_id, {}).setdefault(channel, told)
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
