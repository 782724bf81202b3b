"""`Embedder`: the vectors an index uses, outside an index (for framework adapters).

Transcript text goes through the index's text model; audio (paths, bytes or arrays)
through its audio encoder. When the audio encoder is a joint audio-text model
(`has_text`, e.g. CLAP), text is embedded on the audio side instead, so text finds audio.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .._util.resolve import DEFAULT_TEXT_MODEL, DEFAULT_WHISPER
from ..audio import AudioInput, load_audio
from .base import make_audio_encoder
from .text import TextEmbedder


class Embedder:
    """Lazy text and audio embedders: those of `rag` when given, else the named models."""

    def __init__(
        self,
        whisper: str = DEFAULT_WHISPER,
        text_model: str = DEFAULT_TEXT_MODEL,
        *,
        rag=None,
        text_embedder=None,
        audio_encoder=None,
    ) -> None:
        self._rag = rag
        self._names = (whisper, text_model)
        self._text, self._audio = text_embedder, audio_encoder

    @property
    def text_embedder(self):
        if self._text is None:
            if self._rag is not None:
                self._text = self._rag.models.text_embedder
            else:
                self._text = TextEmbedder(self._names[1])
        return self._text

    @property
    def audio_encoder(self):
        if self._audio is None:
            if self._rag is not None:
                self._audio = self._rag.models.audio_encoder
            else:
                self._audio = make_audio_encoder(f"whisper-encoder:{self._names[0]}")
        return self._audio

    @property
    def joint(self) -> bool:
        """True when text and audio vectors share one space (a joint audio-text encoder)."""
        return bool(getattr(self.audio_encoder, "has_text", False))

    def embed_text(self, texts: Sequence[str]) -> np.ndarray:
        texts = list(texts)
        if self.joint:
            return np.asarray(self.audio_encoder.embed_text(texts), np.float32)
        return self.text_embedder.embed(texts)

    def embed_audio(self, inputs: Sequence[AudioInput]) -> np.ndarray:
        """One unit vector per input (path, bytes or 16 kHz mono array); a decoding
        failure raises AudioDecodeError naming the input."""
        return self.audio_encoder.embed_audio([load_audio(x) for x in inputs])
