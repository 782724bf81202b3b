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
from .clustering import absorb_small, merge_close, smooth, spectral, turns

logger = logging.getLogger(__name__)


@dataclass
class DiarizeOptions:
    """How recordings are diarized and voices compared.

    window/hop: seconds of the sliding windows inside speech.
    min_window: windows shorter than this (a short burst of speech) give voice vectors
        too noisy to cluster on: they are labelled afterwards by the nearest voice.
    num_speakers fixes the count per recording; min_speakers/max_speakers bound it (the
        clustering, `clustering.spectral`, finds it otherwise).
    min_speaker: a cluster with less speech than this (seconds) is not a speaker: its
        windows go to the nearest voice. min_turn: shorter speaker runs are absorbed by
        their neighbours (seconds).
    one_voice: within one recording, clusters whose centroids are this similar are one
        voice (merged after clustering).
    same_voice: cosine similarity of two voice vectors (means of window vectors) from
        which they are one person: the one rule for linking a recording's voice to a
        known speaker, for enrollment, and for `verify`.
    """

    window: float = config.DIARIZE_WINDOW
    hop: float = config.DIARIZE_HOP
    min_window: float = config.MIN_EMBED_SECONDS
    num_speakers: int | None = None
    min_speakers: int = 1
    max_speakers: int | None = config.MAX_SPEAKERS
    min_speaker: float = config.MIN_SPEAKER_SECONDS
    min_turn: float = config.MIN_TURN_SECONDS
    one_voice: float = config.ONE_VOICE
    same_voice: float = config.SAME_VOICE

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
        labels, steady = self._cluster(vecs, np.array([e - s for s, e in windows]))
        labels = smooth(labels, max(1, round(o.min_turn / o.hop)))
        starts, ends = np.array([w[0] for w in windows]), np.array([w[1] for w in windows])
        found = [Turn(s, e, str(k)) for s, e, k in turns(starts, ends, labels)]
        cents = centroids(vecs[steady], labels[steady])
        secs = {str(k): sum(t.end - t.start for t in found if t.speaker == str(k)) for k in cents}
        logger.debug("%d windows, %d speakers", len(windows), len(cents))
        return Diarization(found, {str(k): v for k, v in cents.items()}, secs)

    def _cluster(self, vecs: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(labels of every window, which are steady): the steady (long enough) windows
        clustered, the others given the nearest voice; strays absorbed unless the count is
        fixed. Nothing is kept on the diarizer, so two threads may share it."""
        o = self.options
        steady = lengths >= o.min_window
        if steady.sum() < 2:
            steady = np.ones(len(vecs), bool)
        found = spectral(vecs[steady], o.num_speakers, o.min_speakers, o.max_speakers)
        if o.num_speakers is None:
            found = absorb_small(vecs[steady], found, o.min_windows(), o.min_speakers)
            if found.max() + 1 > o.min_speakers:
                found = merge_close(vecs[steady], found, o.one_voice)
        cents = np.stack(list(centroids(vecs[steady], found).values()))
        labels = np.argmax(vecs @ cents.T, axis=1)
        labels[steady] = found
        return labels, steady


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
