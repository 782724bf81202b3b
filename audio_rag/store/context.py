"""The context table (NAME-context): each speech unit's vector of its text after the
previous unit's (see `audio_rag.ingest.contextual`), with the id of the unit spoken
right after it (`next`), which is how replies are found from questions. Absent in
indexes written before context vectors existed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..types import Hit
from .chroma import Collections, rows, write
from .records import CONTEXT, TEXT
from .units import UnitTable


class ContextTable:
    def __init__(self, cols: Collections, units: UnitTable) -> None:
        self.cols, self.units = cols, units
        self._complete: bool | None = None  # has_context(), until the index changes
        cols.on_reopen.append(self.forget)

    def forget(self) -> None:
        self._complete = None

    def write(self, ids, vecs, metas, docs, links: Mapping[str, str]) -> None:
        """Context vectors of speech units (with their metadata and text); `links`: unit
        id -> the id of the unit spoken right after it (a unit written earlier, the
        previous block's last, gets its link by an update)."""
        if not ids:
            return
        self._complete = None
        col = self.cols.get(CONTEXT, self.cols.get(TEXT).metadata, create=True)
        own = set(ids)
        metas = [{**m, **({"next": links[i]} if i in links else {})} for i, m in zip(ids, metas)]
        for prev in (p for p in links if p not in own):
            col.update(ids=[prev], metadatas=[{"next": links[prev]}])
        write(col, ids, vecs, metas, docs, self.cols.batch_size())

    def fill(self, ids: Sequence[str], vecs, links: Mapping[str, str]) -> None:
        """Context vectors for existing speech units (an index from before they existed):
        metadata and text are copied from the transcript collection."""
        got = self.cols.get(TEXT).get(ids=list(ids), include=["metadatas", "documents"])
        found = {i: (m, d) for i, m, d in rows(got)}
        keep = [i for i in ids if i in found]
        self.write(keep, vecs, [found[i][0] for i in keep], [found[i][1] for i in keep], links)

    def complete(self) -> bool:
        """Whether every speech unit has its context vector (else the channel is off).
        Remembered until this table writes or sees another process's writes."""
        if self._complete is None:
            col = self.cols.optional(CONTEXT)
            self._complete = col is not None and col.count() == self.cols.get(TEXT).count() > 0
        return self._complete

    def lacking(self) -> set[str]:
        """Ids of speech units without a context vector."""
        col = self.cols.optional(CONTEXT)
        if col is not None and col.count() == self.cols.get(TEXT).count():
            return set()
        have = set(col.get(include=[])["ids"]) if col is not None else set()
        return set(self.cols.get(TEXT).get(include=[])["ids"]) - have

    def ids(self) -> set[str]:
        col = self.cols.optional(CONTEXT)
        return set(col.get(include=[])["ids"]) if col is not None else set()

    def following(self, hits: Sequence[Hit], where: dict | None = None) -> dict[str, Hit]:
        """The speech unit spoken right after each of `hits`, where it matches `where`:
        hit unit id -> that unit. Empty for an index without context vectors yet."""
        col = self.cols.optional(CONTEXT)
        if not hits or col is None:
            return {}
        got = col.get(ids=[h.unit_id for h in hits], include=["metadatas"])
        nxt = {i: m["next"] for i, m in zip(got["ids"], got["metadatas"]) if m and m.get("next")}
        if not nxt:
            return {}
        found = {h.unit_id: h for h in self.units.listed("text", where, sorted(set(nxt.values())))}
        return {q: found[n] for q, n in nxt.items() if n in found}

    def preceding(self, hits: Sequence[Hit]) -> dict[str, str]:
        """The text of the speech unit spoken right before each of `hits`: hit unit id ->
        that text. Empty for an index without context vectors yet."""
        col = self.cols.optional(CONTEXT)
        if not hits or col is None:
            return {}
        ids = sorted({h.unit_id for h in hits})
        got = col.get(where={"next": {"$in": ids}}, include=["metadatas", "documents"])
        return {m["next"]: d for m, d in zip(got["metadatas"], got["documents"]) if m and d}
