"""audio_rag: make audio searchable for retrieval-augmented generation.

Importing the package is light (no torch, no model loading); the heavy parts load on
first use.

    from audio_rag import AudioRAG
    rag = AudioRAG(db="./index")
    rag.ingest(["episode1.mp3", "meetings/"])
    for hit in rag.search("battery storage", k=3):
        print(hit.uri, hit.text)

The names below are the public API; everything else is internal and may change.
Framework adapters: `audio_rag.integrations.langchain` (also `audio_rag.langchain`) and
`audio_rag.integrations.llama_index` (also `audio_rag.llama_index`).
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

__version__ = "0.2.0"

_EXPORTS = {
    # the facade and what it returns
    "AudioRAG": ".api",
    "DEFAULT_DB": ".api",
    "Hit": ".types",
    "Filter": ".types",
    "IngestReport": ".ingest",
    "FileResult": ".ingest",
    "Speaker": ".speakers",
    # options
    "IngestOptions": ".ingest",
    "SearchOptions": ".search",
    "UnitOptions": ".ingest",
    "TranscribeOptions": ".asr",
    "DiarizeOptions": ".speakers",
    # interfaces of pluggable parts
    "Transcriber": ".asr",
    "TextEncoder": ".encoders",
    "AudioEncoder": ".encoders",
    "SpeakerEncoder": ".speakers",
    "Reranker": ".search",
    # audio in
    "AudioInput": ".audio",
    "load_audio": ".audio",
    "AUDIO_EXTENSIONS": ".audio",
    # errors
    "AudioRAGError": ".errors",
    "AudioDecodeError": ".errors",
    "IndexBusyError": ".errors",
    "IndexNotFoundError": ".errors",
    "MissingDependencyError": ".errors",
    "ModelMismatchError": ".errors",
    "UnknownNameError": ".errors",
}

__all__ = sorted([*_EXPORTS, "__version__"])

if TYPE_CHECKING:  # pragma: no cover
    from .api import DEFAULT_DB, AudioRAG
    from .asr import TranscribeOptions, Transcriber
    from .audio import AUDIO_EXTENSIONS, AudioInput, load_audio
    from .encoders import AudioEncoder, TextEncoder
    from .errors import (
        AudioDecodeError,
        AudioRAGError,
        IndexBusyError,
        IndexNotFoundError,
        MissingDependencyError,
        ModelMismatchError,
        UnknownNameError,
    )
    from .ingest import FileResult, IngestOptions, IngestReport, UnitOptions
    from .search import Reranker, SearchOptions
    from .speakers import DiarizeOptions, Speaker, SpeakerEncoder
    from .types import Filter, Hit


def __getattr__(name: str):
    if name in _EXPORTS:
        return getattr(import_module(_EXPORTS[name], __name__), name)
    raise AttributeError(f"module 'audio_rag' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
