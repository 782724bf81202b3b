"""A BERT encoder run with numpy: the bundled MiniLM (text vectors, reranker) without
torch, so a search process starts in a fraction of a second.

The weights are the model folder's own `model.safetensors` (read by `safetensors`), the
tokenizer its `tokenizer.json` (read by Hugging Face `tokenizers`, the same Rust code that
`transformers` uses), so ids and vectors are those of `transformers.BertModel` (to float32
rounding; `tests/test_bert.py` pins the tolerance). Only the inference path of a plain
BERT is here: absolute positions, GELU, post-layer-norm; `supports(folder)` says whether a
folder is one, and anything else keeps the torch runtime.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

BATCH = 32


def supports(folder: str | Path) -> bool:
    """Whether `folder` holds a plain BERT this runtime can run (config, safetensors
    weights and a fast tokenizer)."""
    folder = Path(folder)
    try:
        config = json.loads((folder / "config.json").read_text())
    except (OSError, ValueError):
        return False
    plain = (
        config.get("model_type") == "bert"
        and config.get("hidden_act", "gelu") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
    )
    files = all((folder / f).is_file() for f in ("model.safetensors", "tokenizer.json"))
    return plain and files


class Bert:
    """BERT inference in numpy from a model folder (see `supports`).

    max_tokens: inputs are cut to this many tokens (special tokens included).
    pair_truncation: how a (text, pair) input is cut: "longest_first" (the tokenizer's
        default) or "only_second" (the pair only, as the reranker reads its passages;
        such an instance encodes pairs only, the tokenizer refusing single texts).
    """

    def __init__(
        self, folder: str | Path, max_tokens: int = 512, pair_truncation: str = "longest_first"
    ) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        folder = Path(folder)
        self.config = json.loads((folder / "config.json").read_text())
        weights = load_file(str(folder / "model.safetensors"))
        self.w = {k.removeprefix("bert."): v.astype(np.float32) for k, v in weights.items()}
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        limit = min(max_tokens, int(self.config.get("max_position_embeddings", 512)))
        self.tokenizer.enable_truncation(limit, strategy=pair_truncation)
        self.heads = int(self.config["num_attention_heads"])
        self.layers = int(self.config["num_hidden_layers"])
        self.eps = float(self.config.get("layer_norm_eps", 1e-12))
        self.hidden_size = int(self.config["hidden_size"])

    def add_delta(self, name: str, delta: np.ndarray) -> None:
        """Add `delta` to the weight matrix `name` (e.g. a low-rank update)."""
        self.w[f"{name}.weight"] = self.w[f"{name}.weight"] + delta.astype(np.float32)

    # ---- tokens --------------------------------------------------------------------------
    def encode(self, texts: Sequence[str], pairs: Sequence[str] | None = None) -> list:
        """Token encodings of texts, or of (text, pair) pairs (cut by `pair_truncation`)."""
        if pairs is None:
            return self.tokenizer.encode_batch(list(texts))
        return self.tokenizer.encode_batch(list(zip(texts, pairs)))

    # ---- network -------------------------------------------------------------------------
    def mean_states(self, encodings: list) -> np.ndarray:
        """Mean last hidden state over each input's tokens, (n, hidden), in input order;
        inputs are batched by length so little padding is computed."""
        out = np.zeros((len(encodings), self.hidden_size), np.float32)
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for i in range(0, len(order), BATCH):
            rows = order[i : i + BATCH]
            ids, types, mask = _padded([encodings[r] for r in rows])
            states = self.forward(ids, types, mask)
            m = mask[..., None].astype(np.float32)
            out[rows] = (states * m).sum(1) / np.maximum(m.sum(1), 1.0)
        return out

    def forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Last hidden states (batch, tokens, hidden) of padded token ids."""
        w = self.w
        pos = np.arange(ids.shape[1])
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][pos][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = self._norm(x, "embeddings.LayerNorm")
        bias = np.where(mask[:, None, None, :] > 0, 0.0, np.float32(-1e9)).astype(np.float32)
        for i in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{i}")
        return x

    def _layer(self, x: np.ndarray, bias: np.ndarray, p: str) -> np.ndarray:
        b, t, h = x.shape
        d = h // self.heads

        def heads(name: str) -> np.ndarray:  # (batch, heads, tokens, d)
            y = self._dense(x, f"{p}.attention.self.{name}")
            return y.reshape(b, t, self.heads, d).transpose(0, 2, 1, 3)

        q, k, v = heads("query"), heads("key"), heads("value")
        att = (q @ k.transpose(0, 1, 3, 2)) * np.float32(1 / np.sqrt(d)) + bias
        att = np.exp(att - att.max(-1, keepdims=True))
        att /= att.sum(-1, keepdims=True)
        ctx = (att @ v).transpose(0, 2, 1, 3).reshape(b, t, h)
        x = self._norm(x + self._dense(ctx, f"{p}.attention.output.dense"),
                       f"{p}.attention.output.LayerNorm")  # fmt: skip
        inner = _gelu(self._dense(x, f"{p}.intermediate.dense"))
        return self._norm(x + self._dense(inner, f"{p}.output.dense"), f"{p}.output.LayerNorm")

    def _dense(self, x: np.ndarray, name: str) -> np.ndarray:
        flat = x.reshape(-1, x.shape[-1])  # one BLAS matrix product for the whole batch
        y = flat @ self.w[f"{name}.weight"].T + self.w[f"{name}.bias"]
        return y.reshape(*x.shape[:-1], -1)

    def _norm(self, x: np.ndarray, name: str) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        y = (x - mean) / np.sqrt(var + self.eps)
        return y * self.w[f"{name}.weight"] + self.w[f"{name}.bias"]


def _padded(encodings: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(ids, type ids, attention mask) of encodings padded to the longest, as int arrays."""
    n = max(len(e.ids) for e in encodings)
    ids = np.zeros((len(encodings), n), np.int64)
    types = np.zeros_like(ids)
    mask = np.zeros_like(ids)
    for i, e in enumerate(encodings):
        ids[i, : len(e.ids)] = e.ids
        types[i, : len(e.ids)] = e.type_ids
        mask[i, : len(e.ids)] = 1
    return ids, types, mask


def _gelu(x: np.ndarray) -> np.ndarray:
    """BERT's exact GELU, x * Phi(x)."""
    from scipy.special import erf

    return (0.5 * x * (1.0 + erf(x / np.float32(np.sqrt(2.0))))).astype(np.float32)
