"""One writer per index at a time, across processes: an advisory lock file (filelock).

Chroma's embedded database is not made for several processes writing one folder at
once, and two ingests of the same files would race on the same source ids. So every
write to an index (ingest, remove, speaker edits) holds an exclusive lock
(`filelock.FileLock`, an `fcntl.flock` on Unix) on a lock file:

  embedded index   DB/.audio_rag-COLLECTION.lock (inside the database folder)
  Chroma server    TMPDIR/audio_rag_locks/HOST_PORT_COLLECTION.lock

The kernel releases the lock when its holder exits, however it exits (SIGKILL
included), so a crashed writer never leaves a stale lock. For a Chroma server the lock
only orders writers on the same machine: writers on several machines sharing one
server must take turns some other way (e.g. one ingest job). A second writer waits,
logging who holds the lock (written beside it, `LOCK.holder`), until `timeout` seconds
pass; then it raises `IndexBusyError`. Readers (search) take no lock.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import socket
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from ..errors import IndexBusyError

logger = logging.getLogger(__name__)


def lock_path(
    db: str | os.PathLike | None, collection: str, host: str | None = None, port: int = 8000
) -> Path | None:
    """Where the write lock of an index lives (None: a private throw-away index)."""
    if host:
        key = re.sub(r"[^A-Za-z0-9._-]", "_", f"{host}_{port}_{collection}")
        return Path(tempfile.gettempdir()) / "audio_rag_locks" / f"{key}.lock"
    if db is None:
        return None
    return Path(db) / f".audio_rag-{collection}.lock"


class IndexLock:
    """Exclusive write lock on one index (see the module doc).

    timeout: seconds to wait for another writer (None: wait as long as it takes;
    0: refuse at once). Re-entrant within one object.
    """

    def __init__(self, path: Path | None, timeout: float | None = None, poll: float = 0.2):
        self.path, self.timeout, self.poll = path, timeout, poll
        self._lock = None
        self._depth = 0

    def acquire(self) -> None:
        if self.path is None:
            return
        if self._depth:
            self._depth += 1
            return
        from filelock import FileLock, Timeout

        self.path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.path), is_singleton=False)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            holder = _holder(self.path)
            if self.timeout == 0:
                raise self._busy(holder) from None
            logger.warning(
                "another process (%s) is writing this index; waiting for it to finish "
                "(lock file %s)",
                holder,
                self.path,
            )
            try:
                lock.acquire(
                    timeout=-1 if self.timeout is None else self.timeout, poll_interval=self.poll
                )
            except Timeout:
                raise self._busy(_holder(self.path)) from None
        info = {"pid": os.getpid(), "host": socket.gethostname(), "since": round(time.time())}
        with contextlib.suppress(OSError):
            _holder_file(self.path).write_text(json.dumps(info))
        self._lock, self._depth = lock, 1

    def _busy(self, holder: str) -> IndexBusyError:
        return IndexBusyError(
            f"another process ({holder}) is writing this index; gave up after "
            f"{self.timeout:g} s (lock file {self.path})"
        )

    def release(self) -> None:
        if self._lock is None:
            return
        self._depth -= 1
        if self._depth:
            return
        lock, self._lock = self._lock, None
        with contextlib.suppress(OSError):
            _holder_file(self.path).write_text("")
        lock.release()

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        self.acquire()
        try:
            yield
        finally:
            self.release()


def _holder_file(path: Path) -> Path:
    return path.with_name(path.name + ".holder")


def _holder(path: Path) -> str:
    """Who holds the lock, as written in the lock file ("unknown" when unreadable)."""
    try:
        info = json.loads(_holder_file(path).read_text() or "{}")
    except (OSError, ValueError):
        return "unknown"
    if not info:
        return "unknown"
    since = time.strftime("%H:%M:%S", time.localtime(info.get("since", 0)))
    return f"pid {info.get('pid')} on {info.get('host')}, since {since}"
