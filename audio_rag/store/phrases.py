"""Phrase matching over unit transcripts: the words a user remembers, stop words and
order included, found despite ASR errors.

Two steps, both over the folded words of a transcript (`audio_rag._util.text.words`:
"I'm sorry, there are NO" -> "im sorry there are no"):

1. candidates from SQLite FTS5 with its trigram tokenizer, which indexes every three
   characters of the text: a query's trigrams OR-ed together, ranked by FTS5's BM25,
   find units that share spelling with it even where a word was misheard ("fourty" /
   "forty"); a quoted phrase is an FTS5 substring query, exact on word boundaries
   because each stored text is padded with spaces.
2. each candidate scored by a local alignment (Smith-Waterman) of the query's words
   against the unit's: a word pair gains its similarity (`rapidfuzz` ratio) when close
   enough (see `CLOSE`), a different word or a skipped one costs, so "press 4 to place" scores 1.0
   against "... press 4 to place an outgoing call" and 0.25 against "press 1 to record".
   The score is the best alignment over the query's length (0-1), with the matched
   words' positions.

FTS5 ships with the SQLite of every mainstream Python build; where it is missing the
phrase channel is off (logged once) and nothing else changes.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterable, Sequence

import numpy as np

from .._util.text import words

logger = logging.getLogger(__name__)

CLOSE = 0.75
"""Word pairs more similar than this (Indel similarity, rapidfuzz's `ratio` / 100) count
as one word misheard ("colour"/"color" 0.91, "conferense"/"conference" 0.9), gaining
from 1 (equal) down to 0 at this similarity; less similar pairs are different words
("tone600"/"tone200" 0.86 gains only 0.43, so equal words always win)."""
MISMATCH = -1.0
GAP = -0.5
"""What a different word and a skipped word (in either text) cost in the alignment."""
TABLE = "phrases"
TRIGRAM = "tokenize='trigram'"


def text_of(text: str) -> str:
    """The stored form of a transcript: its folded words, space-padded (" a b c ")."""
    return f" {' '.join(words(text))} "


def create(conn: sqlite3.Connection) -> bool:
    """Create the FTS5 table in `conn` if needed; False where SQLite has no FTS5."""
    try:
        conn.execute(f"CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(text, {TRIGRAM})")
    except sqlite3.OperationalError as e:  # "no such module: fts5", or no trigram tokenizer
        logger.warning("SQLite %s has no FTS5 trigram tokenizer (%s): phrase search is off",
                       sqlite3.sqlite_version, e)  # fmt: skip
        return False
    return True


def add(conn: sqlite3.Connection, rows: Iterable[tuple[int, str]]) -> None:
    """Store (docs rowid, transcript) rows."""
    conn.executemany(
        f"INSERT OR REPLACE INTO {TABLE}(rowid, text) VALUES (?, ?)",
        [(rowid, text_of(text)) for rowid, text in rows],
    )


def remove(conn: sqlite3.Connection, rowids: Sequence[int]) -> None:
    conn.executemany(f"DELETE FROM {TABLE} WHERE rowid = ?", [(r,) for r in rowids])


def _literal(s: str) -> str:
    return '"' + s.replace('"', '""') + '"'


QUOTED = re.compile(r'"([^"]+)"|“([^”]+)”')


def quoted(query: str) -> list[str]:
    """The double-quoted parts of a query ('"press 4" to place' -> ["press 4"])."""
    return [a or b for a, b in QUOTED.findall(query) if words(a or b)]


def unquoted(query: str) -> str:
    return re.sub('["“”]', " ", query)


def holds(text: str, phrase_list: Sequence[str]) -> bool:
    """Whether a transcript holds every phrase as whole words in order."""
    stored = text_of(text)
    return all(text_of(p) in stored for p in phrase_list)


def candidates(
    conn: sqlite3.Connection, query: str, n: int, allowed: Iterable[str] | None = None
) -> list[tuple[str, str]]:
    """Up to `n` (unit id, stored text) sharing most trigrams with `query`, best first,
    among the units holding its quoted parts and those in `allowed` (when given). The
    unit ids come from the keyword index's `docs` table, whose rowids this table shares."""
    padded = text_of(unquoted(query))
    if not padded.strip():
        return []
    grams = dict.fromkeys(padded[i : i + 3] for i in range(len(padded) - 2))
    match = " OR ".join(_literal(g) for g in grams)
    demanded = [_literal(text_of(p)) for p in quoted(query)]
    if demanded:
        match = f"{' AND '.join(demanded)} AND ({match})"
    sql = f"SELECT d.id, p.text FROM {TABLE} p JOIN docs d ON d.rowid = p.rowid"
    sql += f" WHERE {TABLE} MATCH ?"
    args: list = [match]
    if allowed is not None:
        sql += " AND d.id IN (SELECT value FROM json_each(?))"
        args.append(json.dumps(list(allowed)))
    return conn.execute(sql + " ORDER BY p.rank LIMIT ?", (*args, n)).fetchall()


def ranked(query: str, found: Sequence[tuple[str, str]], least: float) -> list[tuple[str, float]]:
    """(unit id, alignment score) of the candidates scoring at least `least`, best first
    (equal scores: candidate order)."""
    qw = words(unquoted(query))
    scored = [(uid, align(qw, text.split())[0]) for uid, text in found]
    return sorted((s for s in scored if s[1] >= least), key=lambda s: -s[1])


def similarity(query_words: Sequence[str], unit_words: Sequence[str]) -> np.ndarray:
    """(query words x unit words) similarity, 0-1 (rapidfuzz ratio)."""
    from rapidfuzz.distance import Indel
    from rapidfuzz.process import cdist

    return cdist(query_words, unit_words, scorer=Indel.normalized_similarity, dtype=np.float32)


def align(query_words: Sequence[str], unit_words: Sequence[str]) -> tuple[float, int, int]:
    """(score 0-1, first, last matched unit word) of the best local alignment of the
    query's words inside the unit's (see the module notes); (0, -1, -1) when none."""
    m, n = len(query_words), len(unit_words)
    if not m or not n:
        return 0.0, -1, -1
    sim = similarity(query_words, unit_words)
    gain = np.where(sim > CLOSE, (sim - CLOSE) / (1 - CLOSE), MISMATCH)
    h = np.zeros((m + 1, n + 1), np.float32)
    starts = np.zeros((m + 1, n + 1), np.int64)
    cols = np.arange(n)
    for i in range(1, m + 1):
        diag = h[i - 1, :-1] + gain[i - 1]
        up = h[i - 1, 1:] + GAP
        row = np.maximum(0.0, np.maximum(diag, up))
        fresh = np.where(h[i - 1, :-1] > 0, starts[i - 1, :-1], cols)  # diag: begun here?
        start = np.where(diag >= up, fresh, starts[i - 1, 1:])
        h[i, 1:], starts[i, 1:] = _left_gaps(row, start)
    i, j = np.unravel_index(int(np.argmax(h)), h.shape)
    best = float(h[i, j])
    if best <= 0:
        return 0.0, -1, -1
    return min(1.0, best / m), int(starts[i, j]), int(j) - 1


def _left_gaps(row: np.ndarray, start: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """A row with skips of unit words: h[j] = max over l <= j of row[l] + GAP * (j - l),
    done as a running maximum of row[l] - GAP * l; `start` follows the chosen l."""
    steps = np.arange(len(row), dtype=np.float32) * GAP
    lifted = row - steps
    best = np.maximum.accumulate(lifted)
    src = np.maximum.accumulate(np.where(lifted >= best, np.arange(len(row)), 0))
    return best + steps, start[src]
