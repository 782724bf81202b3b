"""Re-embed an index's audio with another audio encoder (or a newly trained adapter).

One index holds one encoder's audio vectors; to switch, every unit's audio is cut
again from its source file and embedded with the new encoder, then the audio vectors
are swapped in one step (store.replace_audio_vectors). Transcripts, speakers and
fingerprints are untouched. All source files must still be readable: a missing one
stops the run before anything changes, with an error naming it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from .audio import load_audio
from .audio_encoders import AudioEncoder, cut_spans
from .errors import AudioDecodeError, AudioRAGError
from .store import IndexModels, Store

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
    store: Store, encoder: AudioEncoder, hook: Callable[..., None] | None = None
) -> ReembedReport:
    """Every unit's audio vector from `encoder`; the index then records it."""
    have = store.models()
    if have is None:
        raise AudioRAGError(f"no index named {store.name!r}; ingest something first")
    report = ReembedReport(encoder.name, have.audio_model)
    vectors: dict[str, np.ndarray] = {}
    for rec in store.sources():
        units = store.units(rec["source_id"])
        try:
            audio = load_audio(rec["path"])
        except AudioDecodeError as e:
            raise AudioRAGError(
                f"{rec['path']}: cannot re-embed ({e.reason}); nothing was changed. Restore "
                "the file, or remove its source from the index, then run again."
            ) from e
        vecs = encoder.embed_audio(cut_spans(audio, [(u.start, u.end) for u in units]))
        vectors.update({u.unit_id: v for u, v in zip(units, vecs)})
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
