"""SpeechBrain ECAPA-TDNN x-vectors (192-d), behind the `speechbrain` extra; a hub id
(`speechbrain/spkrec-ecapa-voxceleb`, needs the hub the first time) or a local folder."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from .._util.lazy import Lazy
from .._util.vectors import l2_normalize
from ..audio import SAMPLE_RATE
from ..errors import MissingDependencyError
from .base import SPEAKER_ENCODERS

DEFAULT_ECAPA = "speechbrain/spkrec-ecapa-voxceleb"


class EcapaEncoder:
    """SpeechBrain ECAPA-TDNN x-vectors (192-d); a hub id or a local folder."""

    def __init__(self, source: str = DEFAULT_ECAPA, device: str = "cpu") -> None:
        self.source, self.device = source, device
        self.name = f"ecapa:{source}"
        self._model = Lazy(self._load, f"ECAPA speaker encoder {source}")

    @property
    def model(self):
        return self._model.get()

    def _load(self):
        try:
            from speechbrain.inference.speaker import EncoderClassifier
        except ImportError as e:
            raise MissingDependencyError(
                "the ecapa speaker encoder needs SpeechBrain: pip install 'audio-rag[speechbrain]'"
            ) from e
        return EncoderClassifier.from_hparams(source=self.source, run_opts={"device": self.device})

    @property
    def dim(self) -> int:
        return int(self.embed([np.zeros(SAMPLE_RATE, np.float32)]).shape[1])

    def embed(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        import torch

        if not len(waveforms):
            return np.zeros((0, 192), np.float32)
        longest = max(len(w) for w in waveforms)
        batch = np.stack([np.pad(w, (0, longest - len(w))) for w in waveforms])
        lens = torch.tensor([len(w) / longest for w in waveforms])
        with torch.inference_mode():
            out = self.model.encode_batch(torch.from_numpy(batch.astype(np.float32)), lens)
        return l2_normalize(out.reshape(len(waveforms), -1).cpu().numpy().astype(np.float32))


SPEAKER_ENCODERS.register(
    "ecapa", lambda source=None, device="cpu": EcapaEncoder(source or DEFAULT_ECAPA, device)
)
