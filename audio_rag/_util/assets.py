"""Files shipped inside the package (`audio_rag/data/`), found by one helper."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "data"


def asset(name: str) -> Path:
    """The path of a bundled file, e.g. asset("sample_podcast.mp3")."""
    return DATA / name
