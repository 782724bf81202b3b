"""What an ingest tells: its progress hook (guarded, so progress never stops the work)
and its report (one result per file)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

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
    note: str = ""  # something the user should know (e.g. speech the model could not read)


def unexpected(path, error: Exception) -> FileResult:
    """The result of a file that failed for a reason no check foresaw (logged with its
    traceback): one bad file must not end the batch."""
    logger.exception("unexpected error on %s", path)
    return FileResult(str(path), "failed", error=f"{path}: {type(error).__name__}: {error}")


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


class BlockProgress:
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


def _no_hook(event: str, **info) -> None:
    return None
