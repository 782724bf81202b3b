"""Training-only parts of the bundled reranker (kept out of the runtime package): the
trainable low-rank updates and the writer of the weights file that
`audio_rag.search.rerank.DialogueReranker` loads."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from audio_rag.search.rerank import lora_targets


class LowRank:
    """Trainable low-rank updates (LoRA) on a frozen encoder's linear layers, added to
    their outputs by forward hooks: layer(x) + scale * x A^T B^T. B starts at zero, so
    the model starts as it was; the bundled reranker later adds scale * B A to the
    weights (`DialogueReranker`)."""

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
