"""Spectral-peak fingerprints ("landmarks") for finding copies of a recording.

The classic exact-recording search (Wang, 2003): peaks of the spectrogram survive
noise, level changes and lossy re-encoding far better than a learned embedding of the
whole clip does. Each peak is paired with a few later peaks nearby; a pair hashes to
(f1, f2, dt) and keeps the anchor's time. A query matches a recording when many of
its hashes occur there at one common time offset.

Pure functions (`peaks`, `landmarks`, `best_offsets`) plus `FingerprintIndex`, an
inverted index (hash -> source, time) in SQLite next to the Chroma folder.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .decode import SAMPLE_RATE

logger = logging.getLogger(__name__)

N_FFT, HOP = 1024, 256  # 64 ms windows, 16 ms steps at 16 kHz
FRAME_SECONDS = HOP / SAMPLE_RATE


@dataclass(frozen=True)
class PrintOptions:
    """peak_size: neighbourhood (frames, bins) a peak is the maximum of;
    peaks_per_second: the strongest peaks kept in each second; min_peaks: at least this
    many in a clip shorter than min_peaks / peaks_per_second seconds (a short effect and its
    crop keep enough pairs: real library crops 0.81 -> 0.87); fan_out: pairs per anchor;
    max_dt: frames ahead to look for partners; max_df: bins apart at most;
    min_matches: aligned hashes for a match to count."""

    peak_size: tuple[int, int] = (9, 15)
    peaks_per_second: float = 40.0
    fan_out: int = 6
    max_dt: int = 48
    max_df: int = 96
    min_df: int = 0
    min_matches: int = 8
    min_peaks: int = 60


FRAMES_AT_ONCE = 4096
"""Frames transformed per step (~65 s): a 10-minute ingest block in one go needed about
1 GB of intermediate arrays."""


def spectrogram(audio: np.ndarray) -> np.ndarray:
    """(frames, N_FFT//2 + 1) float32 log magnitude, Hann windows, of `audio` scaled to
    unit RMS (so the level of a copy does not matter)."""
    audio = np.asarray(audio, np.float32)
    audio = audio / max(float(np.sqrt(np.mean(audio**2))) if len(audio) else 0.0, 1e-8)
    if len(audio) < N_FFT:
        audio = np.pad(audio, (0, N_FFT - len(audio)))
    n = 1 + (len(audio) - N_FFT) // HOP
    window = np.hanning(N_FFT).astype(np.float32)
    out = np.empty((n, N_FFT // 2 + 1), np.float32)
    for s in range(0, n, FRAMES_AT_ONCE):
        idx = np.arange(N_FFT)[None, :] + HOP * np.arange(s, min(n, s + FRAMES_AT_ONCE))[:, None]
        out[s : s + len(idx)] = np.log(np.abs(np.fft.rfft(audio[idx] * window, axis=1)) + 1e-6)
    return out


def peaks(audio: np.ndarray, opts: PrintOptions = PrintOptions()) -> np.ndarray:
    """(n, 2) int array of (frame, bin) spectral peaks, in time order. A peak is the
    maximum of its neighbourhood and stands above the median level (so level changes
    do not move them); the strongest `peaks_per_second` are kept in each second, so a
    quiet sound between loud speech keeps its peaks as it would on its own."""
    from scipy.ndimage import maximum_filter

    spec = spectrogram(audio)
    local = maximum_filter(spec, size=opts.peak_size, mode="constant", cval=-np.inf)
    mask = (spec == local) & (spec > np.median(spec) + 1.0)
    t, f = np.nonzero(mask)
    per = int(round(1.0 / FRAME_SECONDS))  # frames in a second
    seconds = max(len(spec) * FRAME_SECONDS, FRAME_SECONDS)
    keep = max(1, int(max(opts.peaks_per_second, opts.min_peaks / seconds)))
    chosen = []
    for start in range(0, len(spec), per):
        inside = np.flatnonzero((t >= start) & (t < start + per))
        chosen.append(inside[np.argsort(spec[t[inside], f[inside]])[::-1][:keep]])
    picked = np.concatenate(chosen) if chosen else np.zeros(0, np.int64)
    t, f = t[picked], f[picked]
    order = np.lexsort((f, t))
    return np.stack([t[order], f[order]], axis=1).astype(np.int64)


def landmarks(pk: np.ndarray, opts: PrintOptions = PrintOptions()) -> tuple[np.ndarray, np.ndarray]:
    """(hashes, anchor frames) of peak pairs: each peak with up to `fan_out` later peaks
    within `max_dt` frames and `max_df` bins. hash = f1 << 16 | f2 << 6 | dt."""
    hashes, times = [], []
    for i in range(len(pk)):
        t1, f1 = pk[i]
        n = 0
        for j in range(i + 1, len(pk)):
            dt = pk[j, 0] - t1
            if dt > opts.max_dt:
                break
            if dt < 1 or not opts.min_df <= abs(pk[j, 1] - f1) <= opts.max_df:
                continue
            hashes.append((int(f1) << 16) | (int(pk[j, 1]) << 6) | int(dt))
            times.append(int(t1))
            n += 1
            if n >= opts.fan_out:
                break
    return np.asarray(hashes, np.int64), np.asarray(times, np.int64)


def fingerprint(audio: np.ndarray, opts: PrintOptions = PrintOptions()):
    """(hashes, anchor frames) of a waveform (16 kHz mono)."""
    return landmarks(peaks(audio, opts), opts)


def best_offsets(
    query_hashes: np.ndarray,
    query_times: np.ndarray,
    found: Iterable[tuple[int, str, int]],
) -> list[tuple[str, int, int]]:
    """[(source, offset frames, aligned matches)] best first, one per source, from the
    database rows `found` = (hash, source, anchor frame) that share a query hash."""
    by_hash: dict[int, list[int]] = {}
    for h, t in zip(query_hashes.tolist(), query_times.tolist()):
        by_hash.setdefault(h, []).append(t)
    votes: dict[tuple[str, int], int] = {}
    for h, source, t in found:
        for tq in by_hash.get(h, ()):
            key = (source, t - tq)
            votes[key] = votes.get(key, 0) + 1
    best: dict[str, tuple[int, int]] = {}
    for (source, offset), n in votes.items():
        # neighbouring offsets (frame jitter after re-encoding) count together
        n = n + votes.get((source, offset - 1), 0) + votes.get((source, offset + 1), 0)
        if source not in best or n > best[source][1]:
            best[source] = (offset, n)
    ranked = sorted(best.items(), key=lambda kv: -kv[1][1])
    return [(s, off, n) for s, (off, n) in ranked]


class FingerprintIndex:
    """hash -> (source id, anchor frame) rows in a SQLite file, created by the first
    write (reads of a missing file find nothing and create nothing)."""

    def __init__(self, path: str | Path, opts: PrintOptions = PrintOptions()) -> None:
        self.path, self.opts = Path(path), opts
        self._conn: sqlite3.Connection | None = None

    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(str(self.path), check_same_thread=False)
            db.execute("CREATE TABLE IF NOT EXISTS prints (hash INTEGER, source TEXT, t INTEGER)")
            db.execute("CREATE INDEX IF NOT EXISTS prints_hash ON prints (hash)")
            db.commit()
            self._conn = db
        return self._conn

    def _readable(self) -> bool:
        return self._conn is not None or self.path.is_file()

    def add(self, source: str, audio: np.ndarray, offset: float = 0.0) -> int:
        """Fingerprint `audio` (which starts at `offset` s in the source); rows added."""
        return self.insert(self.rows(source, audio, offset))

    def rows(self, source: str, audio: np.ndarray, offset: float = 0.0) -> list[tuple]:
        """The (hash, source, frame) rows of `audio` (starting at `offset` s), to `insert`
        later (many small files: one commit for all)."""
        hashes, times = fingerprint(audio, self.opts)
        shift = int(round(offset / FRAME_SECONDS))
        return [(h, source, t + shift) for h, t in zip(hashes.tolist(), times.tolist())]

    def insert(self, rows: list[tuple]) -> int:
        """Write rows (of `rows`) in one commit; returns their number."""
        if rows:
            self._db.executemany("INSERT INTO prints VALUES (?, ?, ?)", rows)
            self._db.commit()
        return len(rows)

    def remove(self, sources: str | list[str]) -> None:
        """Forget the fingerprints of a source (or of several, in one commit)."""
        if not self._readable():
            return
        sources = [sources] if isinstance(sources, str) else sources
        self._db.executemany("DELETE FROM prints WHERE source = ?", [(s,) for s in sources])
        self._db.commit()

    def __len__(self) -> int:
        if not self._readable():
            return 0
        return int(self._db.execute("SELECT COUNT(*) FROM prints").fetchone()[0])

    def match(self, audio: np.ndarray, k: int = 5) -> list[tuple[str, float, int]]:
        """[(source, start seconds of the query in it, aligned matches)], best first,
        only matches with at least `min_matches` aligned hashes."""
        if not self._readable():
            return []
        hashes, times = fingerprint(audio, self.opts)
        if not len(hashes):
            return []
        unique = sorted(set(hashes.tolist()))
        found: list[tuple[int, str, int]] = []
        for i in range(0, len(unique), 900):  # SQLite's limit on bound parameters
            chunk = unique[i : i + 900]
            marks = ",".join("?" * len(chunk))
            found += self._db.execute(
                f"SELECT hash, source, t FROM prints WHERE hash IN ({marks})", chunk
            ).fetchall()
        ranked = best_offsets(hashes, times, found)
        return [
            (s, max(0.0, off * FRAME_SECONDS), n)
            for s, off, n in ranked[:k]
            if n >= self.opts.min_matches
        ]

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
