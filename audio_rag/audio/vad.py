"""Voice activity and clip packing.

Speech regions come from Silero VAD (the ONNX copy bundled with faster-whisper, so no
torch is needed). `pack_regions` and `gaps` are pure functions over (start, end) pairs.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from ..config import VAD_CONFIDENT, VAD_MIN_SILENCE_MS, VAD_PAD_MS, VAD_THRESHOLD
from ..types import Span
from .decode import SAMPLE_RATE


def speech_regions(
    audio: np.ndarray,
    threshold: float = VAD_THRESHOLD,
    min_silence_ms: int = VAD_MIN_SILENCE_MS,
    pad_ms: int = VAD_PAD_MS,
) -> list[Span]:
    """Speech regions of a 16 kHz waveform, in seconds, from Silero VAD."""
    from faster_whisper.vad import VadOptions, get_speech_timestamps

    opts = VadOptions(
        threshold=threshold,
        min_silence_duration_ms=min_silence_ms,
        speech_pad_ms=pad_ms,
        max_speech_duration_s=29.0,
    )
    stamps = get_speech_timestamps(audio, opts, sampling_rate=SAMPLE_RATE)
    return [(s["start"] / SAMPLE_RATE, s["end"] / SAMPLE_RATE) for s in stamps]


def confirmed(audio: np.ndarray, regions: Sequence[Span], confident: float = VAD_CONFIDENT) -> bool:
    """Whether Silero's speech probability reaches `confident` in one of `regions` (checked
    in order, so speech is usually confirmed by the first region alone)."""
    from faster_whisper.vad import get_vad_model

    model, window = get_vad_model(), 512
    for s, e in regions:
        clip = audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)]
        if len(clip):
            probs = model(np.pad(clip, (0, -len(clip) % window)))
            if float(np.max(probs)) >= confident:
                return True
    return False


def pack_regions(
    regions: list[Span],
    max_len: float = 30.0,
    max_gap: float = 2.0,
    boundaries: Sequence[float] = (),
) -> list[Span]:
    """Group sorted regions into contiguous clips no longer than `max_len` seconds.

    A clip spans from its first region's start to its last region's end (pauses inside
    are kept, so clip time maps linearly to file time). A new clip starts when adding
    the next region would exceed `max_len` or the pause before it exceeds `max_gap`, and
    at every time in `boundaries` (speaker changes: each clip is one voice, so one
    language can be detected for it). Regions longer than `max_len` are split into
    `max_len` pieces.
    """
    cuts = sorted(boundaries)
    clips: list[Span] = []
    for start, end in _cut(regions, cuts):
        for s, e in fixed_windows(start, end, max_len):
            joins = clips and s - clips[-1][1] <= max_gap and e - clips[-1][0] <= max_len
            if joins and not any(clips[-1][1] <= c <= s for c in cuts):
                clips[-1] = (clips[-1][0], e)
            else:
                clips.append((s, e))
    return clips


def _cut(regions: list[Span], cuts: list[float]) -> list[Span]:
    """Regions split at the cut times inside them."""
    out = []
    for s, e in regions:
        edges = [s, *[c for c in cuts if s < c < e], e]
        out += [(a, b) for a, b in zip(edges, edges[1:]) if b > a]
    return out


def fixed_windows(start: float, end: float, size: float) -> list[Span]:
    """Split [start, end) into consecutive windows of at most `size` seconds."""
    if end <= start:
        return []
    n = max(1, int(np.ceil((end - start) / size - 1e-9)))
    step = (end - start) / n
    return [(start + i * step, start + (i + 1) * step) for i in range(n)]


def gaps(covered: list[Span], start: float, end: float, min_len: float = 0.5) -> list[Span]:
    """Parts of [start, end) not covered by the sorted spans, at least `min_len` long."""
    out, t = [], start
    for s, e in sorted(covered):
        if s - t >= min_len:
            out.append((t, min(s, end)))
        t = max(t, e)
    if end - t >= min_len:
        out.append((t, end))
    return [(s, e) for s, e in out if e - s >= min_len]
