"""Query by example: the fingerprint channel, and its fusion with the embedding channel.

`search(audio=clip)` ranks units by the cosine similarity of their audio vectors
("audio" channel). When the index keeps spectral-peak fingerprints, the clip is also
looked up there ("fingerprint" channel: recordings where many of the clip's peak pairs
occur at one time offset, i.e. copies of the same recording, even noisy, quieter,
re-encoded or cropped), and the unit under the matched time span is taken. The two
rankings are merged by reciprocal rank fusion with the fingerprint channel weighted
`FINGERPRINT_WEIGHT`: a fingerprint match is evidence of the very recording, an
embedding only of a similar sound. Without a fingerprint match the embedding ranking is
returned unchanged (cosine scores); fused lists carry the scaled RRF score of
`fusion.fuse` (1.0: first on both channels) with each channel's rank and score in `ranks`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from ..audio import SAMPLE_RATE
from ..audio.fingerprint import FingerprintIndex
from ..store import Index, where
from ..types import Filter, Hit
from .fusion import RRF_K, fuse


def fingerprint_hits(
    prints: FingerprintIndex, index: Index, wave: np.ndarray, k: int, f: Filter
) -> list[Hit]:
    """Units under the fingerprint matches of `wave`, best match first, honouring the
    filter's source, speaker and time range (`f`, resolved to ids). A hit cites the
    matched time (where the query lies in the source); `unit_start`/`unit_end` are the
    span of the unit it overlaps most; score: the number of aligned peak pairs."""
    duration = len(wave) / SAMPLE_RATE
    hits = []
    for sid, at, n in prints.match(wave, k):
        if f.source is not None and sid != f.source:
            continue
        lo = at if f.start is None else max(at, f.start)
        hi = at + duration if f.end is None else min(at + duration, f.end)
        if hi <= lo:
            continue
        units = index.listed(where(Filter(source=sid, speaker=f.speaker, start=lo, end=hi)))
        if units:
            best = max(units, key=lambda u: min(u.end, hi) - max(u.start, lo))
            span = (round(lo, 3), round(hi, 3))  # the match may run on past its unit
            evidence = {"fingerprint": {"matches": n, "offset": round(at, 3)}}
            hits.append(_cited(best, span, float(n), "fingerprint", evidence))
    return hits


def fuse_by_example(
    audio_hits: list[Hit], print_hits: list[Hit], k: int, weight: float
) -> list[Hit]:
    """The embedding ranking, fused with the fingerprint ranking (weighted `weight`) when
    it found anything; a unit the fingerprints found cites their matched time."""
    if not print_hits:
        return audio_hits
    fused = fuse(
        {"audio": audio_hits, "fingerprint": print_hits}, k, {"fingerprint": weight}, RRF_K
    )
    matched = {h.unit_id: h for h in print_hits}
    return [
        replace(h, start=matched[h.unit_id].start, end=matched[h.unit_id].end)
        if h.unit_id in matched
        else h
        for h in fused
    ]


def _cited(unit: Hit, span: tuple[float, float], score: float, channel: str, ranks) -> Hit:
    return replace(
        unit, start=span[0], end=span[1], score=score, channel=channel, ranks=ranks,
        unit_start=unit.start, unit_end=unit.end,
    )  # fmt: skip
