"""The voices table (NAME-speakers): one record per known speaker, its voice centroid
as the vector (see `audio_rag.speakers.registry` for the logic over it). The speaker
encoder that made the vectors is recorded; another one's vectors are refused."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..errors import ModelMismatchError
from ..speakers import Speaker
from .chroma import Collections
from .records import SCHEMA_VERSION, VOICES


class VoiceTable:
    def __init__(self, cols: Collections, encoder_name: str) -> None:
        self.cols, self.encoder_name = cols, encoder_name

    def _col(self, create: bool):
        if create:
            meta = {"audio_rag_schema": SCHEMA_VERSION, "speaker_encoder": self.encoder_name}
            col = self.cols.get(VOICES, meta, create=True)
        else:
            col = self.cols.optional(VOICES)
            if col is None:
                return None
        have = (col.metadata or {}).get("speaker_encoder", self.encoder_name)
        if have != self.encoder_name:
            raise ModelMismatchError(
                f"index {self.cols.name!r} holds voices of speaker encoder {have!r}; this run "
                f"uses {self.encoder_name!r}. Use the same speaker encoder or another --collection."
            )
        return col

    def check(self) -> None:
        """Refuse, clearly, another speaker encoder than the one the index recorded."""
        self._col(create=False)

    def rows(self) -> list[Speaker]:
        col = self._col(create=False)
        if col is None:
            return []
        got = col.get(include=["metadatas", "embeddings"])
        return [
            Speaker(
                i,
                m.get("name") or None,
                float(m.get("seconds", 0)),
                int(m.get("recordings", 0)),
                np.asarray(v, np.float32),
            )
            for i, m, v in zip(got["ids"], got["metadatas"], got["embeddings"])
        ]

    def put(self, s: Speaker) -> None:
        meta = {"name": s.name or "", "seconds": float(s.seconds), "recordings": int(s.recordings)}
        self._col(create=True).upsert(
            ids=[s.id], embeddings=[np.asarray(s.vector, np.float32)], metadatas=[meta]
        )

    def delete(self, ids: Sequence[str]) -> None:
        col = self._col(create=False)
        if col is not None and ids:
            col.delete(ids=list(ids))

    def ids(self) -> set[str]:
        col = self.cols.optional(VOICES)
        return set(col.get(include=[])["ids"]) if col is not None else set()


def recorded_encoder(cols: Collections) -> str | None:
    """The speaker encoder an index recorded (None before any voice is stored)."""
    if not cols.conn.present:
        return None
    col = cols.optional(VOICES)
    return (col.metadata or {}).get("speaker_encoder") if col is not None else None
