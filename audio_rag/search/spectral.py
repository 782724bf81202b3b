"""The second look of query by example: candidates compared spectrogram to spectrogram.

Audio vectors summarise a clip in one mean-pooled vector, and a fingerprint needs enough
exact spectral peaks to survive; a short effect under noise or cut in half often has
neither. So the best `depth` candidates of the first stage are read again: each
candidate unit's audio is decoded from its source (from a seek, so a unit of a long
recording costs only itself) and compared with the clip as log-mel spectrograms
(Whisper's 80 bands, 10 ms steps), each band's mean removed (stationary noise, level and
channel colour fall away), the shorter sliding along the longer: the score is the best
cosine of the overlapping patches over all time lags. That order joins the first-stage
order by reciprocal rank fusion.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ..audio import SAMPLE_RATE
from ..errors import AudioRAGError
from ..types import Hit

logger = logging.getLogger(__name__)

MIN_SAMPLES = 800  # 50 ms: the shortest clip with a few spectrogram frames


def features(wave: np.ndarray) -> np.ndarray:
    """(80, frames) log-mel spectrogram with each band's mean over time removed."""
    wave = np.pad(np.asarray(wave, np.float32), (0, max(0, MIN_SAMPLES - len(wave))))
    feats = _extractor()(wave)[:, :-1]
    return feats - feats.mean(axis=1, keepdims=True)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The best cosine, over time lags, of the shorter spectrogram and the patch of the
    longer it overlaps (cross-correlation by FFT, so long units cost little)."""
    from scipy.signal import fftconvolve

    short, long_ = (a, b) if a.shape[1] <= b.shape[1] else (b, a)
    n = short.shape[1]
    dots = fftconvolve(long_, short[:, ::-1], mode="valid", axes=1).sum(axis=0)
    energy = np.concatenate([[0.0], np.cumsum((long_.astype(np.float64) ** 2).sum(axis=0))])
    norms = np.sqrt(np.maximum(energy[n:] - energy[:-n], 0.0)) * np.linalg.norm(short)
    return float(np.max(dots / np.maximum(norms, 1e-9)))


def second_look(
    hits: list[Hit], wave: np.ndarray, load: Callable[[Hit], np.ndarray], rrf_k: float
) -> list[Hit]:
    """`hits` reordered by the RRF of their order and their spectrogram similarity to
    `wave`; each gains ranks["spectrum"]. Hits whose audio cannot be read (a moved
    file) keep their place in the first order only."""
    query = features(wave)
    scores: dict[str, float] = {}
    for h in hits:
        try:
            scores[h.unit_id] = similarity(query, features(load(h)))
        except (AudioRAGError, OSError, ValueError) as e:
            logger.info("second look skips %s: %s", h.unit_id, e)
    order = sorted(scores, key=lambda u: -scores[u])
    spectral = {u: r for r, u in enumerate(order, start=1)}
    fused = {h.unit_id: 1 / (rrf_k + r) for r, h in enumerate(hits, start=1)}
    for u, r in spectral.items():
        fused[u] += 1 / (rrf_k + r)
    best = 2 / (rrf_k + 1)
    return [_looked(h, fused[h.unit_id] / best, spectral, scores) for h in
            sorted(hits, key=lambda h: -fused[h.unit_id])]  # fmt: skip


def _looked(hit: Hit, score: float, spectral: dict, scores: dict) -> Hit:
    ranks = dict(hit.ranks)
    if hit.unit_id in spectral:
        ranks["spectrum"] = {"rank": spectral[hit.unit_id], "score": round(scores[hit.unit_id], 4)}
    return replace(hit, score=min(1.0, round(score, 9)), ranks=ranks)


def unit_audio(hit: Hit) -> np.ndarray:
    """A hit's unit audio, decoded from its source file."""
    from ..audio.decode import load_span

    audio = load_span(hit.source, hit.unit_start, hit.unit_end)
    if len(audio) < SAMPLE_RATE // 100:
        raise ValueError("no audio at the unit's time")
    return audio


@functools.lru_cache(maxsize=1)
def _extractor():
    from faster_whisper.feature_extractor import FeatureExtractor

    return FeatureExtractor(feature_size=80)
