"""The unit table: speech units with transcript vectors (NAME) and every unit, speech
and sound, with audio vectors (NAME-audio)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..types import Hit, Unit
from .chroma import Collections, hit_of, nearest, rows, write
from .records import AUDIO, CONTEXT, TEXT, decode_words, unit_id, unit_meta

SUFFIX = {"text": TEXT, "context": CONTEXT, "audio": AUDIO, "audio_text": AUDIO}
"""Search channel -> the collection whose vectors it searches."""


class UnitTable:
    def __init__(self, cols: Collections) -> None:
        self.cols = cols

    def rows(
        self, base: dict, units: Sequence[Unit], names: dict[str, str] | None = None
    ) -> tuple[list[str], list[dict], list[str]]:
        """(ids, metadata, texts) of units of one source (`base`: its shared metadata)."""
        names = names or {}
        ids = [unit_id(base["source_id"], u) for u in units]
        metas = [unit_meta(base, u, names.get(u.speaker or "")) for u in units]
        return ids, metas, [u.text for u in units]

    def write(
        self, ids: list[str], metas: list[dict], docs: list[str], text_vecs, audio_vecs
    ) -> tuple[list[str], list[dict], list[str]]:
        """Write rows of any sources: every unit with its audio vector, the units with
        text with theirs (`text_vecs`: arrays whose rows, in order, match them). Returns
        the speech units' (ids, metadata, texts)."""
        step = self.cols.batch_size()
        write(self.cols.get(AUDIO), ids, audio_vecs, metas, docs, step)
        speech = [i for i, d in enumerate(docs) if d]
        s_ids, s_metas = [ids[i] for i in speech], [metas[i] for i in speech]
        s_docs = [docs[i] for i in speech]
        if s_ids:
            vecs = np.concatenate([np.asarray(v) for v in text_vecs])
            write(self.cols.get(TEXT), s_ids, vecs, s_metas, s_docs, step)
        return s_ids, s_metas, s_docs

    def collections(self) -> list:
        """The collections holding units: transcript, audio and (when present) context."""
        found = (self.cols.get(TEXT), self.cols.get(AUDIO), self.cols.optional(CONTEXT))
        return [c for c in found if c is not None]

    def delete(self, source_ids: str | Sequence[str]) -> None:
        where = _of_sources(source_ids)
        for col in self.collections():
            col.delete(where=where)

    def query(self, vector, k: int, channel: str, where: dict | None) -> list[Hit]:
        """The `k` nearest units to `vector` on `channel` (score: cosine similarity)."""
        col = self.cols.optional(SUFFIX.get(channel, AUDIO))
        if col is None or k <= 0:
            return []
        res = nearest(col, np.asarray(vector, np.float32), k, where or None)
        found = zip(res["ids"][0], res["metadatas"][0], res["documents"][0], res["distances"][0])
        return [hit_of(i, m, d, 1.0 - float(dist), channel) for i, m, d, dist in found if m]

    def listed(self, channel: str, where: dict | None, ids: Sequence[str] | None = None):
        """Units matching `where` (and `ids`) as hits of score 1.0 (listings, not rankings),
        from the transcript ("text") or audio collection."""
        col = self.cols.get(TEXT if channel == "text" else AUDIO)
        got = col.get(ids=list(ids) if ids is not None else None, where=where or None,
                      include=["metadatas", "documents"])  # fmt: skip
        return [hit_of(i, m, d, 1.0, channel) for i, m, d in rows(got)]

    def words(self, ids: Sequence[str]) -> dict[str, list[tuple[int, int, float, float]]]:
        """Unit id -> its words' (char start, char end, start s, end s), for the units of
        `ids` that have them (units written before word spans were kept have none)."""
        if not ids:
            return {}
        got = self.cols.get(TEXT).get(ids=list(ids), include=["metadatas"])
        found = {
            i: decode_words((m or {}).get("words")) for i, m in zip(got["ids"], got["metadatas"])
        }
        return {i: w for i, w in found.items() if w}

    def of_source(self, source_id: str, speech_only: bool = False) -> list[Hit]:
        """A source's units (speech units only, or every unit) in time order."""
        hits = self.listed("text" if speech_only else "audio", {"source_id": source_id})
        return sorted(hits, key=lambda h: (h.start, h.end))

    def vectors(self, ids: Sequence[str], channel: str = "text") -> np.ndarray:
        """Stored vectors, rows in the order of `ids`; a unit not there gets a zero row."""
        col = self.cols.get(TEXT if channel == "text" else AUDIO)
        got = col.get(ids=list(ids), include=["embeddings"])
        found = {i: np.asarray(e, np.float32) for i, e in zip(got["ids"], got["embeddings"])}
        dim = len(next(iter(found.values()))) if found else 1
        return np.stack([found.get(i, np.zeros(dim, np.float32)) for i in ids])

    def relabel(self, old: str, new: str, name: str | None) -> int:
        """Point every unit of speaker `old` at speaker `new` named `name`; returns the
        number of units changed. No vectors move, nothing is re-ingested."""
        meta = {"speaker": new, "speaker_name": name or ""}
        changed, step = 0, self.cols.batch_size()
        for col in self.collections():
            ids = col.get(where={"speaker": old}, include=[])["ids"]
            for i in range(0, len(ids), step):
                chunk = ids[i : i + step]
                col.update(ids=chunk, metadatas=[meta] * len(chunk))
            changed = max(changed, len(ids))
        return changed

    def has_speaker(self, speaker: str) -> bool:
        got = self.cols.get(AUDIO).get(where={"speaker": speaker}, limit=1, include=[])
        return bool(got["ids"])

    def speaker_seconds(self, source_ids: str | Sequence[str]) -> dict:
        """Seconds of speech per speaker id in one source ({speaker: s}), or for several
        ({source id: {speaker: s}})."""
        got = self.cols.get(TEXT).get(where=_of_sources(source_ids), include=["metadatas"])
        out: dict[str, dict[str, float]] = {}
        for m in got["metadatas"]:
            if m.get("speaker"):
                mine = out.setdefault(m["source_id"], {})
                mine[m["speaker"]] = mine.get(m["speaker"], 0.0) + m["end"] - m["start"]
        return out.get(source_ids, {}) if isinstance(source_ids, str) else out

    def metadata(self, suffix: str = TEXT) -> list[dict]:
        """Every unit's metadata of one collection, with its id as "id"."""
        got = self.cols.get(suffix).get(include=["metadatas"])
        return [{"id": i, **m} for i, m in zip(got["ids"], got["metadatas"])]

    def counts(self) -> dict:
        return {"speech_units": self.cols.get(TEXT).count(), "units": self.cols.get(AUDIO).count()}


def _of_sources(source_ids: str | Sequence[str]) -> dict:
    """A Chroma filter for the units of one source or of several."""
    if isinstance(source_ids, str):
        return {"source_id": source_ids}
    ids = list(source_ids)
    return {"source_id": ids[0]} if len(ids) == 1 else {"source_id": {"$in": ids}}
