"""The data every layer passes around: `Hit` (a time-coded, playable citation),
`Filter` (which units a search may return), `Unit` (a passage being ingested) and
`Span` (a time range in seconds)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace
from pathlib import PurePosixPath
from urllib.parse import quote

Span = tuple[float, float]
"""(start, end) in seconds."""


@dataclass(frozen=True)
class Unit:
    """A passage of one source being ingested: `kind` is "speech" (has text) or
    "sound" (no speech)."""

    start: float
    end: float
    text: str
    kind: str = "speech"
    speaker: str | None = None
    language: str | None = None  # None: the source's
    words: tuple = ()  # ((char start, char end, start s, end s), ...) of each word in text


@dataclass(frozen=True)
class Filter:
    """Which units a search may return; None leaves a field open. Every channel applies
    the same filter (pushed down to Chroma).

    source: a path in any spelling, a file name one indexed source has, or a source id.
    speaker: a speaker id ("S2", any case) or an enrolled name (case-insensitive).
    start, end: seconds; units overlapping [start, end] (a unit ending after `start`
        and starting before `end`).
    language: a language code such as "en".
    ingested_after, ingested_before: Unix seconds of ingest.
    """

    source: str | None = None
    speaker: str | None = None
    start: float | None = None
    end: float | None = None
    language: str | None = None
    ingested_after: float | None = None
    ingested_before: float | None = None

    def __post_init__(self) -> None:
        if self.start is not None and self.end is not None and self.end <= self.start:
            raise ValueError(f"the time range is empty: start={self.start} end={self.end}")
        if self.source is not None:
            object.__setattr__(self, "source", str(self.source))

    @classmethod
    def of(cls, filter: Filter | None = None, **fields) -> Filter:
        """`filter` with `fields` (None ones ignored) set over it."""
        given = {k: v for k, v in fields.items() if v is not None}
        base = filter or cls()
        return replace(base, **given) if given else base

    def without_time(self) -> Filter:
        return replace(self, start=None, end=None)


@dataclass(frozen=True)
class Hit:
    """One retrieved passage of one source.

    What `score` means depends on `channel`, the channel that ranked the hit:
    "text" (transcript vectors), "audio" (audio vectors) and "audio_text" (a joint
    audio-text encoder's text vector against audio vectors): cosine similarity, at most
    1; "keyword": the BM25 score over transcripts (unbounded). Several channels joined
    by "+" mean a fused ranking: for a text query (hybrid search, e.g. "text+keyword")
    the weighted reciprocal rank fusion scaled so that 1.0 means ranked first by every
    channel with a weight; for query by example ("audio+fingerprint") the same scaled
    fusion of the two channels, with the RRF constant 60 (see audio_rag.search.by_example).
    Higher is always better. Transcript listings use score 1.0.

    `ranks` tells how each channel ranked the hit: channel -> {"rank": 1-based rank,
    "score": that channel's own score}; only channels that found it are listed. The
    fingerprint channel adds its evidence: "matches" (peak pairs aligned at one time
    offset: the score) and "offset" (where in the source the query starts, seconds).

    `start`/`end` are the cited span; `unit_start`/`unit_end` the span of the unit it
    comes from (the same, except for a fingerprint match, which cites the matched time:
    where the query lies in the source, which may cross into the next unit, and for a text
    query, which cites the sentence that matches best: its words are `quote`).
    """

    source: str
    start: float
    end: float
    text: str
    score: float
    speaker: str | None = None
    speaker_name: str | None = None
    source_id: str = ""
    unit_id: str = ""
    kind: str = "speech"
    language: str | None = None
    channel: str = "text"
    ranks: dict = field(default_factory=dict, compare=False)
    unit_start: float | None = None  # None: the same as start
    unit_end: float | None = None
    quote: str = ""  # the words cited, when narrower than the unit's text ("": all of it)

    def __post_init__(self) -> None:
        if self.unit_start is None:
            object.__setattr__(self, "unit_start", self.start)
        if self.unit_end is None:
            object.__setattr__(self, "unit_end", self.end)

    @property
    def transcribed(self) -> bool:
        """Whether the unit has text (speech the recogniser could not read has none)."""
        return bool(self.text.strip())

    @property
    def who(self) -> str | None:
        """The speaker's name if known, else the speaker id, else None."""
        return self.speaker_name or self.speaker

    @property
    def uri(self) -> str:
        """A valid URI that plays the cited span: the source as a percent-encoded URI
        (`file:///...` for a local path) with a media fragment `#t=start,end` (seconds).
        `source` itself stays the plain path."""
        return f"{source_uri(self.source)}#t={fmt_seconds(self.start)},{fmt_seconds(self.end)}"

    def to_dict(self, scored: bool = True) -> dict:
        """The fields and `uri` as a dict; `scored=False` leaves out what only a search
        gives (`score`, `channel`, `ranks`), for listings such as transcripts."""
        d = asdict(self)
        d["uri"] = self.uri
        d["transcribed"] = self.transcribed
        if not scored:
            for key in ("score", "channel", "ranks"):
                d.pop(key)
        return d

    def to_metadata(self) -> dict:
        """Flat metadata (str/float values only, no None) for framework documents and
        vector stores; unknown speaker fields are empty strings. Text is left out."""
        d = self.to_dict()
        d.pop("text")
        for ch, r in d.pop("ranks").items():
            d[f"rank_{ch}"], d[f"score_{ch}"] = int(r["rank"]), float(r["score"])
        return {k: ("" if v is None else v) for k, v in d.items()}

    @classmethod
    def from_metadata(cls, text: str, meta: dict, score: float | None = None) -> Hit:
        """The inverse of `to_metadata` (extra keys are ignored)."""
        known = {f: meta[f] for f in cls.__dataclass_fields__ if f in meta and f != "text"}
        for f in ("speaker", "speaker_name", "language"):
            known[f] = known.get(f) or None
        known.setdefault("source", "")
        known["start"], known["end"] = float(meta.get("start", 0)), float(meta.get("end", 0))
        for f in ("unit_start", "unit_end"):
            known[f] = float(known[f]) if known.get(f) not in (None, "") else None
        known["score"] = float(score if score is not None else meta.get("score", 0.0))
        known["ranks"] = {
            key[5:]: {"rank": int(v), "score": float(meta.get(f"score_{key[5:]}", 0.0))}
            for key, v in meta.items()
            if key.startswith("rank_")
        }
        return cls(text=text, **known)

    def citation(self, unit: bool = False) -> str:
        """Human-readable citation: `speaker, file.mp3 0:12.3-0:25.0`, of the cited span
        (`unit=True`: of the whole unit, as for a passage that gives all of `text`)."""
        name = self.source.replace("\\", "/").rsplit("/", 1)[-1] or self.source_id
        who = self.who or "unknown speaker"
        start, end = (self.unit_start, self.unit_end) if unit else (self.start, self.end)
        return f"{who}, {name} {fmt_clock(start)}-{fmt_clock(end)}"


_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def source_uri(source: str) -> str:
    """A source as a URI: an absolute path becomes `file:///...` (percent-encoded), a
    URI (`s3://...`, `https://...`) keeps its scheme with unsafe characters encoded, and
    a relative label is percent-encoded as a relative reference."""
    if _SCHEME.match(source):
        return quote(source, safe=":/?&=%@+$,;~!*'()[]")
    path = PurePosixPath(source.replace("\\", "/"))
    if path.is_absolute():
        return "file://" + quote(str(path))
    return quote(str(path))


def fmt_seconds(t: float) -> str:
    """Seconds with at most two decimals, no trailing zeros ("812.4", "3")."""
    return f"{t:.2f}".rstrip("0").rstrip(".")


def fmt_clock(t: float) -> str:
    """H:MM:SS.s or M:SS.s for display."""
    m, s = divmod(max(t, 0.0), 60)
    h, m = divmod(int(m), 60)
    return f"{h}:{m:02d}:{s:04.1f}" if h else f"{m}:{s:04.1f}"


def parse_clock(value: float | int | str) -> float:
    """Seconds from a number or a clock time as people write it: "812.4", "13:32",
    "1:02:03.5". Raises ValueError on anything else, or a negative time."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        seconds = float(value)
    else:
        try:
            nums = [float(p) for p in str(value).strip().split(":")]
            if len(nums) > 3 or any(n < 0 or n >= 60 for n in nums[1:]):
                raise ValueError
        except ValueError:
            raise ValueError(f"not a time: {value!r} (write seconds or H:MM:SS)") from None
        seconds = 0.0
        for n in nums:
            seconds = seconds * 60 + n
    if not seconds >= 0:  # also NaN
        raise ValueError(f"time must be positive, got {value!r}")
    return seconds
