"""Speech to time-coded text behind one small interface: what a transcriber returns,
its options, and the registry of backends (faster-whisper by default, openai-whisper)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .._util.registry import Registry
from .._util.resolve import DEFAULT_WHISPER
from ..types import Span

WINDOW_SECONDS = 30


@dataclass(frozen=True)
class Word:
    start: float
    end: float
    text: str
    probability: float = 1.0


@dataclass(frozen=True)
class Segment:
    """One decoded stretch of speech; times are seconds from the start of the input."""

    start: float
    end: float
    text: str
    words: tuple[Word, ...] = ()
    avg_logprob: float = 0.0  # the decoder's mean token log-probability
    no_speech_prob: float = 0.0  # its probability that the window held no speech
    language: str | None = None  # the language it was decoded in, when known


@dataclass
class TranscribeOptions:
    """Decoding options shared by the backends.

    language: ISO code, or None to detect (English-only models always give "en").
    beam_size: 5 by default; 1 is greedy decoding (faster, a little less accurate).
    temperatures: the fallback schedule when a decode looks like a failure.
    vad: transcribe only speech regions found by Silero VAD.
    word_timestamps: needed for tight unit boundaries and speaker alignment.
    batch_size: clips decoded together (faster-whisper backend).
    workers: clip groups decoded concurrently, each on its own CTranslate2 worker
        (faster-whisper backend; CTranslate2 releases the GIL, so 2 uses 2 cores well).
    """

    language: str | None = None
    beam_size: int = 5
    vad: bool = True
    word_timestamps: bool = True
    batch_size: int = 8
    workers: int = 2
    temperatures: tuple[float, ...] = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


@dataclass
class Transcript:
    segments: list[Segment]
    language: str
    clips: list[Span] = field(default_factory=list)
    speech: list[Span] | None = None  # voice-activity regions, when the backend ran VAD
    clip_languages: list[str] = field(default_factory=list)  # one per clip, when detected
    english_only: bool = False  # the model knows English only

    def language_at(self, start: float, end: float) -> str:
        """The language of the clip that overlaps [start, end] most, else the whole
        transcript's."""
        best, most = self.language, 0.0
        for (s, e), lang in zip(self.clips, self.clip_languages):
            overlap = min(e, end) - max(s, start)
            if overlap > most:
                best, most = lang, overlap
        return best


class Transcriber(Protocol):
    """What the pipeline needs from a speech recogniser."""

    name: str

    def transcribe(self, audio: np.ndarray) -> Transcript:
        """Transcribe 16 kHz mono audio. A backend may also take `progress`, a callback
        given seconds of audio as it gets through them (the pipeline passes one when the
        signature has it)."""
        ...


TRANSCRIBERS: Registry[Callable[..., Transcriber]] = Registry("transcriber backend")


def make_transcriber(
    backend: str = "faster-whisper", model: str = DEFAULT_WHISPER, **kwargs
) -> Transcriber:
    """Build a transcriber from the registry; unknown names list the valid ones."""
    return TRANSCRIBERS.get(backend)(model, **kwargs)
