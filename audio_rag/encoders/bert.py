"""A BERT encoder run with numpy: the bundled MiniLM (text vectors, reranker) without
torch, so a search process starts in a fraction of a second. The same network runs on
torch's kernels (torch tensors over the same weight arrays, no transformers) where many
texts are embedded at once or torch is loaded anyway: on 2 cores torch's matrix products
were 1.5 times and its GELU 10 times as fast as numpy's.

The weights are the model folder's own `model.safetensors` (read by `safetensors`), the
tokenizer its `tokenizer.json` (read by Hugging Face `tokenizers`, the same Rust code that
`transformers` uses), so ids and vectors are those of `transformers.BertModel` (to float32
rounding; `tests/test_bert.py` pins the tolerance). Only the inference path of a plain
BERT is here: absolute positions, GELU, post-layer-norm; `supports(folder)` says whether a
folder is one, and anything else keeps the torch runtime.
"""

from __future__ import annotations

import functools
import json
import logging
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np

logger = logging.getLogger(__name__)

BATCH = 32
ERF_P = 0.3275911
ERF_A = tuple(
    np.float32(a) for a in (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)
)


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
        from tokenizers import Tokenizer

        folder = Path(folder)
        self.config = json.loads((folder / "config.json").read_text())
        self.w = dict(_weights(str(folder.resolve())))  # add_delta replaces, never writes in
        self.tokenizer = Tokenizer.from_file(str(folder / "tokenizer.json"))
        self.tokenizer.no_padding()
        limit = min(max_tokens, int(self.config.get("max_position_embeddings", 512)))
        self.tokenizer.enable_truncation(limit, strategy=pair_truncation)
        self.heads = int(self.config["num_attention_heads"])
        self.layers = int(self.config["num_hidden_layers"])
        self.eps = float(self.config.get("layer_norm_eps", 1e-12))
        self.hidden_size = int(self.config["hidden_size"])
        self._torch = None  # _TorchOps, made on first use

    def add_delta(self, name: str, delta: np.ndarray) -> None:
        """Add `delta` to the weight matrix `name` (e.g. a low-rank update)."""
        self.w[f"{name}.weight"] = self.w[f"{name}.weight"] + delta.astype(np.float32)
        self._torch = None  # its tensors share the old arrays

    # ---- tokens --------------------------------------------------------------------------
    def encode(self, texts: Sequence[str], pairs: Sequence[str] | None = None) -> list:
        """Token encodings of texts, or of (text, pair) pairs (cut by `pair_truncation`)."""
        if pairs is None:
            return self.tokenizer.encode_batch(list(texts))
        return self.tokenizer.encode_batch(list(zip(texts, pairs)))

    # ---- network -------------------------------------------------------------------------
    def mean_states(
        self, encodings: list, torch: bool | None = None, device: str = "cpu"
    ) -> np.ndarray:
        """Mean last hidden state over each input's tokens, (n, hidden), in input order;
        inputs are batched by length so little padding is computed. `torch`: run on torch
        kernels, on `device` (None: only when torch is already loaded in this process)."""
        ops = self._ops(torch, device)
        out = np.zeros((len(encodings), self.hidden_size), np.float32)
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        for i in range(0, len(order), BATCH):
            rows = order[i : i + BATCH]
            ids, types, mask = _padded([encodings[r] for r in rows])
            states = ops.numpy(self.forward(ids, types, mask, ops))
            m = mask[..., None].astype(np.float32)
            out[rows] = (states * m).sum(1) / np.maximum(m.sum(1), 1.0)
        return out

    def _ops(self, torch: bool | None, device: str):
        if torch is None:
            torch = "torch" in sys.modules
        if not torch:
            return _NumpyOps(self.w)
        if self._torch is None or self._torch.device != device:
            self._torch = _TorchOps(self.w, device)
        return self._torch

    def forward(self, ids: np.ndarray, types: np.ndarray, mask: np.ndarray, ops=None):
        """Last hidden states (batch, tokens, hidden) of padded token ids, as `ops`'
        arrays (numpy by default)."""
        ops = ops or _NumpyOps(self.w)
        w = ops.w
        ids, types = ops.array(ids), ops.array(types)
        x = (
            w["embeddings.word_embeddings.weight"][ids]
            + w["embeddings.position_embeddings.weight"][: ids.shape[1]][None]
            + w["embeddings.token_type_embeddings.weight"][types]
        )
        x = ops.norm(x, w, "embeddings.LayerNorm", self.eps)
        keep = mask[:, None, None, :] > 0
        bias = ops.array(np.where(keep, 0.0, np.float32(-1e9)).astype(np.float32))
        for i in range(self.layers):
            x = self._layer(x, bias, f"encoder.layer.{i}", ops)
        return x

    def _layer(self, x, bias, p: str, ops):
        b, t, h = x.shape
        d, w = h // self.heads, ops.w

        def heads(name: str):  # (batch, heads, tokens, d)
            y = _dense(x, w, f"{p}.attention.self.{name}")
            return ops.swap(y.reshape(b, t, self.heads, d), (0, 2, 1, 3))

        q, k, v = heads("query"), heads("key"), heads("value")
        att = ops.softmax((q @ ops.swap(k, (0, 1, 3, 2))) * np.float32(1 / np.sqrt(d)) + bias)
        ctx = ops.swap(att @ v, (0, 2, 1, 3)).reshape(b, t, h)
        x = ops.norm(x + _dense(ctx, w, f"{p}.attention.output.dense"), w,
                     f"{p}.attention.output.LayerNorm", self.eps)  # fmt: skip
        inner = ops.gelu(_dense(x, w, f"{p}.intermediate.dense"))
        return ops.norm(x + _dense(inner, w, f"{p}.output.dense"), w,
                        f"{p}.output.LayerNorm", self.eps)  # fmt: skip


@functools.lru_cache(maxsize=4)
def _weights(folder: str) -> dict[str, np.ndarray]:
    """A folder's float32 weights, read once per process (the text model and the reranker
    share MiniLM's) and read-only, so no user of them can change another's."""
    from safetensors.numpy import load_file

    out = {}
    for k, v in load_file(str(Path(folder) / "model.safetensors")).items():
        v = v.astype(np.float32, copy=False)
        v.flags.writeable = False
        out[k.removeprefix("bert.")] = v
    return out


def _dense(x, w: dict, name: str):
    flat = x.reshape(-1, x.shape[-1])  # one BLAS matrix product for the whole batch
    y = flat @ w[f"{name}.weight"].T + w[f"{name}.bias"]
    return y.reshape(*x.shape[:-1], -1)


class _NumpyOps:
    """The few operations BERT needs beyond products and sums, on numpy arrays."""

    def __init__(self, w: dict) -> None:
        self.w = w

    array = staticmethod(np.asarray)
    numpy = staticmethod(np.asarray)

    @staticmethod
    def swap(x: np.ndarray, axes: tuple[int, ...]) -> np.ndarray:
        return x.transpose(axes)

    @staticmethod
    def softmax(x: np.ndarray) -> np.ndarray:
        x = np.exp(x - x.max(-1, keepdims=True))
        return x / x.sum(-1, keepdims=True)

    @staticmethod
    def norm(x: np.ndarray, w: dict, name: str, eps: float) -> np.ndarray:
        mean = x.mean(-1, keepdims=True)
        var = ((x - mean) ** 2).mean(-1, keepdims=True)
        return (x - mean) / np.sqrt(var + eps) * w[f"{name}.weight"] + w[f"{name}.bias"]

    @staticmethod
    def gelu(x: np.ndarray) -> np.ndarray:
        """BERT's exact GELU, x * Phi(x), with erf to 1.5e-7 (below float32's rounding of
        these values; Abramowitz and Stegun 7.1.26), so no scipy import is needed."""
        z = np.abs(x) * np.float32(1 / np.sqrt(2.0))
        t = np.float32(1.0) / (np.float32(1.0) + np.float32(ERF_P) * z)
        poly = t * (ERF_A[0] + t * (ERF_A[1] + t * (ERF_A[2] + t * (ERF_A[3] + t * ERF_A[4]))))
        erf = np.copysign(np.float32(1.0) - poly * np.exp(-z * z), x)
        return (0.5 * x * (1.0 + erf)).astype(np.float32, copy=False)


class _TorchOps:
    """The same operations on torch's fused, multi-threaded kernels, on `device` (on the
    CPU the weights are shared with the numpy arrays, not copied)."""

    def __init__(self, w: dict, device: str = "cpu") -> None:
        import torch

        self.t, self.device = torch, device
        with warnings.catch_warnings():  # the shared weights are read-only; inference only reads
            warnings.filterwarnings("ignore", "The given NumPy array is not writable")
            self.w = {k: torch.from_numpy(v).to(device) for k, v in w.items()}

    def array(self, x: np.ndarray):
        return self.t.from_numpy(np.ascontiguousarray(x)).to(self.device)

    def numpy(self, x) -> np.ndarray:
        return x.cpu().numpy()

    def swap(self, x, axes: tuple[int, ...]):
        return x.permute(*axes)

    def softmax(self, x):
        return self.t.softmax(x, -1)

    def norm(self, x, w: dict, name: str, eps: float):
        weight, bias = w[f"{name}.weight"], w[f"{name}.bias"]
        return self.t.nn.functional.layer_norm(x, x.shape[-1:], weight, bias, eps)

    def gelu(self, x):
        return self.t.nn.functional.gelu(x)


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
