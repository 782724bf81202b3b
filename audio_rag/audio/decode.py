"""Decoding: any container or array to 16 kHz mono float32, whole or in bounded blocks.

`AudioInput` is validated in exactly one place, `load_audio`/`iter_blocks`, through
`_open`. Files are decoded with PyAV (FFmpeg in the wheel; no system ffmpeg needed).
"""

from __future__ import annotations

import hashlib
import io
import logging
import os
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from ..errors import AudioDecodeError, MissingDependencyError

logger = logging.getLogger(__name__)

SAMPLE_RATE = 16000
AudioInput = str | os.PathLike | bytes | np.ndarray
"""A path, the bytes of an audio file, or a 16 kHz mono float array."""

ACCEPTED = "a path to an audio file, the file's bytes, or a 1-D float array at 16 kHz"
AUDIO_EXTENSIONS = frozenset(
    ".wav .mp3 .flac .ogg .oga .opus .m4a .mp4 .aac .wma .webm .aif .aiff .amr .mka".split()
)


def describe(audio: AudioInput) -> str:
    """A short human name for an input, used in error messages."""
    if isinstance(audio, (str, os.PathLike)):
        return str(audio)
    if isinstance(audio, bytes):
        return f"<{len(audio)} bytes>"
    if isinstance(audio, np.ndarray):
        return f"<array shape={audio.shape}>"
    return f"<{type(audio).__name__}>"


def load_audio(audio: AudioInput) -> np.ndarray:
    """Decode `audio` whole into a 16 kHz mono float32 array.

    Raises AudioDecodeError (naming the input) when nothing can be decoded.
    """
    if isinstance(audio, np.ndarray):
        return _check_array(audio)
    parts = [block for _, block in iter_blocks(audio, block_seconds=None)]
    return np.concatenate(parts) if len(parts) > 1 else parts[0]


def iter_blocks(
    audio: AudioInput, block_seconds: float | None = 600.0, search_seconds: float = 5.0
) -> Iterator[tuple[float, np.ndarray]]:
    """Yield `(offset_seconds, samples)` blocks covering the input end to end.

    Blocks are about `block_seconds` long (None: one block) and end at the quietest
    20 ms within the last `search_seconds`, so that words are rarely cut. Only one
    block (plus one frame) is held in memory at a time.
    """
    name = describe(audio)
    if isinstance(audio, np.ndarray):
        yield 0.0, _check_array(audio)
        return
    limit = None if block_seconds is None else int(block_seconds * SAMPLE_RATE)
    search = int(search_seconds * SAMPLE_RATE)
    pending: list[np.ndarray] = []
    held = 0
    offset = 0
    for chunk in _decode(audio, name):
        pending.append(chunk)
        held += len(chunk)
        if limit is not None and held >= limit + search:
            buf = np.concatenate(pending)
            cut = quietest_cut(buf, max(limit - search, limit // 2), limit)  # never tiny
            yield offset / SAMPLE_RATE, buf[:cut]
            offset += cut
            pending, held = [buf[cut:]], len(buf) - cut
    buf = np.concatenate(pending) if pending else np.zeros(0, np.float32)
    if offset == 0 and len(buf) == 0:
        raise AudioDecodeError(name, "contains no audio samples (empty or not audio)")
    if len(buf):
        yield offset / SAMPLE_RATE, buf


def load_span(path: str | os.PathLike, start: float, end: float) -> np.ndarray:
    """The 16 kHz mono samples of `path` from `start` to `end` seconds, decoded from a
    seek near `start` (not from the file's beginning: a unit of a long recording costs
    what the unit costs). Raises AudioDecodeError naming the file."""
    import av

    name = describe(path)
    container = _open(path, name)
    with container:
        stream = next((s for s in container.streams if s.type == "audio"), None)
        if stream is None:
            raise AudioDecodeError(name, "has no audio stream")
        if start > 0 and stream.time_base:
            container.seek(int(start / stream.time_base), stream=stream, backward=True)
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        parts, at = [], None
        for frame in container.decode(stream):
            if at is None:  # where decoding resumed (the seek lands at or before start)
                at = float(frame.pts * stream.time_base) if frame.pts is not None else 0.0
            parts += [_frame_array(out) for out in resampler.resample(frame)]
            if at + sum(map(len, parts)) / SAMPLE_RATE >= end:
                break
    audio = np.concatenate(parts) if parts else np.zeros(0, np.float32)
    lo = max(0, int(round((start - (at or 0.0)) * SAMPLE_RATE)))
    return audio[lo : lo + max(0, int(round((end - start) * SAMPLE_RATE)))]


def quietest_cut(samples: np.ndarray, lo: int, hi: int, frame: int = 320) -> int:
    """Index in [lo, hi) at the start of the lowest-energy `frame`-sample window."""
    lo, hi = max(0, lo), min(len(samples), hi)
    n = (hi - lo) // frame
    if n <= 1:
        return hi
    energy = (samples[lo : lo + n * frame].reshape(n, frame) ** 2).sum(axis=1)
    return lo + int(np.argmin(energy)) * frame


def file_digest(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    """SHA-256 of a file's bytes, read in chunks (hex)."""
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(chunk):
            h.update(block)
    return h.hexdigest()


def find_audio_files(paths: list[str | os.PathLike]) -> list[Path]:
    """Expand folders (recursively, audio extensions only) and keep files as given."""
    found: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.suffix.lower() in AUDIO_EXTENSIONS)
        else:
            found.append(p)
    return found


def _check_array(audio: np.ndarray) -> np.ndarray:
    if audio.ndim == 2 and 1 in audio.shape:
        audio = audio.reshape(-1)
    if audio.ndim != 1 or not np.issubdtype(audio.dtype, np.number):
        raise AudioDecodeError(describe(audio), f"unsupported array; expected {ACCEPTED}")
    if audio.size == 0:
        raise AudioDecodeError(describe(audio), "contains no audio samples")
    audio = audio.astype(np.float32, copy=False)
    if not np.isfinite(audio).all():
        raise AudioDecodeError(describe(audio), "array contains NaN or infinite samples")
    return audio


def _open(audio: AudioInput, name: str):
    try:
        import av
    except ImportError as e:  # pragma: no cover - av is a core dependency
        raise MissingDependencyError("decoding audio needs PyAV: pip install av") from e
    if isinstance(audio, bytes):
        source = io.BytesIO(audio)
    elif isinstance(audio, (str, os.PathLike)):
        path = Path(audio)
        if not path.is_file():
            raise AudioDecodeError(name, "no such file")
        if path.stat().st_size == 0:
            raise AudioDecodeError(name, "file is empty (0 bytes)")
        source = str(path)
    else:
        raise AudioDecodeError(name, f"unsupported input type; expected {ACCEPTED}")
    try:
        return av.open(source, metadata_errors="ignore")
    except (av.error.FFmpegError, OSError, UnicodeDecodeError, ValueError) as e:
        why = getattr(e, "strerror", None) or e  # FFmpeg's words, without errno and path
        raise AudioDecodeError(name, f"not a readable audio file ({why})") from e


def _decode(audio: AudioInput, name: str) -> Iterator[np.ndarray]:
    import av

    container = _open(audio, name)
    with container:
        stream = next((s for s in container.streams if s.type == "audio"), None)
        if stream is None:
            raise AudioDecodeError(name, "has no audio stream")
        resampler = av.AudioResampler(format="flt", layout="mono", rate=SAMPLE_RATE)
        got = 0
        try:
            for frame in container.decode(stream):
                for out in resampler.resample(frame):
                    got += out.samples
                    yield _frame_array(out)
        except (av.error.FFmpegError, ValueError) as e:
            if not got:
                raise AudioDecodeError(name, f"could not be decoded ({e})") from e
            logger.warning(
                "%s: decoding stopped early after %.1f s (%s)", name, got / SAMPLE_RATE, e
            )
        for out in resampler.resample(None):
            yield _frame_array(out)


def _frame_array(frame) -> np.ndarray:
    arr = frame.to_ndarray().reshape(-1).astype(np.float32, copy=False)
    if not np.isfinite(arr).all():
        arr = np.nan_to_num(arr, nan=0.0, posinf=1.0, neginf=-1.0)
    return arr


def probe_duration(path: str | os.PathLike) -> float:
    """Duration in seconds from the container header (0.0 when unknown or unreadable)."""
    try:
        import av

        with av.open(str(path), metadata_errors="ignore") as c:
            if c.duration:
                return c.duration / 1_000_000
            stream = next((s for s in c.streams if s.type == "audio"), None)
            if stream is not None and stream.duration and stream.time_base:
                return float(stream.duration * stream.time_base)
    except Exception:  # unreadable files are reported by the decoder, not here
        return 0.0
    return 0.0
