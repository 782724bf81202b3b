"""Maximal marginal relevance (Carbonell and Goldstein, 1998): diverse results (pure numpy).

Picks, one at a time, the candidate maximising
`lam * relevance - (1 - lam) * (highest similarity to anything already picked)`.
`lam` = 1 is the plain relevance order; lower values trade relevance for diversity.
"""

from __future__ import annotations

import numpy as np

from ..config import MMR_LAMBDA as DEFAULT_LAMBDA


def mmr(
    relevance: np.ndarray, vectors: np.ndarray, k: int, lam: float = DEFAULT_LAMBDA
) -> list[int]:
    """Indices of `k` candidates in MMR order. `relevance` (n,) is rescaled to [0, 1];
    `vectors` (n, d) are unit rows, so their dot product is cosine similarity."""
    if not 0.0 <= lam <= 1.0:
        raise ValueError(f"MMR lambda must be in [0, 1], got {lam}")
    rel = np.asarray(relevance, np.float64)
    n = len(rel)
    if n == 0 or k < 1:
        return []
    span = rel.max() - rel.min()
    rel = (rel - rel.min()) / span if span > 0 else np.ones(n)
    sims = np.asarray(vectors, np.float64) @ np.asarray(vectors, np.float64).T
    picked: list[int] = []
    closest = np.full(n, -np.inf)
    left = np.ones(n, bool)
    for _ in range(min(k, n)):
        penalty = np.where(np.isfinite(closest), closest, 0.0)
        gain = np.where(left, lam * rel - (1 - lam) * penalty, -np.inf)
        i = int(np.argmax(gain))
        picked.append(i)
        left[i] = False
        closest = np.maximum(closest, sims[i])
    return picked
