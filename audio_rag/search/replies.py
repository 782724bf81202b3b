"""Question-aware ranking for conversations (pure).

In a podcast or meeting the passage most similar to a user's question is often the same
question asked on air ("And what did the turbine cost?"), while the answer is in the
reply that follows ("Just under two million pounds"), which shares few words with it. So
on the transcript-vector channel a unit that is itself a question loses a little score,
and the unit that follows it inherits the question's score less a small margin: the
question still counts as evidence, but for its answer. Which unit follows which is paired
at ingest (`ingest.contextual.next_links`: the next speech unit, unless a pause of over
5 s parts them) and looked up by `ContextTable.following`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..config import QUESTION_PENALTY, REPLY_MARGIN
from ..types import Hit
from .queries import asks_on_air


def hand_off(
    hits: list[Hit],
    replies: Mapping[str, Hit],
    penalty: float = QUESTION_PENALTY,
    margin: float = REPLY_MARGIN,
) -> list[Hit]:
    """`hits` (one channel's, best first, cosine scores) re-ranked: question units lose
    `penalty`; the reply to a question (`replies`: question unit id -> the unit after it)
    scores at least the question's score minus `margin`, and joins the list if it was not
    in it."""
    scores = {h.unit_id: h.score - (penalty if asks_on_air(h) else 0.0) for h in hits}
    by_id = {h.unit_id: h for h in hits}
    for h in hits:
        reply = replies.get(h.unit_id)
        if reply is None or not asks_on_air(h):
            continue
        inherited = h.score - margin
        if inherited > scores.get(reply.unit_id, float("-inf")):
            scores[reply.unit_id] = inherited
        by_id.setdefault(reply.unit_id, reply)
    order = sorted(scores, key=lambda u: -scores[u])
    return [replace(by_id[u], score=round(scores[u], 9)) for u in order]
