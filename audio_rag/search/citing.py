"""Word-precise citations: a text hit cites the sentence of its unit that matches the
query best, not the whole unit (up to 20 s), from the word timestamps kept at ingest.

Each unit's text is cut into sentences at sentence ends; each sentence gets the cosine
similarity of its text vector to the query's (the index's text model, all sentences of
all hits in one call) plus the share of the query's words it holds (folded, every word
counted, so "I'm sorry there are no" counts its stop words); the best one's first and
last words give the hit's `start`/`end` and its text the hit's `quote`, and the unit's
span stays in `unit_start`/`unit_end` (its whole text in `text`). A unit of one
sentence, or without word times (written before they were kept), cites itself.

A quote lookup (a query that asks nothing, see `queries.asks`) whose words the unit holds
in order (the phrase channel's alignment, at least `QUOTE_SCORE`) cites the sentences from
the one holding the first aligned word to the one holding the last, so a quote that runs
over a sentence end plays whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from .._util.text import words as folded_words
from ..config import QUOTE_SCORE
from ..store.phrases import align
from ..types import Hit
from .queries import asks

SENTENCE = re.compile(r"(?<=[.!?…。？！])\s+")
LEXICAL = 0.5
"""Weight of the query-word share against the cosine similarity."""

Span = tuple[int, int, float, float]


def sentences(text: str, spans: list[Span]) -> list[tuple[str, float, float]]:
    """(sentence, start s, end s) of a unit, from its words' character and time spans."""
    out, at = [], 0
    for piece in SENTENCE.split(text):
        lo = text.find(piece, at)
        hi = lo + len(piece)
        at = hi
        inside = [s for s in spans if s[0] >= lo and s[1] <= hi]
        if piece.strip() and inside:
            out.append((piece, inside[0][2], inside[-1][3]))
    return out


def cite(hits: list[Hit], query: str, words_of: Callable, embed: Callable | None) -> list[Hit]:
    """`hits` with each one's span narrowed to its best sentence (see the module notes);
    `words_of(ids)` -> {unit id: word spans}, `embed(texts)` -> unit vectors (None: by
    the query's words alone, as a keyword-only search does)."""
    spans = words_of([h.unit_id for h in hits if h.text])
    parts = {h.unit_id: sentences(h.text, spans[h.unit_id]) for h in hits if h.unit_id in spans}
    parts = {u: p for u, p in parts.items() if len(p) > 1}
    if not parts:
        return hits
    best = {} if asks(query) else _quoted(folded_words(query), hits, spans, parts)
    parts = {u: p for u, p in parts.items() if u not in best}
    texts = [s for p in parts.values() for s, _, _ in p]
    vecs = np.asarray(embed([query, *texts])) if embed is not None and texts else None
    query_words = set(folded_words(query))
    i = 1
    for uid, p in parts.items():
        scores = [
            (float(vecs[0] @ vecs[i + j]) if vecs is not None else 0.0)
            + LEXICAL * _share(query_words, s)
            for j, (s, _, _) in enumerate(p)
        ]
        best[uid] = p[int(np.argmax(scores))]
        i += len(p)
    return [_narrowed(h, best[h.unit_id]) if h.unit_id in best else h for h in hits]


def _quoted(query_words: list[str], hits: list[Hit], spans: dict, parts: dict) -> dict:
    """unit id -> (quote, start, end): the sentences over the query's aligned words, for
    the units that hold at least `QUOTE_SCORE` of them in order."""
    out = {}
    for h in hits:
        if h.unit_id not in parts:
            continue
        found = _aligned(query_words, h.text, spans[h.unit_id])
        if found is None:
            continue
        over = [s for s in parts[h.unit_id] if s[1] <= found[1] and s[2] >= found[0]]
        if over:
            out[h.unit_id] = (" ".join(s[0].strip() for s in over), over[0][1], over[-1][2])
    return out


def _aligned(query_words: list[str], text: str, spans: list[Span]) -> tuple[float, float] | None:
    """Start and end time of the query's best alignment in a unit, when it scores at
    least `QUOTE_SCORE` (tokens: the folded words of each timed word)."""
    tokens, owner = [], []
    for i, (a, b, _, _) in enumerate(spans):
        for w in folded_words(text[a:b]):
            tokens.append(w)
            owner.append(i)
    score, lo, hi = align(query_words, tokens)
    if score < QUOTE_SCORE or lo < 0:
        return None
    return spans[owner[lo]][2], spans[owner[hi]][3]


def _share(query_words: set[str], sentence: str) -> float:
    """The share of the query's words the sentence holds."""
    return len(query_words & set(folded_words(sentence))) / len(query_words) if query_words else 0


def _narrowed(hit: Hit, sentence: tuple[str, float, float]) -> Hit:
    quote, start, end = sentence
    return replace(hit, start=start, end=end, quote=quote.strip())
