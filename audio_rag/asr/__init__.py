"""Speech recognition: the `Transcriber` interface and its backends."""

from . import faster_whisper, openai_whisper  # noqa: F401 - they register themselves
from .base import (
    TRANSCRIBERS,
    WINDOW_SECONDS,
    Segment,
    TranscribeOptions,
    Transcriber,
    Transcript,
    Word,
    make_transcriber,
)
from .faster_whisper import FasterWhisperTranscriber
from .openai_whisper import OpenAIWhisperTranscriber

__all__ = [
    "TRANSCRIBERS",
    "WINDOW_SECONDS",
    "FasterWhisperTranscriber",
    "OpenAIWhisperTranscriber",
    "Segment",
    "TranscribeOptions",
    "Transcriber",
    "Transcript",
    "Word",
    "make_transcriber",
]
