"""Retrieval units: transcript words grouped into citable, time-coded passages (pure)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

import numpy as np

from .. import config
from .._util.text import SENTENCE_END
from ..asr import Segment, Word
from ..audio import SAMPLE_RATE, audible_regions, loud_regions, peak_dbfs
from ..audio.vad import fixed_windows, gaps
from ..types import Span, Unit


@dataclass
class UnitOptions:
    """How transcripts are cut into units.

    A unit closes at a sentence end once it is `min_seconds` long, and always before it
    would exceed `max_seconds` or `max_words`. Units never join across a pause of
    `pause_seconds` or more, nor across a boundary in `build_units(boundaries=...)`.
    Non-speech stretches of at least `sound_min_seconds` louder than `sound_dbfs`
    become "sound" units of at most `sound_seconds` each (empty text, audio vector only);
    a block with no other unit, peaking above `audible_dbfs`, gets its audible events
    (within `sound_range_db` of its peak) from `short_sound_seconds` long (`short_sounds`).
    `overlap_words`: a unit that follows another without a pause or speaker change
    starts with the last that many words of it (0: units do not overlap), so a passage
    cut in the middle of an exchange keeps some of what came just before.
    `context_gap`: a unit starting more than this after the previous one ends gets its
    context vector without it (see `contextual`). Voiced stretches no transcribed unit
    covers become speech units without text when at least `min_voiced_seconds` long.
    """

    max_seconds: float = config.UNIT_MAX_SECONDS
    max_words: int = config.UNIT_MAX_WORDS
    min_seconds: float = config.UNIT_MIN_SECONDS
    pause_seconds: float = config.UNIT_PAUSE_SECONDS
    sound_seconds: float = config.SOUND_UNIT_SECONDS
    sound_min_seconds: float = config.SOUND_MIN_SECONDS
    sound_dbfs: float = config.SOUND_DBFS
    short_sound_seconds: float = config.SHORT_SOUND_SECONDS
    audible_dbfs: float = config.AUDIBLE_PEAK_DBFS
    sound_range_db: float = config.SOUND_RANGE_DB
    overlap_words: int = 0
    context_gap: float = config.CONTEXT_GAP
    min_voiced_seconds: float = config.MIN_VOICED_SECONDS

    def __post_init__(self) -> None:
        if self.overlap_words < 0 or self.overlap_words >= self.max_words:
            raise ValueError(
                f"overlap_words must be in [0, max_words), got {self.overlap_words} "
                f"with max_words={self.max_words}"
            )


def segment_words(segments: Iterable[Segment]) -> list[Word]:
    """All words in time order; a segment without word timings counts as one word."""
    words: list[Word] = []
    for seg in segments:
        words += seg.words if seg.words else [Word(seg.start, seg.end, " " + seg.text)]
    return [w for w in words if w.text.strip()]


def build_units(
    segments: Iterable[Segment],
    options: UnitOptions | None = None,
    boundaries: Sequence[float] = (),
) -> list[Unit]:
    """Group the words of `segments` into speech units (see UnitOptions)."""
    o = options or UnitOptions()
    cuts = sorted(boundaries)
    units: list[Unit] = []
    cur: list[Word] = []
    carry: list[Word] = []  # the closed unit's tail, for overlap with the next one
    for w in segment_words(segments):
        if cur and _must_split(cur, w, o, cuts):
            units.append(_unit(cur))
            cur, carry = [], _tail(cur, o)
        if carry and not _must_split(carry, w, o, cuts):
            cur = carry
        carry = []
        cur.append(w)
        if w.text.rstrip().endswith(SENTENCE_END) and w.end - cur[0].start >= o.min_seconds:
            units.append(_unit(cur))
            cur, carry = [], _tail(cur, o)
    if cur and (not units or cur[-1].end > units[-1].end):
        units.append(_unit(cur))
    return units


def _tail(words: list[Word], o: UnitOptions) -> list[Word]:
    return list(words[-o.overlap_words :]) if o.overlap_words else []


def sound_units(
    audio: np.ndarray,
    speech: Sequence[Span],
    options: UnitOptions | None = None,
    offset: float = 0.0,
) -> list[Unit]:
    """Units for the audible stretches of `audio` (at least `sound_min_seconds` long) that
    the `speech` spans (e.g. voice-activity regions) do not cover."""
    o = options or UnitOptions()
    end = offset + len(audio) / SAMPLE_RATE
    out = []
    for s, e in gaps(list(speech), offset, end, min_len=o.sound_min_seconds):
        piece = audio[int((s - offset) * SAMPLE_RATE) : int((e - offset) * SAMPLE_RATE)]
        for ls, le in loud_regions(piece, o.sound_dbfs):
            if le - ls >= o.sound_min_seconds:
                for ws, we in fixed_windows(s + ls, s + le, o.sound_seconds):
                    out.append(Unit(round(ws, 3), round(we, 3), "", kind="sound"))
    return out


def short_sounds(audio: np.ndarray, options: UnitOptions | None = None) -> list[Unit]:
    """Sound units for the audible events of a stretch that holds no other unit: from
    `short_sound_seconds` long and `audible_dbfs` peak (a sound library's short files).
    Events all shorter than that (a train of clicks) make one unit from the first to the
    last, when that is long enough."""
    o = options or UnitOptions()
    if peak_dbfs(audio) <= o.audible_dbfs:
        return []
    events = audible_regions(audio, o.sound_range_db)
    kept = [(s, e) for s, e in events if e - s >= o.short_sound_seconds]
    if not kept and events and events[-1][1] - events[0][0] >= o.short_sound_seconds:
        kept = [(events[0][0], events[-1][1])]
    out = []
    for s, e in kept:
        for ws, we in fixed_windows(s, e, o.sound_seconds):
            out.append(Unit(round(ws, 3), round(we, 3), "", kind="sound"))
    return out


def fit_to_speech(units: Sequence[Unit], regions: Sequence[Span]) -> list[Unit]:
    """Units whose ends lie outside voice activity pulled in to the speech they hold
    (word timestamps often spill into the pause before or after); a unit with no speech
    under it keeps its span."""
    spans = _merged(regions)
    out = []
    for u in units:
        inside = [(max(s, u.start), min(e, u.end)) for s, e in spans if s < u.end and e > u.start]
        if inside:
            u = replace(u, start=round(inside[0][0], 3), end=round(inside[-1][1], 3))
        out.append(u)
    return out


def untranscribed_units(
    regions: Sequence[Span],
    speech: Sequence[Unit],
    options: UnitOptions | None = None,
    boundaries: Sequence[float] = (),
) -> list[Unit]:
    """Speech units without text for the voiced stretches (`regions`, e.g. voice activity)
    that no transcribed unit covers: speech the recogniser decoded nothing for (another
    language, mumbling, overlap) still gets a unit, so who spoke when covers all speech.
    Pieces shorter than `options.min_voiced_seconds` are left out; longer ones are cut at
    `boundaries` (speaker changes) and into pieces of at most `max_seconds`."""
    o = options or UnitOptions()
    covered = sorted((u.start, u.end) for u in speech)
    cuts = sorted(boundaries)
    out = []
    for rs, re_ in _merged(regions):
        for s, e in gaps(covered, rs, re_, min_len=o.min_voiced_seconds):
            edges = [s, *[c for c in cuts if s < c < e], e]
            for a, b in zip(edges, edges[1:]):
                if b - a >= o.min_voiced_seconds:
                    for ws, we in fixed_windows(a, b, o.max_seconds):
                        out.append(Unit(round(ws, 3), round(we, 3), "", kind="speech"))
    return out


def _merged(spans: Sequence[Span]) -> list[Span]:
    out: list[list[float]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def shift(units: Iterable[Unit], seconds: float) -> list[Unit]:
    """Units moved later by `seconds` (block offset → file time), their words too."""
    return [
        replace(u, start=round(u.start + seconds, 3), end=round(u.end + seconds, 3),
                words=_moved(u.words, seconds))
        for u in units
    ]  # fmt: skip


def _moved(words: tuple, seconds: float) -> tuple:
    return tuple((a, b, round(s + seconds, 3), round(e + seconds, 3)) for a, b, s, e in words)


def _must_split(cur: list[Word], w: Word, o: UnitOptions, cuts: list[float]) -> bool:
    if w.start - cur[-1].end >= o.pause_seconds:
        return True
    if w.end - cur[0].start > o.max_seconds or len(cur) >= o.max_words:
        return True
    mid_prev, mid_next = _mid(cur[-1]), _mid(w)
    return any(mid_prev < c <= mid_next for c in cuts)


def _mid(w: Word) -> float:
    return (w.start + w.end) / 2


def _unit(words: list[Word]) -> Unit:
    text = " ".join("".join(w.text for w in words).split())
    return Unit(round(words[0].start, 3), round(words[-1].end, 3), text, words=_spans(text, words))


def _spans(text: str, words: list[Word]) -> tuple:
    """Where each word lies in `text` (characters) and in time: what word-precise
    citations are cut from. A word not found in order is left out."""
    out, at = [], 0
    for w in words:
        token = " ".join(w.text.split())
        found = text.find(token, at) if token else -1
        if found >= 0:
            at = found + len(token)
            out.append((found, at, round(w.start, 3), round(w.end, 3)))
    return tuple(out)
