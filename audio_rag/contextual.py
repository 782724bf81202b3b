"""Context vectors: each speech unit embedded together with the unit spoken before it.

A reply often makes sense only with what it answers ("Only fifty pounds each." after "What
was the smallest amount somebody could put in?"), so on its own it shares little with a
user's question about the minimum investment. Every speech unit therefore gets a second
transcript vector, of the previous unit's text followed by its own, searched as the
"context" channel of hybrid ranking (`audio_rag.hybrid`). Citations stay the unit's own
time span. This module assembles the texts (pure) and fills the vectors in for indexes
written before context vectors existed.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from .units import Unit

logger = logging.getLogger(__name__)

CONTEXT_GAP = 5.0
"""A unit starting more than this many seconds after the previous one ends is embedded
without it (a new exchange, or a different part of the recording)."""


def context_texts(
    units: Sequence[Unit], before: Unit | None = None, max_gap: float = CONTEXT_GAP
) -> list[str]:
    """For each speech unit of `units` (time order; sound units are skipped), the text of
    the speech unit before it (`before` for the first: the last one of the previous
    block) and its own, or its own alone after a pause of over `max_gap` s."""
    out: list[str] = []
    prev = before
    for u in units:
        if not u.text:
            continue
        near = prev is not None and prev.text and u.start - prev.end <= max_gap
        out.append(f"{prev.text} {u.text}" if near else u.text)
        prev = u
    return out


def last_speech(units: Sequence[Unit], default: Unit | None = None) -> Unit | None:
    """The last unit with text in `units`, else `default`."""
    return next((u for u in reversed(units) if u.text), default)


def fill_missing(store, embed) -> int:
    """Give every speech unit of `store` that lacks one its context vector (`embed`:
    texts -> vectors, the index's text model); returns the number written. For indexes
    ingested before context vectors existed; their units are known, so nothing is
    transcribed again."""
    missing = store.sources_without_context()
    written = 0
    for sid in missing:
        hits = store.speech_units(sid)
        units = [Unit(h.start, h.end, h.text, h.kind, h.speaker) for h in hits]
        store.add_context_vectors(hits, embed(context_texts(units)))
        written += len(hits)
    if missing:
        logger.info("context vectors added for %d units of %d sources", written, len(missing))
    return written
