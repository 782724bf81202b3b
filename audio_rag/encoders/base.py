"""Audio encoders: the interface, the registry, and the transformers backends.

Interface (`AudioEncoder`, what the pipeline, the store and search rely on):
  name         recorded in the index; rebuilding an encoder from it gives the same vectors
  dim          length of the vectors
  sample_rate  the rate the model itself runs at; `embed_audio` always takes 16 kHz mono
               float32 (what `audio_rag.load_audio` gives) and resamples when needed
  has_text     True for joint audio-text models (CLAP): `embed_text` puts text queries
               in the same space as the audio vectors
  embed_audio(waveforms) -> (n, dim) float32, unit rows
  embed_text(texts) -> (n, dim) float32, unit rows (raises `NoTextSideError` otherwise)

Backends, by the part of a spec before the colon (`AUDIO_ENCODERS`):
  whisper-encoder:SIZE|FOLDER  CTranslate2 Whisper encoder (default, bundled tiny.en)
  whisper:HUB_ID|FOLDER        transformers `WhisperModel` encoder (e.g. openai/whisper-base)
  wav2vec2 / hubert / wavlm:HUB_ID|FOLDER   self-supervised speech models; pick a layer
  clap:HUB_ID|FOLDER           `ClapModel` (laion/clap-htsat-unfused): audio and text
  ast:HUB_ID|FOLDER            Audio Spectrogram Transformer
Options follow as `;key=value`: `layer=N` (hidden layer, 0 = the input embeddings;
default the last) and `pooling=mean|max|stats` (see audio_rag.encoders.pooling). Example:
"wav2vec2:facebook/wav2vec2-base;layer=6;pooling=stats".
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from .._util.registry import Registry
from .._util.resolve import resolve
from ..audio import SAMPLE_RATE
from ..errors import AudioRAGError
from ..types import Span
from .pooling import check_pooling

logger = logging.getLogger(__name__)

DEFAULT_AUDIO_ENCODER = "whisper-encoder:tiny.en"


class NoTextSideError(AudioRAGError):
    """Text was given to an audio encoder that has no text side."""


@runtime_checkable
@runtime_checkable
class AudioEncoder(Protocol):
    name: str
    dim: int
    sample_rate: int
    has_text: bool

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray: ...

    def embed_text(self, texts: Sequence[str]) -> np.ndarray: ...


# ---- specs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class EncoderSpec:
    """A parsed encoder name: backend kind, model source, options."""

    kind: str
    source: str
    layer: int | None = None
    pooling: str = "mean"
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        opts = ([f"layer={self.layer}"] if self.layer is not None else []) + (
            [f"pooling={self.pooling}"] if self.pooling != "mean" else []
        )
        return ";".join([f"{self.kind}:{self.source}", *opts])


def parse_spec(spec: str, **options) -> EncoderSpec:
    """ "kind[:source][;layer=N][;pooling=P]" (keyword options override the string's)."""
    head, *opts = str(spec).split(";")
    kind, _, source = head.partition(":")
    AUDIO_ENCODERS.get(kind)  # an unknown kind lists the valid ones
    values: dict = {}
    for opt in opts:
        key, eq, value = opt.partition("=")
        if not eq or key not in ("layer", "pooling"):
            raise ValueError(
                f"bad audio encoder option {opt!r} in {spec!r}: use layer=N, pooling=P"
            )
        values[key] = int(value) if key == "layer" else value
    values.update({k: v for k, v in options.items() if v is not None})
    source = source or DEFAULT_SOURCES.get(kind)
    if not source:
        raise ValueError(f"audio encoder {kind!r} needs a model: write {kind}:HUB_ID_OR_FOLDER")
    source = resolve("whisper" if kind == "whisper-encoder" else "audio", source).name
    return EncoderSpec(
        kind, source, values.get("layer"), check_pooling(values.get("pooling", "mean"))
    )


def make_audio_encoder(
    spec: str = DEFAULT_AUDIO_ENCODER, *, whisper=None, device: str = "cpu", **options
) -> AudioEncoder:
    """An encoder from its spec or recorded name, run on the torch `device`. `whisper`: a
    loaded FasterWhisperTranscriber to share with "whisper-encoder" (else one is made)."""
    parsed = parse_spec(spec, **options)
    return AUDIO_ENCODERS.make(parsed.kind, parsed, whisper=whisper, device=device)


# ---- shared behaviour -----------------------------------------------------------------
def cut_spans(audio: np.ndarray, spans: Sequence[Span], offset: float = 0.0) -> list[np.ndarray]:
    """The samples of each (start, end) span of `audio`, which starts at `offset` s."""
    return [
        audio[max(0, int((s - offset) * SAMPLE_RATE)) : int((e - offset) * SAMPLE_RATE)]
        for s, e in spans
    ]


class EncoderBase:
    """embed_spans and the text-side refusal, shared by every backend."""

    name: str
    has_text = False

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        raise NotImplementedError

    def embed_spans(
        self, audio: np.ndarray, spans: Sequence[Span], offset: float = 0.0
    ) -> np.ndarray:
        """One unit vector per (start, end) span of `audio`, which starts at `offset` s."""
        return self.embed_audio(cut_spans(audio, spans, offset))

    def embed_text(self, texts: Sequence[str]) -> np.ndarray:
        raise NoTextSideError(
            f"audio encoder {self.name!r} has no text side; text-to-audio search needs a "
            "joint audio-text model such as 'clap:laion/clap-htsat-unfused'"
        )


def pieces_of(
    wave: np.ndarray, seconds: float, min_seconds: float, rate: int = SAMPLE_RATE
) -> list[np.ndarray]:
    """`wave` cut into consecutive pieces of at most `seconds`; a last piece shorter than
    `min_seconds` is dropped unless it is the only one."""
    step, least = int(seconds * rate), int(min_seconds * rate)
    out = [wave[i : i + step] for i in range(0, max(len(wave), 1), step)]
    return [c for j, c in enumerate(out) if j == 0 or len(c) >= least]


def padded_waves(waveforms: Sequence[np.ndarray], min_samples: int) -> list[np.ndarray]:
    out = []
    for w in waveforms:
        w = np.asarray(w, dtype=np.float32).reshape(-1)
        out.append(np.pad(w, (0, max(0, min_samples - len(w)))))
    return out


AUDIO_ENCODERS: Registry[Callable[..., AudioEncoder]] = Registry("audio encoder")
"""Backends by the kind before the colon of a spec: factory(EncoderSpec, whisper=...)."""
DEFAULT_SOURCES = {
    "whisper-encoder": "tiny.en",
    "whisper": "openai/whisper-base",
    "wav2vec2": "facebook/wav2vec2-base",
    "hubert": "facebook/hubert-base-ls960",
    "wavlm": "microsoft/wavlm-base-plus",
    "clap": "laion/clap-htsat-unfused",
    "ast": "MIT/ast-finetuned-audioset-10-10-0.4593",
}
