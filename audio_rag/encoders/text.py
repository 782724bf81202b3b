"""Transcript text embeddings: float32 rows of unit length, so a dot product is cosine
similarity. "all-MiniLM-L6-v2" loads the bundled copy.

A sentence-transformers folder that is a plain BERT with mean pooling (the bundled MiniLM
is one) runs in `encoders.bert`, without transformers: a few texts at a time (a query)
on numpy unless torch is loaded already, so a search imports no torch; many texts at once
(an ingest's units) on torch's kernels, which are faster at that size (500 unit texts:
12.9 s in numpy on 2 busy cores). Both give sentence-transformers' vectors to float32
rounding (`tests/test_bert.py`). Any other model, or another device, runs in
sentence-transformers."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .._util.lazy import Lazy
from .._util.resolve import DEFAULT_TEXT_MODEL, resolve
from .._util.vectors import l2_normalize
from .._util.weights import quiet_weights
from ..errors import MissingDependencyError

logger = logging.getLogger(__name__)

QUICK_TEXTS = 16
"""Calls with at most this many texts need no torch (a search embeds 1-3)."""


class TextEncoder(Protocol):
    """What ingest and search need from a text model."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...


class TextEmbedder:
    """Sentence-transformers text embeddings; "all-MiniLM-L6-v2" loads the bundled copy.

    quick_texts: calls with at most this many texts stay on numpy (unless torch is loaded
        already); larger ones run on torch (see the module's docstring).
    """

    def __init__(
        self,
        model: str = DEFAULT_TEXT_MODEL,
        *,
        device: str = "cpu",
        batch_size: int = 64,
        quick_texts: int = QUICK_TEXTS,
    ) -> None:
        self.resolved = resolve("text", model)
        self.name = self.resolved.name
        self._device, self._batch, self._quick_texts = device, batch_size, quick_texts
        self._model = Lazy(self._load, f"text model {self.name}")

    @property
    def model(self):
        return self._model.get()

    def _load(self):
        location = self.resolved.location
        if self._device == "cpu" and _mean_pooled_bert(location):
            from .bert import Bert

            logger.info("loading text model %s from %s (encoders.bert)", self.name, location)
            return _BertEmbedder(Bert(location, _max_tokens(location)), self._quick_texts)
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as e:  # pragma: no cover - core dependency
            raise MissingDependencyError("pip install sentence-transformers") from e
        logger.info("loading text model %s from %s", self.name, location)
        with quiet_weights():
            return SentenceTransformer(location, device=self._device)

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


class _BertEmbedder:
    """The sentence-transformers calls TextEmbedder makes, on `encoders.bert.Bert`: more
    than `quick_texts` texts run on torch, fewer on numpy unless torch is loaded."""

    def __init__(self, bert, quick_texts: int) -> None:
        self.bert, self.quick_texts = bert, quick_texts

    def get_sentence_embedding_dimension(self) -> int:
        return self.bert.hidden_size

    def encode(self, texts: list[str], **_) -> np.ndarray:
        many = True if len(texts) > self.quick_texts else None
        return l2_normalize(self.bert.mean_states(self.bert.encode(texts), torch=many))


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
