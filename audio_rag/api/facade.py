"""`AudioRAG`: the one entry point of the library, a thin facade over the index, its
models, the ingest service, the searcher and the speaker service."""

from __future__ import annotations

import functools
import logging
import os
from collections.abc import Iterable

from .._util.device import Device
from ..asr import Transcriber
from ..audio import AudioInput
from ..audio.fingerprint import FingerprintIndex
from ..encoders import AdaptedEncoder, AdapterOptions, AdapterReport, AudioEncoder, fit_on_folder
from ..encoders.text import TextEncoder
from ..errors import AudioRAGError
from ..ingest import Hook, IngestOptions, IngestReport, IngestService, reembed
from ..ingest.distributed import ingest_on_ray
from ..search import Reranker, Searcher, SearchOptions
from ..speakers import Speaker, SpeakerEncoder
from ..store import DEFAULT_COLLECTION, Connection, Index, IndexLock, lock_path
from ..types import Filter, Hit
from .models import Models
from .speakers import SpeakerService

logger = logging.getLogger(__name__)

Paths = str | os.PathLike | Iterable[str | os.PathLike]
Report = IngestReport

DEFAULT_DB = "audio_rag_db"


def _writes(method):
    """Run a method holding the index's write lock (see `audio_rag.store.lock`)."""

    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self.lock.held():
            self.index.cols.sync()  # another process may have written before we got the lock
            return method(self, *args, **kwargs)

    return locked


class AudioRAG:
    """An audio index in Chroma: ingest files, search by text or by example audio.

    db: folder of the embedded Chroma database (created by the first write, never by a
        read); None keeps the index in a throw-away folder (ignored with `chroma_host`).
    collection: index name inside the database.
    whisper / text_model / audio_encoder / speaker_encoder: a model name (size, hub id,
        local folder, registry spec such as "clap:laion/clap-htsat-unfused" or
        "ecapa:FOLDER") or a ready object with the same methods; None means what the
        index was built with, else the bundled default (Whisper tiny.en, MiniLM, the
        Whisper encoder, GE2E). One index holds one set of models' vectors: another is
        refused (ModelMismatchError) until the index is re-embedded (`reembed`).
    ingest: how files are ingested (`IngestOptions`: transcription, units, speakers,
        blocks, fingerprints).
    search: how text queries are ranked (`SearchOptions`: mode, channel weights, RRF
        constant, reranker); the default is the measured best (docs/retrieval.md).
    reranker: a ready reranker (any object with `name` and `score(query, passages)`)
        used instead of loading `search.rerank` by name.
    lock_timeout: seconds a write waits while another process writes the same index;
        None waits as long as it takes, 0 refuses at once (`IndexBusyError`).
    device: where the models run: "auto" (a CUDA GPU when there is one that the model's
        library can use, else the CPU), "cpu" or "cuda" ("cuda:1": another GPU).
    compute_type: CTranslate2's type for Whisper ("int8", "float16", "int8_float16", ...);
        None: float16 on a GPU, int8 on the CPU.
    """

    def __init__(
        self,
        db: str | os.PathLike | None = DEFAULT_DB,
        collection: str = DEFAULT_COLLECTION,
        *,
        whisper: str | Transcriber | None = None,
        text_model: str | TextEncoder | None = None,
        audio_encoder: str | AudioEncoder | None = None,
        speaker_encoder: str | SpeakerEncoder | None = None,
        chroma_host: str | None = None,
        chroma_port: int = 8000,
        ingest: IngestOptions | None = None,
        search: SearchOptions | None = None,
        reranker: Reranker | None = None,
        lock_timeout: float | None = None,
        device: str = "auto",
        compute_type: str | None = None,
    ) -> None:
        self.index = Index(Connection(db, chroma_host, chroma_port), collection)
        self.lock = IndexLock(lock_path(db, collection, chroma_host, chroma_port), lock_timeout)
        self.ingest_options = ingest or IngestOptions()
        folder = self.index.conn.folder
        self.adapter_path = folder / f"{collection}.adapter.npz" if folder else None
        keep_prints = self.ingest_options.fingerprints and folder is not None
        self.prints = (
            FingerprintIndex(folder / f"{collection}.prints.sqlite") if keep_prints else None
        )
        self.models = Models(
            self.index, whisper, text_model, audio_encoder, speaker_encoder,
            self.ingest_options.transcribe, self.adapter_path, Device(device, compute_type),
        )  # fmt: skip
        self.speaker_service = SpeakerService(
            self.index, self.models, self.ingest_options.diarization
        )
        self.ingester = IngestService(self.index, self.models, self.ingest_options, self.prints)
        self.searcher = Searcher(
            self.index, self.models, search or SearchOptions(), self.prints,
            self.speaker_service.registry, reranker,
        )  # fmt: skip
        self.index.on_delete.append(self._forget)

    @property
    def search_options(self) -> SearchOptions:
        """How text queries are ranked (the searcher's options; assign to change them)."""
        return self.searcher.options

    @search_options.setter
    def search_options(self, options: SearchOptions) -> None:
        self.searcher.options = options

    def _forget(self, source_ids: list[str], seconds: dict[str, dict[str, float]]) -> None:
        """Sources' units were deleted: their fingerprints go, their voices lose the time."""
        if self.prints is not None:
            self.prints.remove(source_ids)
        if seconds and self.index.speaker_encoder_name():
            for mine in seconds.values():
                self.speaker_service.registry().forget(mine)

    # ---- writes ---------------------------------------------------------------------
    @_writes
    def ingest(self, paths: Paths, *, hook: Hook | None = None, ray=None, actors=None) -> Report:
        """Ingest files and folders (recursively); bad files are reported, not raised.
        `hook(event, **info)` hears progress (`audio_rag.ingest.report`). `ray`: True (a
        local Ray) or a cluster's address fans the files out to `actors` Ray workers."""
        if not ray:
            return self.ingester.ingest(paths, hook)
        where = None if ray is True else str(ray)
        return ingest_on_ray(self.ingester, paths, self.models.portable(), where, actors, hook)

    @_writes
    def units_of(self, path: str | os.PathLike) -> list[Hit]:
        """Ingest one file (nothing to do if unchanged) and return its units in time
        order. Raises AudioRAGError naming the file if it cannot be ingested."""
        return self.ingester.units_of(path)

    @_writes
    def remove(self, source: str | os.PathLike) -> str:
        """Remove one source everywhere (units, manifest, fingerprints, its voices'
        seconds): its path in any spelling (the file may be gone) or its source id."""
        sid = self.resolve_source(source)
        self.index.remove_source(sid)
        logger.info("removed %s (%s)", source, sid)
        return sid

    @_writes
    def reembed(self, audio_encoder: str | AudioEncoder, *, hook: Hook | None = None):
        """Switch the index to another audio encoder: every unit's audio vector is
        recomputed from its source file. Returns a ReembedReport."""
        encoder = self.models.use_audio_encoder(audio_encoder)
        return reembed(self.index, encoder, hook, self.ingest_options.block_seconds)

    @_writes
    def train_adapter(
        self, labelled_dir: str | os.PathLike, options: AdapterOptions | None = None
    ) -> AdapterReport:
        """Train a domain adapter on a folder with one subfolder per class (frozen base
        encoder), save it next to the index and re-embed the index's audio with it."""
        if self.adapter_path is None:
            raise AudioRAGError("adapters are kept next to a local index; not with a server")
        enc = self.models.audio_encoder
        base = enc.base if isinstance(enc, AdaptedEncoder) else enc
        adapter, report = fit_on_folder(
            base, labelled_dir, self.adapter_path, options or AdapterOptions()
        )
        adapted = AdaptedEncoder(base, adapter)
        if self.index.exists():
            self.reembed(adapted)
        self.models.use_audio_encoder(adapted)
        logger.info("%s", report.summary())
        return report

    # ---- search ---------------------------------------------------------------------
    def search(
        self,
        text: str | None = None,
        *,
        audio: AudioInput | None = None,
        k: int = 5,
        filter: Filter | None = None,
        context: int = 0,
        mmr: float | bool | None = None,
        mode: str | None = None,
        weights: dict[str, float] | None = None,
        rrf_k: float | None = None,
        rerank: str | bool | None = None,
        **filters,
    ) -> list[Hit]:
        """Search by text (hybrid ranking, see docs/retrieval.md) or by example (`audio`:
        a path, bytes or a 16 kHz array), best first. Filters: `filter=Filter(...)` or
        its fields as keywords (source, speaker, start, end, language, ingested_after,
        ingested_before). `mode`, `weights`, `rrf_k`, `rerank` override the search
        options for this search (`rerank`: a name, True, or False for none). `context`:
        each hit grows by that many neighbouring units each side; `mmr`: diversify
        (True, or the relevance weight lambda in [0, 1]). See `Hit` for scores."""
        ranking = {"mode": mode, "weights": weights, "rrf_k": rrf_k, "rerank": rerank}
        return self.searcher.search(
            text, audio=audio, k=k, filter=Filter.of(filter, **filters), context=context,
            mmr=mmr, ranking=ranking,
        )  # fmt: skip

    def search_vector(
        self, vector, *, channel: str = "text", k: int = 5, filter: Filter | None = None, **filters
    ) -> list[Hit]:
        """Search with a ready query vector (or a callable making it) on "text",
        "audio" or "audio_text"; filters as in `search`; scores are cosine similarities."""
        return self.searcher.search_vector(
            vector, channel=channel, k=k, filter=Filter.of(filter, **filters)
        )

    def audio_text_hits(self, text: str, k: int = 5, **filters) -> list[Hit]:
        """Units whose audio vectors are nearest to `text` embedded by a joint
        audio-text encoder (CLAP); [] when the encoder has no text side."""
        if not self.index.exists() or not getattr(self.models.audio_encoder, "has_text", False):
            return []
        vector = lambda: self.models.audio_encoder.embed_text([text])[0]  # noqa: E731
        return self.search_vector(vector, channel="audio_text", k=k, **filters)

    def transcript(self, source: str | os.PathLike) -> list[Hit]:
        """Every stored unit of one source in time order (speech and sound units)."""
        return self.index.units.of_source(self.resolve_source(source))

    def resolve_source(self, source: str | os.PathLike) -> str:
        """Source id of a path (any spelling), an id or its prefix, or a file name."""
        if not self.index.exists():
            raise AudioRAGError(f"{source}: not in index {self.index.name!r} (it is empty)")
        return self.index.sources.resolve(str(source))

    def resolve_speaker(self, speaker: str) -> str:
        """The id of a speaker given by id (any case) or name; unknown ones are errors."""
        return self.speaker_service.registry().find(str(speaker)).id

    def require_index(self) -> None:
        """Raise `IndexNotFoundError` (naming what the database holds) unless the index
        exists; creates nothing. Reading commands call it first."""
        self.index.require()

    # ---- speakers ---------------------------------------------------------------------
    def speakers(self) -> list[Speaker]:
        """Known voices of the index, by id."""
        return self.speaker_service.all()

    @_writes
    def enroll(self, name: str, audio: AudioInput | list[AudioInput]) -> Speaker:
        """Name a voice from example recordings: a matching known voice is named and its
        units relabelled; otherwise a new named voice is added."""
        return self.speaker_service.enroll(name, audio)

    @_writes
    def rename_speaker(self, speaker: str, name: str) -> Speaker:
        return self.speaker_service.rename(speaker, name)

    @_writes
    def merge_speakers(self, keep: str, drop: str) -> Speaker:
        """Make `drop` the same person as `keep`: its units move to `keep`."""
        return self.speaker_service.merge(keep, drop)

    def identify(self, audio: AudioInput, k: int = 3) -> list[tuple[Speaker, float]]:
        """Known speakers ranked by cosine similarity to the voice in `audio`."""
        return self.speaker_service.identify(audio, k)

    def verify(self, a: AudioInput, b: AudioInput, threshold: float | None = None):
        """(cosine score, same speaker?) for two recordings (threshold: the options')."""
        return self.speaker_service.verify(a, b, threshold)

    def info(self) -> dict:
        """Index summary: models, counts, speakers, sources."""
        if not self.index.exists():
            return {"collection": self.index.name, "exists": False}
        models = self.index.models()
        sources = sorted(self.index.sources.all(), key=lambda r: r["path"])
        return {
            "collection": self.index.name,
            "exists": True,
            "models": models.as_metadata() if models else None,
            **self.index.counts(),
            "speakers": [s.to_dict() for s in self.speakers()],
            "audio_seconds": round(sum(float(r["duration"]) for r in sources), 3),
            "source_list": sources,
        }
