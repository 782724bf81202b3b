"""Pooling of encoder frames into one vector (pure numpy)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


def l2_normalize(x: np.ndarray, eps: float = 1e-12) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero)."""
    x = np.asarray(x, dtype=np.float32)
    norm = np.linalg.norm(x, axis=-1, keepdims=True)
    return x / np.maximum(norm, eps)


def frames_in(
    offset: float, frames: np.ndarray, start: float, end: float, rate: float
) -> np.ndarray:
    """Rows of `frames` (first row at `offset` s, `rate` rows/s) inside [start, end)."""
    a = max(0, int(np.floor((start - offset) * rate)))
    b = min(len(frames), int(np.ceil((end - offset) * rate)))
    return frames[a:b] if b > a else frames[:0]


def pool_span(
    blocks: Sequence[tuple[float, np.ndarray]], start: float, end: float, rate: float
) -> np.ndarray | None:
    """Mean of the frames of every block that falls in [start, end); None if none do."""
    parts = [frames_in(off, fr, start, end, rate) for off, fr in blocks]
    parts = [p for p in parts if len(p)]
    if not parts:
        return None
    return np.concatenate(parts).mean(axis=0)
