"""The models of one index, each chosen once and loaded on first use: a name (size, hub
id, local folder or registry name), a ready object, or None for "what the index was
built with, else the bundled default" (pyannote's get_model habit)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .._util.device import Device
from .._util.lazy import Lazy
from .._util.resolve import DEFAULT_TEXT_MODEL, DEFAULT_WHISPER
from ..asr import (
    TRANSCRIBERS,
    FasterWhisperTranscriber,
    TranscribeOptions,
    Transcriber,
)
from ..encoders import AudioEncoder, TextEmbedder, TextEncoder, choose_audio_encoder, whisper_of
from ..speakers import DEFAULT_SPEAKER_ENCODER, SpeakerEncoder, make_speaker_encoder
from ..speakers.base import registry_name
from ..store import Index, IndexModels


class Models:
    """whisper / text_model / audio_encoder / speaker_encoder: see `AudioRAG`."""

    def __init__(
        self,
        index: Index,
        whisper: str | Transcriber | None = None,
        text_model: str | TextEncoder | None = None,
        audio_encoder: str | AudioEncoder | None = None,
        speaker_encoder: str | SpeakerEncoder | None = None,
        transcribe: TranscribeOptions | None = None,
        adapter_path: Path | None = None,
        device: Device | None = None,
    ) -> None:
        self.index, self.adapter_path = index, adapter_path
        self.device = device or Device()
        self._torch_device = Lazy(self.device.torch)
        self._spec = dict(whisper=whisper, text=text_model, speaker=speaker_encoder)
        self._transcribe = transcribe
        recorded = index.models()
        named = whisper if isinstance(whisper, str) else None
        self._transcriber = None if whisper is None or named else Lazy(lambda: whisper)
        backend, sep, model = (named or "").partition(":")
        if sep and backend in TRANSCRIBERS and backend != "faster-whisper":  # "openai-whisper:base"
            named = model
            self._transcriber = Lazy(
                lambda: TRANSCRIBERS.make(
                    backend, model, options=transcribe, device=self.torch_device
                )
            )
        self.whisper_name = (
            named or whisper_of(recorded.audio_model if recorded else None) or DEFAULT_WHISPER
        )
        self._whisper_given = named is not None
        self._whisper = Lazy(lambda: self._make_whisper(transcribe))
        text = text_model or (recorded.text_model if recorded else DEFAULT_TEXT_MODEL)
        self._text = Lazy(
            lambda: TextEmbedder(text, device=self.torch_device) if isinstance(text, str) else text
        )
        self.audio_spec = audio_encoder
        self._audio = Lazy(self._choose_audio_encoder)
        self._speaker = Lazy(lambda: self._choose_speaker_encoder(speaker_encoder))

    @property
    def torch_device(self) -> str:
        """Where the torch models run ("cpu", "cuda"): decided once, on first use."""
        return self._torch_device.get()

    def _make_whisper(self, transcribe: TranscribeOptions | None) -> FasterWhisperTranscriber:
        device, compute_type, index = self.device.whisper()
        return FasterWhisperTranscriber(
            self.whisper_name, device=device, compute_type=compute_type, options=transcribe,
            device_index=index,
        )  # fmt: skip

    @property
    def whisper(self) -> FasterWhisperTranscriber:
        """The faster-whisper model (its encoder is the default audio encoder)."""
        return self._whisper.get()

    @property
    def transcriber(self) -> Transcriber:
        """The speech recogniser: a given object, a registry backend named "BACKEND:MODEL",
        else faster-whisper."""
        return self._transcriber.get() if self._transcriber is not None else self.whisper

    @property
    def text_embedder(self) -> TextEncoder:
        return self._text.get()

    @property
    def audio_encoder(self) -> AudioEncoder:
        return self._audio.get()

    def use_audio_encoder(self, encoder: str | AudioEncoder) -> AudioEncoder:
        """Switch to another audio encoder (re-embedding, a trained adapter)."""
        self.audio_spec = encoder
        self._audio = Lazy(self._choose_audio_encoder)
        return self.audio_encoder

    @property
    def speaker_encoder(self) -> SpeakerEncoder:
        return self._speaker.get()

    def speaker_encoder_name(self) -> str:
        """The speaker encoder's name without loading it when the index recorded one."""
        if not self._speaker.loaded and self.index.speaker_encoder_name():
            return self.index.speaker_encoder_name()
        return self.speaker_encoder.name

    def index_models(self) -> IndexModels:
        t, a = self.text_embedder, self.audio_encoder
        return IndexModels(t.name, t.dim, a.name, a.dim)

    def portable(self) -> ModelRecipe:
        """How to build these models in another process (a Ray actor): the names this
        run resolved (or the objects it was given, pickled)."""
        s = self._spec
        given = self.audio_spec is not None and not isinstance(self.audio_spec, str)
        audio = self.audio_spec if given else self.audio_encoder.name
        return ModelRecipe(
            s["whisper"] or self.whisper_name, s["text"] or self.text_embedder.name, audio,
            s["speaker"] or registry_name(self.speaker_encoder_name()), self._transcribe,
            self.adapter_path, self.device, self.index.name,
        )  # fmt: skip

    def _choose_audio_encoder(self) -> AudioEncoder:
        if self.audio_spec is not None and not isinstance(self.audio_spec, str):
            return self.audio_spec
        recorded = self.index.models()
        return choose_audio_encoder(
            self.audio_spec,
            recorded.audio_model if recorded else None,
            self.adapter_path,
            self.whisper_name,
            self._whisper_given,
            lambda: self.whisper,
            self.index.name,
            self.torch_device,
        )

    def _choose_speaker_encoder(self, given: str | SpeakerEncoder | None) -> SpeakerEncoder:
        if given is not None and not isinstance(given, str):
            return given
        recorded = self.index.speaker_encoder_name()
        name = given or (registry_name(recorded) if recorded else DEFAULT_SPEAKER_ENCODER)
        return make_speaker_encoder(name, device=self.torch_device)


@dataclass
class ModelRecipe:
    """Picklable: `Models.portable()`; calling it builds the models (lazily, as ever)."""

    whisper: object
    text_model: object
    audio_encoder: object
    speaker_encoder: object
    transcribe: TranscribeOptions | None
    adapter_path: Path | None
    device: Device
    collection: str

    def __call__(self) -> Models:
        return Models(
            _Unrecorded(self.collection), self.whisper, self.text_model, self.audio_encoder,
            self.speaker_encoder, self.transcribe, self.adapter_path, self.device,
        )  # fmt: skip


class _Unrecorded:
    """An index seen from a worker: its models are the ones named, nothing recorded."""

    def __init__(self, name: str) -> None:
        self.name = name

    def models(self) -> None:
        return None

    def speaker_encoder_name(self) -> None:
        return None
