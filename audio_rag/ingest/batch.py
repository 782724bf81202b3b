"""Writes of many files gathered into few: a sound library of thousands of one-second
files spends most of its time on fixed costs per write (a Chroma upsert, a SQLite
commit, a thread pool for the encoder), not on its audio.

`WriteBatch` queues the blocks the pipeline has cut into units (with their audio clips
and texts) and writes them together: one audio-encoder call and one text-encoder call
for all of them, one write per table, then one manifest write for the sources they
complete. Sources are begun (leftovers of an unfinished earlier run deleted) in one
delete before the first write. A source's record is written after all its units, as
for a single file: a crash leaves only incomplete sources, which the next run redoes.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from ..audio import SAMPLE_RATE
from ..audio.fingerprint import FingerprintIndex
from ..encoders import AudioEncoder, TextEncoder
from ..store import Block, Index, SourceRecord
from ..types import Unit
from .contextual import embed_with_context

logger = logging.getLogger(__name__)


@dataclass
class Queued:
    """One block's units, waiting for their vectors."""

    base: dict
    units: list[Unit]
    clips: list[np.ndarray]  # the audio of each unit
    context: list[str]  # context texts of the speech units
    links: dict[str, str]
    names: dict[str, str] | None = None

    @property
    def seconds(self) -> float:
        return sum(len(c) for c in self.clips) / SAMPLE_RATE


@dataclass
class WriteBatch:
    """`files`: write once this many sources are complete (1: every block as it is done);
    `seconds`: or once this much unit audio is queued (bounds memory on long recordings)."""

    index: Index
    text: TextEncoder
    audio: AudioEncoder
    prints: FingerprintIndex | None = None
    files: int = 1
    seconds: float = 600.0
    _queued: list[Queued] = field(default_factory=list)
    _records: list[SourceRecord] = field(default_factory=list)
    _begun: list[str] = field(default_factory=list)  # to clear before the first write
    _prints: list[tuple] = field(default_factory=list)  # fingerprint rows to insert
    _replaced: list[str] = field(default_factory=list)  # old versions to remove after

    def empty(self) -> bool:
        """Whether everything added so far is written."""
        return not (self._waiting() or self._replaced)

    def _waiting(self) -> bool:
        """Whether writes are queued (old versions to remove aside)."""
        return bool(self._queued or self._records or self._begun or self._prints)

    def remove_after(self, source_ids: list[str]) -> None:
        """Remove these sources (older versions of files in this batch) once the batch's
        records are written: at once when nothing is waiting."""
        self._replaced += source_ids
        if not self._waiting():
            self._remove_replaced()

    def _remove_replaced(self) -> None:
        for sid in self._replaced:
            self.index.remove_source(sid)
        self._replaced = []

    def record(self, source_id: str) -> SourceRecord | None:
        """The record of a source finished in this batch and not yet written."""
        return next((r for r in self._records if r.source_id == source_id), None)

    def begin(self, source_id: str) -> None:
        self._begun.append(source_id)

    def add_prints(self, rows: list[tuple]) -> None:
        """Queue fingerprint rows (`FingerprintIndex.rows`)."""
        if self.prints is not None:
            self._prints += rows

    def add(self, block: Queued) -> None:
        self._queued.append(block)
        if self.files <= 1 or sum(q.seconds for q in self._queued) >= self.seconds:
            self.flush(records=False)

    def finish(self, record: SourceRecord) -> None:
        """A source is complete: its record goes in after its units."""
        self._records.append(record)
        if len(self._records) >= self.files:
            self.flush()

    def discard(self, source_id: str) -> None:
        """A source failed: forget what is queued of it and delete what was written."""
        self._queued = [q for q in self._queued if q.base["source_id"] != source_id]
        self._prints = [r for r in self._prints if r[1] != source_id]
        self._records = [r for r in self._records if r.source_id != source_id]
        if source_id in self._begun:
            self._begun.remove(source_id)
        self.index.delete_units(source_id)  # what was written, leftovers, fingerprints

    def flush(self, records: bool = True) -> None:
        """Write everything queued (and, with `records`, the finished sources' records)."""
        if self._begun:  # leftovers of an unfinished run (and their fingerprints) go first
            self.index.begin_source(self._begun)
            self._begun = []
        if self._queued:
            self.index.add_blocks(self._vectors(self._queued))
            self._queued = []
        if self.prints is not None and self._prints:
            self.prints.insert(self._prints)
            self._prints = []
        if records and self._records:
            self.index.finish_sources(self._records)
            self._records = []
        if records:
            self._remove_replaced()

    def _vectors(self, queued: list[Queued]) -> list[Block]:
        """Every queued block's vectors, from one call of each encoder."""
        own = [[u.text for u in q.units if u.text] for q in queued]
        context = [q.context for q in queued]
        flat_own, flat_context = sum(own, []), sum(context, [])
        if flat_own:
            text, ctx = embed_with_context(self.text.embed, flat_own, flat_context)
        else:
            text = ctx = np.zeros((0, 1), np.float32)
        audio = self.audio.embed_audio([c for q in queued for c in q.clips])
        blocks, t, a = [], 0, 0
        for q, mine in zip(queued, own):
            n, m = len(mine), len(q.units)
            vecs, context = text[t : t + n], (ctx[t : t + n], q.links)
            blocks.append(Block(q.base, q.units, vecs, audio[a : a + m], q.names, context))
            t, a = t + n, a + m
        return blocks
