"""Ingest: decoded blocks through transcription, speakers, units and embedders into the
index, one file at a time, with a guarded progress hook and a per-file report."""

from .contextual import fill_missing
from .options import IngestOptions
from .pipeline import Ingestor
from .reembed import ReembedReport, reembed
from .report import FileResult, Hook, IngestReport, guarded
from .service import IngestService
from .units import UnitOptions, build_units, shift, sound_units

__all__ = [
    "FileResult",
    "Hook",
    "IngestOptions",
    "IngestReport",
    "IngestService",
    "Ingestor",
    "ReembedReport",
    "UnitOptions",
    "build_units",
    "fill_missing",
    "guarded",
    "reembed",
    "shift",
    "sound_units",
]
