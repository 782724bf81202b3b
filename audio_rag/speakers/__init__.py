"""Who spoke when: speaker encoders, clustering, the diarizer, the registry of known
voices and verification metrics."""

from . import ecapa, ge2e, pyannote  # noqa: F401 - they register themselves
from .base import (
    DEFAULT_SPEAKER_ENCODER,
    SPEAKER_ENCODERS,
    SpeakerEncoder,
    make_speaker_encoder,
    registry_name,
)
from .diarize import DIARIZERS, Diarization, DiarizeOptions, Diarizer, Turn, voice_vector
from .registry import Speaker, SpeakerRegistry, VoiceTable

__all__ = [
    "DEFAULT_SPEAKER_ENCODER",
    "DIARIZERS",
    "SPEAKER_ENCODERS",
    "Diarization",
    "DiarizeOptions",
    "Diarizer",
    "Speaker",
    "SpeakerEncoder",
    "SpeakerRegistry",
    "Turn",
    "VoiceTable",
    "make_speaker_encoder",
    "registry_name",
    "voice_vector",
]
