"""The `AudioRAG` facade and what it wires together (the index's models, the speaker
service)."""

from .facade import DEFAULT_DB, AudioRAG
from .models import Models
from .speakers import SpeakerService

__all__ = ["DEFAULT_DB", "AudioRAG", "Models", "SpeakerService"]
