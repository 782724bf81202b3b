"""Transcript text embeddings: float32 rows of unit length, so a dot product is cosine
similarity. "all-MiniLM-L6-v2" loads the bundled copy.

A sentence-transformers folder that is a plain BERT with mean pooling (the bundled MiniLM
is one) runs on the CPU with numpy (`encoders.bert`: no torch import, the same vectors);
any other model, or another device, runs in sentence-transformers."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .._util.lazy import Lazy
from .._util.resolve import DEFAULT_TEXT_MODEL, resolve
from .._util.weights import quiet_weights
from ..errors import MissingDependencyError

logger = logging.getLogger(__name__)


class TextEncoder(Protocol):
    """What ingest and search need from a text model."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class TextEmbedder:
    """Sentence-transformers text embeddings; "all-MiniLM-L6-v2" loads the bundled copy."""

    def __init__(
        self, model: str = DEFAULT_TEXT_MODEL, *, device: str = "cpu", batch_size: int = 64
    ) -> None:
        self.resolved = resolve("text", model)
        self.name = self.resolved.name
        self._device, self._batch = device, batch_size
        self._model = Lazy(self._load, f"text model {self.name}")

    @property
    def model(self):
        return self._model.get()

    def _load(self):
        if self._device == "cpu" and _mean_pooled_bert(self.resolved.location):
            from .bert import Bert

            logger.info("loading text model %s from %s (numpy)", self.name, self.resolved.location)
            return _NumpyEmbedder(Bert(self.resolved.location, _max_tokens(self.resolved.location)))
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # pragma: no cover - core dependency
            raise MissingDependencyError("pip install sentence-transformers") from e
        logger.info("loading text model %s from %s", self.name, self.resolved.location)
        with quiet_weights():
            return SentenceTransformer(self.resolved.location, device=self._device)

    @property
    def dim(self) -> int:
        """Vector size, read from the model folder when it says (so an ingest of sounds
        alone never loads the text model), else from the loaded model."""
        if not self._model.loaded:
            known = _folder_dim(self.resolved.location)
            if known:
                return known
        model = self.model
        get = (
            getattr(model, "get_embedding_dimension", None)
            or model.get_sentence_embedding_dimension
        )
        return int(get())

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), np.float32)
        vecs = self.model.encode(
            list(texts), batch_size=self._batch, normalize_embeddings=True, convert_to_numpy=True
        )
        return np.asarray(vecs, dtype=np.float32)


def _folder_dim(location: str) -> int | None:
    """A sentence-transformers folder's vector size when only pooling (and normalising)
    follow the transformer (a dense layer would change it); None when unknown."""
    layout = _layout(location)
    try:
        return int(layout[1]["word_embedding_dimension"]) if layout else None
    except (KeyError, TypeError, ValueError):
        return None


def _layout(location: str) -> tuple[list[dict], dict] | None:
    """(modules.json, pooling config) of a sentence-transformers folder whose modules are
    a transformer, pooling and normalising only; None for any other or unreadable one."""
    folder = Path(location)
    try:
        modules = json.loads((folder / "modules.json").read_text())
        kinds = {m["type"].rsplit(".", 1)[-1] for m in modules}
        if not kinds <= {"Transformer", "Pooling", "Normalize"}:
            return None
        pooling = next(m["path"] for m in modules if m["type"].endswith("Pooling"))
        return modules, json.loads((folder / pooling / "config.json").read_text())
    except (OSError, ValueError, KeyError, StopIteration, TypeError, AttributeError):
        return None


class _NumpyEmbedder:
    """The sentence-transformers calls TextEmbedder makes, on `encoders.bert.Bert`."""

    def __init__(self, bert) -> None:
        self.bert = bert

    def get_sentence_embedding_dimension(self) -> int:
        return self.bert.hidden_size

    def encode(self, texts: list[str], **_) -> np.ndarray:
        vecs = self.bert.mean_states(self.bert.encode(texts))
        return vecs / np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)


def _mean_pooled_bert(location: str) -> bool:
    """Whether a sentence-transformers folder is a plain BERT (`bert.supports`) followed by
    mean pooling alone (and normalising): what the numpy runtime computes."""
    from .bert import supports

    layout = _layout(location)
    if layout is None:
        return False
    modules, pooling = layout
    first = modules[0]
    if not first["type"].endswith("Transformer") or not supports(Path(location) / first["path"]):
        return False
    modes = {k for k, v in pooling.items() if k.startswith("pooling_mode") and v}
    return modes == {"pooling_mode_mean_tokens"}


def _max_tokens(location: str) -> int:
    """The folder's max_seq_length (sentence_bert_config.json), else BERT's 512."""
    try:
        config = json.loads((Path(location) / "sentence_bert_config.json").read_text())
        return int(config["max_seq_length"])
    except (OSError, ValueError, KeyError, TypeError):
        return 512
