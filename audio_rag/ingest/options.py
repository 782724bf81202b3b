"""How an index ingests: one dataclass for every ingest choice."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import config
from ..asr import TranscribeOptions
from ..asr.hallucination import HallucinationOptions
from ..speakers import DiarizeOptions
from .units import UnitOptions


@dataclass
class IngestOptions:
    """transcribe: decoding options (language, beam size, ...).
    units: how transcripts are cut into retrieval units.
    diarize: label units with speakers (who spoke when), linked across recordings.
    diarization: windows, speaker counts, the one-voice and same-voice rules.
    block_seconds: files are decoded and processed in blocks of about this length, so
        memory stays bounded on long recordings.
    diarizer: the diarizer backend by registry name (`audio_rag.speakers.DIARIZERS`).
    fingerprints: keep spectral-peak fingerprints (SQLite file next to the Chroma
        folder) so query by example finds noisy, quiet, re-encoded or cropped copies of
        a recording; not available with a Chroma server.
    hallucinations: how text Whisper made up is told apart and dropped (None keeps all
        text; see `audio_rag.asr.hallucination`).
    batch_files: the writes of up to this many files go to the index together (one
        encoder call, one write per table: many short files go several times faster);
        an interrupted ingest still writes the files it finished.
    """

    transcribe: TranscribeOptions = field(default_factory=TranscribeOptions)
    units: UnitOptions = field(default_factory=UnitOptions)
    diarize: bool = True
    diarization: DiarizeOptions = field(default_factory=DiarizeOptions)
    diarizer: str = "builtin"
    block_seconds: float = 600.0
    fingerprints: bool = True
    hallucinations: HallucinationOptions | None = field(default_factory=HallucinationOptions)
    batch_files: int = config.BATCH_FILES
