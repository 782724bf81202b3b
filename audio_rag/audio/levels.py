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


def peak_dbfs(samples: np.ndarray) -> float:
    """Peak level in dB relative to full scale (-inf for digital silence)."""
    peak = float(np.max(np.abs(samples))) if len(samples) else 0.0
    return 20.0 * np.log10(peak) if peak > 0 else float("-inf")


def audible_regions(
    audio: np.ndarray,
    range_db: float = 40.0,
    floor_dbfs: float = -90.0,
    frame: float = 0.01,
    bridge: float = 0.3,
) -> list[Span]:
    """Stretches (s) where 10 ms frames peak within `range_db` of the loudest frame (and
    above `floor_dbfs`); gaps under `bridge` join. Relative to the stretch's own peak, so
    a quiet sound keeps its decay and a sound of a few tens of milliseconds is found."""
    n = max(1, int(frame * SAMPLE_RATE))
    count = -(-len(audio) // n)
    if not count:
        return []
    padded = np.pad(np.abs(audio), (0, count * n - len(audio)))
    frames = padded.reshape(count, n).max(axis=1)
    loud = frames > max(10 ** (floor_dbfs / 20), float(frames.max()) * 10 ** (-range_db / 20))
    spans: list[Span] = []
    for i in np.flatnonzero(loud):
        t = i * frame
        if spans and t - spans[-1][1] <= bridge:
            spans[-1] = (spans[-1][0], t + frame)
        else:
            spans.append((t, t + frame))
    end = len(audio) / SAMPLE_RATE
    return [(round(s, 3), round(min(e, end), 3)) for s, e in spans]


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
