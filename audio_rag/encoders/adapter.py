"""Domain adapter: attention pooling + a projection head on frozen encoder frames.

The classic recipe for a domain-specific audio embedding: keep the pretrained encoder
frozen, and learn a small head on its frames from labelled examples (one folder per
class) so that clips of one class come close and clips of different classes move
apart. Loss: supervised contrastive (default; every same-class pair in a batch is a
positive) or triplet with the hardest positive and negative in the batch.

Head: frame scores `frames @ w + b` -> softmax over time -> weighted mean (attention
pooling, see audio_rag.encoders.pooling) -> linear map to `dim` -> unit length. Trained with
torch; applied with numpy from the saved weights (`<db>/<collection>.adapter.npz`).
`AdaptedEncoder` wraps the base encoder with it and is an AudioEncoder itself (named
`<base name>+adapter:<digest>`, so an index records which adapter made its vectors).
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from .._util.vectors import l2_normalize
from ..audio import SAMPLE_RATE, find_audio_files, load_audio
from ..errors import AudioDecodeError, AudioRAGError
from .base import NoTextSideError
from .pooling import attention_pool

logger = logging.getLogger(__name__)

ADAPTER_TAG = "+adapter:"


@dataclass(frozen=True)
class AdapterOptions:
    dim: int = 128
    loss: str = "supcon"  # or "triplet"
    epochs: int = 150
    lr: float = 1e-3
    batch_size: int = 64
    temperature: float = 0.1  # supcon
    margin: float = 0.2  # triplet, on cosine distance
    weight_decay: float = 1e-4
    max_seconds: float = 30.0  # longer training clips are cut
    held_out: float = 0.3  # share of each class kept for the before/after check
    seed: int = 0


@dataclass
class Adapter:
    """Learned weights (numpy): attention `w` (d,), `b`; projection `proj` (d, dim), `bias`."""

    base: str
    w: np.ndarray
    b: float
    proj: np.ndarray
    bias: np.ndarray
    classes: list[str]

    @property
    def dim(self) -> int:
        return int(self.proj.shape[1])

    @property
    def digest(self) -> str:
        h = hashlib.sha256()
        for a in (self.w, np.float32(self.b), self.proj, self.bias):
            h.update(np.ascontiguousarray(a, np.float32).tobytes())
        return h.hexdigest()[:12]

    def apply(self, frames: np.ndarray) -> np.ndarray:
        pooled = attention_pool(frames, self.w, self.b)
        return pooled @ self.proj + self.bias

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        meta = json.dumps({"base": self.base, "classes": self.classes, "digest": self.digest})
        with open(path, "wb") as f:  # np.savez would append .npz to other names
            np.savez(f, w=self.w, b=np.float32(self.b), proj=self.proj, bias=self.bias, meta=meta)
        return path

    @classmethod
    def load(cls, path: str | Path) -> Adapter:
        try:
            z = np.load(Path(path), allow_pickle=False)
            meta = json.loads(str(z["meta"]))
            return cls(meta["base"], z["w"], float(z["b"]), z["proj"], z["bias"], meta["classes"])
        except (OSError, KeyError, ValueError) as e:
            raise AudioRAGError(f"{path}: not a readable adapter ({e})") from e


class AdaptedEncoder:
    """A frame-giving base encoder followed by an adapter; an AudioEncoder."""

    has_text = False

    def __init__(self, base, adapter: Adapter) -> None:
        if not hasattr(base, "frames_of"):
            raise AudioRAGError(f"audio encoder {base.name!r} gives no frames to adapt")
        if adapter.base != base.name:
            raise AudioRAGError(
                f"the adapter was trained on {adapter.base!r}, not on {base.name!r}"
            )
        self.base, self.adapter = base, adapter
        self.name = f"{base.name}{ADAPTER_TAG}{adapter.digest}"
        self.dim = adapter.dim
        self.sample_rate = base.sample_rate

    def embed_audio(self, waveforms: Sequence[np.ndarray]) -> np.ndarray:
        if not len(waveforms):
            return np.zeros((0, self.dim), np.float32)
        frames = self.base.frames_of(waveforms)
        return l2_normalize(np.stack([self.adapter.apply(f) for f in frames]))

    def embed_text(self, texts: Sequence[str]) -> np.ndarray:
        raise NoTextSideError(f"audio encoder {self.name!r} (adapted) has no text side")


def split_base(name: str) -> tuple[str, str | None]:
    """(base encoder name, adapter digest or None) of a recorded encoder name."""
    base, tag, digest = name.partition(ADAPTER_TAG)
    return base, (digest if tag else None)


# ---- data ------------------------------------------------------------------------------
def labelled_files(folder: str | Path) -> list[tuple[Path, str]]:
    """(file, class) for audio files in the class subfolders of `folder`."""
    folder = Path(folder)
    if not folder.is_dir():
        raise AudioRAGError(f"{folder}: not a folder (expected one subfolder per class)")
    out = []
    for sub in sorted(p for p in folder.iterdir() if p.is_dir()):
        out += [(f, sub.name) for f in find_audio_files([sub])]
    classes = {c for _, c in out}
    if len(classes) < 2:
        raise AudioRAGError(f"{folder}: needs at least two class subfolders with audio files")
    return out


def split_held_out(labels: Sequence[str], share: float, seed: int = 0) -> np.ndarray:
    """Boolean mask of held-out items: `share` of each class (at least one item stays
    for training, at least one is held out when a class has 2+ items)."""
    rng = np.random.default_rng(seed)
    labels = np.asarray(labels)
    mask = np.zeros(len(labels), bool)
    for c in np.unique(labels):
        idx = rng.permutation(np.flatnonzero(labels == c))
        n = min(len(idx) - 1, max(1, int(round(share * len(idx))))) if len(idx) > 1 else 0
        mask[idx[:n]] = True
    return mask


def recall_at_1(queries: np.ndarray, q_labels, refs: np.ndarray, r_labels) -> float:
    """Share of queries whose nearest reference (cosine) has their label."""
    if not len(queries):
        return float("nan")
    best = np.argmax(l2_normalize(queries) @ l2_normalize(refs).T, axis=1)
    return float(np.mean(np.asarray(r_labels)[best] == np.asarray(q_labels)))


# ---- training --------------------------------------------------------------------------
def train_adapter(
    frames: Sequence[np.ndarray], labels: Sequence[str], base: str, opts: AdapterOptions
) -> Adapter:
    """Fit attention pooling + projection on frames (list of (t, d)) with labels."""
    import torch

    torch.manual_seed(opts.seed)
    classes = sorted(set(labels))
    y = torch.tensor([classes.index(c) for c in labels])
    d = int(frames[0].shape[1])
    lengths = [len(f) for f in frames]
    padded = np.zeros((len(frames), max(lengths), d), np.float32)
    for i, f in enumerate(frames):
        padded[i, : len(f)] = f
    x = torch.from_numpy(padded)
    mask = torch.arange(max(lengths))[None, :] < torch.tensor(lengths)[:, None]
    scale = float(np.sqrt(np.mean(np.concatenate(frames) ** 2)) + 1e-8)  # frame scale
    x = x / scale
    w = torch.zeros(d, requires_grad=True)
    b = torch.zeros(1, requires_grad=True)
    proj = torch.nn.Linear(d, opts.dim)
    optim = torch.optim.AdamW([w, b, *proj.parameters()], opts.lr, weight_decay=opts.weight_decay)
    loss_fn = _supcon if opts.loss == "supcon" else _triplet
    if opts.loss not in ("supcon", "triplet"):
        raise ValueError(f"loss must be 'supcon' or 'triplet', got {opts.loss!r}")
    gen = torch.Generator().manual_seed(opts.seed)
    for _ in range(opts.epochs):
        for idx in torch.randperm(len(y), generator=gen).split(opts.batch_size):
            scores = (x[idx] @ w + b).masked_fill(~mask[idx], float("-inf"))
            pooled = (torch.softmax(scores, dim=1)[:, :, None] * x[idx]).sum(1)
            z = torch.nn.functional.normalize(proj(pooled), dim=1)
            loss = loss_fn(z, y[idx], opts)
            optim.zero_grad()
            loss.backward()
            optim.step()
    # fold the input scaling into the saved weights, so `apply` takes raw frames
    with torch.no_grad():
        return Adapter(
            base,
            (w / scale).numpy().astype(np.float32),
            float(b.item()),
            (proj.weight.T / scale).numpy().astype(np.float32),
            proj.bias.numpy().astype(np.float32),
            classes,
        )


def _supcon(z, y, opts: AdapterOptions):
    import torch

    sim = z @ z.T / opts.temperature
    eye = torch.eye(len(y), dtype=torch.bool)
    sim = sim.masked_fill(eye, float("-inf"))
    pos = (y[:, None] == y[None, :]) & ~eye
    log_prob = sim - torch.logsumexp(sim, dim=1, keepdim=True)
    has = pos.any(1)
    if not has.any():
        return z.sum() * 0
    per = -(log_prob.masked_fill(~pos, 0).sum(1)[has] / pos.sum(1)[has])
    return per.mean()


def _triplet(z, y, opts: AdapterOptions):
    import torch

    dist = 1 - z @ z.T
    same = y[:, None] == y[None, :]
    eye = torch.eye(len(y), dtype=torch.bool)
    hardest_pos = dist.masked_fill(~same | eye, float("-inf")).max(1).values
    hardest_neg = dist.masked_fill(same, float("inf")).min(1).values
    ok = torch.isfinite(hardest_pos) & torch.isfinite(hardest_neg)
    if not ok.any():
        return z.sum() * 0
    return torch.relu(hardest_pos[ok] - hardest_neg[ok] + opts.margin).mean()


@dataclass
class AdapterReport:
    """recall@1 of held-out files against the training files: nearest neighbour has
    the same class, with the base encoder (mean pooling) and with the adapter."""

    path: str
    encoder: str
    classes: int
    train_files: int
    held_out_files: int
    recall_before: float
    recall_after: float
    options: dict

    def summary(self) -> str:
        return (
            f"adapter {self.path}: {self.classes} classes, {self.train_files} training / "
            f"{self.held_out_files} held-out files; held-out recall@1 "
            f"{self.recall_before:.3f} -> {self.recall_after:.3f}"
        )


def fit_on_folder(
    base_encoder, folder: str | Path, out: str | Path, opts: AdapterOptions = AdapterOptions()
) -> tuple[Adapter, AdapterReport]:
    """Train on `folder` (one subfolder per class) and save to `out`; files that fail to
    decode are skipped with a warning. Reports held-out recall@1 before and after."""
    waves, labels = [], []
    for path, label in labelled_files(folder):
        try:
            waves.append(load_audio(path)[: int(opts.max_seconds * SAMPLE_RATE)])
            labels.append(label)
        except AudioDecodeError as e:
            logger.warning("skipped %s", e)
    frames = base_encoder.frames_of(waves)
    held = split_held_out(labels, opts.held_out, opts.seed)
    lab = np.asarray(labels)
    tr = [f for f, h in zip(frames, held) if not h]
    adapter = train_adapter(tr, list(lab[~held]), base_encoder.name, opts)
    before = np.stack([f.mean(axis=0) for f in frames])
    after = np.stack([adapter.apply(f) for f in frames])
    report = AdapterReport(
        str(out),
        base_encoder.name,
        len(set(labels)),
        int((~held).sum()),
        int(held.sum()),
        recall_at_1(before[held], lab[held], before[~held], lab[~held]),
        recall_at_1(after[held], lab[held], after[~held], lab[~held]),
        asdict(opts),
    )
    adapter.save(out)
    return adapter, report
