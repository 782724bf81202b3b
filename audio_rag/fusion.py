"""Rank fusion of several ranked result lists (pure Python, no models).

Reciprocal rank fusion (Cormack, Clarke and Buettcher, 2009): an item's fused score is
the sum over the lists that contain it of `weight / (k + rank)`, rank counted from 1.
It needs no score calibration between channels (cosine similarities of different
models, BM25 scores), which is why it is the fusion used for hybrid search here.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence

RRF_K = 60
"""The constant of the original paper; larger values flatten the rank discount."""


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
