"""pyannote.audio pipelines as the diarizer, for users who have the weights in a local
folder (`IngestOptions(diarizer="pyannote:FOLDER")`, `pip install pyannote.audio`; the
pipeline is never downloaded by audio_rag). Its speaker embeddings (pyannote.audio 4:
`speaker_embeddings`) are the voices linked across recordings, in a space of their own
("pyannote:FOLDER"): such an index enrolls and verifies with the same pipeline's
embedding model only. The same-voice threshold was measured on GE2E vectors; check it
on your recordings (`DiarizeOptions.same_voice`)."""

from __future__ import annotations

import logging

import numpy as np

from .._util.lazy import Lazy
from .._util.vectors import l2_normalize
from ..audio import SAMPLE_RATE
from ..errors import AudioRAGError, MissingDependencyError
from ..types import Span
from .diarize import DIARIZERS, Diarization, DiarizeOptions, Turn

logger = logging.getLogger(__name__)


class PyannoteDiarizer:
    """A pyannote.audio pipeline loaded from `folder` (`encoder`, the index's speaker
    encoder, is not used). `embedding_name` names the space of its voice vectors."""

    def __init__(self, encoder, options: DiarizeOptions | None = None, folder: str = "") -> None:
        if not folder:
            raise AudioRAGError("the pyannote diarizer needs a local folder: pyannote:FOLDER")
        self.encoder, self.options, self.folder = encoder, options or DiarizeOptions(), folder
        self._pipeline = Lazy(self._load, f"pyannote pipeline {folder}")
        self.embedding_name = f"pyannote:{folder}"

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
        annotation = getattr(out, "speaker_diarization", out)
        labels = list(annotation.labels())
        turns = [
            Turn(float(seg.start), float(seg.end), str(labels.index(label)))
            for seg, _, label in annotation.itertracks(yield_label=True)
        ]
        vectors = getattr(out, "speaker_embeddings", None)
        if vectors is None and labels:
            raise AudioRAGError(
                f"{self.folder}: the pipeline gives no speaker embeddings (pyannote.audio 4 "
                "pipelines do); audio_rag links voices across recordings with them"
            )
        return _diarization(sorted(turns, key=lambda t: t.start), vectors)


def _diarization(turns: list[Turn], vectors) -> Diarization:
    seconds: dict[str, float] = {}
    for t in turns:
        seconds[t.speaker] = seconds.get(t.speaker, 0.0) + t.end - t.start
    rows = l2_normalize(np.asarray(vectors, np.float32)) if seconds else None
    return Diarization(turns, {k: rows[int(k)] for k in seconds}, seconds)


DIARIZERS.register("pyannote", PyannoteDiarizer)
