"""CLAP (`ClapModel`): audio and text projected into one space, so a text query finds
sounds."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from .._util.lazy import Lazy
from .._util.vectors import l2_normalize
from ..audio import SAMPLE_RATE
from .base import AUDIO_ENCODERS, EncoderBase, EncoderSpec, cut_spans, padded_waves, pieces_of
from .transformers import load_model


class ClapEncoder(EncoderBase):
    """CLAP (`ClapModel`): audio and text projected into one space, so a text query
    finds sounds. Audio is resampled to the model's rate (48 kHz); input longer than the
    model's window (10 s) is embedded in consecutive windows whose vectors are averaged
    (deterministic, unlike random truncation). Pooling is the model's own."""

    has_text = True

    def __init__(self, spec: EncoderSpec, batch_size: int = 8, device: str = "cpu") -> None:
        self.device = device
        if spec.layer is not None or spec.pooling != "mean":
            raise ValueError(f"{spec.name}: CLAP uses its own pooling and last layer")
        self.spec, self.name, self.batch_size = spec, spec.name, batch_size
        self._model = self._extractor = self._tokenizer = None
        self._parts = Lazy(self._load_parts, f"CLAP encoder {spec.source}")

    def _load_parts(self):
        model, extractor, tokenizer = load_model("clap", _load_clap, self.spec.source)
        return model.eval().to(self.device), extractor, tokenizer

    def _ensure(self) -> None:
        self._model, self._extractor, self._tokenizer = self._parts.get()

    @property
    def sample_rate(self) -> int:
        self._ensure()
        return int(self._extractor.sampling_rate)

    @property
    def dim(self) -> int:
        self._ensure()
        return int(self._model.config.projection_dim)

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        from scipy.signal import resample_poly

        if not len(waveforms):
            return np.zeros((0, self.dim), np.float32)
        self._ensure()
        rate = self.sample_rate
        g = math.gcd(rate, SAMPLE_RATE)
        window = float(self._extractor.max_length_s)
        pieces, owner = [], []
        for i, w in enumerate(padded_waves(waveforms, SAMPLE_RATE // 10)):
            up = resample_poly(w, rate // g, SAMPLE_RATE // g).astype(np.float32)
            for c in pieces_of(up, window, min(1.0, window / 2), rate):
                pieces.append(c)
                owner.append(i)
        vecs = np.concatenate(
            [
                self._audio_batch(pieces[i : i + self.batch_size])
                for i in range(0, len(pieces), self.batch_size)
            ]
        )
        sums = np.zeros((len(waveforms), vecs.shape[1]), np.float32)
        np.add.at(sums, np.asarray(owner), l2_normalize(vecs))
        return l2_normalize(sums)

    def _audio_batch(self, pieces: list[np.ndarray]) -> np.ndarray:
        import torch

        feats = self._extractor(
            pieces, sampling_rate=self.sample_rate, return_tensors="pt", truncation="rand_trunc"
        )
        with torch.inference_mode():
            out = self._model.get_audio_features(
                input_features=feats["input_features"].to(self.device)
            )
        return _tensor(out).cpu().numpy().astype(np.float32)

    def embed_text(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        if not len(texts):
            return np.zeros((0, self.dim), np.float32)
        self._ensure()
        tok = self._tokenizer(list(texts), padding=True, truncation=True, return_tensors="pt")
        with torch.inference_mode():
            out = self._model.get_text_features(
                input_ids=tok["input_ids"].to(self.device),
                attention_mask=tok["attention_mask"].to(self.device),
            )
        return l2_normalize(_tensor(out).cpu().numpy())

    def embed_spans(self, audio, spans, offset=0.0) -> np.ndarray:
        return self.embed_audio(cut_spans(audio, spans, offset))


def _tensor(out):
    """get_*_features return a tensor, or (newer transformers) an output whose pooled
    projection is `pooler_output`."""
    return out if hasattr(out, "numpy") else out.pooler_output


def _load_clap(source: str):
    from transformers import AutoTokenizer, ClapFeatureExtractor, ClapModel

    return (
        ClapModel.from_pretrained(source),
        ClapFeatureExtractor.from_pretrained(source),
        AutoTokenizer.from_pretrained(source),
    )


AUDIO_ENCODERS.register(
    "clap", lambda spec, whisper=None, device="cpu": ClapEncoder(spec, device=device)
)
