"""Second-stage re-ranking: a cross-encoder reads the question with each candidate.

Hybrid search (`audio_rag.search.hybrid`) embeds question and passages separately, so it finds
the right part of a conversation but often cannot tell apart neighbouring turns of the
same exchange. A cross-encoder reads the question and one candidate together (here, the
unit's own text followed by the unit spoken before it, so a reply is read with what it
answers) and scores how well that candidate answers; its order over the top candidates
joins the fusion as one more ranked list (channel "rerank"). Only questions and requests
for an answer are re-ranked (`queries.asks`): a keyword or known-item lookup keeps the
first-stage order. Training lives outside the package (scripts/train_reranker.py).

Rerankers (`load_reranker(name)`):
  "dialogue-minilm"   bundled: the all-MiniLM-L6-v2 weights (already installed for text
                      vectors) plus a low-rank update and a scoring head trained on
                      conversations with paraphrased questions, as text and as search
                      candidates from their transcribed audio (scripts/train_reranker.py,
                      scripts/make_reranker_units.py;
                      `audio_rag/data/reranker-dialogue-minilm.npz`, under 1 MB)
  any other name      a sentence-transformers CrossEncoder: a hub id (for example
                      "cross-encoder/ms-marco-MiniLM-L6-v2") or a local folder
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

from .._util.assets import asset
from .._util.lazy import Lazy
from .._util.registry import Registry
from .._util.resolve import resolve
from .._util.weights import quiet_weights
from ..errors import AudioRAGError

logger = logging.getLogger(__name__)

BUNDLED = "dialogue-minilm"
DELTA_FILE = asset("reranker-dialogue-minilm.npz")
MAX_TOKENS = 160
SEP = " [SEP] "
"""Between a unit's own text and the unit before it in what a reranker reads."""


class Reranker(Protocol):
    name: str

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        """One relevance score per passage (higher is better)."""
        ...


def passage_text(own: str, before: str | None) -> str:
    """What a reranker reads for a unit: its own text, then the unit spoken before it."""
    own = own.strip()
    return f"{own}{SEP}{before.strip()}" if before and before.strip() else own


def lora_targets(model) -> dict[str, object]:
    """The linear layers of a BERT encoder that get a low-rank update: name -> module."""
    import torch

    return {
        name: mod
        for name, mod in model.named_modules()
        if isinstance(mod, torch.nn.Linear) and name.startswith("encoder.")
    }


def encode_pairs(tok, queries: Sequence[str], passages: Sequence[str]):
    """Tokenised (query, passage) pairs as the reranker reads them, in training and in
    use: passages cut to fit `MAX_TOKENS`, padded to the longest."""
    return tok(
        list(queries),
        list(passages),
        truncation="only_second",
        max_length=MAX_TOKENS,
        padding=True,
        return_tensors="pt",
    )


def pooled_scores(model, head, encoded) -> object:
    """Scores (torch, one per row) of tokenised (query, passage) pairs: the encoder's
    mean token state, through the linear `head`."""
    out = model(**encoded).last_hidden_state
    mask = encoded["attention_mask"].unsqueeze(-1).to(out.dtype)
    mean = (out * mask).sum(1) / mask.sum(1).clamp(min=1.0)
    return head(mean).squeeze(-1)


class DialogueReranker:
    """The bundled reranker: MiniLM weights + the trained low-rank update and head."""

    name = BUNDLED

    def __init__(
        self, delta: str | Path = DELTA_FILE, base: str | None = None, device: str = "cpu"
    ) -> None:
        self.delta_path = Path(delta)
        self._base, self.device = base, device
        self._model = Lazy(self._load, f"reranker {self.name}")

    def _load(self):
        from ..encoders.bert import Bert

        if not self.delta_path.is_file():
            raise AudioRAGError(f"{self.delta_path}: reranker weights not found")
        delta = np.load(self.delta_path)
        meta = json.loads(str(delta["meta"]))
        where = self._base or resolve("text", meta["base"]).location
        bert = Bert(where, MAX_TOKENS, pair_truncation="only_second")
        scale = float(meta["alpha"]) / float(meta["rank"])
        for key in delta.files:
            if key.endswith(".A"):
                name = key[:-2]
                low, high = (delta[k].astype(np.float32) for k in (key, f"{name}.B"))
                bert.add_delta(name, scale * (high @ low))  # float32: float16 has no BLAS
        head = (delta["head.weight"].astype(np.float32), delta["head.bias"].astype(np.float32))
        logger.info("reranker %s: base %s (numpy)", self.name, where)
        return bert, head

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        if not passages:
            return np.zeros(0, np.float32)
        bert, (weight, bias) = self._model.get()
        gpu = self.device != "cpu"
        pairs = bert.encode([query] * len(passages), list(passages))
        states = bert.mean_states(pairs, torch=True if gpu else None, device=self.device)
        return (states @ weight.T + bias).reshape(-1).astype(np.float32)


def load_head(head, delta) -> None:
    """Copy a saved scoring head (`save_delta`'s arrays) into the linear layer `head`."""
    import torch

    with torch.no_grad():
        head.weight.copy_(torch.from_numpy(delta["head.weight"].astype(np.float32)))
        head.bias.copy_(torch.from_numpy(delta["head.bias"].astype(np.float32)))


class CrossEncoderReranker:
    """Any sentence-transformers CrossEncoder (hub id or local folder)."""

    def __init__(self, name: str, device: str | None = None) -> None:
        self.name = name
        self._device = device
        self._model = Lazy(self._load, f"reranker {name}")

    def _load(self):
        from sentence_transformers import CrossEncoder

        try:
            with quiet_weights():
                return CrossEncoder(self.name, device=self._device)
        except OSError as e:
            raise AudioRAGError(f"reranker {self.name!r} could not be loaded: {e}") from e

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        if not passages:
            return np.zeros(0, np.float32)
        pairs = [(query, p) for p in passages]
        scores = self._model.get().predict(pairs, show_progress_bar=False)
        return np.asarray(scores, np.float32)


RERANKERS: Registry = Registry("reranker", fallback=CrossEncoderReranker)
"""Rerankers by name; any other name is a sentence-transformers CrossEncoder."""
RERANKERS.register(BUNDLED, lambda name=BUNDLED, device="cpu": DialogueReranker(device=device))


def load_reranker(name: str, device: str = "cpu") -> Reranker:
    """The reranker called `name` (see the module notes), on the torch `device`."""
    return RERANKERS.make(name, name, device=device)
