"""Pooling of encoder frames (time, dim) into one vector (pure numpy).

Choices, by name in `POOLINGS`:
  mean       average over time (the default; robust, treats every frame alike)
  max        per-dimension maximum (keeps short loud events that a mean dilutes)
  stats      mean and standard deviation side by side (2 x dim; x-vector style)
  attention  weighted mean with weights softmax(frames @ w + b); `w`, `b` are learned
             by the domain adapter (audio_rag.adapter), so it needs them passed in
"""

from __future__ import annotations

import numpy as np

from ..errors import UnknownNameError

POOLINGS = ("mean", "max", "stats", "attention")


def _frames(frames: np.ndarray) -> np.ndarray:
    frames = np.asarray(frames, dtype=np.float32)
    if frames.ndim != 2 or len(frames) == 0:
        raise ValueError(f"expected frames of shape (time > 0, dim), got {frames.shape}")
    return frames


def mean_pool(frames: np.ndarray) -> np.ndarray:
    return _frames(frames).mean(axis=0)


def max_pool(frames: np.ndarray) -> np.ndarray:
    return _frames(frames).max(axis=0)


def stats_pool(frames: np.ndarray) -> np.ndarray:
    """Mean and standard deviation over time, concatenated (2 x dim)."""
    f = _frames(frames)
    return np.concatenate([f.mean(axis=0), f.std(axis=0)])


def attention_weights(frames: np.ndarray, w: np.ndarray, b: float = 0.0) -> np.ndarray:
    """Softmax over time of the frame scores `frames @ w + b` (sums to 1)."""
    scores = _frames(frames) @ np.asarray(w, np.float32) + np.float32(b)
    scores = scores - scores.max()
    e = np.exp(scores)
    return e / e.sum()


def attention_pool(frames: np.ndarray, w: np.ndarray, b: float = 0.0) -> np.ndarray:
    """Weighted mean of the frames, weights from `attention_weights`."""
    return attention_weights(frames, w, b) @ _frames(frames)


def pooled_dim(dim: int, how: str) -> int:
    check_pooling(how)
    return 2 * dim if how == "stats" else dim


def check_pooling(how: str) -> str:
    if how not in POOLINGS:
        raise UnknownNameError("pooling", how, list(POOLINGS))
    return how


def pool(frames: np.ndarray, how: str = "mean") -> np.ndarray:
    """One vector from `frames` by the named pooling (not "attention": that one needs
    learned weights; see `attention_pool`)."""
    if check_pooling(how) == "attention":
        raise ValueError("attention pooling needs learned weights: train an adapter")
    return {"mean": mean_pool, "max": max_pool, "stats": stats_pool}[how](frames)
