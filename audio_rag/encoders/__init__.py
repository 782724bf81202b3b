"""Embeddings: the transcript text model and the audio encoders (Whisper encoder,
Wav2Vec2 / HuBERT / WavLM, CLAP, AST), pooling, domain adapters, and which encoder an
index uses."""

from . import clap, transformers, whisper  # noqa: F401 - they register themselves
from .adapter import AdaptedEncoder, Adapter, AdapterOptions, AdapterReport, fit_on_folder
from .base import (
    AUDIO_ENCODERS,
    DEFAULT_AUDIO_ENCODER,
    AudioEncoder,
    EncoderSpec,
    NoTextSideError,
    cut_spans,
    make_audio_encoder,
    parse_spec,
)
from .choice import choose_audio_encoder, whisper_of
from .embedder import Embedder
from .text import TextEmbedder, TextEncoder
from .whisper import WhisperAudioEncoder

__all__ = [
    "AUDIO_ENCODERS",
    "DEFAULT_AUDIO_ENCODER",
    "AdaptedEncoder",
    "Adapter",
    "AdapterOptions",
    "AdapterReport",
    "AudioEncoder",
    "Embedder",
    "EncoderSpec",
    "NoTextSideError",
    "TextEmbedder",
    "TextEncoder",
    "WhisperAudioEncoder",
    "choose_audio_encoder",
    "cut_spans",
    "fit_on_folder",
    "make_audio_encoder",
    "parse_spec",
    "whisper_of",
]
