"""The channels of a text query, each a function depth -> hits (best first), and the
reranking step. Every channel gets the same Chroma `where` clause."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ..store import Index
from ..store.phrases import holds, quoted
from ..types import Hit
from .options import RERANK, SearchOptions
from .queries import asks, asks_on_air
from .replies import hand_off
from .rerank import Reranker, passage_text

logger = logging.getLogger(__name__)

Runner = Callable[[int], list[Hit]]


def text_channels(
    index: Index, models, text: str, opts: SearchOptions, where: dict | None
) -> dict[str, Runner]:
    """channel -> runner, for the channels `opts` turns on (`models`: the index's text
    embedder and audio encoder, duck-typed)."""
    joint = (
        bool(getattr(models.audio_encoder, "has_text", False)) if _wants_audio_text(opts) else False
    )

    @functools.cache
    def text_vector() -> np.ndarray:  # one embedding for both transcript channels
        return models.text_embedder.embed([text])[0]

    replies: dict[str, Hit] = {}  # question unit id -> its reply, for both channels
    looked: set[str] = set()

    def transcript(channel: str, n: int) -> list[Hit]:
        hits = index.query(text_vector(), n, channel, where)
        if not opts.replies:
            return hits
        asked = [h for h in hits if asks_on_air(h) and h.unit_id not in looked]
        looked.update(h.unit_id for h in asked)
        replies.update(index.context.following(asked, where))
        return hand_off(hits, replies, opts.question_penalty, opts.reply_margin)[:n]

    runners: dict[str, Runner] = {
        "text": functools.partial(transcript, "text"),
        "context": functools.partial(transcript, "context"),
        "keyword": lambda n: index.keyword_query(text, n, where),
        "phrase": lambda n: index.phrase_query(text, n, where),
        "audio_text": lambda n: index.query(
            models.audio_encoder.embed_text([text])[0], n, "audio_text", where
        ),
        "name": lambda n: index.name_query(text, n, where),
    }
    chosen = {**opts.channels(joint), **opts.channels(joint, lookup=True)}  # either may apply
    if "context" in chosen and not index.context.complete():
        logger.info("index %r has no context vectors yet; ingesting fills them in", index.name)
        chosen.pop("context")
    demanded = quoted(text)
    if demanded:  # a query in double quotes finds only units holding those words
        return {c: _holding(runners[c], demanded) for c in chosen}
    return {c: runners[c] for c in chosen}


def _holding(run: Runner, demanded: list[str]) -> Runner:
    """`run` keeping only the hits whose transcript holds every demanded phrase."""
    return lambda n: [h for h in run(n) if holds(h.text, demanded)]


def _wants_audio_text(opts: SearchOptions) -> bool:
    return "audio_text" in opts.channels(has_audio_text=True)


def rerank_step(
    index: Index, text: str, opts: SearchOptions, reranker: Callable[[str], Reranker]
) -> Callable[[list[Hit]], list[Hit]] | None:
    """candidates -> the same hits in the reranker's order (score: its score), or None
    without a reranker or for a query that does not ask for an answer."""
    if not opts.rerank_weight() or not asks(text):
        return None

    def rerank(hits: list[Hit]) -> list[Hit]:
        before = index.context.preceding(hits)
        texts = [passage_text(h.text, before.get(h.unit_id)) for h in hits]
        scores = reranker(opts.rerank).score(text, texts)
        order = np.argsort(-np.asarray(scores), kind="stable")
        return [replace(hits[i], score=float(scores[i]), channel=RERANK) for i in order]

    return rerank
