"""Answers from retrieved passages: LLM context with citations, and an extractive
answer for when no language model is configured."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .hits import Hit

EXTRACTIVE_NOTE = (
    "(Extractive answer: no language model is configured, so these are the passages "
    "that best match the question, quoted with their sources.)"
)
_WORD = re.compile(r"[a-z0-9']+")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_STOP = frozenset(
    "a an and are as at be but by can did do does for from had has have how i in is it "
    "its of on or so than that the their them then there these they this to was we were "
    "what when where which who whom why will with would you your".split()
)


def format_context(hits: Sequence[Hit]) -> str:
    """Numbered passages, each with its citation, for an LLM prompt."""
    return "\n\n".join(f"[{i}] ({h.citation()}) {h.text}" for i, h in enumerate(hits, 1))


def content_words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def best_sentences(question: str, text: str, limit: int = 2) -> str:
    """The sentences of `text` that share most content words with `question`, in order."""
    sentences = [s for s in _SENTENCE.split(text.strip()) if s]
    if len(sentences) <= limit:
        return text.strip()
    q = content_words(question)
    ranked = sorted(range(len(sentences)), key=lambda i: -len(q & content_words(sentences[i])))
    keep = sorted(ranked[:limit])
    return " ".join(sentences[i] for i in keep)


def extractive_answer(question: str, hits: Sequence[Hit], passages: int = 3) -> str:
    """Quote the best passages (retrieval order) with speaker and time citations."""
    speech = [h for h in hits if h.text.strip()][:passages]
    if not speech:
        return f"{EXTRACTIVE_NOTE}\nNothing in the index matches this question."
    lines = [EXTRACTIVE_NOTE]
    for i, h in enumerate(speech, 1):
        lines.append(f'{i}. "{best_sentences(question, h.text)}" ({h.citation()}; {h.uri})')
    return "\n".join(lines)
