"""Signal levels (pure numpy): RMS in dBFS, loud stretches, peaks."""

from __future__ import annotations

import numpy as np

from ..types import Span
from .decode import SAMPLE_RATE


def rms_dbfs(samples: np.ndarray) -> float:
    """Root-mean-square level in dB relative to full scale (-inf for digital silence)."""
    if len(samples) == 0:
        return float("-inf")
    rms = float(np.sqrt(np.mean(np.square(samples, dtype=np.float64))))
    return 20.0 * np.log10(rms) if rms > 0 else float("-inf")


def loud_regions(
    audio: np.ndarray, dbfs: float, frame: float = 0.1, bridge: float = 0.5
) -> list[Span]:
    """Stretches (s) where 100 ms frames are louder than `dbfs`; gaps under `bridge` s join."""
    n = int(frame * SAMPLE_RATE)
    if len(audio) < n:
        return []
    frames = audio[: len(audio) // n * n].reshape(-1, n)
    loud = [rms_dbfs(f) > dbfs for f in frames]
    spans: list[Span] = []
    for i, is_loud in enumerate(loud):
        if not is_loud:
            continue
        t = i * frame
        if spans and t - spans[-1][1] <= bridge:
            spans[-1] = (spans[-1][0], t + frame)
        else:
            spans.append((t, t + frame))
    return spans
