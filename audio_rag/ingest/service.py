"""Ingest of many files into one index: checks the models, creates the index, runs the
per-file pipeline and reports every file. Bad files are reported, never raised."""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable
from pathlib import Path

from ..audio import find_audio_files
from ..audio.fingerprint import FingerprintIndex
from ..errors import AudioDecodeError, AudioRAGError
from ..speakers import DIARIZERS, SpeakerRegistry
from ..store import Index
from ..types import Hit
from .batch import WriteBatch
from .catalog import Catalog
from .contextual import fill_missing
from .opened import prefetched
from .options import IngestOptions
from .pipeline import Ingestor
from .report import FileResult, Hook, IngestReport, guarded, unexpected

logger = logging.getLogger(__name__)


class IngestService:
    """`models`: the index's models (duck-typed: `transcriber`, `text_embedder`,
    `audio_encoder`, `speaker_encoder`, `index_models()`), loaded on first use."""

    def __init__(
        self, index: Index, models, options: IngestOptions, prints: FingerprintIndex | None
    ) -> None:
        self.index, self.models, self.options, self.prints = index, models, options, prints
        self._made = None  # the diarizer, made once

    def speaker_registry(self) -> SpeakerRegistry:
        voices = self.index.voices(self.models.speaker_encoder.name)
        threshold = self.options.diarization.same_voice
        return SpeakerRegistry(voices, self.index.units.has_speaker, threshold)

    def prepare(self) -> None:
        """Check the models against the index and create it (or fill in what an older
        index lacks) before the first file."""
        m = self.models
        self.index.check(m.text_embedder.name, m.audio_encoder.name)
        if not self.index.exists():  # dims need the models; unchanged files need neither
            self.index.ensure(m.index_models())
        else:  # an index from before context vectors: fill them in from its transcripts
            fill_missing(self.index, m.text_embedder.embed)
        if self.options.diarize:
            self.index.voices(m.speaker_encoder.name).check()
            self.speaker_registry().drop_orphans()

    def ingestor(self) -> Ingestor:
        o, m = self.options, self.models
        diarizer = self._diarizer()
        return Ingestor(
            m.transcriber, m.text_embedder, m.audio_encoder, o.units, o.block_seconds,
            diarizer, self.speaker_registry() if diarizer else None, self.prints,
            o.hallucinations,
        )  # fmt: skip

    def _diarizer(self):
        """The diarizer the options name, made once; None when off."""
        if self._made is None:
            self._made = make_diarizer(self.options, self.models.speaker_encoder)
        return self._made

    def ingest(
        self, paths: str | os.PathLike | Iterable[str | os.PathLike], hook: Hook | None = None
    ) -> IngestReport:
        """Ingest files and folders (recursively). Bad files are reported, not raised."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        files = find_audio_files(list(paths))
        t0 = time.perf_counter()
        self.prepare()
        ingestor = self.ingestor()
        report, hook = IngestReport(), guarded(hook)
        m = self.models
        batch = WriteBatch(
            self.index, m.text_embedder, m.audio_encoder, self.prints, self.options.batch_files
        )
        ingestor.catalog = Catalog(self.index.sources.all())
        known = ingestor.catalog.ids()
        ahead = prefetched(files, lambda f: ingestor.open(f, known))
        try:
            for path, opened in zip(files, ahead):
                hook("file_start", path=str(path))
                result = self._one(ingestor, path, hook, batch, opened)
                if result.status == "failed":
                    logger.warning("skipped %s", result.error)
                report.files.append(result)
                hook("file_done", result=result)
        finally:  # also on Ctrl-C: the files done are written, the one cut short is not
            ahead.close()
            batch.flush()
        report.wall_seconds = time.perf_counter() - t0
        return report

    def _one(self, ingestor: Ingestor, path: Path, hook: Hook, batch, opened) -> FileResult:
        try:
            return ingestor.ingest_file(self.index, path, hook, batch, opened)
        except (KeyboardInterrupt, AudioRAGError):
            raise
        except Exception as e:
            return unexpected(path, e)

    def units_of(self, path: str | os.PathLike) -> list[Hit]:
        """Ingest one file (nothing to do if it is unchanged) and return its units in
        time order. Raises AudioRAGError naming the file if it cannot be ingested."""
        if Path(path).is_dir():
            raise AudioRAGError(f"{path}: is a folder; give one file (or use ingest)")
        result = self.ingest([path]).files
        if not result:
            raise AudioRAGError(f"{path}: not an audio file (see audio_rag.AUDIO_EXTENSIONS)")
        if result[0].status == "failed":
            raise AudioDecodeError(str(path), result[0].error.removeprefix(f"{path}: "))
        return self.index.units.of_source(result[0].source_id)


def make_diarizer(options: IngestOptions, speaker_encoder):
    """The diarizer `options` name ("builtin", or "pyannote:FOLDER"); None when off."""
    if not options.diarize:
        return None
    kind, _, source = options.diarizer.partition(":")
    args = (source,) if source else ()
    return DIARIZERS.get(kind)(speaker_encoder, options.diarization, *args)
