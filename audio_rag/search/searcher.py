"""Search of one index: text queries by hybrid ranking, audio queries by example, ready
vectors on one channel; filters resolved once and applied in every channel; MMR and
context expansion after ranking."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

import numpy as np

from ..audio import AudioInput, load_audio
from ..audio.fingerprint import FingerprintIndex
from ..config import MMR_LAMBDA, SPECTRUM_RRF_K
from ..errors import ModelMismatchError
from ..speakers import SpeakerRegistry
from ..store import Index, where
from ..types import Filter, Hit
from .by_example import fingerprint_hits, fuse_by_example
from .channels import rerank_step, text_channels
from .citing import cite
from .context import expand
from .fusion import ranked
from .hybrid import search_text
from .mmr import mmr
from .options import SearchOptions
from .rerank import BUNDLED, Reranker, load_reranker
from .spectral import second_look, unit_audio

logger = logging.getLogger(__name__)

VECTOR_CHANNELS = ("text", "audio", "audio_text")


class Searcher:
    """`models`: the index's text embedder and audio encoder (duck-typed, loaded on
    first use); `speakers()`: its speaker registry, for speaker names in filters;
    `reranker`: a ready reranker used whatever name the options give."""

    def __init__(
        self,
        index: Index,
        models,
        options: SearchOptions,
        prints: FingerprintIndex | None,
        speakers: Callable[[], SpeakerRegistry],
        reranker: Reranker | None = None,
    ) -> None:
        self.index, self.models, self.options, self.prints = index, models, options, prints
        self.speakers, self._given = speakers, reranker
        self._rerankers: dict[str, Reranker] = {}

    def reranker(self, name: str) -> Reranker:
        """The reranker called `name` (loaded once)."""
        if self._given is not None:
            return self._given
        if name not in self._rerankers:
            device = getattr(self.models, "torch_device", "cpu")
            self._rerankers[name] = load_reranker(name, device=device)
        return self._rerankers[name]

    def resolve(self, f: Filter | None) -> Filter:
        """`f` with its source and speaker as ids (unknown ones are errors that say what
        the index holds)."""
        f = f or Filter()
        if f.source is not None:
            f = replace(f, source=self.index.sources.resolve(f.source))
        if f.speaker is not None:
            f = replace(f, speaker=self.speakers().find(f.speaker).id)
        return f

    def search(
        self,
        text: str | None = None,
        *,
        audio: AudioInput | None = None,
        k: int = 5,
        filter: Filter | None = None,
        context: int = 0,
        mmr: float | bool | None = None,
        ranking: dict | None = None,
    ) -> list[Hit]:
        """See `AudioRAG.search`."""
        _check_query(text, audio, k, context)
        if not self.index.exists():
            return []
        f = self.resolve(filter)
        lam = None if mmr is None or mmr is False else (MMR_LAMBDA if mmr is True else mmr)
        depth = k if lam is None else max(4 * k, 20)
        if text is not None:
            opts = self.ranking(**(ranking or {}))
            channels = text_channels(self.index, self.models, text, opts, where(f))
            hits = search_text(
                text, depth, channels, opts, rerank_step(self.index, text, opts, self.reranker)
            )
        else:
            hits = self._by_example(load_audio(audio), depth, f)
        if lam is not None:
            hits = self._diversify(hits, k, lam, "audio" if text is None else "text")
        hits = hits[:k]
        if context:
            return self._with_context(hits, context)
        if text is not None and self.options.cite_sentences:
            dense = opts.mode != "keyword"  # keyword mode loads no text model for this
            embed = self.models.text_embedder.embed if dense else None
            hits = cite(hits, text, self.index.units.words, embed)
        return hits

    def search_vector(
        self, vector, *, channel: str = "text", k: int = 5, filter: Filter | None = None
    ) -> list[Hit]:
        """Nearest units to a ready vector (or a callable making it) on one channel
        ("text", "audio", "audio_text"); scores are cosine similarities."""
        if channel not in VECTOR_CHANNELS:
            raise ValueError(f"channel must be 'text', 'audio' or 'audio_text', got {channel!r}")
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if not self.index.exists():
            return []
        f = self.resolve(filter)
        if channel != "text":
            self.check_audio_encoder()
        vec = vector() if callable(vector) else vector
        return ranked(self.index.query(vec, k, channel, where(f)), channel)

    def ranking(self, mode=None, weights=None, rrf_k=None, rerank=None) -> SearchOptions:
        """The search options with one search's own choices (None: keep) applied."""
        opts = self.options
        if mode is None and weights is None and rrf_k is None and rerank is None:
            return opts
        return replace(
            opts,
            mode=mode or opts.mode,
            weights=weights or opts.weights,
            lookup_weights=opts.lookup_weights if weights is None else {},  # as given
            rrf_k=opts.rrf_k if rrf_k is None else rrf_k,
            rerank=_reranker_name(rerank, opts.rerank),
        )

    def check_audio_encoder(self) -> None:
        """Refuse to compare vectors of another audio encoder than the index's."""
        have, mine = self.index.models(), self.models.audio_encoder.name
        if have is not None and have.audio_model != mine:
            raise ModelMismatchError(
                f"index {self.index.name!r} holds audio vectors of {have.audio_model!r}, not "
                f"{mine!r}; open it without audio_encoder= (or re-embed it "
                "with `audio-rag reembed --encoder ...`)"
            )

    def _by_example(self, wave: np.ndarray, k: int, f: Filter) -> list[Hit]:
        """Audio vectors fused with fingerprint matches (those honour source, speaker and
        time range; language and ingest-date filters apply to the audio vectors); with no
        fingerprint match (the evidence of the very recording), the best candidates are
        read again as spectrograms (`spectral.second_look`)."""
        self.check_audio_encoder()
        depth = max(k, self.options.spectrum_depth)
        vec = self.models.audio_encoder.embed_audio([wave])[0]
        hits = ranked(self.index.query(vec, depth, "audio", where(f)), "audio")
        found = []
        if hits and self.prints is not None:
            found = fingerprint_hits(self.prints, self.index, wave, depth, f)
            hits = fuse_by_example(hits, found, depth, self.options.fingerprint_weight)
        if not found and self.options.spectrum_depth and len(hits) > 1:  # prints decide
            hits = second_look(hits[:depth], wave, unit_audio, SPECTRUM_RRF_K)
        return hits[:k]

    def _diversify(self, hits: list[Hit], k: int, lam: float, channel: str) -> list[Hit]:
        if len(hits) <= 1:
            return hits
        vecs = self.index.units.vectors([h.unit_id for h in hits], channel)
        order = mmr(np.array([h.score for h in hits]), vecs, k, lam)
        return [hits[i] for i in order]

    def _with_context(self, hits: list[Hit], n: int) -> list[Hit]:
        """Each hit grown by `n` neighbouring units each side (one read per source)."""
        units: dict[str, list[Hit]] = {}
        for h in hits:
            if h.source_id not in units:
                units[h.source_id] = self.index.units.of_source(h.source_id, speech_only=True)
        return [expand(h, units[h.source_id], n) for h in hits]


def _check_query(text, audio, k: int, context: int) -> None:
    if (text is None) == (audio is None):
        raise ValueError("give exactly one of text= or audio=")
    if text is not None and not text.strip():
        raise ValueError("the text query is empty")
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    if context < 0:
        raise ValueError(f"context must be >= 0 units, got {context}")


def _reranker_name(choice: str | bool | None, current: str | None) -> str | None:
    """The reranker a search uses: a name, True (the options' or else the bundled one),
    False (none) or None (keep the options' choice)."""
    if choice is None:
        return current
    if choice is True:
        return current or BUNDLED
    return choice or None
