"""pyannote.audio pipelines as the diarizer, for users who have the weights in a local
folder (`IngestOptions(diarizer="pyannote:FOLDER")`, `pip install pyannote.audio`; the
pipeline is never downloaded by audio_rag). The pipeline finds who spoke when; each of
its speakers' speech is then embedded by the index's speaker encoder, so voices are
linked across recordings, enrolled, listed and verified in one space whichever diarizer
made them."""

from __future__ import annotations

import logging

import numpy as np

from .._util.lazy import Lazy
from ..audio import SAMPLE_RATE
from ..errors import AudioRAGError, MissingDependencyError
from ..types import Span
from .diarize import DIARIZERS, Diarization, DiarizeOptions, Turn, voice_vector

logger = logging.getLogger(__name__)


class PyannoteDiarizer:
    """A pyannote.audio pipeline loaded from `folder`; `encoder` (the index's speaker
    encoder) makes each speaker's voice vector."""

    def __init__(self, encoder, options: DiarizeOptions | None = None, folder: str = "") -> None:
        if not folder:
            raise AudioRAGError("the pyannote diarizer needs a local folder: pyannote:FOLDER")
        self.encoder, self.options, self.folder = encoder, options or DiarizeOptions(), folder
        self._pipeline = Lazy(self._load, f"pyannote pipeline {folder}")

    def _load(self):
        try:
            from pyannote.audio import Pipeline
        except ImportError as e:
            raise MissingDependencyError(
                "the pyannote diarizer needs: pip install pyannote.audio"
            ) from e
        pipeline = Pipeline.from_pretrained(self.folder)
        if pipeline is None:
            raise AudioRAGError(f"{self.folder}: not a pyannote pipeline folder")
        return pipeline

    def __call__(self, audio: np.ndarray, regions: list[Span] | None = None) -> Diarization:
        import torch

        o = self.options
        bounds = {"num_speakers": o.num_speakers} if o.num_speakers else {}
        if not o.num_speakers:
            bounds = {"min_speakers": o.min_speakers, "max_speakers": o.max_speakers}
        waveform = {"waveform": torch.from_numpy(audio[None, :].copy()), "sample_rate": SAMPLE_RATE}
        out = self._pipeline.get()(waveform, **bounds)
        annotation = getattr(out, "speaker_diarization", out)  # pyannote.audio 4, else 3
        labels = list(annotation.labels())
        turns = sorted(
            (
                Turn(float(seg.start), float(seg.end), str(labels.index(label)))
                for seg, _, label in annotation.itertracks(yield_label=True)
            ),
            key=lambda t: t.start,
        )
        seconds: dict[str, float] = {}
        for t in turns:
            seconds[t.speaker] = seconds.get(t.speaker, 0.0) + t.end - t.start
        cents = {k: self._voice(audio, turns, k) for k in seconds}
        return Diarization(turns, cents, seconds)

    def _voice(self, audio: np.ndarray, turns: list[Turn], speaker: str) -> np.ndarray:
        """The voice vector of one speaker's speech (the index's speaker encoder)."""
        spans = [(t.start, t.end) for t in turns if t.speaker == speaker]
        parts = [audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)] for s, e in spans]
        return voice_vector(np.concatenate(parts), self.encoder, self.options)[0]


DIARIZERS.register("pyannote", PyannoteDiarizer)
