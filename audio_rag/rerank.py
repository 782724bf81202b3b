"""Second-stage re-ranking: a cross-encoder reads the question with each candidate.

Hybrid search (`audio_rag.hybrid`) embeds question and passages separately, so it finds
the right part of a conversation but often cannot tell apart neighbouring turns of the
same exchange. A cross-encoder reads the question and one candidate together (here, the
unit's own text followed by the unit spoken before it, so a reply is read with what it
answers) and scores how well that candidate answers; its order over the top candidates
joins the fusion as one more ranked list (channel "rerank"). Only questions and requests
for an answer are re-ranked (`asks`): a keyword or known-item lookup keeps the
first-stage order.

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

from .errors import AudioRAGError
from .loading import quiet_weights
from .replies import is_question

logger = logging.getLogger(__name__)

BUNDLED = "dialogue-minilm"
DELTA_FILE = Path(__file__).parent / "data" / "reranker-dialogue-minilm.npz"
MAX_TOKENS = 160
BATCH = 32
SEP = " [SEP] "
"""Between a unit's own text and the unit before it in what a reranker reads."""


class Reranker(Protocol):
    name: str

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        """One relevance score per passage (higher is better)."""
        ...


QUESTION_WORDS = frozenset(
    "what which who whom whose when where why how is are was were do does did can could "
    "will would should has have had".split()
)
REQUEST_WORDS = frozenset("tell explain describe summarise summarize give list".split())
"""Openers of a request for an answer ("Tell me what the turbine cost"), re-ranked like
a question: on the development questions turned into "Tell me ..." requests, re-ranking
answered 71 of 115 first against 63 without."""
LEAD_INS = frozenset("please so and but ok okay now hey".split())
"""Words skipped before the opener: "Please tell me ...", "So, why did ..."."""


def asks(query: str) -> bool:
    """Whether `query` asks for an answer: a question (ends in "?" or opens with a
    question word) or a request ("tell me ...", "explain ..."). The bundled reranker
    learned to judge answers to questions; keyword and known-item lookups ("glowing lure
    anglerfish", "find the bit about the reservoir") keep the first-stage order."""
    words = [w.strip(",.:;!") for w in query.lower().split()]
    while words and words[0] in LEAD_INS:
        words.pop(0)
    if not words:
        return False
    return is_question(query) or words[0] in QUESTION_WORDS or words[0] in REQUEST_WORDS


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


class LowRank:
    """Trainable low-rank updates (LoRA) on a frozen encoder's linear layers, added to
    their outputs by forward hooks: layer(x) + scale * x A^T B^T. B starts at zero, so
    the model starts as it was; `merge_delta` later folds the saved A and B into the
    weights."""

    def __init__(self, model, rank: int, alpha: float, seed: int = 0) -> None:
        import torch

        gen = torch.Generator().manual_seed(seed)
        self.scale = alpha / rank
        self.params: dict[str, tuple] = {}
        for name, mod in lora_targets(model).items():
            a = torch.nn.Parameter(torch.randn(rank, mod.in_features, generator=gen) * 0.01)
            b = torch.nn.Parameter(torch.zeros(mod.out_features, rank))
            self.params[name] = (a, b)
            mod.register_forward_hook(self._hook(a, b))

    def _hook(self, a, b):
        def add(_mod, inputs, output):
            return output + (inputs[0] @ a.T @ b.T) * self.scale

        return add

    def parameters(self) -> list:
        return [p for ab in self.params.values() for p in ab]

    def load(self, delta) -> None:
        """Start from saved factors (`save_delta`'s arrays) instead of B = 0."""
        import torch

        with torch.no_grad():
            for name, (a, b) in self.params.items():
                a.copy_(torch.from_numpy(delta[f"{name}.A"].astype(np.float32)))
                b.copy_(torch.from_numpy(delta[f"{name}.B"].astype(np.float32)))


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

    def __init__(self, delta: str | Path = DELTA_FILE, base: str | None = None) -> None:
        self.delta_path = Path(delta)
        self._base = base
        self._model = None

    def _load(self):
        if self._model is not None:
            return self._model
        import torch
        from transformers import AutoModel, AutoTokenizer

        from .models import resolve

        if not self.delta_path.is_file():
            raise AudioRAGError(f"{self.delta_path}: reranker weights not found")
        delta = np.load(self.delta_path)
        meta = json.loads(str(delta["meta"]))
        where = self._base or resolve("text", meta["base"]).location
        tok = AutoTokenizer.from_pretrained(where)
        with quiet_weights():
            model = AutoModel.from_pretrained(where).eval()
        merge_delta(model, delta, meta)
        head = torch.nn.Linear(model.config.hidden_size, 1)
        load_head(head, delta)
        self._model = (tok, model, head.eval())
        logger.info("reranker %s loaded (base %s)", self.name, where)
        return self._model

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        import torch

        if not passages:
            return np.zeros(0, np.float32)
        tok, model, head = self._load()
        out = []
        with torch.inference_mode():
            for i in range(0, len(passages), BATCH):
                chunk = passages[i : i + BATCH]
                enc = encode_pairs(tok, [query] * len(chunk), chunk)
                out.append(pooled_scores(model, head, enc).float().numpy())
        return np.concatenate(out)


def save_delta(out: Path, lora: LowRank, head, meta: dict) -> int:
    """Write trained low-rank factors (float16) and head to `out` (.npz, what
    `DialogueReranker` loads); `meta` names the base model ("base"), "rank" and "alpha".
    Returns the file size in bytes."""
    arrays = {}
    for name, (a, b) in lora.params.items():
        arrays[f"{name}.A"] = a.detach().numpy().astype(np.float16)
        arrays[f"{name}.B"] = b.detach().numpy().astype(np.float16)
    arrays["head.weight"] = head.weight.detach().numpy().astype(np.float32)
    arrays["head.bias"] = head.bias.detach().numpy().astype(np.float32)
    arrays["meta"] = np.array(json.dumps(meta))
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(out, **arrays)
    return out.stat().st_size


def load_head(head, delta) -> None:
    """Copy a saved scoring head (`save_delta`'s arrays) into the linear layer `head`."""
    import torch

    with torch.no_grad():
        head.weight.copy_(torch.from_numpy(delta["head.weight"].astype(np.float32)))
        head.bias.copy_(torch.from_numpy(delta["head.bias"].astype(np.float32)))


def merge_delta(model, delta, meta: dict) -> None:
    """Add each trained low-rank update (scale * B @ A) to its linear layer's weight."""
    import torch

    targets = lora_targets(model)
    scale = float(meta["alpha"]) / float(meta["rank"])
    with torch.no_grad():
        for name, mod in targets.items():
            if f"{name}.A" not in delta:
                continue
            a = delta[f"{name}.A"].astype(np.float32)
            b = delta[f"{name}.B"].astype(np.float32)
            mod.weight += torch.from_numpy(scale * (b @ a))


class CrossEncoderReranker:
    """Any sentence-transformers CrossEncoder (hub id or local folder)."""

    def __init__(self, name: str, device: str | None = None) -> None:
        self.name = name
        self._device = device
        self._model = None

    def score(self, query: str, passages: Sequence[str]) -> np.ndarray:
        if not passages:
            return np.zeros(0, np.float32)
        if self._model is None:
            try:
                from sentence_transformers import CrossEncoder
            except ImportError as e:  # pragma: no cover - a core dependency
                raise ImportError("rerankers need sentence-transformers") from e
            try:
                with quiet_weights():
                    self._model = CrossEncoder(self.name, device=self._device)
            except OSError as e:
                raise AudioRAGError(f"reranker {self.name!r} could not be loaded: {e}") from e
        pairs = [(query, p) for p in passages]
        return np.asarray(self._model.predict(pairs, show_progress_bar=False), np.float32)


def load_reranker(name: str) -> Reranker:
    """The reranker called `name` (see the module notes)."""
    if name == BUNDLED:
        return DialogueReranker()
    return CrossEncoderReranker(name)
