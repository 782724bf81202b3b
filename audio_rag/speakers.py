"""Voices known to an index: one record per speaker in the `NAME-speakers` collection.

A record's vector is the unit-length centroid of the speaker's voice vectors, weighted
by seconds of speech. A new recording's clusters are linked one-to-one to known voices
(cosine similarity >= `link_threshold`), so the same person keeps the same id across
recordings; clusters left unmatched become new speakers. Names come from enrollment or
renaming and are copied onto the units (`speaker_name`).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from .clustering import link
from .errors import AudioRAGError
from .pooling import l2_normalize

logger = logging.getLogger(__name__)

LINK_THRESHOLD = 0.85  # centroid cosine similarity: middle of the 0.8-0.9 plateau where
# benchmarks/speakers.py --sweep links 100% of dev clusters (0.75: 94%, 0.7: 59%)
VERIFY_THRESHOLD = 0.81  # clip-vs-clip score: middle of the dev trials' gap (0.79-0.83)


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


def weighted_centroid(a: np.ndarray, wa: float, b: np.ndarray, wb: float) -> np.ndarray:
    return l2_normalize((a * wa + b * wb)[None])[0]


class SpeakerRegistry:
    """Speaker records of one index (see module doc). `store` is a `Store`."""

    def __init__(self, store, encoder_name: str, link_threshold: float = LINK_THRESHOLD):
        self.store, self.encoder_name, self.link_threshold = store, encoder_name, link_threshold

    @property
    def col(self):
        return self.store.speakers_collection(self.encoder_name)

    # ---- reads ------------------------------------------------------------------------
    def all(self) -> list[Speaker]:
        col = self.store.speakers_collection(self.encoder_name, create=False)
        if col is None:
            return []
        got = col.get(include=["metadatas", "embeddings"])
        rows = zip(got["ids"], got["metadatas"], got["embeddings"])
        out = [
            Speaker(
                i,
                m.get("name") or None,
                float(m.get("seconds", 0)),
                int(m.get("recordings", 0)),
                np.asarray(v, np.float32),
            )
            for i, m, v in rows
        ]
        return sorted(out, key=lambda s: _id_number(s.id))

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
            self.link_threshold,
        )
        mapping, next_n = {}, max([_id_number(s.id) for s in known], default=0) + 1
        for label, j in zip(labels, matches):
            if j is None:
                sid, next_n = f"S{next_n}", next_n + 1
                self._put(sid, "", seconds[label], 1, centroids[label])
            else:
                s = known[j]
                vec = weighted_centroid(s.vector, s.seconds, centroids[label], seconds[label])
                self._put(s.id, s.name, s.seconds + seconds[label], s.recordings + 1, vec)
                sid = s.id
            mapping[label] = sid
        return mapping

    def names(self) -> dict[str, str]:
        return {s.id: s.name for s in self.all() if s.name}

    def enroll(self, name: str, vector: np.ndarray, seconds: float) -> tuple[Speaker, bool]:
        """Name the known voice that matches `vector`, or add a new named voice.
        Returns (speaker, matched_existing)."""
        taken = [s for s in self.all() if (s.name or "").lower() == name.lower()]
        ranked = self.rank(vector)
        if ranked and ranked[0][1] >= self.link_threshold:
            s = ranked[0][0]
            if taken and taken[0].id != s.id:
                raise AudioRAGError(
                    f"{name!r} is already {taken[0].id}, but this voice matches {s.id}; "
                    f"merge them with `audio-rag speakers merge {taken[0].id} {s.id}`"
                )
            vec = weighted_centroid(s.vector, s.seconds, vector, seconds)
            self._put(s.id, name, s.seconds + seconds, s.recordings, vec)
            return self.find(s.id), True
        if taken:
            s = taken[0]
            vec = weighted_centroid(s.vector, s.seconds, vector, seconds)
            self._put(s.id, name, s.seconds + seconds, s.recordings, vec)
            return self.find(s.id), False
        next_n = max([_id_number(s.id) for s in self.all()], default=0) + 1
        self._put(f"S{next_n}", name, seconds, 0, vector)
        return self.find(f"S{next_n}"), False

    def rename(self, id_or_name: str, name: str) -> Speaker:
        s = self.find(id_or_name)
        clash = [o for o in self.all() if o.id != s.id and (o.name or "").lower() == name.lower()]
        if clash:
            raise AudioRAGError(f"{name!r} already names {clash[0].id}; merge instead")
        self._put(s.id, name, s.seconds, s.recordings, s.vector)
        return self.find(s.id)

    def merge(self, keep: str, drop: str) -> Speaker:
        a, b = self.find(keep), self.find(drop)
        if a.id == b.id:
            raise AudioRAGError(f"{keep} and {drop} are the same speaker")
        vec = weighted_centroid(a.vector, a.seconds, b.vector, b.seconds)
        name = a.name or b.name
        self._put(a.id, name, a.seconds + b.seconds, a.recordings + b.recordings, vec)
        self.col.delete(ids=[b.id])
        return self.find(a.id)

    def forget(self, seconds: dict[str, float]) -> None:
        """A recording's units of these speakers were deleted: take off their seconds
        (units' spans, so approximate) and one recording; an unnamed voice left with no
        units anywhere goes (its vector came from that recording only)."""
        for s in self.all():
            if s.id not in seconds:
                continue
            if not s.name and not self.store.has_speaker_units(s.id):
                self.col.delete(ids=[s.id])
                continue
            secs = max(0.0, s.seconds - seconds[s.id])
            self._put(s.id, s.name, secs, max(0, s.recordings - 1), s.vector)

    def drop_orphans(self) -> list[str]:
        """Delete unnamed voices that no unit refers to (left by an ingest that was killed
        between linking a voice and writing its units). Returns their ids. Only safe
        while no other process is ingesting (hold the index's write lock)."""
        gone = [s.id for s in self.all() if not s.name and not self.store.has_speaker_units(s.id)]
        if gone:
            logger.info("dropping voices no unit refers to: %s", ", ".join(gone))
            self.col.delete(ids=gone)
        return gone

    def _put(self, sid: str, name: str, seconds: float, recordings: int, vec) -> None:
        meta = {"name": name or "", "seconds": float(seconds), "recordings": int(recordings)}
        self.col.upsert(ids=[sid], embeddings=[np.asarray(vec, np.float32)], metadatas=[meta])


def _id_number(sid: str) -> int:
    return int(sid[1:]) if sid[1:].isdigit() else 0
