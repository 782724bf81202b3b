"""The default audio encoder: the encoder of the already-loaded CTranslate2 Whisper model."""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

from .._util.vectors import l2_normalize
from ..asr import WINDOW_SECONDS, FasterWhisperTranscriber
from ..audio import SAMPLE_RATE
from ..audio.vad import fixed_windows
from .base import AUDIO_ENCODERS, EncoderBase, EncoderSpec
from .pooling import pool, pooled_dim


class WhisperAudioEncoder(EncoderBase):
    """Audio vectors from the encoder of the already-loaded Whisper model.

    Each span is encoded on its own, unpadded (the CTranslate2 encoder takes any length
    up to 30 s, and its cost falls with the length), the encoder's output for digital
    silence at the same positions is subtracted (it carries the positional signal that
    otherwise dominates a mean), and the frames are mean-pooled and L2-normalised.
    Encoding spans alone rather than reusing the transcription pass's 30 s windows is
    deliberate: a span's frames then do not depend on their neighbours, so a clip cut
    from a recording embeds like the unit it came from. `pooling`: mean (default), max
    or stats (see audio_rag.encoders.pooling).
    """

    sample_rate = SAMPLE_RATE

    def __init__(self, whisper: FasterWhisperTranscriber, pooling: str = "mean") -> None:
        self.whisper = whisper
        self.pooling = pooling
        self.name = EncoderSpec("whisper-encoder", whisper.name, pooling=pooling).name
        self._baseline: np.ndarray | None = None

    @property
    def dim(self) -> int:
        return pooled_dim(int(self.baseline.shape[1]), self.pooling)

    @property
    def baseline(self) -> np.ndarray:
        """Encoder frames (1500, d) of 30 s of digital silence."""
        if self._baseline is None:
            self._baseline = self._encode(np.zeros(WINDOW_SECONDS * SAMPLE_RATE, np.float32))
        return self._baseline

    def frames(self, audio: np.ndarray) -> np.ndarray:
        """Baseline-corrected encoder frames of `audio` (any length; 30 s windows)."""
        pieces = fixed_windows(0.0, len(audio) / SAMPLE_RATE, WINDOW_SECONDS)
        out = []
        for s, e in pieces or [(0.0, 0.0)]:
            fr = self._encode(
                audio[int(s * SAMPLE_RATE) : max(int(e * SAMPLE_RATE), int(s * SAMPLE_RATE) + 400)]
            )
            out.append(fr - self.baseline[: len(fr)])
        return np.concatenate(out)

    def frames_of(self, waveforms: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Baseline-corrected frames of each waveform (for pooling and adapters)."""
        self.baseline  # noqa: B018 - computed once, before the threads start
        workers = max(1, self.whisper.options.workers)
        with ThreadPoolExecutor(workers) as ex:  # CTranslate2 runs calls on its workers
            return list(ex.map(lambda w: self.frames(np.asarray(w, np.float32)), waveforms))

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        """One unit vector per 16 kHz mono waveform."""
        if not len(waveforms):
            return np.zeros((0, self.dim), np.float32)
        pooled = [pool(f, self.pooling) for f in self.frames_of(waveforms)]
        return l2_normalize(np.stack(pooled))

    def _encode(self, audio: np.ndarray) -> np.ndarray:
        from faster_whisper.transcribe import get_ctranslate2_storage

        model = self.whisper.model
        audio = np.pad(audio, (0, max(0, 400 - len(audio))))
        feats = model.feature_extractor(audio)[:, :-1][:, : WINDOW_SECONDS * 100]
        storage = get_ctranslate2_storage(np.ascontiguousarray(feats[None]))
        out = model.model.encode(storage, to_cpu=True)  # a GPU's output comes back to numpy
        return np.array(out, dtype=np.float32)[0]


def _whisper_encoder(spec: EncoderSpec, whisper=None, device: str = "cpu"):
    """Shares the run's loaded Whisper model when it is the one the spec names (and so
    its device); another runs on `device`."""
    if whisper is None or whisper.name != spec.source:
        whisper = FasterWhisperTranscriber(spec.source, device=device.partition(":")[0])
    return WhisperAudioEncoder(whisper, pooling=spec.pooling)


AUDIO_ENCODERS.register("whisper-encoder", _whisper_encoder)
