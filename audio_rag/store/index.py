"""One index in one Chroma database: its tables over one Chroma wrapper, and the
operations that span tables (create, write a source, delete a source everywhere,
search only complete sources).

Tables (see each module): `units` (NAME: speech units with transcript vectors,
NAME-audio: every unit with audio vectors), `context` (NAME-context), `sources`
(NAME-sources, the manifest), `keyword` (BM25 beside Chroma), voices (NAME-speakers,
`voices(encoder)`). Ids are deterministic (source content hash + unit times), so
re-ingesting the same file writes the same ids.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from ..errors import AudioRAGError, IndexNotFoundError, ModelMismatchError
from ..types import Hit, Unit
from .chroma import Collections, Connection, write
from .context import ContextTable
from .keyword import KeywordTable
from .names import NameTable
from .records import (
    AUDIO,
    CONTEXT,
    DEFAULT_COLLECTION,
    NAME_PATTERN,
    SCHEMA_VERSION,
    SOURCES,
    TEXT,
    IndexModels,
    SourceRecord,
)
from .sources import SourceTable
from .units import UnitTable
from .voices import VoiceTable, recorded_encoder

logger = logging.getLogger(__name__)

DeleteHook = Callable[[list[str], dict[str, dict[str, float]]], None]
"""Called after sources' units are deleted, with their ids and, by id, the seconds of
their speakers (sources without speakers are absent)."""


@dataclass
class Block:
    """Units of one source to write (`Index.add_blocks`): `base` its shared metadata,
    `text_vecs` rows for the units with text, `audio_vecs` one row per unit, `names`
    speaker id -> name, `context` the speech units' context vectors and links."""

    base: dict
    units: list[Unit]
    text_vecs: np.ndarray
    audio_vecs: np.ndarray
    names: dict[str, str] | None = None
    context: tuple[np.ndarray, Mapping[str, str]] | None = None


class Index:
    """One index (its Chroma collections and side tables) in one Chroma database."""

    def __init__(self, conn: Connection | object, name: str = DEFAULT_COLLECTION) -> None:
        """`conn`: a `Connection`, or a ready Chroma client."""
        if not NAME_PATTERN.fullmatch(name):
            raise AudioRAGError(
                f"invalid collection name {name!r}: use 3-500 characters from a-z A-Z 0-9 . _ -, "
                "starting and ending with a letter or digit"
            )
        self.name = name
        self.conn = conn if isinstance(conn, Connection) else Connection(client=conn)
        self.cols = Collections(self.conn, name)
        self.units = UnitTable(self.cols)
        self.context = ContextTable(self.cols, self.units)
        self.sources = SourceTable(self.cols)
        self.keyword = KeywordTable(self.cols)
        self.names = NameTable(self.cols, self.units)
        self.on_delete: list[DeleteHook] = []

    # ---- existence and models ------------------------------------------------------
    def exists(self) -> bool:
        try:
            self.cols.get(TEXT)
            return True
        except AudioRAGError:
            return False

    def index_names(self) -> list[str]:
        """The audio_rag indexes in this database ([] when there is no database)."""
        names = self.cols.names()
        return sorted(n for n in names if f"{n}{SOURCES}" in names and f"{n}{AUDIO}" in names)

    def require(self) -> None:
        """Raise `IndexNotFoundError` unless this index exists, saying what is there
        instead. Creates nothing."""
        where = self.conn.describe()
        if self.conn.db is not None and not self.conn.db.exists():
            raise IndexNotFoundError(f"no index at {where} (no such folder)")
        if not self.conn.present:
            raise IndexNotFoundError(f"no index at {where} (not an audio_rag database)")
        if not self.exists():
            there = ", ".join(self.index_names()) or "none"
            raise IndexNotFoundError(
                f"no index {self.name!r} at {where} (collections there: {there})"
            )

    def models(self) -> IndexModels | None:
        """The models recorded for this index (None if it does not exist yet)."""
        return IndexModels.from_metadata(self.cols.get(TEXT).metadata) if self.exists() else None

    def check(self, text_model: str, audio_model: str) -> None:
        """Refuse, clearly, to mix other models' vectors into an existing index."""
        have = self.models()
        if have is not None and (have.text_model, have.audio_model) != (text_model, audio_model):
            raise ModelMismatchError(
                f"index {self.name!r} holds vectors of text model {have.text_model!r} and audio "
                f"encoder {have.audio_model!r}; this run uses {text_model!r} and "
                f"{audio_model!r}. Use the same models (e.g. --whisper), another "
                "--collection, or re-embed the index (`audio-rag reembed --encoder ...`)."
            )

    def ensure(self, models: IndexModels) -> None:
        """Create the index for `models`, or check that it was built with them."""
        self.check(models.text_model, models.audio_model)
        meta = models.as_metadata()
        for suffix in (TEXT, AUDIO, CONTEXT):
            self.cols.get(suffix, meta, create=True)
        self.cols.get(SOURCES, {"audio_rag_schema": SCHEMA_VERSION}, create=True)

    def voices(self, encoder_name: str | None = None) -> VoiceTable:
        """The voices table for a speaker encoder (the recorded one when None)."""
        return VoiceTable(self.cols, encoder_name or self.speaker_encoder_name() or "")

    def speaker_encoder_name(self) -> str | None:
        return recorded_encoder(self.cols)

    # ---- writes ------------------------------------------------------------------
    def begin_source(self, source_id: str | Sequence[str]) -> None:
        """Drop any units a previous, unfinished ingest of these sources left behind."""
        self.delete_units(source_id)

    def add_units(
        self,
        base: dict,
        units: Sequence[Unit],
        text_vecs: np.ndarray,
        audio_vecs: np.ndarray,
        names: dict[str, str] | None = None,
        context: tuple[np.ndarray, Mapping[str, str]] | None = None,
    ) -> None:
        """Write units of one source: every table in step. `context`: the speech units'
        context vectors and their links (unit id -> the unit spoken next)."""
        self.add_blocks([Block(base, list(units), text_vecs, audio_vecs, names, context)])

    def add_blocks(self, blocks: Sequence[Block]) -> None:
        """Write the units of several blocks (of one or many sources) at once: one write
        per table, however many sources (what makes a library of short files fast)."""
        rows = [self.units.rows(b.base, b.units, b.names) for b in blocks]
        if not any(ids for ids, _, _ in rows):
            return
        ids, metas, docs = (sum((list(r[i]) for r in rows), []) for i in range(3))
        text = [b.text_vecs for b in blocks if len(b.text_vecs)]
        audio = np.concatenate([np.asarray(b.audio_vecs) for b in blocks if len(b.units)])
        s_ids, s_metas, s_docs = self.units.write(ids, metas, docs, text, audio)
        with_context = [b.context for b in blocks if b.context is not None and len(b.context[0])]
        if with_context:
            links = {k: v for _, ln in with_context for k, v in ln.items()}
            vecs = np.concatenate([c for c, _ in with_context])
            self.context.write(s_ids, vecs, s_metas, s_docs, links)
        sids = [m["source_id"] for m in s_metas]
        self.keyword.add(s_ids, s_docs, sids, [m.get("language") for m in s_metas])

    def finish_source(self, record: SourceRecord) -> None:
        """Mark a source complete (written last, so a crash leaves it incomplete)."""
        self.finish_sources([record])

    def finish_sources(self, records: Sequence[SourceRecord]) -> None:
        """Mark sources complete, in one write."""
        if records:
            self.sources.finish(records)
            self.names.add(records)
            self.cols.changed()

    def delete_units(self, source_id: str | Sequence[str]) -> None:
        """Delete the units of a source (or of several) everywhere (every unit table, the
        keyword index); the one place units are deleted, so `on_delete` hooks
        (fingerprints, the voices' seconds) follow it."""
        sids = [source_id] if isinstance(source_id, str) else list(source_id)
        if not sids:
            return
        seconds = self.units.speaker_seconds(sids) if self.exists() else {}
        if self.exists():
            self.units.delete(sids)
            self.context.forget()
        self.keyword.remove_sources(sids)
        self.names.remove_sources(sids)
        for hook in self.on_delete:
            hook(sids, seconds)
        self.cols.changed()

    def remove_source(self, source_id: str) -> None:
        """Remove a source everywhere: its manifest record first (so an interrupted
        removal leaves no false record, only units that a re-run deletes), then its
        units and whatever `on_delete` hooks hold."""
        self.sources.delete(source_id)
        self.delete_units(source_id)

    def replace_audio_vectors(self, models: IndexModels, vectors: dict[str, np.ndarray]) -> None:
        """Re-embedded audio: every unit of NAME-audio gets its new vector (by unit id)
        and the index records `models`. The new vectors go to a side collection first,
        which then takes the place of the old one (dimensions may differ)."""
        got = self.cols.get(AUDIO).get(include=["metadatas", "documents"])
        missing = [i for i in got["ids"] if i not in vectors]
        if missing:
            raise AudioRAGError(f"no new vector for {len(missing)} units, e.g. {missing[0]}")
        meta = models.as_metadata()
        new = self.cols.create_fresh(f"{AUDIO}-reembed", meta)
        vecs = np.stack([vectors[i] for i in got["ids"]]) if got["ids"] else []
        write(new, got["ids"], vecs, got["metadatas"], got["documents"], self.cols.batch_size())
        self.cols.rename(new, AUDIO)
        self.cols.get(TEXT).modify(metadata=meta)

    # ---- searches (complete sources only) -----------------------------------------------
    def query(self, vector, k: int, channel: str, where: dict | None = None) -> list[Hit]:
        """Nearest units to `vector` on `channel` ("text", "context", "audio",
        "audio_text"); score = cosine similarity."""
        return self.sources.complete(self.units.query(vector, 2 * k, channel, where))[:k]

    def keyword_query(self, text: str, k: int, where: dict | None = None) -> list[Hit]:
        """Best units for `text` by BM25 (see `KeywordTable.query`)."""
        self.keyword.sync({r["source_id"] for r in self.sources.all()})
        return self.sources.complete(self.keyword.query(text, k, where))[:k]

    def phrase_query(self, text: str, k: int, where: dict | None = None) -> list[Hit]:
        """Units matching `text` word by word (the phrase channel, `store.phrases`)."""
        self.keyword.sync({r["source_id"] for r in self.sources.all()})
        return self.sources.complete(self.keyword.phrase_query(text, k, where))[:k]

    def name_query(self, text: str, k: int, where: dict | None = None) -> list[Hit]:
        """Sounds whose file's name and tags best match `text` (see `NameTable`)."""
        self.names.sync(self.sources.all)
        return self.sources.complete(self.names.query(text, k, where))[:k]

    def listed(self, where: dict) -> list[Hit]:
        """Units (speech and sound) of complete sources matching `where`."""
        return self.sources.complete(self.units.listed("audio", where))

    def counts(self) -> dict:
        return {**self.units.counts(), "sources": self.sources.count()}
