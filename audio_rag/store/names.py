"""The name table: BM25 over what each sound's file says of itself (its name's words and
its tags: `SourceRecord.name_text`, see `audio_rag.audio.tags`), one document per source,
found as the source's first unit (`SourceRecord.name_unit`), so "door slam" finds
`door_slam_03.wav` with no audio-text model. Only sources without any transcript have a
document: speech is found by its words, not by its file's name.

Like the keyword table it is a derived copy (a `KeywordIndex` file beside it, `NAME-names`),
kept in step with the manifest on every write and delete and rebuilt from the manifest
when its document count differs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace

from ..types import Hit
from .chroma import Collections
from .keyword import DerivedIndex
from .records import SourceRecord
from .units import UnitTable

logger = logging.getLogger(__name__)


class NameTable(DerivedIndex):
    suffix = "-names"

    def __init__(self, cols: Collections, units: UnitTable) -> None:
        super().__init__(cols)
        self.units = units

    def add(self, records: Sequence[SourceRecord]) -> None:
        named = [r for r in records if r.name_unit and r.name_text]
        if named:
            self.index.add(
                [r.name_unit for r in named], [r.name_text for r in named],
                [r.source_id for r in named],
            )  # fmt: skip

    def remove_sources(self, source_ids: Sequence[str]) -> None:
        if self._exists():
            super().remove_sources(source_ids)

    def sync(self, records: Callable[[], list[dict]]) -> None:
        """Rebuild from the manifest (`records()`) when the document count differs;
        checked once until another process writes (a server's: every time)."""
        if self._fresh:
            return
        self._fresh = self.cols.conn.db is not None
        named = [r for r in records() if r.get("name_unit") and r.get("name_text")]
        if not named and not self._exists():
            return
        if self.index.count() != len(named):
            logger.info("name index of %r is stale: rebuilding it", self.cols.name)
            rows = ((r["name_unit"], r["name_text"], r["source_id"], "en") for r in named)
            self.index.rebuild(rows)

    def query(self, text: str, k: int, where: dict | None) -> list[Hit]:
        """Units whose file's name and tags best match `text` (score: BM25, channel
        "name"), among the units `where` admits."""
        if not self._exists():
            return []
        ranked = dict(self.index.search(text, max(2 * k, 50)))
        if not ranked:
            return []
        found = self.units.listed("audio", where, ids=list(ranked))
        hits = [_scored(h, ranked[h.unit_id]) for h in found]
        return sorted(hits, key=lambda h: -h.score)[:k]

    def _exists(self) -> bool:
        """Whether there is a name index to read (reads and deletes create none)."""
        if self._index is not None:
            return True
        path = self.path()
        return path is None or path.is_file()


def _scored(hit: Hit, score: float) -> Hit:
    return replace(hit, score=score, channel="name")
