"""Files opened ahead: while one file is transcribed, encoded and written, a background
thread reads the next ones (content hash, decoding, level, fingerprints, voice
activity, voices), so both cores stay busy: the next file's voices are embedded while
Whisper decodes this one.

`open_file` does that work for one file and keeps any error to raise where the file is
processed; `prefetched` runs it a few files ahead in one worker thread. Only the first
block of a file is read ahead; a long recording's later blocks are decoded as they are
needed, so memory stays bounded.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from ..audio import file_digest, iter_blocks
from ..audio.tags import read_tags
from ..types import Span

AHEAD = 2
"""Files read ahead of the one being processed."""


@dataclass
class Heard:
    """One decoded block and what was found in it without a model of the index's."""

    offset: float
    block: np.ndarray
    peak: float  # dBFS
    prints: list[tuple]  # fingerprint rows
    regions: list[Span] | None  # confirmed voice activity ([]: no speech; None: not run)
    voices: Any = None  # the block's diarization with local labels (None: not run)


@dataclass
class Opened:
    """A file's resolved path, content hash and blocks (or why it cannot be read)."""

    name: str  # as given
    path: Path | None = None
    digest: str = ""
    error: str = ""  # the file cannot be read at all
    tags: dict[str, str] = field(default_factory=dict)  # title, comment, ... (audio.tags)
    first: Heard | BaseException | None = None  # read ahead (None: not yet)
    rest: Iterator[Heard] = field(default_factory=lambda: iter(()))

    @property
    def source_id(self) -> str:
        return self.digest[:16]

    def blocks(self) -> Iterator[Heard]:
        """Every block in order; an error met reading ahead is raised here."""
        if isinstance(self.first, BaseException):
            raise self.first
        if self.first is not None:
            yield self.first
        yield from self.rest


Hear = Callable[[str, float, np.ndarray], Heard]
"""(source id, offset, block) -> what is found in the block."""


def open_file(
    path: str | Path, hear: Hear, block_seconds: float, known: set[str] | None = None
) -> Opened:
    """Hash the file and, unless its content is in `known` (already indexed), decode and
    hear its first block."""
    name = str(path)
    try:
        resolved = Path(path).expanduser().resolve()
        digest = file_digest(resolved)
    except OSError as e:
        return Opened(name, error=f"{name}: cannot read ({e.strerror or e})")
    except (RuntimeError, ValueError) as e:  # a symlink loop, a NUL in the name
        return Opened(name, error=f"{name}: cannot read ({e})")
    opened = Opened(name, resolved, digest)
    sid = opened.source_id
    heard = (hear(sid, o, b) for o, b in iter_blocks(resolved, block_seconds))
    if known is None or sid not in known:
        opened.tags = read_tags(resolved)
        try:
            opened.first = next(heard, None)
        except Exception as e:  # raised when the file is processed, in order
            opened.first = e
    opened.rest = heard
    return opened


def prefetched(
    files: Iterable[Path], open_one: Callable[[Path], Opened], ahead: int = AHEAD
) -> Iterator[Opened]:
    """`open_one` of each file, in order, run `ahead` files ahead in a worker thread."""
    todo = iter(files)
    with ThreadPoolExecutor(1, thread_name_prefix="audio-rag-read") as pool:
        pending = deque(pool.submit(open_one, f) for _, f in zip(range(ahead + 1), todo))
        while pending:
            opened = pending.popleft().result()
            nxt = next(todo, None)
            if nxt is not None:
                pending.append(pool.submit(open_one, nxt))
            yield opened
