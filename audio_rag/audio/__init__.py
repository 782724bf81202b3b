"""Audio in: decoding any container to 16 kHz mono float32 (whole or in bounded
blocks), voice activity, levels, and spectral-peak fingerprints."""

from .decode import (
    ACCEPTED,
    AUDIO_EXTENSIONS,
    SAMPLE_RATE,
    AudioInput,
    describe,
    file_digest,
    find_audio_files,
    iter_blocks,
    load_audio,
    probe_duration,
    quietest_cut,
)
from .levels import audible_regions, loud_regions, peak_dbfs, rms_dbfs

__all__ = [
    "ACCEPTED",
    "AUDIO_EXTENSIONS",
    "SAMPLE_RATE",
    "AudioInput",
    "describe",
    "file_digest",
    "find_audio_files",
    "iter_blocks",
    "load_audio",
    "audible_regions",
    "loud_regions",
    "peak_dbfs",
    "probe_duration",
    "quietest_cut",
    "rms_dbfs",
]
