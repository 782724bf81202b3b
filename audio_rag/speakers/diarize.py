"""Who spoke when: speech regions -> sliding windows -> voice vectors -> clusters -> turns.

The maths (window slicing, clustering, smoothing, turn building, centroids) are plain
functions; `Diarizer` wires them to a speaker encoder and Silero VAD.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from .. import config
from .._util.registry import Registry
from .._util.vectors import l2_normalize
from ..audio import SAMPLE_RATE
from ..audio.vad import speech_regions
from ..types import Span
from .clustering import absorb_small, agglomerative, smooth, turns

logger = logging.getLogger(__name__)


@dataclass
class DiarizeOptions:
    """window/hop: seconds of the sliding windows inside speech; threshold: cosine
    distance at which average-linkage clustering stops merging (calibrated on the dev
    set and a held-out set of unseen voices, see benchmarks/speakers.py); num_speakers
    fixes the count, min/max bound it; min_speaker: a cluster with less speech than this
    (seconds) is not a speaker, its windows go to the nearest voice; min_turn: shorter
    speaker runs are absorbed by their neighbours (seconds); link_threshold: centroid
    cosine similarity at which a recording's voice is a known speaker of the index;
    verify_threshold: clip-against-clip score from which two clips are one voice."""

    window: float = config.DIARIZE_WINDOW
    hop: float = config.DIARIZE_HOP
    threshold: float = config.DIARIZE_THRESHOLD
    num_speakers: int | None = None
    min_speakers: int = 1
    max_speakers: int | None = None
    min_speaker: float = config.MIN_SPEAKER_SECONDS
    min_turn: float = config.MIN_TURN_SECONDS
    link_threshold: float = config.LINK_THRESHOLD
    verify_threshold: float = config.VERIFY_THRESHOLD

    def min_windows(self) -> int:
        """Windows of a cluster holding `min_speaker` seconds of speech."""
        return int(np.ceil(max(self.min_speaker - self.window, 0.0) / self.hop)) + 1


@dataclass(frozen=True)
class Turn:
    start: float
    end: float
    speaker: str


@dataclass
class Diarization:
    """Turns with local labels ("0", "1", ...) and each label's voice centroid/weight."""

    turns: list[Turn] = field(default_factory=list)
    centroids: dict[str, np.ndarray] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)

    def relabel(self, mapping: dict[str, str]) -> Diarization:
        return Diarization(
            [Turn(t.start, t.end, mapping[t.speaker]) for t in self.turns],
            {mapping[k]: v for k, v in self.centroids.items()},
            {mapping[k]: v for k, v in self.seconds.items()},
        )


def sliding_windows(regions: list[Span], size: float, hop: float, min_len: float = 0.5):
    """Windows of `size` s every `hop` s inside each region; a region shorter than `size`
    (but at least `min_len`) is one window; the last window ends at the region's end."""
    out: list[Span] = []
    for s, e in regions:
        if e - s < min_len:
            continue
        if e - s <= size:
            out.append((s, e))
            continue
        n = int(np.ceil((e - s - size) / hop)) + 1
        for i in range(n):
            start = min(s + i * hop, e - size)
            out.append((start, start + size))
    return out


def centroids(vecs: np.ndarray, labels: np.ndarray) -> dict[int, np.ndarray]:
    """Unit-length mean vector of each label."""
    return {
        int(k): l2_normalize(vecs[labels == k].mean(axis=0, keepdims=True))[0]
        for k in set(labels.tolist())
    }


def speaker_at(turn_list: list[Turn], start: float, end: float) -> str | None:
    """The speaker whose turns overlap [start, end] most (None if none overlaps)."""
    overlap: dict[str, float] = {}
    for t in turn_list:
        o = min(end, t.end) - max(start, t.start)
        if o > 0:
            overlap[t.speaker] = overlap.get(t.speaker, 0.0) + o
    return max(overlap, key=overlap.get) if overlap else None


def change_points(turn_list: list[Turn]) -> list[float]:
    """Times where the speaker changes (between consecutive turns of different labels)."""
    return [
        (a.end + b.start) / 2 for a, b in zip(turn_list, turn_list[1:]) if a.speaker != b.speaker
    ]


class Diarizer:
    """Diarizes 16 kHz mono audio with a speaker encoder (see `speakers.base`)."""

    def __init__(self, encoder, options: DiarizeOptions | None = None) -> None:
        self.encoder = encoder
        self.options = options or DiarizeOptions()

    def __call__(self, audio: np.ndarray, regions: list[Span] | None = None) -> Diarization:
        o = self.options
        regions = speech_regions(audio) if regions is None else regions
        windows = sliding_windows(regions, o.window, o.hop)
        if not windows:
            return Diarization()
        clips = [audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)] for s, e in windows]
        vecs = self.encoder.embed(clips)
        labels = agglomerative(vecs, o.threshold, o.num_speakers, o.min_speakers, o.max_speakers)
        if o.num_speakers is None:
            labels = absorb_small(vecs, labels, o.min_windows(), o.min_speakers)
        labels = smooth(labels, max(1, round(o.min_turn / o.hop)))
        starts, ends = np.array([w[0] for w in windows]), np.array([w[1] for w in windows])
        found = [Turn(s, e, str(k)) for s, e, k in turns(starts, ends, labels)]
        cents = centroids(vecs, labels)
        secs = {str(k): sum(t.end - t.start for t in found if t.speaker == str(k)) for k in cents}
        logger.debug("%d windows, %d speakers", len(windows), len(cents))
        return Diarization(found, {str(k): v for k, v in cents.items()}, secs)


DIARIZERS: Registry = Registry("diarizer")
"""Diarizer backends: factory(speaker_encoder, options) -> a callable
(audio, speech regions) -> Diarization."""
DIARIZERS.register("builtin", Diarizer)


def voice_vector(audio: np.ndarray, encoder, options: DiarizeOptions | None = None):
    """(unit vector, seconds of speech) for one speaker's audio: the mean voice vector of
    its speech windows (the whole clip when voice activity finds no speech)."""
    o = options or DiarizeOptions()
    regions = speech_regions(audio) or [(0.0, len(audio) / SAMPLE_RATE)]
    windows = sliding_windows(regions, o.window, o.hop, min_len=0.3)
    if not windows:
        windows = [(0.0, len(audio) / SAMPLE_RATE)]
    clips = [audio[int(s * SAMPLE_RATE) : int(e * SAMPLE_RATE)] for s, e in windows]
    vec = l2_normalize(encoder.embed(clips).mean(axis=0, keepdims=True))[0]
    return vec, float(sum(e - s for s, e in regions))
