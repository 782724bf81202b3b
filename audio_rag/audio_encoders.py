"""Audio encoders: the interface, the registry, and the transformers backends.

Interface (`AudioEncoder`, what the pipeline, the store and search rely on):
  name         recorded in the index; rebuilding an encoder from it gives the same vectors
  dim          length of the vectors
  sample_rate  the rate the model itself runs at; `embed_audio` always takes 16 kHz mono
               float32 (what `audio_rag.load_audio` gives) and resamples when needed
  has_text     True for joint audio-text models (CLAP): `embed_text` puts text queries
               in the same space as the audio vectors
  embed_audio(waveforms) -> (n, dim) float32, unit rows
  embed_text(texts) -> (n, dim) float32, unit rows (raises `NoTextSideError` otherwise)

Backends, by the part of a spec before the colon (`AUDIO_ENCODERS`):
  whisper-encoder:SIZE|FOLDER  CTranslate2 Whisper encoder (default, bundled tiny.en)
  whisper:HUB_ID|FOLDER        transformers `WhisperModel` encoder (e.g. openai/whisper-base)
  wav2vec2 / hubert / wavlm:HUB_ID|FOLDER   self-supervised speech models; pick a layer
  clap:HUB_ID|FOLDER           `ClapModel` (laion/clap-htsat-unfused): audio and text
  ast:HUB_ID|FOLDER            Audio Spectrogram Transformer
Options follow as `;key=value`: `layer=N` (hidden layer, 0 = the input embeddings;
default the last) and `pooling=mean|max|stats` (see audio_rag.pooling). Example:
"wav2vec2:facebook/wav2vec2-base;layer=6;pooling=stats".
"""

from __future__ import annotations

import logging
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from .audio import SAMPLE_RATE
from .errors import AudioRAGError, MissingDependencyError, UnknownNameError
from .loading import quiet_weights
from .pooling import check_pooling, l2_normalize, pool, pooled_dim
from .segment import Span

logger = logging.getLogger(__name__)

DEFAULT_AUDIO_ENCODER = "whisper-encoder:tiny.en"


class NoTextSideError(AudioRAGError):
    """Text was given to an audio encoder that has no text side."""


@runtime_checkable
class AudioEncoder(Protocol):
    name: str
    dim: int
    sample_rate: int
    has_text: bool

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray: ...

    def embed_text(self, texts: Sequence[str]) -> np.ndarray: ...


# ---- specs ------------------------------------------------------------------------------
@dataclass(frozen=True)
class EncoderSpec:
    """A parsed encoder name: backend kind, model source, options."""

    kind: str
    source: str
    layer: int | None = None
    pooling: str = "mean"
    extra: dict = field(default_factory=dict)

    @property
    def name(self) -> str:
        opts = ([f"layer={self.layer}"] if self.layer is not None else []) + (
            [f"pooling={self.pooling}"] if self.pooling != "mean" else []
        )
        return ";".join([f"{self.kind}:{self.source}", *opts])


def parse_spec(spec: str, **options) -> EncoderSpec:
    """ "kind[:source][;layer=N][;pooling=P]" (keyword options override the string's)."""
    head, *opts = str(spec).split(";")
    kind, _, source = head.partition(":")
    if kind not in AUDIO_ENCODERS:
        raise UnknownNameError("audio encoder", kind, list(AUDIO_ENCODERS))
    values: dict = {}
    for opt in opts:
        key, eq, value = opt.partition("=")
        if not eq or key not in ("layer", "pooling"):
            raise ValueError(
                f"bad audio encoder option {opt!r} in {spec!r}: use layer=N, pooling=P"
            )
        values[key] = int(value) if key == "layer" else value
    values.update({k: v for k, v in options.items() if v is not None})
    source = source or DEFAULT_SOURCES[kind]
    from .models import resolve

    source = resolve("whisper" if kind == "whisper-encoder" else "audio", source).name
    return EncoderSpec(
        kind, source, values.get("layer"), check_pooling(values.get("pooling", "mean"))
    )


def make_audio_encoder(
    spec: str = DEFAULT_AUDIO_ENCODER, *, whisper=None, **options
) -> AudioEncoder:
    """An encoder from its spec or recorded name. `whisper`: a loaded
    FasterWhisperTranscriber to share with "whisper-encoder" (else one is made)."""
    parsed = parse_spec(spec, **options)
    if parsed.kind == "whisper-encoder":
        from .encoders import WhisperAudioEncoder
        from .transcribe import FasterWhisperTranscriber

        if whisper is None or whisper.name != parsed.source:
            whisper = FasterWhisperTranscriber(parsed.source)
        return WhisperAudioEncoder(whisper, pooling=parsed.pooling)
    return AUDIO_ENCODERS[parsed.kind](parsed)


# ---- shared behaviour -----------------------------------------------------------------
def cut_spans(audio: np.ndarray, spans: Sequence[Span], offset: float = 0.0) -> list[np.ndarray]:
    """The samples of each (start, end) span of `audio`, which starts at `offset` s."""
    return [
        audio[max(0, int((s - offset) * SAMPLE_RATE)) : int((e - offset) * SAMPLE_RATE)]
        for s, e in spans
    ]


class EncoderBase:
    """embed_spans and the text-side refusal, shared by every backend."""

    name: str
    has_text = False

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        raise NotImplementedError

    def embed_spans(
        self, audio: np.ndarray, spans: Sequence[Span], offset: float = 0.0
    ) -> np.ndarray:
        """One unit vector per (start, end) span of `audio`, which starts at `offset` s."""
        return self.embed_audio(cut_spans(audio, spans, offset))

    def embed_text(self, texts: Sequence[str]) -> np.ndarray:
        raise NoTextSideError(
            f"audio encoder {self.name!r} has no text side; text-to-audio search needs a "
            "joint audio-text model such as 'clap:laion/clap-htsat-unfused'"
        )


def pieces_of(
    wave: np.ndarray, seconds: float, min_seconds: float, rate: int = SAMPLE_RATE
) -> list[np.ndarray]:
    """`wave` cut into consecutive pieces of at most `seconds`; a last piece shorter than
    `min_seconds` is dropped unless it is the only one."""
    step, least = int(seconds * rate), int(min_seconds * rate)
    out = [wave[i : i + step] for i in range(0, max(len(wave), 1), step)]
    return [c for j, c in enumerate(out) if j == 0 or len(c) >= least]


def _check_waves(waveforms: Sequence[np.ndarray], min_samples: int) -> list[np.ndarray]:
    out = []
    for w in waveforms:
        w = np.asarray(w, dtype=np.float32).reshape(-1)
        out.append(np.pad(w, (0, max(0, min_samples - len(w)))))
    return out


def _load(what: str, loader, source: str):
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

    def __init__(self, spec: EncoderSpec, batch_size: int = 8) -> None:
        self.spec, self.batch_size = spec, batch_size
        self.name, self.pooling = spec.name, spec.pooling
        self._model = self._extractor = None

    def _ensure(self) -> None:
        if self._model is None:
            self._model, self._extractor = _load(self.what, self._load, self.spec.source)
            self._model.eval()
            logger.info("loaded %s encoder from %s", self.what, self.spec.source)

    @property
    def dim(self) -> int:
        self._ensure()
        return pooled_dim(self._hidden_size(), self.pooling)

    def _hidden_size(self) -> int:
        return int(self._model.config.hidden_size)

    def frames_of(self, waveforms: Sequence[np.ndarray]) -> list[np.ndarray]:
        """Frames (time, hidden) of each 16 kHz waveform; long ones in pieces, joined."""
        self._ensure()
        waves = _check_waves(waveforms, int(self.min_seconds * SAMPLE_RATE))
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

    def __init__(self, spec: EncoderSpec, batch_size: int = 8) -> None:
        super().__init__(spec, batch_size)
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
        )
        with torch.inference_mode():
            out = self._model(**inputs, output_hidden_states=self.spec.layer is not None)
        hidden = self._hidden(out).numpy()
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
                feats.input_features, output_hidden_states=self.spec.layer is not None
            )
        return self._hidden(out).numpy()

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
            out = self._model(**feats, output_hidden_states=self.spec.layer is not None)
        return list(self._hidden(out)[:, 2:].numpy())  # drop the cls and distillation tokens


class ClapEncoder(EncoderBase):
    """CLAP (`ClapModel`): audio and text projected into one space, so a text query
    finds sounds. Audio is resampled to the model's rate (48 kHz); input longer than the
    model's window (10 s) is embedded in consecutive windows whose vectors are averaged
    (deterministic, unlike random truncation). Pooling is the model's own."""

    has_text = True

    def __init__(self, spec: EncoderSpec, batch_size: int = 8) -> None:
        if spec.layer is not None or spec.pooling != "mean":
            raise ValueError(f"{spec.name}: CLAP uses its own pooling and last layer")
        self.spec, self.name, self.batch_size = spec, spec.name, batch_size
        self._model = self._extractor = self._tokenizer = None

    def _ensure(self) -> None:
        if self._model is None:
            self._model, self._extractor, self._tokenizer = _load(
                "clap", _load_clap, self.spec.source
            )
            self._model.eval()

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
        for i, w in enumerate(_check_waves(waveforms, SAMPLE_RATE // 10)):
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
            out = self._model.get_audio_features(input_features=feats["input_features"])
        return _tensor(out).numpy().astype(np.float32)

    def embed_text(self, texts: Sequence[str]) -> np.ndarray:
        import torch

        if not len(texts):
            return np.zeros((0, self.dim), np.float32)
        self._ensure()
        tok = self._tokenizer(list(texts), padding=True, truncation=True, return_tensors="pt")
        with torch.inference_mode():
            out = self._model.get_text_features(
                input_ids=tok["input_ids"], attention_mask=tok["attention_mask"]
            )
        return l2_normalize(_tensor(out).numpy())

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


def _ssl(spec: EncoderSpec) -> SSLEncoder:
    return SSLEncoder(spec)


AUDIO_ENCODERS = {
    "whisper-encoder": None,  # built by make_audio_encoder: shares the transcriber's model
    "whisper": HFWhisperEncoder,
    "wav2vec2": _ssl,
    "hubert": _ssl,
    "wavlm": _ssl,
    "clap": ClapEncoder,
    "ast": ASTEncoder,
}
DEFAULT_SOURCES = {
    "whisper-encoder": "tiny.en",
    "whisper": "openai/whisper-base",
    "wav2vec2": "facebook/wav2vec2-base",
    "hubert": "facebook/hubert-base-ls960",
    "wavlm": "microsoft/wavlm-base-plus",
    "clap": "laion/clap-htsat-unfused",
    "ast": "MIT/ast-finetuned-audioset-10-10-0.4593",
}
