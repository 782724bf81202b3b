"""Context vectors: each speech unit embedded together with the unit spoken before it.

A reply often makes sense only with what it answers ("Only fifty pounds each." after "What
was the smallest amount somebody could put in?"), so on its own it shares little with a
user's question about the minimum investment. Every speech unit therefore gets a second
transcript vector, of the previous unit's text followed by its own, searched as the
"context" channel of hybrid ranking (`audio_rag.search.hybrid`). Citations stay the unit's own
time span. This module assembles the texts (pure) and fills the vectors in for indexes
written before context vectors existed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence

import numpy as np

from ..config import CONTEXT_GAP
from ..store import source_of, unit_id
from ..types import Unit

logger = logging.getLogger(__name__)


def previous_units(
    units: Sequence[Unit], before: Unit | None = None, max_gap: float = CONTEXT_GAP
) -> list[Unit | None]:
    """For each speech unit of `units` (time order; sound units are skipped), the speech
    unit spoken just before it (`before` for the first: the last one of the previous
    block), or None after a pause of over `max_gap` s."""
    out: list[Unit | None] = []
    prev = before if before is not None and before.text else None
    for u in units:
        if not u.text:
            continue
        out.append(prev if prev is not None and u.start - prev.end <= max_gap else None)
        prev = u
    return out


def context_texts(
    units: Sequence[Unit], before: Unit | None = None, max_gap: float = CONTEXT_GAP
) -> list[str]:
    """For each speech unit of `units`, the text of the unit before it (see
    `previous_units`) and its own, or its own alone."""
    speech = [u for u in units if u.text]
    pairs = zip(previous_units(units, before, max_gap), speech)
    return [f"{p.text} {u.text}" if p is not None else u.text for p, u in pairs]


def next_links(
    source_id: str, units: Sequence[Unit], before: Unit | None = None, max_gap: float = CONTEXT_GAP
) -> dict[str, str]:
    """Unit id -> the id of the speech unit spoken right after it (see `previous_units`),
    what search follows from a question to its reply."""
    speech = [u for u in units if u.text]
    pairs = zip(previous_units(units, before, max_gap), speech)
    return {unit_id(source_id, p): unit_id(source_id, u) for p, u in pairs if p is not None}


def embed_with_context(
    embed: Callable[[list[str]], np.ndarray], own: Sequence[str], context: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Vectors of the units' `own` texts and of their `context` texts (`context_texts`)
    from one call of `embed`, each distinct text embedded once: a unit with nothing
    before it has the same text in both."""
    distinct = list(dict.fromkeys([*own, *context]))
    vecs = np.asarray(embed(distinct))
    at = {t: i for i, t in enumerate(distinct)}
    return vecs[[at[t] for t in own]], vecs[[at[t] for t in context]]


def last_speech(units: Sequence[Unit], default: Unit | None = None) -> Unit | None:
    """The last unit with text in `units`, else `default`."""
    return next((u for u in reversed(units) if u.text), default)


def fill_missing(index, embed) -> int:
    """Give every speech unit of `index` (an `Index`) that lacks one its context vector
    (`embed`: texts -> vectors, the index's text model); returns the number written. For
    indexes ingested before context vectors existed; their units are known, so nothing
    is transcribed again."""
    complete = {r["source_id"] for r in index.sources.all()}
    missing = sorted({source_of(u) for u in index.context.lacking()} & complete)
    if missing:
        logger.info("adding context vectors to %d sources ingested without them", len(missing))
    written = 0
    for sid in missing:
        hits = index.units.of_source(sid, speech_only=True)
        units = [Unit(h.start, h.end, h.text, h.kind, h.speaker) for h in hits]
        ids = [h.unit_id for h in hits]
        index.context.fill(ids, embed(context_texts(units)), next_links(sid, units))
        written += len(hits)
    if missing:
        logger.info("context vectors added for %d units of %d sources", written, len(missing))
    return written
