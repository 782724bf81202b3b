"""Ingest orchestration: one decoded block feeds transcription, units and both embedders.

A file is decoded in bounded blocks (see `audio.iter_blocks`); each block is
transcribed, cut into units, embedded and written before the next is decoded, so
memory stays bounded on long recordings. The source's manifest record is written
last: a crash leaves it unfinished and the next run redoes it from scratch.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from .audio import SAMPLE_RATE, file_digest, iter_blocks, rms_dbfs
from .audio_encoders import AudioEncoder, cut_spans
from .contextual import context_texts, embed_with_context, last_speech
from .diarize import Diarizer, Turn, change_points, speaker_at
from .encoders import TextEmbedder
from .errors import AudioDecodeError
from .fingerprint import FingerprintIndex
from .speakers import SpeakerRegistry
from .store import SourceRecord, Store, now
from .transcribe import Transcriber
from .units import UnitOptions, build_units, shift, sound_units

logger = logging.getLogger(__name__)

Hook = Callable[..., None]
"""Progress callback: hook(event, **info). Events: "file_start" (path), "audio"
(path, seconds: audio just processed; several times within a long file), "file_done"
(result: FileResult). A hook that raises is logged and switched off: progress never
stops an ingest."""


def guarded(hook: Hook | None) -> Hook:
    """`hook` made safe to call from the pipeline: its first error is logged and it is
    not called again; None becomes a no-op."""
    if hook is None:
        return _no_hook
    state = {"on": True}
    lock = threading.Lock()

    def call(event: str, **info) -> None:
        if not state["on"]:
            return
        try:
            with lock:  # transcription reports from its worker threads
                hook(event, **info)
        except Exception:  # noqa: BLE001 - a progress display must not stop the work
            state["on"] = False
            logger.warning("progress hook failed; ingest goes on without it", exc_info=True)

    call.guarded = True
    return call


@dataclass
class FileResult:
    path: str
    status: str  # "ingested", "unchanged" or "failed"
    source_id: str = ""
    duration: float = 0.0
    units: int = 0
    error: str = ""
    same_as: str = ""  # "unchanged": the path under which this audio was indexed, if other


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)
    wall_seconds: float = 0.0

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def audio_seconds(self) -> float:
        return sum(f.duration for f in self.files if f.status == "ingested")

    @property
    def units(self) -> int:
        return sum(f.units for f in self.files if f.status == "ingested")

    @property
    def x_realtime(self) -> float:
        return self.audio_seconds / self.wall_seconds if self.wall_seconds else 0.0

    def summary(self) -> str:
        counts = {
            s: sum(f.status == s for f in self.files) for s in ("ingested", "unchanged", "failed")
        }
        return (
            f"{len(self.files)} files ({counts['ingested']} ingested, {counts['unchanged']} "
            f"unchanged, {counts['failed']} failed), {self.audio_seconds / 60:.1f} min of "
            f"audio, {self.units} units, {self.wall_seconds:.1f} s wall, "
            f"{self.x_realtime:.1f}x realtime"
        )


@dataclass
class Ingestor:
    transcriber: Transcriber
    text: TextEmbedder
    audio: AudioEncoder
    units: UnitOptions = field(default_factory=UnitOptions)
    block_seconds: float = 600.0
    diarizer: Diarizer | None = None
    speakers: SpeakerRegistry | None = None
    prints: FingerprintIndex | None = None  # spectral-peak fingerprints for query by example

    def ingest_file(self, store: Store, path: Path, hook: Hook | None = None) -> FileResult:
        """Ingest one file into `store`; errors are returned in the result, not raised."""
        hook = hook if getattr(hook, "guarded", False) else guarded(hook)
        name = str(path)
        try:
            path = path.expanduser().resolve()
            digest = file_digest(path)
        except OSError as e:
            return FileResult(name, "failed", error=f"{name}: cannot read ({e.strerror or e})")
        sid = digest[:16]
        done = store.source(sid)
        if done is not None:
            self._forget_old_versions(store, str(path), keep=sid)
            same_as = done["path"] if done["path"] != str(path) else ""
            return FileResult(
                name, "unchanged", sid, float(done["duration"]), int(done["units"]), "", same_as
            )
        try:
            record = self._write(store, path, sid, digest, hook)
        except AudioDecodeError as e:
            store.delete_units(sid)
            if self.prints is not None:
                self.prints.remove(sid)
            return FileResult(name, "failed", sid, error=str(e))
        except BaseException:  # Ctrl-C or a bug: leave no half-written source behind
            _delete_quietly(store, sid)
            raise
        self._forget_old_versions(store, str(path), keep=sid)
        return FileResult(name, "ingested", sid, record.duration, record.units)

    def _write(self, store: Store, path: Path, sid: str, digest: str, hook: Hook) -> SourceRecord:
        store.begin_source(sid)
        if self.prints is not None:
            self.prints.remove(sid)
        base = {"source": str(path), "source_id": sid, "ingested_at": now()}
        n_units, seconds, loudest, language = 0, 0.0, float("-inf"), "en"
        before = None  # the last speech unit so far, for the next block's context vectors
        for offset, block in iter_blocks(path, self.block_seconds):
            loudest = max(loudest, rms_dbfs(block))
            if self.prints is not None:
                self.prints.add(sid, block, offset)
            told = _BlockProgress(hook, str(path))
            units, language = self._block_units(block, offset, told)
            base["language"] = language
            if units:
                own, context = embed_with_context(
                    self.text.embed,
                    [u.text for u in units if u.text],
                    context_texts(units, before),
                )
                store.add_units(
                    base,
                    units,
                    own,
                    self.audio.embed_audio(
                        cut_spans(block, [(u.start, u.end) for u in units], offset)
                    ),
                    self.speakers.names() if self.speakers else None,
                    context,
                    before,
                )
                before = last_speech(units, before)
            n_units += len(units)
            seconds = offset + len(block) / SAMPLE_RATE
            told.finish(len(block) / SAMPLE_RATE)
        if n_units == 0:
            if seconds < self.units.sound_min_seconds:
                raise AudioDecodeError(str(path), f"is too short to index ({seconds:.3f} s)")
            reason = (
                "is silent"
                if loudest <= self.units.sound_dbfs
                else "has no speech or sound to index"
            )
            raise AudioDecodeError(str(path), f"{reason} (level {loudest:.0f} dBFS)")
        record = SourceRecord(
            sid,
            str(path),
            digest,
            round(seconds, 3),
            n_units,
            language,
            self.transcriber.name,
            now(),
        )
        store.finish_source(record)
        return record

    def _block_units(self, block, offset: float, told: _BlockProgress):
        if _takes_progress(self.transcriber):
            tr = self.transcriber.transcribe(block, progress=told.advance)
        else:
            tr = self.transcriber.transcribe(block)
        who = self._speaker_turns(block, _speech_of(tr))
        speech = build_units(tr.segments, self.units, change_points(who))
        if who:
            speech = [replace(u, speaker=speaker_at(who, u.start, u.end)) for u in speech]
        voiced = sorted(tr.clips + [(u.start, u.end) for u in speech])
        units = sorted(speech + sound_units(block, voiced, self.units), key=lambda u: u.start)
        return shift(units, offset), tr.language

    def _speaker_turns(self, block, speech) -> list[Turn]:
        """Speaker turns of a block with index-wide speaker ids ([] without a diarizer)."""
        if self.diarizer is None:
            return []
        found = self.diarizer(block, speech)
        if self.speakers is not None and found.centroids:
            found = found.relabel(self.speakers.assign(found.centroids, found.seconds))
        return found.turns

    def _forget_old_versions(self, store: Store, path: str, keep: str) -> None:
        """A file changed at the same path: its old version's units go."""
        for rec in store.sources(path=path):
            if rec["source_id"] != keep:
                logger.info("%s changed since it was ingested; replacing its units", path)
                store.remove_source(rec["source_id"])
                if self.prints is not None:
                    self.prints.remove(rec["source_id"])


def _speech_of(tr) -> list | None:
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


class _BlockProgress:
    """Audio seconds of one block reported to the hook as transcription gets through
    them, and the rest once the block is stored: the block's total, exactly once."""

    def __init__(self, hook: Hook, path: str) -> None:
        self.hook, self.path, self.told = hook, path, 0.0

    def advance(self, seconds: float) -> None:
        if seconds > 0:
            self.told += seconds
            self.hook("audio", path=self.path, seconds=seconds)

    def finish(self, block_seconds: float) -> None:
        self.advance(block_seconds - self.told)


def _takes_progress(transcriber) -> bool:
    """Whether `transcriber.transcribe` accepts a `progress` callback."""
    try:
        return "progress" in inspect.signature(transcriber.transcribe).parameters
    except (TypeError, ValueError):
        return False


def _delete_quietly(store: Store, sid: str) -> None:
    """Best-effort clean-up of an unfinished source (the next run redoes it anyway)."""
    try:
        store.delete_units(sid)
    except BaseException:  # a second Ctrl-C, or the store itself failing
        logger.warning("could not clean up unfinished source %s; the next ingest will", sid)


def _no_hook(event: str, **info) -> None:
    return None
