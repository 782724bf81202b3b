"""The one Chroma wrapper: where the database is (`Connection`), an index's collections
(`Collections`: opened once, reopened when another process wrote the folder), and the
few ways rows go in and out. Nothing outside `store/` touches Chroma results.

We always pass our own vectors (embedding_function=None): Chroma's default embedding
function would download a model.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from ..errors import AudioRAGError
from ..types import Hit
from .generation import Generation, open_client

logger = logging.getLogger(__name__)

COSINE = {"hnsw": {"space": "cosine"}}
GET_CHUNK = 500
"""Ids per Chroma `get`: SQLite limits the variables of one statement."""


def make_client(
    db: str | Path | None, host: str | None = None, port: int = 8000, fresh: bool = False
):
    """A Chroma client: HTTP when `host` is given, else embedded in folder `db` (created
    if missing).

    db=None gives a private throw-away index: a temporary folder removed when the client
    is garbage-collected or the process exits. (Not Chroma's EphemeralClient: that one
    is shared process-wide and clashes with a user's own client made with other
    settings.)"""
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if host:
        return chromadb.HttpClient(host=host, port=port, settings=settings)
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="audio_rag_", ignore_cleanup_errors=True)
        client = chromadb.PersistentClient(path=tmp.name, settings=settings)
        client._audio_rag_tmp = tmp  # lives (and is cleaned up) with the client
        return client
    Path(db).mkdir(parents=True, exist_ok=True)
    client = open_client(
        lambda: chromadb.PersistentClient(path=str(db), settings=settings), db, fresh
    )
    client._audio_rag_db = Path(db)  # lets a Store notice other processes' writes
    return client


CHROMA_FILE = "chroma.sqlite3"
"""The file an embedded Chroma database keeps in its folder."""


class Connection:
    """Where an index's Chroma database is, opened on first use.

    An embedded folder that holds no database yet is left alone by reads: `present` is
    False and nothing is created until the first write opens it. A ready client (a
    server's, a test's) is used as given."""

    def __init__(
        self, db: str | Path | None = None, host: str | None = None, port: int = 8000, client=None
    ) -> None:
        self.db = Path(db) if db is not None and not host and client is None else None
        self.host, self.port = host, port
        self._client = client
        if client is None and db is None and not host:
            self._client = make_client(None)  # a throw-away index: its folder now
        if client is not None:
            self.db = getattr(client, "_audio_rag_db", None)

    @property
    def present(self) -> bool:
        """Whether a database exists to read (always, for a server or a ready client)."""
        return self._client is not None or self.db is None or (self.db / CHROMA_FILE).is_file()

    @property
    def opened(self) -> bool:
        return self._client is not None

    @property
    def client(self):
        if self._client is None:
            self._client = make_client(self.db, self.host, self.port)
        return self._client

    def reopen(self) -> None:
        """A fresh client of the embedded folder (see `generation`)."""
        self._client = make_client(self.db, fresh=True)

    @property
    def folder(self) -> Path | None:
        """The embedded database's folder (a throw-away index's too); None for a server."""
        if self.host:
            return None
        tmp = getattr(self._client, "_audio_rag_tmp", None)
        return Path(tmp.name) if tmp is not None else self.db

    def describe(self) -> str:
        """Where the database is, for messages."""
        return f"{self.host}:{self.port}" if self.host else str(self.folder)


class Collections:
    """The Chroma collections of one index NAME (NAME + suffix), opened on first use."""

    def __init__(self, conn: Connection, name: str) -> None:
        self.conn, self.name = conn, name
        self._open: dict[str, object] = {}
        self.generation = Generation(conn.db)
        self.on_reopen: list = []
        """Called after the database was reopened (cached state of other processes' writes)."""

    @property
    def client(self):
        return self.conn.client

    def get(self, suffix: str, metadata: dict | None = None, create: bool = False):
        """The collection NAME+suffix; created with `metadata` when `create`, else an
        AudioRAGError when it does not exist."""
        self.sync()
        name = f"{self.name}{suffix}"
        if name not in self._open:
            if not create and not self.conn.present:
                raise AudioRAGError(f"no index named {self.name!r}: no database at {self.conn.db}")
            if create:
                col = self.client.get_or_create_collection(
                    name, metadata=metadata, embedding_function=None, configuration=COSINE
                )
            else:
                try:
                    col = self.client.get_collection(name, embedding_function=None)
                except Exception as e:  # chroma raises NotFoundError / ValueError by version
                    raise AudioRAGError(
                        f"no index named {self.name!r} in this database; ingest something first"
                    ) from e
            self._open[name] = col
        return self._open[name]

    def optional(self, suffix: str):
        """The collection NAME+suffix, or None when it does not exist."""
        try:
            return self.get(suffix)
        except AudioRAGError:
            return None

    def names(self) -> set[str]:
        """Every collection name in the database (empty when there is no database)."""
        if not self.conn.present:
            return set()
        return {c if isinstance(c, str) else c.name for c in self.client.list_collections()}

    def create_fresh(self, suffix: str, metadata: dict):
        """A new, empty collection NAME+suffix (an old one of that name is dropped)."""
        name = f"{self.name}{suffix}"
        if name in self.names():
            self.client.delete_collection(name)
        self._open.pop(name, None)
        return self.client.create_collection(
            name, metadata=metadata, embedding_function=None, configuration=COSINE
        )

    def rename(self, col, suffix: str) -> None:
        """`col` takes the place of NAME+suffix (which is dropped)."""
        self.client.delete_collection(f"{self.name}{suffix}")
        col.modify(name=f"{self.name}{suffix}")
        self._open.clear()

    def batch_size(self) -> int:
        return max(1, self.client.get_max_batch_size())

    def sync(self) -> bool:
        """Reopen an embedded database that another process wrote since we last looked
        (see `audio_rag.store.generation`); True if it was reopened."""
        if not self.generation.changed():
            return False
        if not self.conn.opened:  # nothing read yet: the first open sees the new state
            self.generation.reloaded()
            return False
        logger.info(
            "index %r was written by another process; reopening %s", self.name, self.conn.db
        )
        try:
            self.client.close()
        except Exception:  # an older chromadb without close(): a new client still helps
            logger.debug("could not close the old client", exc_info=True)
        self._open.clear()
        self.conn.reopen()
        self.generation.reloaded()
        for hook in self.on_reopen:
            hook()
        return True

    def changed(self) -> None:
        """Record a write of ours that other processes must notice."""
        self.generation.bump()


def write(col, ids: Sequence[str], vecs, metas, docs, step: int) -> None:
    """Upsert rows in batches of `step` (Chroma's limit)."""
    for i in range(0, len(ids), step):
        col.upsert(
            ids=list(ids[i : i + step]),
            embeddings=np.asarray(vecs[i : i + step]),
            metadatas=list(metas[i : i + step]),
            documents=list(docs[i : i + step]),
        )


def rows(got: dict) -> list[tuple[str, dict, str | None]]:
    """(id, metadata, document) of a Chroma `get` result."""
    docs = got.get("documents") or [None] * len(got["ids"])
    return list(zip(got["ids"], got["metadatas"], docs))


def pages(col, include: list[str], where: dict | None = None, size: int = 5000):
    """Every record of `col` (matching `where`), a page at a time."""
    offset = 0
    while True:
        got = col.get(include=include, where=where, limit=size, offset=offset)
        if not got["ids"]:
            return
        yield got
        offset += len(got["ids"])


def nearest(col, vector: np.ndarray, n: int, where: dict | None) -> dict:
    """Chroma's `n` nearest rows to `vector` (fewer when the collection holds fewer).
    Counting first costs ~9 ms at 100k units, so only an older Chroma that refuses
    n above the collection size gets its count."""
    include = ["metadatas", "documents", "distances"]
    try:
        return col.query(query_embeddings=[vector], n_results=n, where=where, include=include)
    except Exception:  # chroma raises its own error types, which differ by version
        size = col.count()
        if size == 0:
            return {"ids": [[]], "metadatas": [[]], "documents": [[]], "distances": [[]]}
        if size >= n:
            raise
        return col.query(query_embeddings=[vector], n_results=size, where=where, include=include)


def hit_of(uid: str, m: dict, doc: str | None, score: float, channel: str) -> Hit:
    return Hit(
        source=m.get("source", ""),
        start=float(m["start"]),
        end=float(m["end"]),
        text=doc or "",
        score=score,
        speaker=m.get("speaker") or None,
        speaker_name=m.get("speaker_name") or None,
        source_id=m.get("source_id", ""),
        unit_id=uid,
        kind=m.get("kind", "speech"),
        language=m.get("language"),
        channel=channel,
    )
