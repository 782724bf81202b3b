"""GE2E d-vectors (256-d), the default speaker encoder: the weights ship in the
`resemblyzer` package and audio_rag runs the network itself, with a numpy mel front end
and one batched LSTM call over every 1.6 s partial of every waveform (the package's own
path resamples and embeds one utterance at a time)."""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from .._util.lazy import Lazy
from .._util.vectors import l2_normalize
from ..audio import SAMPLE_RATE
from ..errors import AudioRAGError, MissingDependencyError
from .base import SPEAKER_ENCODERS

logger = logging.getLogger(__name__)

N_FFT, HOP, N_MELS = 400, 160, 40  # 25 ms windows, 10 ms steps, 40 mel bands (GE2E)
PARTIAL_FRAMES = 160  # 1.6 s per partial utterance
TARGET_DBFS = -30.0


# ---- pure front end -------------------------------------------------------------------
def hz_to_mel(f):
    """Slaney mel scale: linear below 1 kHz, logarithmic above."""
    f = np.asarray(f, dtype=np.float64)
    lin = f / (200.0 / 3)
    log = 15.0 + np.log(np.maximum(f, 1e-10) / 1000.0) / (np.log(6.4) / 27.0)
    return np.where(f >= 1000.0, log, lin)


def mel_to_hz(m):
    m = np.asarray(m, dtype=np.float64)
    lin = m * (200.0 / 3)
    log = 1000.0 * np.exp((np.log(6.4) / 27.0) * (m - 15.0))
    return np.where(m >= 15.0, log, lin)


@lru_cache(maxsize=4)
def mel_filterbank(sr: int = SAMPLE_RATE, n_fft: int = N_FFT, n_mels: int = N_MELS) -> np.ndarray:
    """(n_mels, n_fft//2+1) triangular filters, area-normalised (Slaney)."""
    freqs = np.linspace(0, sr / 2, n_fft // 2 + 1)
    edges = mel_to_hz(np.linspace(hz_to_mel(0.0), hz_to_mel(sr / 2), n_mels + 2))
    lower = (freqs[None, :] - edges[:-2, None]) / (edges[1:-1] - edges[:-2])[:, None]
    upper = (edges[2:, None] - freqs[None, :]) / (edges[2:] - edges[1:-1])[:, None]
    bank = np.maximum(0.0, np.minimum(lower, upper))
    return (bank * (2.0 / (edges[2:] - edges[:-2]))[:, None]).astype(np.float32)


def power_mel(audio: np.ndarray) -> np.ndarray:
    """(frames, 40) mel power spectrogram: centred frames, zero padding, Hann window."""
    padded = np.pad(audio.astype(np.float32), N_FFT // 2)
    n = 1 + (len(padded) - N_FFT) // HOP
    idx = np.arange(N_FFT)[None, :] + HOP * np.arange(n)[:, None]
    window = np.hanning(N_FFT + 1)[:-1].astype(np.float32)  # periodic Hann
    spec = np.abs(np.fft.rfft(padded[idx] * window, axis=1)) ** 2
    return spec.astype(np.float32) @ mel_filterbank().T


def raise_volume(audio: np.ndarray, target_dbfs: float = TARGET_DBFS) -> np.ndarray:
    """Scale quiet audio up to `target_dbfs` RMS (never down), as GE2E was trained."""
    rms = float(np.sqrt(np.mean(audio.astype(np.float64) ** 2))) if len(audio) else 0.0
    if rms <= 1e-8:
        return audio
    gain = 10 ** ((target_dbfs - 20 * np.log10(rms)) / 20)
    return audio * gain if gain > 1 else audio


def partial_starts(n_frames: int, step: int = 77, size: int = PARTIAL_FRAMES) -> list[int]:
    """Start frames of `size`-frame partials every `step` frames covering n_frames; the
    last partial is kept if at least 75% of it lies on audio."""
    starts = list(range(0, max(1, n_frames - size + step), step))
    while len(starts) > 1 and n_frames - starts[-1] < 0.75 * size:
        starts.pop()
    return starts


# ---- backends ---------------------------------------------------------------------------
class ResemblyzerEncoder:
    """GE2E d-vectors (256-d) from the weights bundled in the `resemblyzer` package."""

    name, dim = "resemblyzer-ge2e", 256

    def __init__(
        self, weights: str | Path | None = None, batch_size: int = 256, device: str = "cpu"
    ) -> None:
        self.weights = Path(weights) if weights else _resemblyzer_weights()
        self.batch_size, self.device = batch_size, device
        self._net = Lazy(lambda: _load_ge2e(self.weights).to(device), "GE2E speaker encoder")

    @property
    def net(self):
        return self._net.get()

    def embed(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        """One vector per waveform: the normalised mean of its 1.6 s partials' vectors."""
        if not len(waveforms):
            return np.zeros((0, self.dim), np.float32)
        partials, owner = [], []
        for i, wav in enumerate(waveforms):
            mel = power_mel(raise_volume(np.asarray(wav, np.float32)))
            starts = partial_starts(len(mel))
            mel = np.pad(mel, ((0, max(0, starts[-1] + PARTIAL_FRAMES - len(mel))), (0, 0)))
            for s in starts:
                partials.append(mel[s : s + PARTIAL_FRAMES])
                owner.append(i)
        vecs = self._run(np.stack(partials))
        sums = np.zeros((len(waveforms), self.dim), np.float32)
        np.add.at(sums, np.asarray(owner), vecs)
        return l2_normalize(sums)

    def _run(self, mels: np.ndarray) -> np.ndarray:
        import torch

        out = []
        with torch.inference_mode():
            for i in range(0, len(mels), self.batch_size):
                batch = torch.from_numpy(mels[i : i + self.batch_size]).to(self.device)
                out.append(self.net(batch).cpu().numpy())
        return np.concatenate(out)


def _resemblyzer_weights() -> Path:
    spec = importlib.util.find_spec("resemblyzer")  # locate without importing (librosa)
    if spec is None or not spec.submodule_search_locations:
        raise MissingDependencyError("the default speaker encoder needs: pip install resemblyzer")
    path = Path(spec.submodule_search_locations[0]) / "pretrained.pt"
    if not path.is_file():
        raise AudioRAGError(f"{path}: resemblyzer's bundled weights are missing")
    return path


def _load_ge2e(path: Path):
    import torch
    from torch import nn

    class GE2E(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.lstm = nn.LSTM(N_MELS, 256, 3, batch_first=True)
            self.linear = nn.Linear(256, 256)

        def forward(self, mels):
            _, (hidden, _) = self.lstm(mels)
            raw = torch.relu(self.linear(hidden[-1]))
            return raw / raw.norm(dim=1, keepdim=True).clamp_min(1e-8)

    state = torch.load(path, map_location="cpu", weights_only=True)["model_state"]
    net = GE2E()
    net.load_state_dict({k: v for k, v in state.items() if not k.startswith("similarity")})
    logger.info("loaded the GE2E speaker encoder from %s", path)
    return net.eval()


SPEAKER_ENCODERS.register(
    "resemblyzer", lambda source=None, device="cpu": ResemblyzerEncoder(source, device=device)
)
