"""Voices known to an index: one record per speaker in the `NAME-speakers` collection.

A record's vector is the unit-length centroid of the speaker's voice vectors, weighted
by seconds of speech. A new recording's clusters are linked one-to-one to known voices
(cosine similarity >= `same_voice`), so the same person keeps the same id across
recordings; clusters left unmatched become new speakers. Names come from enrollment or
renaming and are copied onto the units (`speaker_name`).

The registry is the logic only; where the records live is a `VoiceTable` (the index's
`NAME-speakers` collection, see `audio_rag.store.voices`), and whether units still name
a voice is asked of `has_units`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Protocol

import numpy as np

from .._util.vectors import l2_normalize
from ..config import SAME_VOICE
from ..errors import AudioRAGError
from .clustering import link

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Speaker:
    """A known voice: `name` is None until enrolled or renamed; `vector` is the voice
    centroid (left out of the printed form)."""

    id: str
    name: str | None
    seconds: float
    recordings: int
    vector: np.ndarray = field(repr=False, compare=False)

    @property
    def label(self) -> str:
        return self.name or self.id

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "name": self.name or None,
            "seconds": round(self.seconds, 1),
            "recordings": self.recordings,
        }


class VoiceTable(Protocol):
    """Where speaker records are kept."""

    def rows(self) -> list[Speaker]: ...

    def put(self, speaker: Speaker) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...


def weighted_centroid(a: np.ndarray, wa: float, b: np.ndarray, wb: float) -> np.ndarray:
    return l2_normalize((a * wa + b * wb)[None])[0]


class SpeakerRegistry:
    """Speaker records of one index (see the module notes)."""

    def __init__(
        self,
        table: VoiceTable,
        has_units: Callable[[str], bool],
        same_voice: float = SAME_VOICE,
    ) -> None:
        self.table, self.has_units, self.same_voice = table, has_units, same_voice

    # ---- reads ------------------------------------------------------------------------
    def all(self) -> list[Speaker]:
        return sorted(self.table.rows(), key=lambda s: _id_number(s.id))

    def find(self, id_or_name: str) -> Speaker:
        """A speaker by id, or by name (case-insensitive)."""
        speakers = self.all()
        for s in speakers:
            if s.id.lower() == id_or_name.strip().lower():
                return s
        named = [s for s in speakers if s.name and s.name.lower() == id_or_name.lower()]
        if len(named) == 1:
            return named[0]
        known = ", ".join(s.label for s in speakers) or "none yet"
        raise AudioRAGError(f"no speaker {id_or_name!r} in this index (known: {known})")

    def rank(self, vector: np.ndarray) -> list[tuple[Speaker, float]]:
        """Known speakers by cosine similarity to `vector`, best first."""
        speakers = self.all()
        scores = [float(np.dot(s.vector, vector)) for s in speakers]
        return sorted(zip(speakers, scores), key=lambda p: -p[1])

    # ---- writes -----------------------------------------------------------------------
    def assign(self, centroids: dict[str, np.ndarray], seconds: dict[str, float]) -> dict:
        """Global ids for a recording's clusters: linked to known voices or new."""
        labels = list(centroids)
        known = self.all()
        matches = link(
            np.stack([centroids[k] for k in labels]) if labels else np.zeros((0, 1)),
            np.stack([s.vector for s in known]) if known else np.zeros((0, 1)),
            self.same_voice,
        )
        mapping, next_n = {}, max([_id_number(s.id) for s in known], default=0) + 1
        for label, j in zip(labels, matches):
            if j is None:
                sid, next_n = f"S{next_n}", next_n + 1
                self.table.put(Speaker(sid, None, seconds[label], 1, centroids[label]))
            else:
                sid = known[j].id
                self.table.put(_added(known[j], centroids[label], seconds[label], 1))
            mapping[label] = sid
        return mapping

    def names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.all() if s.name}

    def enroll(self, name: str, vector: np.ndarray, seconds: float) -> tuple[Speaker, bool]:
        """Name the known voice that matches `vector`, or add a new named voice.
        Returns (speaker, matched_existing)."""
        taken = [s for s in self.all() if (s.name or "").lower() == name.lower()]
        ranked = self.rank(vector)
        if ranked and ranked[0][1] >= self.same_voice:
            s = ranked[0][0]
            if taken and taken[0].id != s.id:
                raise AudioRAGError(
                    f"{name!r} is already {taken[0].id}, but this voice matches {s.id}; "
                    f"merge them with `audio-rag speakers merge {taken[0].id} {s.id}`"
                )
            self.table.put(replace(_added(s, vector, seconds), name=name))
            return self.find(s.id), True
        if taken:
            self.table.put(replace(_added(taken[0], vector, seconds), name=name))
            return self.find(taken[0].id), False
        next_n = max([_id_number(s.id) for s in self.all()], default=0) + 1
        self.table.put(Speaker(f"S{next_n}", name, seconds, 0, vector))
        return self.find(f"S{next_n}"), False

    def rename(self, id_or_name: str, name: str) -> Speaker:
        s = self.find(id_or_name)
        clash = [o for o in self.all() if o.id != s.id and (o.name or "").lower() == name.lower()]
        if clash:
            raise AudioRAGError(f"{name!r} already names {clash[0].id}; merge instead")
        self.table.put(replace(s, name=name))
        return self.find(s.id)

    def merge(self, keep: str, drop: str) -> Speaker:
        a, b = self.find(keep), self.find(drop)
        if a.id == b.id:
            raise AudioRAGError(f"{keep} and {drop} are the same speaker")
        self.table.put(replace(_added(a, b.vector, b.seconds, b.recordings), name=a.name or b.name))
        self.table.delete([b.id])
        return self.find(a.id)

    def forget(self, seconds: dict[str, float]) -> None:
        """A recording's units of these speakers were deleted: take off their seconds
        (units' spans, so approximate) and one recording; an unnamed voice left with no
        units anywhere goes (its vector came from that recording only)."""
        for s in self.all():
            if s.id not in seconds:
                continue
            if not s.name and not self.has_units(s.id):
                self.table.delete([s.id])
                continue
            secs = max(0.0, s.seconds - seconds[s.id])
            self.table.put(replace(s, seconds=secs, recordings=max(0, s.recordings - 1)))

    def drop_orphans(self) -> list[str]:
        """Delete unnamed voices that no unit refers to (left by an ingest that was killed
        between linking a voice and writing its units). Returns their ids. Only safe
        while no other process is ingesting (hold the index's write lock)."""
        gone = [s.id for s in self.all() if not s.name and not self.has_units(s.id)]
        if gone:
            logger.info("dropping voices no unit refers to: %s", ", ".join(gone))
            self.table.delete(gone)
        return gone


def _added(s: Speaker, vector: np.ndarray, seconds: float, recordings: int = 0) -> Speaker:
    """`s` with another stretch of its voice added: the centroid weighted by seconds."""
    vec = weighted_centroid(s.vector, s.seconds, vector, seconds)
    return replace(s, seconds=s.seconds + seconds, recordings=s.recordings + recordings, vector=vec)


def _id_number(sid: str) -> int:
    return int(sid[1:]) if sid[1:].isdigit() else 0
