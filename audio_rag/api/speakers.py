"""Known voices of an index: list, enroll, rename, merge, identify, verify. Units are
relabelled in place; nothing is re-ingested."""

from __future__ import annotations

import logging

import numpy as np

from ..audio import AudioInput, load_audio
from ..speakers import DiarizeOptions, Speaker, SpeakerRegistry, voice_vector
from ..store import Index

logger = logging.getLogger(__name__)


class SpeakerService:
    """`models`: the index's models (for the speaker encoder, loaded on first use)."""

    def __init__(self, index: Index, models, options: DiarizeOptions) -> None:
        self.index, self.models, self.options = index, models, options

    def registry(self) -> SpeakerRegistry:
        """The index's voices; reading them needs no speaker model."""
        voices = self.index.voices(self.models.speaker_encoder_name())
        return SpeakerRegistry(voices, self.index.units.has_speaker, self.options.same_voice)

    def all(self) -> list[Speaker]:
        return self.registry().all() if self.index.exists() else []

    def voice(self, audio: AudioInput) -> tuple[np.ndarray, float]:
        """(voice vector, seconds of speech) of one speaker's recording."""
        return voice_vector(load_audio(audio), self.models.speaker_encoder, self.options)

    def enroll(self, name: str, audio: AudioInput | list[AudioInput]) -> Speaker:
        name = _check_name(name)
        examples = audio if isinstance(audio, list) else [audio]
        if not examples:
            raise ValueError("give at least one example recording")
        voices = [self.voice(a) for a in examples]
        secs = sum(s for _, s in voices)
        vec = np.sum([v * max(s, 1e-3) for v, s in voices], axis=0)
        spk, matched = self.registry().enroll(name, vec / np.linalg.norm(vec), secs)
        n = self._relabel(spk.id, spk)
        how = "known voice" if matched else "new voice"
        logger.info("enrolled %s as %s (%s, %d units relabelled)", name, spk.id, how, n)
        return spk

    def rename(self, speaker: str, name: str) -> Speaker:
        spk = self.registry().rename(speaker, _check_name(name))
        self._relabel(spk.id, spk)
        return spk

    def merge(self, keep: str, drop: str) -> Speaker:
        registry = self.registry()
        gone = registry.find(drop).id
        spk = registry.merge(keep, drop)
        self._relabel(gone, spk)
        self._relabel(spk.id, spk)
        return spk

    def identify(self, audio: AudioInput, k: int = 3) -> list[tuple[Speaker, float]]:
        vec, _ = self.voice(audio)
        return self.registry().rank(vec)[:k]

    def verify(self, a: AudioInput, b: AudioInput, threshold: float | None = None):
        score = float(np.dot(self.voice(a)[0], self.voice(b)[0]))
        return score, score >= (self.options.same_voice if threshold is None else threshold)

    def _relabel(self, old: str, spk: Speaker) -> int:
        return self.index.units.relabel(old, spk.id, spk.name) if self.index.exists() else 0


def _check_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ValueError("a speaker name cannot be empty")
    return name
