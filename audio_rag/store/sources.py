"""The manifest (NAME-sources): one record per complete source. A source's record is
written last, so a crash leaves it incomplete; searches show only complete sources."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ..audio import file_digest
from ..errors import AudioRAGError
from ..types import Hit
from .chroma import Collections
from .records import SOURCES, SourceRecord


class SourceTable:
    def __init__(self, cols: Collections) -> None:
        self.cols = cols

    def finish(self, records: SourceRecord | Sequence[SourceRecord]) -> None:
        """Mark sources complete (one write)."""
        records = [records] if isinstance(records, SourceRecord) else list(records)
        step = self.cols.batch_size()
        for i in range(0, len(records), step):
            part = records[i : i + step]
            self.cols.get(SOURCES).upsert(
                ids=[r.source_id for r in part],
                embeddings=[[0.0]] * len(part),
                metadatas=[r.as_metadata() for r in part],
            )

    def all(self, path: str | None = None) -> list[dict]:
        """Records of complete sources (all, or those at `path`)."""
        where = {"path": path} if path is not None else None
        got = self.cols.get(SOURCES).get(where=where, include=["metadatas"])
        return [{"source_id": i, **m} for i, m in zip(got["ids"], got["metadatas"])]

    def get(self, source_id: str) -> dict | None:
        got = self.cols.get(SOURCES).get(ids=[source_id], include=["metadatas"])
        return {"source_id": source_id, **got["metadatas"][0]} if got["ids"] else None

    def delete(self, source_id: str) -> None:
        self.cols.get(SOURCES).delete(ids=[source_id])

    def count(self) -> int:
        return self.cols.get(SOURCES).count()

    def complete(self, hits: list[Hit]) -> list[Hit]:
        """`hits` of complete sources only: an ingest in progress shows nothing of the
        file it is writing, and a changed file its old version until replaced."""
        sids = sorted({h.source_id for h in hits})
        done = set(self.cols.get(SOURCES).get(ids=sids, include=[])["ids"]) if sids else set()
        return [h for h in hits if h.source_id in done]

    def resolve(self, source: str) -> str:
        """Source id of a path (any spelling: relative, ~, symlink; the file may be gone),
        of an id or its prefix, or of a bare file name ("ep1.mp3") one source has."""
        text = str(source)
        if text and self.get(text) is not None:
            return text  # an exact source id: no need to read every record
        records = self.all()
        ids = [r["source_id"] for r in records if r["source_id"].startswith(text)]
        if text and len(ids) == 1:
            return ids[0]
        path = Path(text).expanduser()
        resolved = str(path.resolve())
        for r in records:
            if r["path"] == resolved:
                return r["source_id"]
        if path.is_file() and any(r["source_id"] == file_digest(path)[:16] for r in records):
            return file_digest(path)[:16]
        return _by_name(text, records, self.cols.name)


def _by_name(text: str, records: list[dict], index: str) -> str:
    """The one source whose file is called `text` (a bare file name)."""
    named = [r["source_id"] for r in records if Path(text).name == text and text
             and Path(r["path"]).name == text]  # fmt: skip
    if len(named) == 1:
        return named[0]
    if named:
        raise AudioRAGError(
            f"{text}: {len(named)} indexed sources have this name; give more of the path "
            "or a source id (see `audio-rag info`)"
        )
    raise AudioRAGError(f"{text}: not in index {index!r} (see `audio-rag info`)")
