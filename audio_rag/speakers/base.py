"""Speaker encoders: waveforms -> unit-length voice vectors (d-vectors / x-vectors).

Interface (`SpeakerEncoder`): `embed(waveforms) -> (n, dim)` float32 unit rows, `dim`,
`name`. Backends by registry name (`SPEAKER_ENCODERS`): "resemblyzer" (default,
offline: GE2E, see `ge2e`) and "ecapa[:SOURCE]" (SpeechBrain, see `ecapa`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from .._util.registry import Registry


class SpeakerEncoder(Protocol):
    name: str
    dim: int

    def embed(self, waveforms: Sequence[np.ndarray]) -> np.ndarray: ...


SPEAKER_ENCODERS: Registry[Callable[..., SpeakerEncoder]] = Registry("speaker encoder")
DEFAULT_SPEAKER_ENCODER = "resemblyzer"
RECORDED_NAMES = {"resemblyzer-ge2e": "resemblyzer"}
"""Names an index records -> the registry name that rebuilds the encoder."""


def make_speaker_encoder(name: str = DEFAULT_SPEAKER_ENCODER, device: str = "cpu"):
    """By registry name, on the torch `device`; "ecapa:SOURCE" picks an ECAPA hub id or
    folder."""
    kind, _, source = name.partition(":")
    return SPEAKER_ENCODERS.make(kind, source or None, device=device)


def registry_name(encoder_name: str) -> str:
    """The registry name that rebuilds an encoder from the name an index recorded."""
    return RECORDED_NAMES.get(encoder_name, encoder_name)
