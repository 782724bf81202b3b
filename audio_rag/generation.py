"""Noticing that another process wrote an embedded index.

Chroma's embedded client keeps each collection's vector index in memory, per process.
A process that opened an index before another process wrote it goes on answering
from the old vector index: deleted units are still found, new ones missed, and
fetching vectors fails ("Error finding id"). So every write that finishes a source
or deletes units replaces a small token file next to the database, and a `Store`
reopens its client when the token is not the one it saw last (its own writes update
what it saw). A Chroma server has one process and needs none of this.

Limit: Chroma shares one in-memory system per folder within a process, so reopening
gives fresh data only once every client of that folder in the process is closed; keep
one `AudioRAG` per index per process (or use a Chroma server).
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path


class Generation:
    """The change token of one index in folder `db` (None: nothing to track)."""

    def __init__(self, db: str | os.PathLike | None, name: str) -> None:
        self.path = Path(db) / f".audio_rag-{name}.generation" if db is not None else None
        self.last = self._read()

    def _read(self) -> str:
        if self.path is None:
            return ""
        try:
            return self.path.read_text()
        except OSError:
            return ""

    def bump(self) -> None:
        """Record a write of ours: a new token others will notice."""
        if self.path is None:
            return
        token = uuid.uuid4().hex
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        tmp.write_text(token)
        os.replace(tmp, self.path)  # atomic: readers see the old token or the new one
        self.last = token

    def changed(self) -> bool:
        """Whether another process wrote since we last looked (and now we have looked)."""
        token = self._read()
        if token == self.last:
            return False
        self.last = token
        return True
