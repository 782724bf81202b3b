"""What an index records: its models, its sources, unit ids, and the where-clause of a
`Filter` (pure; no Chroma calls)."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from ..types import Filter, Unit

SCHEMA_VERSION = 1
DEFAULT_COLLECTION = "audio_rag"
NAME_PATTERN = re.compile(r"[a-zA-Z0-9][a-zA-Z0-9._-]{1,498}[a-zA-Z0-9]")

TEXT, AUDIO, CONTEXT, SOURCES, VOICES = "", "-audio", "-context", "-sources", "-speakers"
"""Collection name suffixes of one index NAME: NAME (speech units, transcript vectors),
NAME-audio (every unit, audio vectors), NAME-context (speech units, context vectors),
NAME-sources (the manifest), NAME-speakers (the voices)."""


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
    name_text: str = ""  # the file's name words and tags (the name channel's document)
    name_unit: str = ""  # the id of its first unit without a transcript ("": none)

    def as_metadata(self) -> dict:
        return {
            "name_text": self.name_text,
            "name_unit": self.name_unit,
            "path": self.path,
            "sha256": self.sha256,
            "duration": self.duration,
            "units": self.units,
            "language": self.language,
            "whisper_model": self.whisper_model,
            "ingested_at": self.ingested_at,
            "status": "complete",
        }


def unit_id(source_id: str, unit: Unit) -> str:
    """Deterministic id: content hash of the source + the unit's times in ms."""
    return f"{source_id}-{round(unit.start * 1000):09d}-{round(unit.end * 1000):09d}"


def source_of(uid: str) -> str:
    """The source id a `unit_id` was made from."""
    return uid.rsplit("-", 2)[0]


def unit_meta(base: dict, u: Unit, speaker_name: str | None = None) -> dict:
    """A unit's Chroma metadata: the source's `base` fields, its times, kind, speaker."""
    meta = {**base, "start": float(u.start), "end": float(u.end), "kind": u.kind}
    if u.language:
        meta["language"] = u.language
    if u.speaker:
        meta["speaker"] = u.speaker
        meta["speaker_name"] = speaker_name or ""
    if u.words:
        meta["words"] = encode_words(u.words)
    return meta


def encode_words(words) -> str:
    """Word spans as compact text for metadata: "chars,chars,ms,ms;..." per word."""
    return ";".join(f"{a},{b},{round(s * 1000)},{round(e * 1000)}" for a, b, s, e in words)


def decode_words(text: str | None) -> list[tuple[int, int, float, float]]:
    """The inverse of `encode_words` ([] for none or a damaged value)."""
    try:
        parts = [w.split(",") for w in (text or "").split(";") if w]
        return [(int(a), int(b), int(s) / 1000, int(e) / 1000) for a, b, s, e in parts]
    except ValueError:
        return []


def where(f: Filter | None) -> dict | None:
    """The Chroma `where` clause of a filter whose `source` and `speaker` are already
    ids (see `Searcher.resolve`); None when nothing is filtered."""
    if f is None:
        return None
    terms: list[dict] = []
    if f.source is not None:
        terms.append({"source_id": f.source})
    if f.speaker is not None:
        terms.append({"speaker": f.speaker})
    if f.start is not None:
        terms.append({"end": {"$gt": float(f.start)}})
    if f.end is not None:
        terms.append({"start": {"$lt": float(f.end)}})
    if f.language is not None:
        terms.append({"language": f.language})
    if f.ingested_after is not None:
        terms.append({"ingested_at": {"$gte": float(f.ingested_after)}})
    if f.ingested_before is not None:
        terms.append({"ingested_at": {"$lte": float(f.ingested_before)}})
    if len(terms) > 1:
        return {"$and": terms}
    return terms[0] if terms else None


def now() -> float:
    return round(time.time(), 3)
