"""Query by example: the fingerprint channel, and its fusion with the embedding channel.

`search(audio=clip)` ranks units by the cosine similarity of their audio vectors
("audio" channel). When the index keeps spectral-peak fingerprints, the clip is also
looked up there ("fingerprint" channel: recordings where many of the clip's peak pairs
occur at one time offset, i.e. copies of the same recording, even noisy, quieter,
re-encoded or cropped), and the unit under the matched time span is taken. The two
rankings are merged by reciprocal rank fusion with the fingerprint channel weighted
`FINGERPRINT_WEIGHT`: a fingerprint match is evidence of the very recording, an
embedding only of a similar sound. Without a fingerprint match the embedding ranking is
returned unchanged (cosine scores); fused lists carry RRF scores (see hit_fusion).
"""

from __future__ import annotations

import numpy as np

from .audio import SAMPLE_RATE
from .fingerprint import FingerprintIndex
from .hit_fusion import fuse_hits
from .hits import Hit
from .store import Store, unit_filter

FINGERPRINT_WEIGHT = 2.0


def fingerprint_hits(
    prints: FingerprintIndex,
    store: Store,
    wave: np.ndarray,
    k: int,
    source_id: str | None = None,
    speaker: str | None = None,
    start: float | None = None,
    end: float | None = None,
) -> list[Hit]:
    """Units under the fingerprint matches of `wave`, best match first (score: the
    number of aligned peak pairs), honouring the same filters as search."""
    duration = len(wave) / SAMPLE_RATE
    hits = []
    for sid, at, n in prints.match(wave, k):
        if source_id is not None and sid != source_id:
            continue
        lo = at if start is None else max(at, start)
        hi = at + duration if end is None else min(at + duration, end)
        if hi <= lo:
            continue
        units = store.units_where(unit_filter(sid, speaker, lo, hi))
        if units:
            best = max(units, key=lambda u: min(u.end, hi) - max(u.start, lo))
            hits.append(_as(best, float(n)))
    return hits


def _as(hit: Hit, score: float) -> Hit:
    from dataclasses import replace

    return replace(hit, score=score, channel="fingerprint")


def fuse_by_example(audio_hits: list[Hit], print_hits: list[Hit], k: int) -> list[Hit]:
    """The embedding ranking, fused with the fingerprint ranking when it found anything."""
    if not print_hits:
        return audio_hits
    return fuse_hits(
        {"audio": audio_hits, "fingerprint": print_hits}, k, {"fingerprint": FINGERPRINT_WEIGHT}
    )
