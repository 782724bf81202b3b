"""Re-embed an index's audio with another audio encoder (or a newly trained adapter).

One index holds one encoder's audio vectors; to switch, every unit's audio is cut
again from its source file and embedded with the new encoder, then the audio vectors
are swapped in one step (store.replace_audio_vectors). Files are decoded in blocks, as
at ingest. Transcripts, speakers and fingerprints are untouched. All source files must
still be readable: a missing one stops the run before anything changes, with an error
naming it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..audio import SAMPLE_RATE, iter_blocks, load_audio
from ..encoders import AudioEncoder, cut_spans
from ..errors import AudioDecodeError, AudioRAGError
from ..store import Index, IndexModels

logger = logging.getLogger(__name__)


@dataclass
class ReembedReport:
    encoder: str
    previous: str
    sources: int = 0
    units: int = 0
    seconds: float = 0.0  # audio embedded

    def summary(self) -> str:
        return (
            f"re-embedded {self.units} units of {self.sources} sources "
            f"({self.seconds / 60:.1f} min of audio): {self.previous} -> {self.encoder}"
        )


def reembed(
    store: Index,
    encoder: AudioEncoder,
    hook: Callable[..., None] | None = None,
    block_seconds: float = 600.0,
) -> ReembedReport:
    """Every unit's audio vector from `encoder`; the index then records it. Sources are
    decoded in blocks as at ingest (`block_seconds`), so memory stays bounded."""
    have = store.models()
    if have is None:
        raise AudioRAGError(f"no index named {store.name!r}; ingest something first")
    report = ReembedReport(encoder.name, have.audio_model)
    vectors: dict[str, np.ndarray] = {}
    for rec in store.sources.all():
        units = store.units.of_source(rec["source_id"])
        try:
            vecs = _source_vectors(rec["path"], units, encoder, block_seconds)
        except AudioDecodeError as e:
            raise AudioRAGError(
                f"{rec['path']}: cannot re-embed ({e.reason}); nothing was changed. Restore "
                "the file, or remove its source from the index, then run again."
            ) from e
        vectors.update(vecs)
        report.sources += 1
        report.units += len(units)
        report.seconds += sum(u.end - u.start for u in units)
        if hook:
            hook("reembedded", path=rec["path"], units=len(units))
    dim = len(next(iter(vectors.values()))) if vectors else int(encoder.dim)
    models = IndexModels(have.text_model, have.text_dim, encoder.name, dim)
    store.replace_audio_vectors(models, vectors)
    logger.info("%s", report.summary())
    return report


def _source_vectors(path: str, units, encoder: AudioEncoder, block_seconds: float) -> dict:
    """unit id -> new vector for the units of one source file, block by block. Ingest
    never lets a unit cross a block boundary; should one (other block length), it is
    cut from the whole decoded file at the end."""
    out: dict[str, np.ndarray] = {}
    todo = list(units)
    for offset, block in iter_blocks(path, block_seconds):
        end = offset + len(block) / SAMPLE_RATE
        inside = [u for u in todo if u.start >= offset - 1e-3 and u.end <= end + 1e-3]
        if inside:
            spans = [(u.start, u.end) for u in inside]
            vecs = encoder.embed_audio(cut_spans(block, spans, offset))
            out.update({u.unit_id: v for u, v in zip(inside, vecs)})
            done = {u.unit_id for u in inside}
            todo = [u for u in todo if u.unit_id not in done]
    if todo:
        audio = load_audio(path)
        vecs = encoder.embed_audio(cut_spans(audio, [(u.start, u.end) for u in todo]))
        out.update({u.unit_id: v for u, v in zip(todo, vecs)})
    return out
