"""transformers audio encoders: Wav2Vec2 / HuBERT / WavLM, the Whisper encoder of a
transformers `WhisperModel`, and the Audio Spectrogram Transformer. Frames of each piece
are pooled into one unit vector (see `pooling`)."""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence

import numpy as np

from .._util.lazy import Lazy
from .._util.vectors import l2_normalize
from .._util.weights import quiet_weights
from ..audio import SAMPLE_RATE
from ..errors import AudioRAGError, MissingDependencyError
from .base import AUDIO_ENCODERS, EncoderBase, EncoderSpec, padded_waves, pieces_of
from .pooling import pool, pooled_dim

logger = logging.getLogger(__name__)


def load_model(what: str, loader, source: str):
    try:
        import transformers  # noqa: F401
    except ImportError as e:  # pragma: no cover - installed with sentence-transformers
        raise MissingDependencyError(f"the {what} encoder needs: pip install transformers") from e
    try:
        with quiet_weights():
            return loader(source)
    except OSError as e:
        raise AudioRAGError(
            f"cannot load {what} model {source!r}: {e}. Give a local folder, or a hub id "
            "on a machine with network access (models download once to the HF cache)."
        ) from e


class FrameEncoder(EncoderBase):
    """transformers backends that give frames (time, hidden) pooled into one vector."""

    kind = ""
    what = ""
    max_seconds = 30.0  # longer input is encoded in pieces of this length
    min_seconds = 0.1

    def __init__(self, spec: EncoderSpec, batch_size: int = 8, device: str = "cpu") -> None:
        self.spec, self.batch_size, self.device = spec, batch_size, device
        self.name, self.pooling = spec.name, spec.pooling
        self._model = self._extractor = None
        self._parts = Lazy(self._load_parts, f"{self.what or spec.kind} encoder {spec.source}")

    def _load_parts(self):
        model, extractor = load_model(self.what, self._load, self.spec.source)
        return model.eval().to(self.device), extractor

    def _ensure(self) -> None:
        self._model, self._extractor = self._parts.get()

    @property
    def dim(self) -> int:
        self._ensure()
        return pooled_dim(self._hidden_size(), self.pooling)

    def _hidden_size(self) -> int:
        return int(self._model.config.hidden_size)

    def frames_of(self, waveforms: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Frames (time, hidden) of each 16 kHz waveform; long ones in pieces, joined."""
        self._ensure()
        waves = padded_waves(waveforms, int(self.min_seconds * SAMPLE_RATE))
        pieces, owner = [], []
        for i, w in enumerate(waves):
            for c in pieces_of(w, self.max_seconds, self.min_seconds):
                pieces.append(c)
                owner.append(i)
        out: list[list[np.ndarray]] = [[] for _ in waves]
        for idx, fr in self._encode_sorted(pieces):
            out[owner[idx]].append(fr)
        return [np.concatenate(f) for f in out]

    def _encode_sorted(self, pieces: list[np.ndarray]):
        """Pieces in batches of similar length (little padding), original indices kept."""
        order = sorted(range(len(pieces)), key=lambda i: len(pieces[i]))
        step = self.batch_size if self._pads_safely() else 1
        for i in range(0, len(order), step):
            idx = order[i : i + step]
            yield from zip(idx, self._encode([pieces[j] for j in idx]))

    def _pads_safely(self) -> bool:
        return True

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        if not len(waveforms):
            return np.zeros((0, self.dim), np.float32)
        return l2_normalize(np.stack([pool(f, self.pooling) for f in self.frames_of(waveforms)]))

    def _hidden(self, outputs):
        """The chosen layer's hidden states from a forward pass."""
        if self.spec.layer is None:
            return outputs.last_hidden_state
        states = outputs.hidden_states
        if not -len(states) <= self.spec.layer < len(states):
            raise ValueError(
                f"{self.name}: layer {self.spec.layer} out of range (0..{len(states) - 1})"
            )
        return states[self.spec.layer]

    # backends fill these in
    def _load(self, source: str):  # -> (model, feature extractor)
        raise NotImplementedError

    def _encode(self, pieces: list[np.ndarray]) -> list[np.ndarray]:
        raise NotImplementedError


class SSLEncoder(FrameEncoder):
    """Wav2Vec2 / HuBERT / WavLM (any transformers AutoModel over raw 16 kHz audio).

    Waveforms of one batch are padded to the longest only, with an attention mask
    when the model was trained with one; models without (e.g. wav2vec2-base, whose
    group norm sees padding) encode each waveform alone, unpadded.
    """

    sample_rate = SAMPLE_RATE

    def __init__(self, spec: EncoderSpec, batch_size: int = 8, device: str = "cpu") -> None:
        super().__init__(spec, batch_size, device)
        self.what = spec.kind

    def _load(self, source: str):
        from transformers import AutoFeatureExtractor, AutoModel

        return AutoModel.from_pretrained(source), AutoFeatureExtractor.from_pretrained(source)

    def _pads_safely(self) -> bool:
        return bool(getattr(self._extractor, "return_attention_mask", False))

    def _encode(self, pieces: list[np.ndarray]) -> list[np.ndarray]:
        import torch

        inputs = self._extractor(
            pieces,
            sampling_rate=SAMPLE_RATE,
            return_tensors="pt",
            padding=True,
            return_attention_mask=self._pads_safely(),
        ).to(self.device)
        with torch.inference_mode():
            out = self._model(**inputs, output_hidden_states=self.spec.layer is not None)
        hidden = self._hidden(out).cpu().numpy()
        lengths = self._model._get_feat_extract_output_lengths(
            torch.tensor([len(p) for p in pieces])
        )
        return [hidden[i, : max(1, int(n))] for i, n in enumerate(lengths)]


class HFWhisperEncoder(FrameEncoder):
    """The encoder of a transformers `WhisperModel` (hub id or folder).

    The transformers encoder takes exactly 30 s of features, so each piece is padded
    to 30 s; only the frames over the piece itself are kept (one per 20 ms), minus the
    encoder's output for silence at the same positions (as the default encoder does).
    """

    what = "whisper"
    sample_rate = SAMPLE_RATE
    _baseline = None

    def _load(self, source: str):
        from transformers import WhisperFeatureExtractor, WhisperModel

        model = WhisperModel.from_pretrained(source).get_encoder()
        return model, WhisperFeatureExtractor.from_pretrained(source)

    def _hidden_size(self) -> int:
        return int(self._model.config.d_model)

    def _run(self, pieces: list[np.ndarray]) -> np.ndarray:
        import torch

        feats = self._extractor(pieces, sampling_rate=SAMPLE_RATE, return_tensors="pt")
        with torch.inference_mode():
            out = self._model(
                feats.input_features.to(self.device),
                output_hidden_states=self.spec.layer is not None,
            )
        return self._hidden(out).cpu().numpy()

    def _encode(self, pieces: list[np.ndarray]) -> list[np.ndarray]:
        if self._baseline is None:
            self._baseline = self._run([np.zeros(SAMPLE_RATE, np.float32)])[0]
        hidden = self._run(pieces)
        n_frames = [max(1, math.ceil(len(p) / (2 * 160))) for p in pieces]
        return [h[:n] - self._baseline[:n] for h, n in zip(hidden, n_frames)]


class ASTEncoder(FrameEncoder):
    """Audio Spectrogram Transformer: the patch tokens of each piece are the frames.
    The model takes a fixed number of spectrogram frames (`max_length`, 10.24 s for
    the AudioSet models): shorter pieces are padded to it, longer audio is cut."""

    what = "ast"
    sample_rate = SAMPLE_RATE

    def _load(self, source: str):
        from transformers import ASTFeatureExtractor, ASTModel

        return ASTModel.from_pretrained(source), ASTFeatureExtractor.from_pretrained(source)

    def _ensure(self) -> None:
        super()._ensure()
        self.max_seconds = self._extractor.max_length * 0.01  # 10 ms frame shift

    def _encode(self, pieces: list[np.ndarray]) -> list[np.ndarray]:
        import torch

        feats = self._extractor(pieces, sampling_rate=SAMPLE_RATE, return_tensors="pt")
        with torch.inference_mode():
            out = self._model(
                **feats.to(self.device), output_hidden_states=self.spec.layer is not None
            )
        return list(self._hidden(out)[:, 2:].cpu().numpy())  # drop the cls and distillation tokens


def _ssl(spec: EncoderSpec, whisper=None, device: str = "cpu") -> SSLEncoder:
    return SSLEncoder(spec, device=device)


for _kind in ("wav2vec2", "hubert", "wavlm"):
    AUDIO_ENCODERS.register(_kind, _ssl)
AUDIO_ENCODERS.register(
    "whisper", lambda spec, whisper=None, device="cpu": HFWhisperEncoder(spec, device=device)
)
AUDIO_ENCODERS.register(
    "ast", lambda spec, whisper=None, device="cpu": ASTEncoder(spec, device=device)
)
