"""Noticing that another process wrote an embedded index.

Chroma's embedded client keeps each collection's vector index in memory, per process.
A process that opened an index before another process wrote it goes on answering
from the old vector index: deleted units are still found, new ones missed, and
fetching vectors fails ("Error finding id"). So every write that finishes a source
or deletes units replaces a small token file in the database folder, and an index's `Collections`
reopens its client when the token is not the one its Chroma system was loaded with
(its own writes count as seen). A Chroma server has one process and needs none of this.

Chroma shares one in-memory system per folder within a process, cached by the
folder's name; reopening drops that cache entry so that a fresh system is loaded
(clients made earlier keep the one they hold). This reaches into a private part of
chromadb, guarded: if its layout changes, reopening degrades to "make a new client".
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

_LOADED: dict[str, str] = {}
"""Database folder -> the token its Chroma system in this process was loaded at
(mirrors chromadb's own process-wide cache of systems)."""

TOKEN_FILE = ".audio_rag.generation"


def _key(db: str | os.PathLike) -> str:
    return str(Path(db).resolve())


def read_token(db: str | os.PathLike) -> str:
    try:
        return (Path(db) / TOKEN_FILE).read_text()
    except OSError:
        return ""


def _systems() -> dict:
    """chromadb's process-wide cache of systems by folder ({} if its layout changed)."""
    try:
        from chromadb.api.shared_system_client import SharedSystemClient

        return SharedSystemClient._identifier_to_system
    except (ImportError, AttributeError):
        return {}


def open_client(make, db: str | os.PathLike, fresh: bool = False):
    """`make()` an embedded client of `db`, recording the token its system reflects.
    fresh=True drops chromadb's cached system of the folder first, so the client
    loads what is on disk now (other clients keep the one they hold)."""
    token = read_token(db)  # read first: a write during loading is noticed later
    cache = _systems()
    if fresh:
        cache.pop(str(db), None)
    had = str(db) in cache
    client = make()
    if not had or _key(db) not in _LOADED:
        _LOADED[_key(db)] = token
    return client


class Generation:
    """The change token of the embedded database in folder `db` (None: not tracked)."""

    def __init__(self, db: str | os.PathLike | None) -> None:
        self.db = db
        self.last = _LOADED.get(_key(db), read_token(db)) if db is not None else ""

    def bump(self) -> None:
        """Record a write of ours: a new token that other processes will notice."""
        if self.db is None:
            return
        token = uuid.uuid4().hex
        path = Path(self.db) / TOKEN_FILE
        tmp = path.with_name(f"{TOKEN_FILE}.{os.getpid()}.tmp")
        tmp.write_text(token)
        os.replace(tmp, path)  # atomic: readers see the old token or the new one
        self.last = _LOADED[_key(self.db)] = token

    def changed(self) -> bool:
        """Whether the database changed since our client's system was loaded."""
        return self.db is not None and read_token(self.db) != self.last

    def reloaded(self) -> None:
        """Our client was just reopened: it reflects what `open_client` recorded."""
        if self.db is not None:
            self.last = _LOADED.get(_key(self.db), read_token(self.db))
