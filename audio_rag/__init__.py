"""audio_rag: make audio searchable for retrieval-augmented generation.

Importing the package is light (no torch, no model loading); the heavy parts load on
first use.

    from audio_rag import AudioRAG
    rag = AudioRAG(db="./index")
    rag.ingest(["episode1.mp3", "meetings/"])
    for hit in rag.search("battery storage", k=3):
        print(hit.uri, hit.text)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_EXPORTS = {
    "AudioRAG": ".api",
    "DEFAULT_DB": ".api",
    "Hit": ".hits",
    "IngestReport": ".pipeline",
    "FileResult": ".pipeline",
    "UnitOptions": ".units",
    "TranscribeOptions": ".transcribe",
    "AudioInput": ".audio",
    "load_audio": ".audio",
    "AudioRAGError": ".errors",
    "AudioDecodeError": ".errors",
    "ModelMismatchError": ".errors",
    "MissingDependencyError": ".errors",
    "UnknownNameError": ".errors",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:  # pragma: no cover
    from .api import DEFAULT_DB, AudioRAG
    from .audio import AudioInput, load_audio
    from .errors import (
        AudioDecodeError,
        AudioRAGError,
        MissingDependencyError,
        ModelMismatchError,
        UnknownNameError,
    )
    from .hits import Hit
    from .pipeline import FileResult, IngestReport
    from .transcribe import TranscribeOptions
    from .units import UnitOptions


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module 'audio_rag' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
