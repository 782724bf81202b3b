"""Which audio encoder an index uses: the run's choice, else the index's record, else an
adapter saved next to the index, else the Whisper encoder of the run's Whisper model.

Names ending in "+adapter:DIGEST" load the adapter file kept next to the index and
check that it is the one that made the index's vectors.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import ModelMismatchError
from .adapter import ADAPTER_TAG, AdaptedEncoder, Adapter, split_base
from .base import AudioEncoder, make_audio_encoder

WHISPER_ENCODER = "whisper-encoder:"


def choose_audio_encoder(
    spec: str | None,
    recorded: str | None,
    adapter_path: Path | None,
    whisper_name: str,
    whisper_given: bool,
    whisper: Callable[[], object],
    index: str = "",
    device: str = "cpu",
) -> AudioEncoder:
    """`whisper()` gives the run's loaded Whisper transcriber, shared when the encoder
    is its encoder; `whisper_given`: the run named a Whisper model, which then brings its
    own encoder (so another Whisper on an index is refused as before)."""
    spec = spec or recorded
    if spec and whisper_given and spec.startswith(WHISPER_ENCODER):
        _, sep, options = spec.partition(";")
        spec = f"{WHISPER_ENCODER}{whisper_name}{sep}{options}"
    if spec is None and adapter_path is not None and adapter_path.is_file():
        adapter = Adapter.load(adapter_path)
        spec = f"{adapter.base}{ADAPTER_TAG}{adapter.digest}"
    spec = spec or f"{WHISPER_ENCODER}{whisper_name}"
    base_spec, digest = split_base(spec)
    shared = whisper() if base_spec.startswith(WHISPER_ENCODER) else None
    base = make_audio_encoder(base_spec, whisper=shared, device=device)
    if digest is None:
        return base
    adapter = Adapter.load(adapter_path) if adapter_path and adapter_path.is_file() else None
    if adapter is None or adapter.digest != digest:
        raise ModelMismatchError(
            f"index {index!r} was embedded with adapter {digest}, but {adapter_path} holds "
            f"{'none' if adapter is None else adapter.digest}"
        )
    return AdaptedEncoder(base, adapter)


def whisper_of(audio_model: str | None) -> str | None:
    """The Whisper model whose encoder made an index's audio vectors, if one did."""
    base = split_base(audio_model)[0] if audio_model else ""
    if base.startswith(WHISPER_ENCODER):
        return base[len(WHISPER_ENCODER) :].partition(";")[0]
    return None
