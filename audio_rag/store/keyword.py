"""Keyword channel of hybrid search: BM25 over unit transcripts.

The corpus (unit id, source id, analysed tokens) lives in a small SQLite file, so adding
or removing one source is a few row writes, crash-safe and shared between processes.
The BM25 scoring matrix is built with `bm25s` from those rows the first time a process
searches, and again only after the corpus changed (a generation counter in the same
file says when). Tokens are folded words without the unit's language's stop words
(question words too), Snowball-stemmed (PyStemmer) in that language, so "batteries"
matches "battery" and "chiamate" matches "chiamata"; a query, whose language is not
known, is analysed in every language the corpus holds.

Where the file lives (`keyword_path`): next to an embedded Chroma database
(`DB/audio_rag_keyword/NAME.sqlite`); for a Chroma server, in a local cache keyed by
host, port and collection (`$AUDIO_RAG_CACHE` or `~/.cache/audio_rag`). Either way the
index is a derived copy of the Chroma documents: `KeywordTable` keeps it in step on every
write and delete, and rebuilds it from Chroma when it is missing or its unit count
differs from the transcript collection (another client wrote to the server, a crash
between the two writes, a deleted file).
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import numpy as np

from .._util.cache import cache_dir
from .._util.text import base_language, stemmer, stop_words, words
from ..config import BM25_B, BM25_K1, PHRASE_CANDIDATES, PHRASE_MIN
from ..types import Hit
from . import phrases
from .chroma import GET_CHUNK, Collections, hit_of, pages
from .records import TEXT

logger = logging.getLogger(__name__)

ANALYSER_VERSION = 6
"""Bumped when `analyse` changes: stored tokens of an older version are dropped, and the
index rebuilds them from Chroma's documents."""


def analyse(text: str, language: str = "en") -> list[str]:
    """Index terms of `text`: folded words without the language's stop words,
    Snowball-stemmed (see `audio_rag._util.text`)."""
    stop = stop_words(language)
    kept = [w for w in words(text) if w not in stop]
    stem = stemmer(language)
    return stem.stemWords(kept) if stem is not None and kept else kept


def keyword_path(client, name: str) -> Path | None:
    """Where the keyword index of collection `name` lives for this Chroma client (None:
    in memory only, for a client that is neither persistent nor a server)."""
    try:
        settings = client.get_settings()
    except Exception:  # a client without settings (e.g. a test double)
        return None
    if getattr(settings, "is_persistent", False) and settings.persist_directory:
        return Path(settings.persist_directory) / "audio_rag_keyword" / f"{name}.sqlite"
    host = getattr(settings, "chroma_server_host", None)
    if host:
        port = getattr(settings, "chroma_server_http_port", None) or 8000
        safe = re.sub(r"[^A-Za-z0-9._-]", "_", f"{host}_{port}")
        return cache_dir() / "keyword" / safe / f"{name}.sqlite"
    return None


class KeywordIndex:
    """BM25 (Lucene variant, k1=1.2, b=0.75) over unit transcripts; see the module notes.

    path: the SQLite file (created on first write); None keeps the corpus in memory.
    with_phrases: also keep the transcripts for phrase search (`phrases`, same file and
        transactions).
    """

    def __init__(self, path: str | os.PathLike | None = None, with_phrases: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.with_phrases = with_phrases
        self._lock = threading.RLock()
        self._conn: sqlite3.Connection | None = None
        self._model = None  # (generation, bm25s.BM25, ids array)

    # ---- storage ---------------------------------------------------------------------
    @property
    def conn(self) -> sqlite3.Connection:
        if self._conn is None:
            if self.path is not None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            where = str(self.path) if self.path is not None else ":memory:"
            conn = sqlite3.connect(where, timeout=30, check_same_thread=False)
            conn.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER)")
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('generation', 0)")
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('analyser', ?)", (ANALYSER_VERSION,))
            (version,) = conn.execute("SELECT value FROM meta WHERE key='analyser'").fetchone()
            if version != ANALYSER_VERSION:  # tokens of another analyser: start afresh
                logger.info("keyword index %s: new analyser, its tokens are rebuilt", where)
                conn.execute("DROP TABLE IF EXISTS docs")
                conn.execute(f"DROP TABLE IF EXISTS {phrases.TABLE}")
                conn.execute("UPDATE meta SET value = ? WHERE key='analyser'", (ANALYSER_VERSION,))
                conn.execute("UPDATE meta SET value = value + 1 WHERE key='generation'")
            conn.execute(
                "CREATE TABLE IF NOT EXISTS docs (id TEXT PRIMARY KEY, source_id TEXT NOT NULL, "
                "tokens TEXT NOT NULL, language TEXT NOT NULL DEFAULT 'en')"
            )
            conn.execute("CREATE INDEX IF NOT EXISTS docs_source ON docs(source_id)")
            self.with_phrases = self.with_phrases and phrases.create(conn)
            conn.commit()
            self._conn = conn
        return self._conn

    def generation(self) -> int:
        """Counter bumped by every change of the corpus (by any process)."""
        with self._lock:
            row = self.conn.execute("SELECT value FROM meta WHERE key='generation'").fetchone()
            return int(row[0])

    def count(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0])

    def source_ids(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self.conn.execute("SELECT DISTINCT source_id FROM docs")}

    def languages(self) -> set[str]:
        with self._lock:
            return {r[0] for r in self.conn.execute("SELECT DISTINCT language FROM docs")}

    def add(
        self,
        ids: Sequence[str],
        texts: Sequence[str],
        source_ids: Sequence[str],
        languages: Sequence[str] | None = None,
    ) -> None:
        """Add or replace units (same id: the new text wins), each analysed in its
        language (default English)."""
        langs = languages or ["en"] * len(ids)
        if ids:
            with self._lock, self.conn as conn:
                self._write(conn, zip(ids, texts, source_ids, langs))
                conn.execute("UPDATE meta SET value = value + 1 WHERE key='generation'")

    def _write(self, conn: sqlite3.Connection, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """Insert or replace (id, text, source id, language) rows in one open transaction."""
        n = 0
        for uid, text, source_id, lang in rows:
            if self.with_phrases:
                old = conn.execute("SELECT rowid FROM docs WHERE id = ?", (uid,)).fetchall()
                phrases.remove(conn, [r[0] for r in old])
            cur = conn.execute("INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?)",
                               _row(uid, text, source_id, lang))  # fmt: skip
            if self.with_phrases:
                phrases.add(conn, [(cur.lastrowid, text)])
            n += 1
        return n

    def remove_source(self, source_id: str) -> None:
        self.remove_sources([source_id])

    def remove_sources(self, source_ids: Sequence[str]) -> None:
        with self._lock, self.conn as conn:
            for sid in source_ids:
                if self.with_phrases:
                    rows = conn.execute("SELECT rowid FROM docs WHERE source_id = ?", (sid,))
                    phrases.remove(conn, [r[0] for r in rows.fetchall()])
                conn.execute("DELETE FROM docs WHERE source_id = ?", (sid,))
            conn.execute("UPDATE meta SET value = value + 1 WHERE key='generation'")

    def clear(self) -> None:
        self.rebuild([])

    def rebuild(self, rows: Iterable[tuple[str, str, str, str]]) -> int:
        """Replace the whole corpus with (id, text, source_id, language) rows; returns
        their number."""
        with self._lock, self.conn as conn:  # one transaction, the generation change too
            conn.execute("DELETE FROM docs")
            if self.with_phrases:
                conn.execute(f"DELETE FROM {phrases.TABLE}")
            n = self._write(conn, rows)
            conn.execute("UPDATE meta SET value = value + 1 WHERE key='generation'")
            return n

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # ---- search ----------------------------------------------------------------------
    def _scorer(self):
        """(bm25s model, unit ids) for the current corpus; rebuilt when it changed."""
        gen = self.generation()
        if self._model is None or self._model[0] != gen:
            import bm25s

            with self._lock:
                rows = self.conn.execute("SELECT id, tokens FROM docs ORDER BY rowid").fetchall()
            ids = np.array([r[0] for r in rows], dtype=object)
            model = None
            logging.getLogger("bm25s").setLevel(logging.WARNING)  # it logs each build at DEBUG
            if rows:
                model = bm25s.BM25(k1=BM25_K1, b=BM25_B, method="lucene")
                model.index([r[1].split() for r in rows], show_progress=False)
            rows_of = {uid: i for i, uid in enumerate(ids)}
            self._model = (gen, model, ids, rows_of)
            logger.debug("keyword index built: %d units (generation %d)", len(rows), gen)
        return self._model[1], self._model[2], self._model[3]

    def search(
        self, query: str, n: int = 50, allowed: Iterable[str] | None = None
    ) -> list[tuple[str, float]]:
        """The `n` best units for `query` as (unit id, BM25 score), best first; units
        sharing no term with the query are left out, and so are units not in `allowed`
        (when given)."""
        model, ids, rows_of = self._scorer()
        terms = query_terms(query, self.languages())
        if model is None or not terms or n < 1:
            return []
        known = [t for t in terms if t in model.vocab_dict]
        if not known:
            return []
        scores = np.asarray(model.get_scores(known), dtype=np.float32)
        if allowed is not None:
            keep = np.zeros(len(ids), bool)
            keep[[rows_of[u] for u in allowed if u in rows_of]] = True
            scores = np.where(keep, scores, 0.0)
        return top_n(ids, scores, n)

    def phrase_search(
        self, query: str, n: int = 50, allowed: Iterable[str] | None = None
    ) -> list[tuple[str, float]]:
        """The `n` units best matching `query` word by word (see `phrases`), as (unit id,
        alignment score 0-1), best first: units below `PHRASE_MIN` are left out, and so
        are units without each double-quoted part of the query, and units not in
        `allowed` (when given)."""
        if not self.with_phrases or n < 1:
            return []
        with self._lock:
            found = phrases.candidates(self.conn, query, max(n, PHRASE_CANDIDATES), allowed)
        return phrases.ranked(query, found, PHRASE_MIN)[:n]


def _row(uid: str, text: str, source_id: str, language: str | None) -> tuple:
    lang = base_language(language)
    return (uid, source_id, " ".join(analyse(text, lang)), lang)


def query_terms(query: str, languages: Iterable[str]) -> list[str]:
    """The query analysed in each language of the corpus (its language is not known),
    the terms of all of them, each once."""
    terms: dict[str, None] = {}
    for lang in sorted(languages) or ["en"]:
        terms.update(dict.fromkeys(analyse(query, lang)))
    return list(terms)


def top_n(ids: np.ndarray, scores: np.ndarray, n: int) -> list[tuple[str, float]]:
    """The `n` highest positive scores with their ids, best first (ties: index order)."""
    pos = np.flatnonzero(scores > 0)
    if len(pos) > n:
        pos = pos[np.argpartition(-scores[pos], n - 1)[:n]]
    order = pos[np.lexsort((pos, -scores[pos]))]
    return [(str(ids[i]), float(scores[i])) for i in order]


class DerivedIndex:
    """A `KeywordIndex` file derived from the Chroma database (`NAME` + `suffix`), opened on
    first use; `_fresh` says it was checked against its source of truth since another
    process last wrote the database (our own writes keep it in step)."""

    suffix = ""
    with_phrases = False

    def __init__(self, cols: Collections) -> None:
        self.cols = cols
        self._index: KeywordIndex | None = None
        self._fresh = False  # embedded: checked since the last reopen
        cols.on_reopen.append(self._stale)

    def _stale(self) -> None:
        self._fresh = False

    def path(self) -> Path | None:
        return keyword_path(self.cols.client, f"{self.cols.name}{self.suffix}")

    @property
    def index(self) -> KeywordIndex:
        if self._index is None:
            self._index = KeywordIndex(self.path(), self.with_phrases)
        return self._index

    def remove_sources(self, source_ids: Sequence[str]) -> None:
        self.index.remove_sources(source_ids)


class KeywordTable(DerivedIndex):
    """The keyword channel of one index: a `KeywordIndex` kept in step with the transcript
    collection, the index's source of truth. Writes mirror every unit write and delete;
    a missing or stale copy (another client wrote to a server, a crash between the two
    writes, a deleted file) is rebuilt from Chroma's documents. The same file keeps the
    transcripts for the phrase channel (`phrase_query`)."""

    with_phrases = True

    def __init__(self, cols: Collections) -> None:
        super().__init__(cols)
        self._checked = False  # every source present, checked once per table

    def add(self, ids: Sequence[str], texts, source_ids: Sequence[str], languages=None) -> None:
        """Units of any sources (`source_ids`: one per unit)."""
        self.index.add(ids, texts, source_ids, languages)

    def sync(self, source_ids: set[str]) -> bool:
        """Rebuild from Chroma when missing or stale (its unit count differs from the
        transcript collection's, or a source of `source_ids` is missing); True if
        rebuilt. An embedded index is checked once until another process writes to it
        (our own writes keep both in step); a server's, whose other clients we cannot
        see, every time."""
        col = self.cols.get(TEXT)  # reopens the database first if another process wrote
        if self._fresh:
            return False
        self._fresh = self.cols.conn.db is not None
        fresh = self.index.count() == col.count()
        if fresh and not self._checked:
            fresh = source_ids <= self.index.source_ids()
        self._checked = True
        if fresh:
            return False
        logger.info("keyword index of %r is stale: rebuilding it from Chroma", self.cols.name)
        n = self.index.rebuild(_documents(col))
        logger.info("keyword index of %r rebuilt: %d units", self.cols.name, n)
        return True

    def query(self, text: str, k: int, where: dict | None = None) -> list[Hit]:
        """Best units for `text` by BM25 (score = BM25, channel "keyword"). Filters are
        Chroma's own (`where`), so they mean exactly what they mean for the vector
        channels: the best candidates are checked against it, and a filter that keeps few
        of them is applied to the whole index instead."""
        return self._query(self.index.search, text, k, where, "keyword")

    def phrase_query(self, text: str, k: int, where: dict | None = None) -> list[Hit]:
        """Best units for `text` by word alignment (score 0-1, channel "phrase"; see
        `phrases`), filtered like `query`."""
        return self._query(self.index.phrase_search, text, k, where, "phrase")

    def _query(self, search, text: str, k: int, where: dict | None, channel: str) -> list[Hit]:
        col = self.cols.get(TEXT)
        n = max(k, 50)
        ranked = search(text, n if where else 2 * k)
        hits = _hits(col, ranked, where, channel)
        if where and len(hits) < k and len(ranked) == n:
            allowed = [i for got in pages(col, [], where, 20000) for i in got["ids"]]
            hits = _hits(col, search(text, 2 * k, allowed), None, channel)
        return hits


def _documents(col) -> Iterator[tuple[str, str, str]]:
    """(unit id, document, source id, language) of every record of a Chroma collection."""
    for got in pages(col, ["documents", "metadatas"]):
        for uid, doc, m in zip(got["ids"], got["documents"], got["metadatas"]):
            m = m or {}
            yield uid, doc or "", m.get("source_id", ""), m.get("language") or "en"


def _hits(col, ranked: Sequence[tuple[str, float]], where: dict | None, channel: str) -> list[Hit]:
    """Hits for ranked (unit id, score) pairs, in that order, with metadata and text from
    Chroma; records not matching `where` are left out."""
    if not ranked:
        return []
    scores = dict(ranked)
    rank = {uid: r for r, (uid, _) in enumerate(ranked)}
    ids = list(scores)
    hits = []
    for i in range(0, len(ids), GET_CHUNK):
        got = col.get(
            ids=ids[i : i + GET_CHUNK], where=where or None, include=["metadatas", "documents"]
        )
        rows = zip(got["ids"], got["metadatas"], got["documents"])
        hits += [hit_of(u, m, d, scores[u], channel) for u, m, d in rows]
    return sorted(hits, key=lambda h: rank[h.unit_id])
