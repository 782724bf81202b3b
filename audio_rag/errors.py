"""Exceptions raised by audio_rag. Every error that concerns one file names it."""

from __future__ import annotations


class AudioRAGError(Exception):
    """Base class of every error audio_rag raises on purpose."""


class AudioDecodeError(AudioRAGError):
    """An input could not be turned into audio samples (corrupt, empty, not audio, silent)."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelMismatchError(AudioRAGError):
    """A collection was built with other models than the ones asked for now."""


class MissingDependencyError(AudioRAGError, ImportError):
    """An optional backend was asked for but its package is not installed."""


class UnknownNameError(AudioRAGError, ValueError):
    """A registry was asked for a name it does not hold; the message lists the valid names."""

    def __init__(self, kind: str, name: str, valid: list[str]) -> None:
        super().__init__(f"unknown {kind} {name!r}; valid names: {', '.join(sorted(valid))}")


class IndexBusyError(AudioRAGError):
    """Another process is writing the index and did not finish within the wait allowed."""


class IndexNotFoundError(AudioRAGError):
    """A reading command was pointed at an index that does not exist (a mistyped --db or
    --collection); the message says what the database holds instead."""
