"""Chroma persistence: units (transcript and audio vectors), a manifest of sources.

Collections per index name NAME:
  NAME          speech units; vectors = transcript text embeddings; documents = text
  NAME-context  the same speech units; vectors = their text after the previous unit's
                (see `contextual`); absent in indexes written before it existed
  NAME-audio    every unit (speech and sound); vectors = audio embeddings
  NAME-sources  one record per ingested source: hash, path, duration, models, status
(plus NAME-speakers, the voices, see `speakers`)
Ids are deterministic (source content hash + unit times), so re-ingesting the same
file writes the same ids. We always pass our own vectors (embedding_function=None):
Chroma's default embedding function would download a model.
"""

from __future__ import annotations

import logging
import re
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .contextual import previous_units
from .errors import AudioRAGError, IndexNotFoundError, ModelMismatchError
from .generation import Generation, open_client
from .hits import Hit
from .keyword import KeywordIndex, chroma_documents, chroma_hits, chroma_ids, keyword_path
from .units import Unit

logger = logging.getLogger(__name__)

SCHEMA_VERSION = 1
_NAME = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9._-]{1,498}[a-zA-Z0-9]")
DEFAULT_COLLECTION = "audio_rag"


@dataclass(frozen=True)
class IndexModels:
    """The models whose vectors an index holds; one index never mixes models."""

    text_model: str
    text_dim: int
    audio_model: str
    audio_dim: int

    def as_metadata(self) -> dict:
        return {
            "audio_rag_schema": SCHEMA_VERSION,
            "text_model": self.text_model,
            "text_dim": self.text_dim,
            "audio_model": self.audio_model,
            "audio_dim": self.audio_dim,
        }

    @classmethod
    def from_metadata(cls, meta: dict | None) -> IndexModels | None:
        if not meta or "text_model" not in meta:
            return None
        return cls(
            meta["text_model"], int(meta["text_dim"]), meta["audio_model"], int(meta["audio_dim"])
        )


@dataclass(frozen=True)
class SourceRecord:
    source_id: str
    path: str
    sha256: str
    duration: float
    units: int
    language: str
    whisper_model: str
    ingested_at: float

    def as_metadata(self) -> dict:
        return {
            "path": self.path,
            "sha256": self.sha256,
            "duration": self.duration,
            "units": self.units,
            "language": self.language,
            "whisper_model": self.whisper_model,
            "ingested_at": self.ingested_at,
            "status": "complete",
        }


CONTEXT = "-context"
"""Suffix of the collection of context vectors (`audio_rag.contextual`)."""


def unit_id(source_id: str, unit: Unit) -> str:
    """Deterministic id: content hash of the source + the unit's times in ms."""
    return f"{source_id}-{round(unit.start * 1000):09d}-{round(unit.end * 1000):09d}"


def source_of(uid: str) -> str:
    """The source id a `unit_id` was made from."""
    return uid.rsplit("-", 2)[0]


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


class Store:
    """One index (its Chroma collections) in one Chroma database."""

    def __init__(self, client, name: str = DEFAULT_COLLECTION) -> None:
        """`client`: a `Connection`, or a ready Chroma client."""
        if not _NAME.fullmatch(name):
            raise AudioRAGError(
                f"invalid collection name {name!r}: use 3-500 characters from a-z A-Z 0-9 . _ -, "
                "starting and ending with a letter or digit"
            )
        self.conn = client if isinstance(client, Connection) else Connection(client=client)
        self.name = name
        self._cols: dict[str, object] = {}
        self._generation = Generation(self.conn.db)
        self.on_delete: list[Callable[[str], None]] = []
        """Called with a source id after its units are deleted (removal, a changed file,
        leftovers of a crashed ingest): indexes kept beside the store drop it too."""
        self._keyword: KeywordIndex | None = None
        self._keyword_checked = False
        self._context_ok: bool | None = None  # has_context(), until the index changes
        self._keyword_fresh = False  # embedded: checked since the last reopen

    @property
    def client(self):
        """The Chroma client (opening the database, creating an embedded folder)."""
        return self.conn.client

    # ---- collections and models -------------------------------------------------
    def _optional(self, suffix: str):
        """The collection NAME+suffix, or None when it does not exist (the context
        collection of an index written before it existed)."""
        try:
            return self._col(suffix)
        except AudioRAGError:
            return None

    def _col(self, suffix: str, metadata: dict | None = None, create: bool = False):
        self.sync()
        name = f"{self.name}{suffix}"
        if name not in self._cols:
            if not create and not self.conn.present:
                raise AudioRAGError(f"no index named {self.name!r}: no database at {self.conn.db}")
            if create:
                col = self.client.get_or_create_collection(
                    name,
                    metadata=metadata,
                    embedding_function=None,
                    configuration={"hnsw": {"space": "cosine"}},
                )
            else:
                try:
                    col = self.client.get_collection(name, embedding_function=None)
                except Exception as e:  # chroma raises NotFoundError / ValueError by version
                    raise AudioRAGError(
                        f"no index named {self.name!r} in this database; ingest something first"
                    ) from e
            self._cols[name] = col
        return self._cols[name]

    def sync(self) -> bool:
        """Reopen an embedded database that another process wrote since we last looked
        (see `audio_rag.generation`); True if it was reopened."""
        if not self._generation.changed():
            return False
        if not self.conn.opened:  # nothing read yet: the first open sees the new state
            self._generation.reloaded()
            return False
        db = self.conn.db
        logger.info("index %r was written by another process; reopening %s", self.name, db)
        try:
            self.client.close()
        except Exception:  # an older chromadb without close(): a new client still helps
            logger.debug("could not close the old client", exc_info=True)
        self._cols.clear()
        self._context_ok = None
        self._keyword_fresh = False
        self.conn.reopen()
        self._generation.reloaded()
        return True

    def index_names(self) -> list[str]:
        """The audio_rag indexes in this database ([] when there is no database)."""
        if not self.conn.present:
            return []
        names = {c if isinstance(c, str) else c.name for c in self.client.list_collections()}
        return sorted(n for n in names if f"{n}-sources" in names and f"{n}-audio" in names)

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

    def exists(self) -> bool:
        try:
            self._col("")
            return True
        except AudioRAGError:
            return False

    def models(self) -> IndexModels | None:
        """The models recorded for this index (None if it does not exist yet)."""
        return IndexModels.from_metadata(self._col("").metadata) if self.exists() else None

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
        self._col("", meta, create=True)
        self._col("-audio", meta, create=True)
        self._col(CONTEXT, meta, create=True)
        self._col("-sources", {"audio_rag_schema": SCHEMA_VERSION}, create=True)

    def replace_audio_vectors(self, models: IndexModels, vectors: dict[str, np.ndarray]) -> None:
        """Re-embedded audio: every unit of NAME-audio gets its new vector (by unit id)
        and the index records `models`. The new vectors go to a side collection first,
        which then takes the place of the old one (dimensions may differ)."""
        old = self._col("-audio")
        got = old.get(include=["metadatas", "documents"])
        missing = [i for i in got["ids"] if i not in vectors]
        if missing:
            raise AudioRAGError(f"no new vector for {len(missing)} units, e.g. {missing[0]}")
        side = f"{self.name}-audio-reembed"
        if side in [c if isinstance(c, str) else c.name for c in self.client.list_collections()]:
            self.client.delete_collection(side)
        meta = models.as_metadata()
        new = self.client.create_collection(
            side,
            metadata=meta,
            embedding_function=None,
            configuration={"hnsw": {"space": "cosine"}},
        )
        vecs = np.stack([vectors[i] for i in got["ids"]]) if got["ids"] else []
        self._write(new, got["ids"], vecs, got["metadatas"], got["documents"])
        self.client.delete_collection(f"{self.name}-audio")
        new.modify(name=f"{self.name}-audio")
        self._col("").modify(metadata=meta)
        self._cols.clear()

    # ---- writes ----------------------------------------------------------------
    def begin_source(self, source_id: str) -> None:
        """Drop any units a previous, unfinished ingest of this source left behind."""
        self.delete_units(source_id)

    def add_units(
        self,
        record_base: dict,
        units: Sequence[Unit],
        text_vecs: np.ndarray,
        audio_vecs: np.ndarray,
        speaker_names: dict[str, str] | None = None,
        context_vecs: np.ndarray | None = None,
        before: Unit | None = None,
    ) -> None:
        """Write units of one source; `text_vecs` (and `context_vecs`, see
        `audio_rag.contextual`) rows match the units that have text; `before` is the
        source's speech unit written just before these (previous block), if any."""
        sid = record_base["source_id"]
        self._context_ok = None
        ids = [unit_id(sid, u) for u in units]
        names = speaker_names or {}
        metas = [self._unit_meta(record_base, u, names.get(u.speaker or "")) for u in units]
        docs = [u.text for u in units]
        speech = [i for i, u in enumerate(units) if u.text]
        self._write(self._col("-audio"), ids, audio_vecs, metas, docs)
        self._write(
            self._col(""),
            [ids[i] for i in speech],
            text_vecs,
            [metas[i] for i in speech],
            [docs[i] for i in speech],
        )
        if context_vecs is not None:
            rows = {ids[i]: (metas[i], docs[i]) for i in speech}
            self._write_context(sid, [units[i] for i in speech], context_vecs, before, rows)
        self.keyword.add([ids[i] for i in speech], [docs[i] for i in speech], [sid] * len(speech))

    def finish_source(self, record: SourceRecord) -> None:
        """Mark a source complete (written last, so a crash leaves it incomplete)."""
        self._col("-sources").upsert(
            ids=[record.source_id], embeddings=[[0.0]], metadatas=[record.as_metadata()]
        )
        self._generation.bump()

    def speakers_in(self, source_id: str | None = None) -> dict[str, float]:
        """Seconds of speech per speaker id (of one source, or of the whole index)."""
        where = {"source_id": source_id} if source_id else None
        got = self._col("").get(where=where, include=["metadatas"])
        out: dict[str, float] = {}
        for m in got["metadatas"]:
            if m.get("speaker"):
                out[m["speaker"]] = out.get(m["speaker"], 0.0) + m["end"] - m["start"]
        return out

    def delete_units(self, source_id: str) -> None:
        """Delete a source's units everywhere (both collections, the keyword index); its
        voices lose the seconds they had here. The one place units are deleted:
        `on_delete` hooks follow it."""
        voices = self.speakers_in(source_id)
        self._context_ok = None
        for col in self._unit_collections():
            col.delete(where={"source_id": source_id})
        self.keyword.remove_source(source_id)
        if voices:
            self._forget_voices(voices)
        for hook in self.on_delete:
            hook(source_id)
        self._generation.bump()

    def remove_source(self, source_id: str) -> None:
        """Remove a source everywhere: its manifest record first (so an interrupted
        removal leaves no false record, only units that a re-run deletes), then its
        units, its voices' seconds, and whatever `on_delete` hooks hold."""
        self._col("-sources").delete(ids=[source_id])
        self.delete_units(source_id)

    def _forget_voices(self, seconds: dict[str, float]) -> None:
        from .speakers import SpeakerRegistry

        encoder = self.speaker_encoder_name()
        if encoder:
            SpeakerRegistry(self, encoder).forget(seconds)

    def _unit_collections(self) -> list:
        """The collections holding units: transcript, audio and (when present) context."""
        return [c for c in (self._col(""), self._col("-audio"), self._optional(CONTEXT)) if c]

    def has_speaker_units(self, speaker: str) -> bool:
        return bool(self._col("-audio").get(where={"speaker": speaker}, limit=1, include=[])["ids"])

    def _write(self, col, ids, vecs, metas, docs) -> None:
        step = max(1, self.client.get_max_batch_size())
        for i in range(0, len(ids), step):
            col.upsert(
                ids=ids[i : i + step],
                embeddings=np.asarray(vecs[i : i + step]),
                metadatas=metas[i : i + step],
                documents=docs[i : i + step],
            )

    @staticmethod
    def _unit_meta(base: dict, u: Unit, speaker_name: str | None = None) -> dict:
        meta = {**base, "start": float(u.start), "end": float(u.end), "kind": u.kind}
        if u.speaker:
            meta["speaker"] = u.speaker
            meta["speaker_name"] = speaker_name or ""
        return meta

    def relabel_speaker(self, old: str, new: str, name: str | None) -> int:
        """Point every unit of speaker `old` at speaker `new` named `name`; returns the
        number of units changed. No vectors move, nothing is re-ingested."""
        changed = 0
        if not self.exists():
            return 0
        meta = {"speaker": new, "speaker_name": name or ""}
        for col in self._unit_collections():
            ids = col.get(where={"speaker": old}, include=[])["ids"]
            step = max(1, self.client.get_max_batch_size())
            for i in range(0, len(ids), step):
                chunk = ids[i : i + step]
                col.update(ids=chunk, metadatas=[meta] * len(chunk))
            changed = max(changed, len(ids))
        return changed

    def speaker_encoder_name(self) -> str | None:
        """The speaker encoder recorded for this index (None before any voice is stored)."""
        if not self.conn.present:
            return None
        try:
            col = self.client.get_collection(f"{self.name}-speakers", embedding_function=None)
        except Exception:  # chroma raises NotFoundError / ValueError by version
            return None
        return (col.metadata or {}).get("speaker_encoder")

    def speakers_collection(self, encoder_name: str, create: bool = True):
        """The `NAME-speakers` collection (voice centroids) for `encoder_name`, created
        unless `create` is False (then None when it does not exist); refuses another
        speaker encoder's vectors."""
        if create:
            meta = {"audio_rag_schema": SCHEMA_VERSION, "speaker_encoder": encoder_name}
            col = self._col("-speakers", meta, True)
        else:
            col = self._optional("-speakers")
            if col is None:
                return None
        have = (col.metadata or {}).get("speaker_encoder", encoder_name)
        if have != encoder_name:
            raise ModelMismatchError(
                f"index {self.name!r} holds voices of speaker encoder {have!r}; this run uses "
                f"{encoder_name!r}. Use the same speaker encoder or another --collection."
            )
        return col

    # ---- keyword index (BM25 over the transcript collection's documents) ----------
    @property
    def keyword(self) -> KeywordIndex:
        if self._keyword is None:
            self._keyword = KeywordIndex(keyword_path(self.client, self.name))
        return self._keyword

    def sync_keyword(self) -> bool:
        """Rebuild the keyword index from Chroma's documents when it is missing or stale
        (its unit count differs from the transcript collection's); True if rebuilt. An
        embedded index is checked once until another process writes to it (our own
        writes keep both in step); a server's, whose other clients we cannot see, every
        time."""
        col = self._col("")  # reopens the database first if another process wrote
        if self._keyword_fresh:
            return False
        self._keyword_fresh = self._generation.db is not None
        fresh = self.keyword.count() == col.count()
        if fresh and not self._keyword_checked:  # once per Store: every source present?
            fresh = {r["source_id"] for r in self.sources()} <= self.keyword.source_ids()
        self._keyword_checked = True
        if fresh:
            return False
        logger.info("keyword index of %r is stale: rebuilding it from Chroma", self.name)
        n = self.keyword.rebuild(chroma_documents(col))
        logger.info("keyword index of %r rebuilt: %d units", self.name, n)
        return True

    def keyword_query(self, text: str, k: int, where: dict | None = None) -> list[Hit]:
        """Best units for `text` by BM25 over transcripts (score = BM25, channel
        "keyword"). Filters are Chroma's own (`where`), so they mean exactly what they
        mean for the vector channels: the best candidates are checked against it, and a
        filter that keeps few of them is applied to the whole index instead. Only units
        of complete sources, as for `query`."""
        self.sync_keyword()
        col = self._col("")
        n = max(k, 50)
        ranked = self.keyword.search(text, n if where else 2 * k)
        hits = chroma_hits(col, ranked, where, _hit)
        if where and len(hits) < k and len(ranked) == n:
            allowed = chroma_ids(col, where)
            hits = chroma_hits(col, self.keyword.search(text, 2 * k, allowed), None, _hit)
        return self._of_complete_sources(hits)[:k]

    # ---- reads -----------------------------------------------------------------
    def sources(self, path: str | None = None) -> list[dict]:
        """Manifest records of complete sources (all, or those at `path`)."""
        where = {"path": path} if path is not None else None
        got = self._col("-sources").get(where=where, include=["metadatas"])
        return [{"source_id": i, **m} for i, m in zip(got["ids"], got["metadatas"])]

    def source(self, source_id: str) -> dict | None:
        got = self._col("-sources").get(ids=[source_id], include=["metadatas"])
        return {"source_id": source_id, **got["metadatas"][0]} if got["ids"] else None

    def query(
        self, vector: np.ndarray, k: int, channel: str, where: dict | None = None
    ) -> list[Hit]:
        """Nearest units to `vector` on `channel`: "text" searches transcript vectors,
        "context" the context vectors, "audio" and "audio_text" the audio vectors; score =
        cosine similarity. Only units of complete sources: an ingest in progress shows
        nothing of the file it is writing, and a changed file its old version until
        replaced."""
        col = self._optional({"text": "", "context": CONTEXT}.get(channel, "-audio"))
        if col is None or k <= 0:
            return []
        res = _nearest(col, np.asarray(vector, np.float32), 2 * k, where or None)
        rows = zip(res["ids"][0], res["metadatas"][0], res["documents"][0], res["distances"][0])
        hits = [_hit(i, m, d, 1.0 - float(dist), channel) for i, m, d, dist in rows if m]
        return self._of_complete_sources(hits)[:k]

    def _of_complete_sources(self, hits: list[Hit]) -> list[Hit]:
        sids = sorted({h.source_id for h in hits})
        done = set(self._col("-sources").get(ids=sids, include=[])["ids"]) if sids else set()
        return [h for h in hits if h.source_id in done]

    def vectors(self, ids: Sequence[str], channel: str = "text") -> np.ndarray:
        """Stored vectors of units, rows in the order of `ids`, from the transcript
        collection ("text") or the audio one; a unit not there gets a zero row."""
        col = self._col("" if channel == "text" else "-audio")
        got = col.get(ids=list(ids), include=["embeddings"])
        found = {i: np.asarray(e, np.float32) for i, e in zip(got["ids"], got["embeddings"])}
        dim = len(next(iter(found.values()))) if found else 1
        return np.stack([found.get(i, np.zeros(dim, np.float32)) for i in ids])

    def following(self, hits: Sequence[Hit], where: dict | None = None) -> dict[str, Hit]:
        """The speech unit spoken right after each of `hits` (paired at ingest, see
        `contextual.previous_units`), where it matches `where`: hit unit id -> that unit.
        Empty for an index without context vectors yet."""
        col = self._optional(CONTEXT)
        if not hits or col is None:
            return {}
        got = col.get(ids=[h.unit_id for h in hits], include=["metadatas"])
        nxt = {i: m["next"] for i, m in zip(got["ids"], got["metadatas"]) if m and m.get("next")}
        if not nxt:
            return {}
        got = self._col("").get(
            ids=sorted(set(nxt.values())), where=where, include=["metadatas", "documents"]
        )
        rows = zip(got["ids"], got["metadatas"], got["documents"])
        found = {i: _hit(i, m, d, 1.0, "text") for i, m, d in rows}
        return {q: found[n] for q, n in nxt.items() if n in found}

    def preceding(self, hits: Sequence[Hit]) -> dict[str, str]:
        """The text of the speech unit spoken right before each of `hits` (paired at
        ingest, as in `following`): hit unit id -> that text. Empty for an index without
        context vectors yet."""
        col = self._optional(CONTEXT)
        if not hits or col is None:
            return {}
        ids = sorted({h.unit_id for h in hits})
        got = col.get(where={"next": {"$in": ids}}, include=["metadatas", "documents"])
        return {m["next"]: d for m, d in zip(got["metadatas"], got["documents"]) if m and d}

    # ---- context vectors (see audio_rag.contextual) ----------------------------------
    def has_context(self) -> bool:
        """Whether every speech unit has its context vector (else the channel is off).
        Remembered until this store writes or sees another process's writes."""
        if self._context_ok is None:
            col = self._optional(CONTEXT)
            self._context_ok = col is not None and col.count() == self._col("").count() > 0
        return self._context_ok

    def sources_without_context(self) -> list[str]:
        """Complete sources with speech units that lack a context vector."""
        col = self._optional(CONTEXT)
        if col is not None and col.count() == self._col("").count():
            return []
        have = set(col.get(include=[])["ids"]) if col is not None else set()
        lacking = {source_of(u) for u in set(self._col("").get(include=[])["ids"]) - have}
        return sorted(lacking & {r["source_id"] for r in self.sources()})

    def add_context_vectors(self, source_id: str, units: Sequence[Unit], vecs) -> None:
        """Store context vectors (rows of `vecs`) of a source's existing speech units
        (`units`, all of them, in time order), with the metadata and text stored for them."""
        if not units:
            return
        got = self._col("").get(
            ids=[unit_id(source_id, u) for u in units], include=["metadatas", "documents"]
        )
        rows = {i: (m, d) for i, m, d in zip(got["ids"], got["metadatas"], got["documents"])}
        self._write_context(source_id, units, vecs, None, rows)

    def _write_context(self, sid: str, units: Sequence[Unit], vecs, before, rows) -> None:
        """Context vectors of speech units with their metadata and text (`rows`: unit id
        -> (metadata, text), as in the transcript collection); each row also names the
        unit spoken right after it (`next`, what `following` looks up), `before`'s row
        included."""
        if not units:
            return
        self._context_ok = None
        ids = [unit_id(sid, u) for u in units]
        meta = {i: dict(rows[i][0]) for i in ids}
        col = self._col(CONTEXT, self._col("").metadata, create=True)
        for uid, prev in zip(ids, previous_units(units, before)):
            if prev is before and prev is not None:
                col.update(ids=[unit_id(sid, prev)], metadatas=[{"next": uid}])
            elif prev is not None:
                meta[unit_id(sid, prev)]["next"] = uid
        self._write(col, ids, vecs, [meta[i] for i in ids], [rows[i][1] for i in ids])

    def _listed(self, channel: str, where: dict) -> list[Hit]:
        """Units matching `where` from the transcript ("text") or audio collection, as
        hits of score 1.0 (listings, not rankings)."""
        col = self._col("" if channel == "text" else "-audio")
        got = col.get(where=where, include=["metadatas", "documents"])
        rows = zip(got["ids"], got["metadatas"], got["documents"])
        return [_hit(i, m, d, 1.0, channel) for i, m, d in rows]

    def speech_units(self, source_id: str) -> list[Hit]:
        """The speech units of a source (transcript collection), in time order."""
        hits = self._listed("text", {"source_id": source_id})
        return sorted(hits, key=lambda h: (h.start, h.end))

    def units(self, source_id: str) -> list[Hit]:
        """Every stored unit of a source, in time order."""
        hits = self._listed("audio", {"source_id": source_id})
        return sorted(hits, key=lambda h: (h.start, h.end))

    def units_where(self, where: dict) -> list[Hit]:
        """Units (audio collection: speech and sound) of complete sources matching a
        `where` clause."""
        return self._of_complete_sources(self._listed("audio", where))

    def counts(self) -> dict:
        return {
            "speech_units": self._col("").count(),
            "units": self._col("-audio").count(),
            "sources": self._col("-sources").count(),
        }


def _nearest(col, vector: np.ndarray, n: int, where: dict | None) -> dict:
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


def _hit(uid: str, m: dict, doc: str | None, score: float, channel: str) -> Hit:
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


def unit_filter(
    source_id: str | None = None,
    speaker: str | None = None,
    start: float | None = None,
    end: float | None = None,
    *,
    language: str | None = None,
    ingested_after: float | None = None,
    ingested_before: float | None = None,
) -> dict | None:
    """A Chroma `where` clause: units of a source, of a speaker (its id), overlapping
    the time range [start, end] in seconds, in a language, ingested within
    [ingested_after, ingested_before] (Unix seconds). None when nothing is filtered."""
    terms: list[dict] = []
    if source_id is not None:
        terms.append({"source_id": source_id})
    if speaker is not None:
        terms.append({"speaker": speaker})
    if start is not None:
        terms.append({"end": {"$gt": float(start)}})
    if end is not None:
        terms.append({"start": {"$lt": float(end)}})
    if language is not None:
        terms.append({"language": language})
    if ingested_after is not None:
        terms.append({"ingested_at": {"$gte": float(ingested_after)}})
    if ingested_before is not None:
        terms.append({"ingested_at": {"$lte": float(ingested_before)}})
    if len(terms) > 1:
        return {"$and": terms}
    return terms[0] if terms else None


def now() -> float:
    return round(time.time(), 3)
