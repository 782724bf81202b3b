"""Context expansion: a hit grown to its neighbouring units, so a reader (or an LLM) sees
the surrounding exchange, with who said what when speakers change (pure)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..types import Hit


def expand(hit: Hit, units: Sequence[Hit], n: int) -> Hit:
    """`hit` widened to the `n` units before and after it among `units` (the speech
    units of its source, in time order). The result spans them all; its text joins
    theirs, each turn prefixed with its speaker when more than one speaker is in it.
    Score, channel and ranks stay those of the hit. A hit not found in `units`, or n=0,
    is returned unchanged."""
    if n <= 0:
        return hit
    pos = position(hit, units)
    if pos is None:
        return hit
    window = list(units[max(0, pos - n) : pos + n + 1])
    return replace(hit, start=window[0].start, end=window[-1].end, text=join_turns(window))


def position(hit: Hit, units: Sequence[Hit]) -> int | None:
    """Index of `hit` among `units` (by unit id), or None."""
    return next((i for i, u in enumerate(units) if u.unit_id == hit.unit_id), None)


def join_turns(units: Sequence[Hit]) -> str:
    """Texts in order; with several speakers, each change of speaker starts "who: "."""
    speakers = {u.who for u in units if u.text}
    if len(speakers) <= 1:
        return " ".join(u.text for u in units if u.text)
    parts: list[str] = []
    last = object()
    for u in units:
        if not u.text:
            continue
        if u.who != last:
            parts.append(f"{u.who or 'unknown speaker'}: {u.text}")
            last = u.who
        else:
            parts[-1] += " " + u.text
    return "\n".join(parts)
