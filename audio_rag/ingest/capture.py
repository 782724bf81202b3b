"""One file ingested without the index: what a distributed worker computes and the one
writer applies.

A worker runs the same `Ingestor` as a local ingest, against stand-ins that keep what it
would have written (`CapturedIndex`, `CapturedPrints`) and a registry that names each
block's voices with placeholders (`PlaceholderVoices`), because linking voices across
recordings needs every earlier recording's voices: only the writer has them. The result,
a `FileWork` (units with their vectors, fingerprint rows, the manifest record, the
block's voice centroids), is applied by `apply_work` in file order: voices linked by the
index's `SpeakerRegistry` exactly as a local ingest links them, placeholders replaced by
speaker ids, then the writes of `WriteBatch.flush` in the same order (leftovers of an
unfinished earlier attempt deleted, units, fingerprints, the record last). Unit ids are
content hashes with times, so applying a file twice writes nothing new.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from ..audio.fingerprint import FingerprintIndex
from ..store import Block, SourceRecord
from .batch import WriteBatch
from .catalog import Catalog
from .pipeline import Ingestor
from .report import FileResult

PLACEHOLDER = "~voice"


@dataclass
class Voices:
    """One block's clusters as the diarizer found them: placeholder -> centroid, seconds."""

    centroids: dict[str, np.ndarray]
    seconds: dict[str, float]


@dataclass
class FileWork:
    """Everything a worker computed for one file, to be applied by the one writer."""

    result: FileResult
    blocks: list[Block] = field(default_factory=list)
    prints: list[tuple] = field(default_factory=list)
    records: list[SourceRecord] = field(default_factory=list)
    voices: list[Voices] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # older versions at the same path
    begun: list[str] = field(default_factory=list)


class CapturedIndex:
    """The writes `Ingestor` and `WriteBatch` make, kept instead of written."""

    def __init__(self, work: FileWork) -> None:
        self.work = work

    def begin_source(self, source_id) -> None:
        ids = [source_id] if isinstance(source_id, str) else list(source_id)
        self.work.begun += ids

    def add_blocks(self, blocks) -> None:
        self.work.blocks += list(blocks)

    def finish_sources(self, records) -> None:
        self.work.records += list(records)

    def delete_units(self, source_id) -> None:
        """A failed file: nothing of it is applied."""
        ids = {source_id} if isinstance(source_id, str) else set(source_id)
        self.work.blocks = [b for b in self.work.blocks if b.base["source_id"] not in ids]
        self.work.prints = [r for r in self.work.prints if r[1] not in ids]

    def remove_source(self, source_id: str) -> None:
        self.work.removed.append(source_id)


class CapturedPrints(FingerprintIndex):
    """Fingerprint rows computed as usual and kept, not inserted (no SQLite file)."""

    def __init__(self, work: FileWork) -> None:
        super().__init__(Path("/nonexistent/never-written.sqlite"))
        self.work = work

    def insert(self, rows: list[tuple]) -> int:
        self.work.prints += rows
        return len(rows)


class PlaceholderVoices:
    """Stands in for `SpeakerRegistry` on a worker: each block's clusters get
    placeholder ids, and their centroids are kept for the writer to link."""

    def __init__(self, work: FileWork) -> None:
        self.work, self.token = work, uuid.uuid4().hex[:12]  # unique to this file's run

    def assign(self, centroids: dict[str, np.ndarray], seconds: dict[str, float]) -> dict:
        n = len(self.work.voices)
        mapping = {k: f"{PLACEHOLDER}.{self.token}.{n}.{k}" for k in centroids}
        named = {mapping[k]: v for k, v in centroids.items()}
        self.work.voices.append(Voices(named, {mapping[k]: s for k, s in seconds.items()}))
        return mapping

    def names(self) -> dict[str, str]:
        return {}


def capture_file(
    ingestor: Ingestor, path: str | Path, records: list[dict], fingerprints: bool = True
) -> FileWork:
    """Ingest one file with `ingestor` (its diarizer, models and options) into a
    `FileWork`; `records`: the index's manifest, so unchanged files are told apart."""
    work = FileWork(FileResult(str(path), "failed"))
    index = CapturedIndex(work)
    ingestor.catalog = Catalog(records)
    ingestor.speakers = PlaceholderVoices(work) if ingestor.diarizer else None
    ingestor.prints = CapturedPrints(work) if fingerprints else None
    batch = WriteBatch(index, ingestor.text, ingestor.audio, ingestor.prints)
    opened = ingestor.open(Path(path), ingestor.catalog.ids())  # known files: hash only
    work.result = ingestor.ingest_file(index, Path(path), batch=batch, opened=opened)
    batch.flush()
    return work


def apply_work(index, registry, prints, work: FileWork) -> FileResult:
    """Write one worker's file into `index` (the one writer), linking its voices with
    `registry` (None: not diarized) and inserting its rows into `prints` (None: none)."""
    result, sid = work.result, work.result.source_id
    if result.status == "failed":
        if sid and index.sources.get(sid) is None:  # an unfinished attempt's leftovers go,
            index.delete_units(sid)  # as a local ingest deletes them
        return result
    known = index.sources.get(sid) if result.status == "ingested" else None
    if known is not None:  # the same audio under another path, written earlier this run
        result = replace(result, status="unchanged", same_as=known["path"])
    if result.status != "ingested":
        for old in work.removed:
            index.remove_source(old)
        return result
    ids: dict[str, str] = {}
    for voices in work.voices:  # in block order, as a local ingest links them
        if registry is not None and voices.centroids:
            ids.update(registry.assign(voices.centroids, voices.seconds))
    names = registry.names() if registry is not None and ids else None
    if work.begun:
        index.begin_source(work.begun)
    index.add_blocks([_relabelled(b, ids, names) for b in work.blocks])
    if prints is not None and work.prints:
        prints.insert(work.prints)
    index.finish_sources(work.records)
    for old in work.removed:  # after the new units, so the voices they share stay
        index.remove_source(old)
    return work.result


def _relabelled(block: Block, ids: dict[str, str], names: dict[str, str] | None) -> Block:
    units = [replace(u, speaker=ids.get(u.speaker, u.speaker)) for u in block.units]
    return replace(block, units=units, names=names if ids else block.names)
