"""The openai-whisper backend (PyTorch), behind the `openai-whisper` extra."""

from __future__ import annotations

import numpy as np

from .._util.lazy import Lazy
from .._util.resolve import DEFAULT_WHISPER
from ..audio import SAMPLE_RATE
from ..audio.vad import fixed_windows
from ..errors import MissingDependencyError
from .base import TRANSCRIBERS, Segment, TranscribeOptions, Transcript, Word


class OpenAIWhisperTranscriber:
    """openai-whisper (PyTorch), behind the `openai-whisper` extra.

    `model` is a size ("tiny.en") or a path to a checkpoint file (`.pt`).
    """

    def __init__(
        self,
        model: str = DEFAULT_WHISPER,
        *,
        device: str = "cpu",
        options: TranscribeOptions | None = None,
    ) -> None:
        self.name = f"openai-whisper:{model}"
        self.options = options or TranscribeOptions()
        self._spec, self._device = model, device
        self._model = Lazy(self._load, f"openai-whisper {model}")

    @property
    def model(self):
        return self._model.get()

    def _load(self):
        try:
            import whisper
        except ImportError as e:
            raise MissingDependencyError(
                "the openai-whisper backend needs: pip install 'audio-rag[openai-whisper]'"
            ) from e
        return whisper.load_model(self._spec, device=self._device)

    def transcribe(self, audio: np.ndarray) -> Transcript:
        opts = self.options
        result = self.model.transcribe(
            audio,
            language=opts.language,
            beam_size=opts.beam_size if opts.beam_size > 1 else None,
            word_timestamps=opts.word_timestamps,
            temperature=opts.temperatures,
            fp16=False,
            verbose=None,
        )
        segments = [
            Segment(
                float(s["start"]),
                float(s["end"]),
                s["text"].strip(),
                tuple(
                    Word(float(w["start"]), float(w["end"]), w["word"], float(w["probability"]))
                    for w in s.get("words", [])
                ),
            )
            for s in result["segments"]
        ]
        duration = len(audio) / SAMPLE_RATE
        return Transcript(segments, result.get("language", "en"), fixed_windows(0, duration, 30))


TRANSCRIBERS.register("openai-whisper", OpenAIWhisperTranscriber)
