"""Model names -> where to load them from. Nothing is downloaded here.

A name resolves to a local folder when one exists, else to a copy bundled in an installed
package (offline, no network; `audio_rag/data/bundled_models.json`), else is passed on as
a hub id or size. A model split over several packages is assembled once into the cache
folder (`$AUDIO_RAG_CACHE/models/`).
"""

from __future__ import annotations

import importlib.util
import json
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .assets import asset
from .cache import cache_dir

logger = logging.getLogger(__name__)

DEFAULT_WHISPER = "tiny.en"
DEFAULT_TEXT_MODEL = "all-MiniLM-L6-v2"


@dataclass(frozen=True)
class ResolvedModel:
    """`name` is what gets recorded in the index; `location` is what the backend loads."""

    name: str
    location: str
    bundled: bool


@lru_cache(maxsize=1)
def bundled_models() -> dict:
    return json.loads(asset("bundled_models.json").read_text())


def bundled_entry(kind: str, name: str) -> dict | None:
    """The bundled-model record a name (or alias) of `kind` refers to, if any."""
    for entry in bundled_models().get(kind, []):
        if name == entry["name"] or name in entry.get("aliases", ()):
            return entry
    return None


def resolve(kind: str, name: str) -> ResolvedModel:
    """Resolve a model name of `kind` ("whisper" or "text")."""
    if os.path.isdir(os.path.expanduser(name)):
        path = str(Path(name).expanduser().resolve())
        return ResolvedModel(name=path, location=path, bundled=False)
    entry = bundled_entry(kind, name)
    folder = _bundled_folder(entry) if entry else None
    if folder is not None:
        return ResolvedModel(name=entry["name"], location=str(folder), bundled=True)
    return ResolvedModel(name=name, location=name, bundled=False)


def package_file(package: str, relative: str) -> Path | None:
    """A file inside an installed package (None when the package is not installed)."""
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / relative
    return path if path.exists() else None


def _bundled_folder(entry: dict) -> Path | None:
    if "folder" in entry:
        return package_file(entry["package"], entry["folder"])
    pieces = {f: [package_file(p, r) for p, r in parts] for f, parts in entry["pieces"].items()}
    if any(p is None for parts in pieces.values() for p in parts):
        return None
    return assembled(entry["name"], pieces)


def assembled(name: str, pieces: dict[str, list[Path]]) -> Path:
    """The folder `cache/models/NAME-SIZE` holding each file of `pieces` as the
    concatenation of its parts, written once (atomically: a folder beside it, renamed)."""
    size = sum(p.stat().st_size for parts in pieces.values() for p in parts)
    target = cache_dir() / "models" / f"{name}-{size}"
    if target.is_dir():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    logger.info("assembling the bundled model %s into %s (once)", name, target)
    with tempfile.TemporaryDirectory(
        dir=target.parent, prefix=f".{name}-", ignore_cleanup_errors=True
    ) as tmp:
        for file, parts in pieces.items():
            with open(Path(tmp) / file, "wb") as out:
                for part in parts:
                    with open(part, "rb") as src:
                        shutil.copyfileobj(src, out, 1 << 22)
        try:
            os.rename(tmp, target)
        except OSError:  # another process assembled it first
            if not target.is_dir():
                raise
    return target
