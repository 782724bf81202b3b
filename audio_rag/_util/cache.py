"""The local cache folder of audio_rag (derived data that can be rebuilt)."""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    """$AUDIO_RAG_CACHE, else $XDG_CACHE_HOME/audio_rag, else ~/.cache/audio_rag."""
    if os.environ.get("AUDIO_RAG_CACHE"):
        return Path(os.environ["AUDIO_RAG_CACHE"])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "audio_rag"
