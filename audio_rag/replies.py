"""Question-aware ranking for conversations (pure).

In a podcast or meeting the passage most similar to a user's question is often the same
question asked on air ("And what did the turbine cost?"), while the answer is in the
reply that follows ("Just under two million pounds"), which shares few words with it. So
on the transcript-vector channel a unit that is itself a question loses a little score,
and the unit that follows it inherits the question's score less a small margin: the
question still counts as evidence, but for its answer. Which unit follows which is paired
at ingest (`contextual.previous_units`: the next speech unit, unless a pause of over 5 s
parts them) and looked up by `Store.following`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from .hits import Hit
from .units import sentences

QUESTION_PENALTY = 0.2
"""Cosine similarity a question unit loses (measured on the dialogue dev set)."""
REPLY_MARGIN = 0.05
"""The reply after a question scores at least the question's score less this."""


REPORTED = re.compile(
    r"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:wants?|wanted|would like) to know"
    r"|question is)\s+(?:(?:me|us|you|him|her|them)\s+)?"
    r"(?:whether|if|why|how|what|when|where|who|which)\b",
    re.IGNORECASE,
)
"""A reported question: a verb of asking right before whether/if or a question word
("A listener asked whether old batteries can be reused.")."""
GOES_ON = re.compile(
    r",\s*(?:and|but|so|then)\s+(?!whether|if|why|how|what|when|where|who|which)\w",
    re.IGNORECASE,
)
"""A main clause after the reported one ("asking if anyone would come, and 150 did"):
the sentence tells what happened rather than asks."""


def is_question(text: str) -> bool:
    """Whether a transcript passage ends as a question: its last sentence ends in "?"
    (Whisper punctuates them) or reports one ("Maria wants to know if ...")."""
    text = text.rstrip()
    if not text:
        return False
    if text.endswith("?"):
        return True
    last = sentences(text)[-1]
    found = REPORTED.search(last)
    return found is not None and not GOES_ON.search(last, found.end())


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
    scores = {h.unit_id: h.score - (penalty if is_question(h.text) else 0.0) for h in hits}
    by_id = {h.unit_id: h for h in hits}
    for h in hits:
        reply = replies.get(h.unit_id)
        if reply is None or not is_question(h.text):
            continue
        inherited = h.score - margin
        if inherited > scores.get(reply.unit_id, float("-inf")):
            scores[reply.unit_id] = inherited
        by_id.setdefault(reply.unit_id, reply)
    order = sorted(scores, key=lambda u: -scores[u])
    return [replace(by_id[u], score=round(scores[u], 9)) for u in order]
