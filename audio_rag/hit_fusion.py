"""Merge the hits of several search channels into one list (reciprocal rank fusion).

Used when one query runs on several channels, e.g. a text query on the transcript
vectors ("text") and, with a joint audio-text encoder, on the audio vectors
("audio_text"). A unit found by several channels appears once; its `score` becomes
its RRF score (sum over channels of 1 / (60 + rank)), no longer a cosine similarity,
and its `channel` names every channel that found it, joined by "+" in the order given.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .fusion import rrf
from .hits import Hit


def fuse_hits(
    channels: Mapping[str, Sequence[Hit]], k: int, weights: Mapping[str, float] | None = None
) -> list[Hit]:
    """The `k` best units over `channels` (name -> hits, best first) by RRF."""
    first: dict[str, Hit] = {}
    found: dict[str, list[str]] = {}
    for name, hits in channels.items():
        for h in hits:
            first.setdefault(h.unit_id, h)
            if name not in found.setdefault(h.unit_id, []):
                found[h.unit_id].append(name)
    rankings = {name: [h.unit_id for h in hits] for name, hits in channels.items()}
    fused = rrf(rankings, weights)[:k]
    return [
        replace(first[uid], score=float(score), channel="+".join(found[uid]))
        for uid, score in fused
    ]
