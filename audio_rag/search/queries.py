"""What a text is: one question detector for passages and one for queries.

`is_question`: a transcript passage that ends as a question (its last sentence ends in
"?", which Whisper writes, or reports one: "A listener asked whether ..."). `asks`: a
search query that asks for an answer (a question or a request: "tell me ...") rather
than a keyword or quote lookup. Both read English; other languages get no question
handling (`asks_on_air` checks a unit's language).
"""

from __future__ import annotations

import re

from .._util.text import base_language, sentences
from ..types import Hit

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


def asks_on_air(hit: Hit) -> bool:
    """Whether a unit is a question asked in the recording: English units only (the
    detector reads English; another language's unit is never taken for a question)."""
    return base_language(hit.language) == "en" and is_question(hit.text)


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


QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how is are was were do does did can could "
    "will would should has have had".split()
)
REQUEST_WORDS = frozenset("tell explain describe summarise summarize give list".split())
"""Openers of a request for an answer ("Tell me what the turbine cost"), re-ranked like
a question: on the development questions turned into "Tell me ..." requests, re-ranking
answered 71 of 115 first against 63 without."""
LEAD_INS = frozenset("please so and but ok okay now hey".split())
"""Words skipped before the opener: "Please tell me ...", "So, why did ..."."""


def asks(query: str) -> bool:
    """Whether `query` asks for an answer: a question (ends in "?" or opens with a
    question word) or a request ("tell me ...", "explain ..."). The bundled reranker
    learned to judge answers to questions; keyword and known-item lookups ("glowing lure
    anglerfish", "find the bit about the reservoir") keep the first-stage order."""
    words = [w.strip(",.:;!") for w in query.lower().split()]
    while words and words[0] in LEAD_INS:
        words.pop(0)
    if not words:
        return False
    return is_question(query) or words[0] in QUESTION_WORDS or words[0] in REQUEST_WORDS
