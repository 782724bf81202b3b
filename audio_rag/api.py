"""`AudioRAG`: the Python entry point (ingest, search, transcript, info)."""

from __future__ import annotations

import functools
import logging
import os
import time
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

import numpy as np

from .adapter import AdaptedEncoder, AdapterOptions, AdapterReport, fit_on_folder
from .audio import AudioInput, file_digest, find_audio_files, load_audio
from .audio_encoders import AudioEncoder
from .by_example import fingerprint_hits, fuse_by_example
from .contextual import fill_missing
from .diarize import DiarizeOptions, Diarizer, voice_vector
from .encoder_choice import choose_audio_encoder, whisper_of
from .encoders import TextEmbedder
from .errors import AudioDecodeError, AudioRAGError, ModelMismatchError
from .fingerprint import FingerprintIndex
from .hits import Hit
from .hybrid import RERANK, HybridOptions, ranked, search_text
from .lock import IndexLock, lock_path
from .mmr import DEFAULT_LAMBDA
from .models import DEFAULT_TEXT_MODEL, DEFAULT_WHISPER
from .pipeline import FileResult, Hook, Ingestor, IngestReport, guarded
from .replies import hand_off, is_question
from .rerank import BUNDLED, Reranker, asks, load_reranker, passage_text
from .speaker_encoders import (
    DEFAULT_SPEAKER_ENCODER,
    SpeakerEncoder,
    make_speaker_encoder,
    registry_name,
)
from .speakers import LINK_THRESHOLD, VERIFY_THRESHOLD, Speaker, SpeakerRegistry
from .store import DEFAULT_COLLECTION, Connection, IndexModels, Store, unit_filter
from .transcribe import FasterWhisperTranscriber, TranscribeOptions, Transcriber
from .units import UnitOptions

logger = logging.getLogger(__name__)

DEFAULT_DB = "audio_rag_db"


def _writes(method):
    """Run an AudioRAG method holding the index's write lock (see `audio_rag.lock`)."""

    @functools.wraps(method)
    def locked(self, *args, **kwargs):
        with self.lock.held():
            self.store.sync()  # another process may have written before we got the lock
            return method(self, *args, **kwargs)

    return locked


class AudioRAG:
    """An audio index in Chroma: ingest files, search by text or by example audio.

    db: folder of the embedded Chroma database; None keeps the index in memory for
        this process only (ignored when `chroma_host` is set).
    collection: index name inside the database.
    whisper / text_model: model names; None means "what the index was built with",
        else the bundled defaults (tiny.en, all-MiniLM-L6-v2).
    transcriber / text_embedder: ready-made components to use instead (any objects
        with the same methods, e.g. another backend or a test double).
    audio_encoder: an encoder spec (see audio_rag.audio_encoders, e.g.
        "clap:laion/clap-htsat-unfused", "wav2vec2:FOLDER;layer=6") or an AudioEncoder;
        None means the index's, else the Whisper encoder of `whisper`. One index holds
        one encoder's vectors: another is refused (ModelMismatchError) until the index
        is re-embedded (`reembed`).
    diarize: label units with speakers (who spoke when), linked across recordings.
    speaker_encoder: registry name ("resemblyzer", "ecapa[:SOURCE]") or an object with
        `embed(waveforms)`, `dim` and `name`; None means the index's, else "resemblyzer".
    link_threshold: cosine similarity above which a recording's voice is the same
        person as a known speaker of the index.
    lock_timeout: seconds a write (ingest, remove, speaker edits) waits while another
        process writes the same index; None waits as long as it takes, 0 refuses at
        once. Giving up raises `IndexBusyError` (see `audio_rag.lock`).
    fingerprints: keep spectral-peak fingerprints (SQLite file next to the Chroma
        folder) so query by example finds noisy, quiet, re-encoded or cropped copies
        of a recording (see audio_rag.by_example); not available with a Chroma server.
    search_options: how text queries are ranked (`HybridOptions`: mode, channel
        weights, depth, RRF constant, reranker); the default is the measured best (see
        README).
    reranker: a ready-made reranker (any object with `name` and `score(query,
        passages)`) used instead of loading `search_options.rerank` by name.
    """

    def __init__(
        self,
        db: str | os.PathLike | None = DEFAULT_DB,
        collection: str = DEFAULT_COLLECTION,
        *,
        whisper: str | None = None,
        text_model: str | None = None,
        chroma_host: str | None = None,
        chroma_port: int = 8000,
        transcribe_options: TranscribeOptions | None = None,
        unit_options: UnitOptions | None = None,
        block_seconds: float = 600.0,
        transcriber: Transcriber | None = None,
        text_embedder: TextEmbedder | None = None,
        audio_encoder: str | AudioEncoder | None = None,
        diarize: bool = True,
        speaker_encoder: str | SpeakerEncoder | None = None,
        diarize_options: DiarizeOptions | None = None,
        link_threshold: float = LINK_THRESHOLD,
        lock_timeout: float | None = None,
        fingerprints: bool = True,
        search_options: HybridOptions | None = None,
        reranker: Reranker | None = None,
    ) -> None:
        self.store = Store(Connection(db, chroma_host, chroma_port), collection)
        self.lock = IndexLock(lock_path(db, collection, chroma_host, chroma_port), lock_timeout)
        self._prints: FingerprintIndex | None = None
        self._db_folder = self.store.conn.folder
        self._prints_path = (
            self._db_folder / f"{collection}.prints.sqlite"
            if fingerprints and self._db_folder
            else None
        )
        recorded = self.store.models()
        self._whisper_name = (
            whisper or whisper_of(recorded.audio_model if recorded else None) or DEFAULT_WHISPER
        )
        self._whisper_given = whisper is not None
        self._text_name = text_model or (recorded.text_model if recorded else DEFAULT_TEXT_MODEL)
        self._transcribe_options = transcribe_options
        self.unit_options = unit_options or UnitOptions()
        self.block_seconds = block_seconds
        self._transcriber = transcriber
        self._whisper: FasterWhisperTranscriber | None = None
        self._text = text_embedder
        self._audio = audio_encoder
        self.diarize = diarize
        self._speaker_encoder = speaker_encoder
        self.diarize_options = diarize_options or DiarizeOptions()
        self.link_threshold = link_threshold
        self.search_options = search_options or HybridOptions()
        self._given_reranker = reranker
        self._rerankers: dict[str, Reranker] = {}  # loaded by name

    # ---- models (loaded on first use) ----------------------------------------------
    @property
    def whisper(self) -> FasterWhisperTranscriber:
        if self._whisper is None:
            self._whisper = FasterWhisperTranscriber(
                self._whisper_name, options=self._transcribe_options
            )
        return self._whisper

    @property
    def transcriber(self) -> Transcriber:
        return self._transcriber or self.whisper

    @property
    def text_embedder(self) -> TextEmbedder:
        if self._text is None:
            self._text = TextEmbedder(self._text_name)
        return self._text

    def reranker(self, name: str) -> Reranker:
        """The reranker called `name` (loaded once; a ready-made one given to the
        constructor is used whatever the name)."""
        if self._given_reranker is not None:
            return self._given_reranker
        if name not in self._rerankers:
            self._rerankers[name] = load_reranker(name)
        return self._rerankers[name]

    @property
    def audio_encoder(self) -> AudioEncoder:
        if self._audio is None or isinstance(self._audio, str):
            self._audio = self._build_audio_encoder(self._audio)
        return self._audio

    def _build_audio_encoder(self, spec: str | None) -> AudioEncoder:
        recorded = self.store.models()
        return choose_audio_encoder(
            spec,
            recorded.audio_model if recorded else None,
            self.adapter_path,
            self._whisper_name,
            self._whisper_given,
            lambda: self.whisper,
            self.store.name,
        )

    @property
    def adapter_path(self) -> Path | None:
        """Where this index's domain adapter is kept (next to its Chroma folder)."""
        return self._db_folder / f"{self.store.name}.adapter.npz" if self._db_folder else None

    @_writes
    def train_adapter(
        self, labelled_dir: str | os.PathLike, options: AdapterOptions | None = None
    ) -> AdapterReport:
        """Train a domain adapter on a folder with one subfolder per class (frozen base
        encoder), save it next to the index, and re-embed the index's audio with it.
        Returns held-out recall@1 before and after (see audio_rag.adapter)."""
        if self.adapter_path is None:
            raise AudioRAGError("adapters are kept next to a local index; not with a server")
        enc = self.audio_encoder
        base = enc.base if isinstance(enc, AdaptedEncoder) else enc
        adapter, report = fit_on_folder(
            base, labelled_dir, self.adapter_path, options or AdapterOptions()
        )
        adapted = AdaptedEncoder(base, adapter)
        if self.store.exists():
            self.reembed(adapted)
        self._audio = adapted
        logger.info("%s", report.summary())
        return report

    @property
    def speaker_encoder(self) -> SpeakerEncoder:
        if self._speaker_encoder is None:
            recorded = self.store.speaker_encoder_name()
            self._speaker_encoder = registry_name(recorded) if recorded else DEFAULT_SPEAKER_ENCODER
        if isinstance(self._speaker_encoder, str):
            self._speaker_encoder = make_speaker_encoder(self._speaker_encoder)
        return self._speaker_encoder

    @property
    def speaker_registry(self) -> SpeakerRegistry:
        """The index's voices; reading them needs no speaker model."""
        if self._speaker_encoder is None and self.store.speaker_encoder_name():
            name = self.store.speaker_encoder_name()
        else:
            name = self.speaker_encoder.name
        return SpeakerRegistry(self.store, name, self.link_threshold)

    def index_models(self) -> IndexModels:
        return IndexModels(
            self.text_embedder.name,
            self.text_embedder.dim,
            self.audio_encoder.name,
            self.audio_encoder.dim,
        )

    # ---- ingest ---------------------------------------------------------------------
    @_writes
    def ingest(
        self, paths: str | os.PathLike | Iterable[str | os.PathLike], *, hook: Hook | None = None
    ) -> IngestReport:
        """Ingest files and folders (recursively). Bad files are reported, not raised."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        files = find_audio_files(list(paths))
        t0 = time.perf_counter()
        self.store.check(self.text_embedder.name, self.audio_encoder.name)  # before loading
        if not self.store.exists():  # dims need the models; unchanged files need neither
            self.store.ensure(self.index_models())
        else:  # an index from before context vectors: fill them in from its transcripts
            fill_missing(self.store, lambda texts: self.text_embedder.embed(texts))
        if self.diarize:
            self.speaker_registry.drop_orphans()  # also refuses another speaker encoder
        ingestor = Ingestor(
            self.transcriber,
            self.text_embedder,
            self.audio_encoder,
            self.unit_options,
            self.block_seconds,
            Diarizer(self.speaker_encoder, self.diarize_options) if self.diarize else None,
            self.speaker_registry if self.diarize else None,
            self.prints,
        )
        report = IngestReport()
        hook = guarded(hook)
        for path in files:
            hook("file_start", path=str(path))
            result = self._ingest_one(ingestor, path, hook)
            if result.status == "failed":
                logger.warning("skipped %s", result.error)
            report.files.append(result)
            hook("file_done", result=result)
        report.wall_seconds = time.perf_counter() - t0
        return report

    def _ingest_one(self, ingestor: Ingestor, path: Path, hook: Hook | None) -> FileResult:
        try:
            return ingestor.ingest_file(self.store, path, hook)
        except (KeyboardInterrupt, AudioRAGError):
            raise
        except Exception as e:  # one bad file must not end the batch
            logger.exception("unexpected error on %s", path)
            return FileResult(str(path), "failed", error=f"{path}: {type(e).__name__}: {e}")

    @_writes
    def remove(self, source: str | os.PathLike) -> str:
        """Remove one source from the index everywhere (units, audio units, manifest
        record, its voices' seconds): `source` is its path in any spelling (the file
        may be gone) or its source id. Returns the source id."""
        sid = self.resolve_source(source)
        self.store.remove_source(sid)
        if self.prints is not None:
            self.prints.remove(sid)
        logger.info("removed %s (%s)", source, sid)
        return sid

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
        return self.store.units(result[0].source_id)

    # ---- search ---------------------------------------------------------------------
    def search(
        self,
        text: str | None = None,
        *,
        audio: AudioInput | None = None,
        k: int = 5,
        source: str | os.PathLike | None = None,
        speaker: str | None = None,
        start: float | None = None,
        end: float | None = None,
        language: str | None = None,
        ingested_after: float | None = None,
        ingested_before: float | None = None,
        mode: str | None = None,
        weights: dict[str, float] | None = None,
        rrf_k: float | None = None,
        rerank: str | bool | None = None,
        context: int = 0,
        mmr: float | bool | None = None,
    ) -> list[Hit]:
        """Search by text (`text`: hybrid ranking) or by example (`audio`), best first.

        Text queries fuse transcript vectors, BM25 keywords and, with a joint audio-text
        encoder, text-to-audio vectors by reciprocal rank fusion (`mode`, `weights`, `rrf_k`:
        see `HybridOptions`; defaults from `self.search_options`); `score` then is the
        scaled RRF score and `ranks` tells each channel's rank and score. `rerank`: a
        reranker name (see `audio_rag.rerank`), True for the options' reranker or else
        the bundled one, False for none; None keeps the options' choice. Audio queries
        rank by cosine similarity of audio vectors. See `Hit` for what a score means.
        Filters (pushed down to Chroma): `source` (path in any spelling, file name or source id),
        `speaker` (id or enrolled name), `start`/`end` (seconds: units overlapping that
        time range), `language` (code such as "en"), `ingested_after`/`ingested_before`
        (Unix time of ingest). `context`: each hit grows by that many neighbouring units
        on each side. `mmr`: diversify with maximal marginal relevance (True, or the
        relevance weight lambda in [0, 1]).
        """
        if (text is None) == (audio is None):
            raise ValueError("give exactly one of text= or audio=")
        if text is not None and not text.strip():
            raise ValueError("the text query is empty")
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        if context < 0:
            raise ValueError(f"context must be >= 0 units, got {context}")
        where = self._where(source, speaker, start, end, language, ingested_after, ingested_before)
        if not self.store.exists():
            return []
        lam = None if mmr is None or mmr is False else (DEFAULT_LAMBDA if mmr is True else mmr)
        depth = k if lam is None else max(4 * k, 20)
        if text is not None:
            opts = self._options(mode, weights, rrf_k, rerank)
            channels = self._channels(text, opts, where)
            hits = search_text(text, depth, channels, opts, self._rerank_step(text, opts))
        else:
            filters = {
                "source": source,
                "speaker": speaker,
                "start": start,
                "end": end,
                "language": language,
                "ingested_after": ingested_after,
                "ingested_before": ingested_before,
            }
            hits = self._search_by_example(load_audio(audio), depth, filters)
        if lam is not None:
            hits = self._diversify(hits, k, lam, "audio" if text is None else "text")
        hits = hits[:k]
        return self._with_context(hits, context) if context else hits

    def _options(self, mode, weights, rrf_k, rerank) -> HybridOptions:
        """`self.search_options` with a search's own choices (None: keep) applied."""
        opts = self.search_options
        if mode is None and weights is None and rrf_k is None and rerank is None:
            return opts
        return replace(
            opts,
            mode=mode or opts.mode,
            weights=weights or opts.weights,
            rrf_k=opts.rrf_k if rrf_k is None else rrf_k,
            rerank=_reranker_name(rerank, opts.rerank),
        )

    def _channels(self, text: str, opts: HybridOptions, where: dict | None) -> dict:
        """channel -> function(depth) -> hits, for the channels `opts` turns on."""
        wanted = opts.channels(has_audio_text=True)
        joint = "audio_text" in wanted and bool(getattr(self.audio_encoder, "has_text", False))

        def audio_text(n: int) -> list[Hit]:
            self._check_audio_encoder()
            return self.store.query(
                self.audio_encoder.embed_text([text])[0], n, "audio_text", where
            )

        @functools.cache
        def text_vector() -> np.ndarray:  # one embedding for both transcript channels
            return self.text_embedder.embed([text])[0]

        replies: dict[str, Hit] = {}  # question unit id -> its reply, for both channels
        looked: set[str] = set()

        def transcript(channel: str, n: int) -> list[Hit]:
            hits = self.store.query(text_vector(), n, channel, where)
            if not opts.replies:
                return hits
            asked = [h for h in hits if is_question(h.text) and h.unit_id not in looked]
            looked.update(h.unit_id for h in asked)
            replies.update(self.store.following(asked, where))
            return hand_off(hits, replies)[:n]

        runners = {
            "text": functools.partial(transcript, "text"),
            "context": functools.partial(transcript, "context"),
            "keyword": lambda n: self.store.keyword_query(text, n, where),
            "audio_text": audio_text,
        }
        chosen = opts.channels(joint)
        if "context" in chosen and not self.store.has_context():
            logger.info(
                "index %r has no context vectors yet; ingesting fills them in", self.store.name
            )
            chosen.pop("context")
        return {c: runners[c] for c in chosen}

    def _rerank_step(self, text: str, opts: HybridOptions):
        """candidates -> the same hits in the reranker's order (score: its score), or
        None without a reranker."""
        if not opts.rerank_weight() or not asks(text):
            return None

        def rerank(hits: list[Hit]) -> list[Hit]:
            before = self.store.preceding(hits)
            texts = [passage_text(h.text, before.get(h.unit_id)) for h in hits]
            scores = self.reranker(opts.rerank).score(text, texts)
            order = np.argsort(-np.asarray(scores), kind="stable")
            return [replace(hits[i], score=float(scores[i]), channel=RERANK) for i in order]

        return rerank

    def _diversify(self, hits: list[Hit], k: int, lam: float, channel: str) -> list[Hit]:
        from .mmr import mmr

        if len(hits) <= 1:
            return hits
        vecs = self.store.vectors([h.unit_id for h in hits], channel)
        order = mmr(np.array([h.score for h in hits]), vecs, k, lam)
        return [hits[i] for i in order]

    def _with_context(self, hits: list[Hit], n: int) -> list[Hit]:
        from .context import expand

        units: dict[str, list[Hit]] = {}
        out = []
        for h in hits:
            if h.source_id not in units:
                units[h.source_id] = self.store.speech_units(h.source_id)
            out.append(expand(h, units[h.source_id], n))
        return out

    def _where(
        self, source, speaker, start, end, language, ingested_after, ingested_before
    ) -> dict | None:
        if start is not None and end is not None and end <= start:
            raise ValueError(f"the time range is empty: start={start} end={end}")
        sid = None
        if source is not None and self.store.exists():
            sid = self.resolve_source(source)
        if speaker is not None and self.store.exists():
            speaker = self.resolve_speaker(speaker)
        return unit_filter(
            sid,
            speaker,
            start,
            end,
            language=language,
            ingested_after=ingested_after,
            ingested_before=ingested_before,
        )

    # ---- query by example: audio vectors + fingerprints (see audio_rag.by_example) ------
    @property
    def prints(self) -> FingerprintIndex | None:
        """The index's fingerprints (None when off or with a Chroma server)."""
        if self._prints is None and self._prints_path is not None:
            self._prints = FingerprintIndex(self._prints_path)
        return self._prints

    def _search_by_example(self, wave: np.ndarray, k: int, filters: dict) -> list[Hit]:
        """Audio vectors fused with fingerprint matches (those honour source, speaker and
        time range; language and ingest-date filters apply to the audio vectors)."""
        self._check_audio_encoder()
        vec = self.audio_encoder.embed_audio([wave])[0]
        hits = self.search_vector(vec, channel="audio", k=k, **filters)
        if not hits or self.prints is None:
            return hits
        sid = self.resolve_source(filters["source"]) if filters["source"] is not None else None
        who = self.resolve_speaker(filters["speaker"]) if filters["speaker"] is not None else None
        found = fingerprint_hits(
            self.prints,
            self.store,
            wave,
            k,
            sid,
            who,
            filters["start"],
            filters["end"],
        )
        return fuse_by_example(hits, found, k)

    # ---- text-to-audio (joint audio-text encoders such as CLAP) ------------------------
    def audio_text_hits(self, text: str, k: int = 5, **filters) -> list[Hit]:
        """Channel "audio_text": units whose audio vectors are nearest to the text query
        embedded by the audio encoder's text side (score: cosine similarity); [] when
        the encoder has no text side. Filters as in `search`."""
        if not self.store.exists() or not getattr(self.audio_encoder, "has_text", False):
            return []
        self._check_audio_encoder()
        vec = self.audio_encoder.embed_text([text])[0]
        return self.search_vector(vec, channel="audio_text", k=k, **filters)

    @_writes
    def reembed(self, audio_encoder: str | AudioEncoder, *, hook: Hook | None = None):
        """Switch the index to another audio encoder: every unit's audio vector is
        recomputed from its source file (see audio_rag.reembed). Returns a ReembedReport."""
        from .reembed import reembed

        self._audio = audio_encoder
        report = reembed(self.store, self.audio_encoder, hook, self.block_seconds)
        return report

    def _check_audio_encoder(self) -> None:
        """Refuse to compare vectors of another audio encoder than the index's."""
        have = self.store.models()
        if have is not None and have.audio_model != self.audio_encoder.name:
            raise ModelMismatchError(
                f"index {self.store.name!r} holds audio vectors of {have.audio_model!r}, not "
                f"{self.audio_encoder.name!r}; open it without audio_encoder= (or re-embed it "
                "with `audio-rag reembed --encoder ...`)"
            )

    def search_vector(
        self,
        vector,
        *,
        channel: str = "text",
        k: int = 5,
        source: str | os.PathLike | None = None,
        speaker: str | None = None,
        start: float | None = None,
        end: float | None = None,
        language: str | None = None,
        ingested_after: float | None = None,
        ingested_before: float | None = None,
    ) -> list[Hit]:
        """Search with a ready query vector (or a callable making it) on `channel`:
        "text" (transcript vectors), "audio" (audio vectors) or "audio_text" (a joint
        audio-text encoder's text vector against audio vectors). Filters as in `search`;
        scores are cosine similarities."""
        if channel not in ("text", "audio", "audio_text"):
            raise ValueError(f"channel must be 'text', 'audio' or 'audio_text', got {channel!r}")
        if k < 1:
            raise ValueError(f"k must be at least 1, got {k}")
        where = self._where(source, speaker, start, end, language, ingested_after, ingested_before)
        if not self.store.exists():
            return []
        vec = vector() if callable(vector) else vector
        return ranked(self.store.query(vec, k, channel, where), channel)

    def transcript(self, source: str | os.PathLike) -> list[Hit]:
        """Every stored unit of one source in time order (speech and sound units)."""
        return self.store.units(self.resolve_source(source))

    def resolve_source(self, source: str | os.PathLike) -> str:
        """Source id of a path (any spelling: relative, ~, symlink), of an id or its prefix,
        or of a bare file name ("ep1.mp3") that one indexed source has."""
        text = str(source)
        if text and self.store.exists() and self.store.source(text) is not None:
            return text  # an exact source id: no need to read every record
        records = self.store.sources() if self.store.exists() else []
        ids = [r["source_id"] for r in records if r["source_id"].startswith(text)]
        if text and len(ids) == 1:
            return ids[0]
        path = Path(text).expanduser()
        resolved = str(path.resolve())  # the file may be gone: match the recorded path
        for r in records:
            if r["path"] == resolved:
                return r["source_id"]
        if path.exists():
            if path.is_file():
                sid = file_digest(path)[:16]
                if any(r["source_id"] == sid for r in records):
                    return sid
        named = _named(text, records)
        if len(named) == 1:
            return named[0]
        if named:
            raise AudioRAGError(
                f"{text}: {len(named)} indexed sources have this name; give more of the path "
                "or a source id (see `audio-rag info`)"
            )
        raise AudioRAGError(f"{text}: not in index {self.store.name!r} (see `audio-rag info`)")

    # ---- speakers -------------------------------------------------------------------
    def resolve_speaker(self, speaker: str) -> str:
        """The id of a speaker given by id ("S2", any case) or by name (case-insensitive);
        an unknown one is an error listing the index's speakers."""
        return self.speaker_registry.find(str(speaker)).id

    def require_index(self) -> None:
        """Raise `IndexNotFoundError` (saying which indexes the database holds) unless
        this index exists; creates nothing. Reading commands call it first."""
        self.store.require()

    def speakers(self) -> list[Speaker]:
        """Known voices of the index, by id."""
        return self.speaker_registry.all() if self.store.exists() else []

    def voice(self, audio: AudioInput) -> tuple[np.ndarray, float]:
        """(voice vector, seconds of speech) of one speaker's recording."""
        return voice_vector(load_audio(audio), self.speaker_encoder, self.diarize_options)

    @_writes
    def enroll(self, name: str, audio: AudioInput | list[AudioInput]) -> Speaker:
        """Name a voice from example recordings of it. A known voice that matches is
        named and its existing units relabelled (nothing is re-ingested); otherwise a
        new named voice is added, which later recordings are linked to."""
        name = _check_name(name)
        examples = audio if isinstance(audio, list) else [audio]
        if not examples:
            raise ValueError("give at least one example recording")
        voices = [self.voice(a) for a in examples]
        secs = sum(s for _, s in voices)
        vec = np.sum([v * max(s, 1e-3) for v, s in voices], axis=0)
        spk, matched = self.speaker_registry.enroll(name, vec / np.linalg.norm(vec), secs)
        n = self.store.relabel_speaker(spk.id, spk.id, spk.name)
        logger.info(
            "enrolled %s as %s (%s, %d units relabelled)",
            name,
            spk.id,
            "known voice" if matched else "new voice",
            n,
        )
        return spk

    @_writes
    def rename_speaker(self, speaker: str, name: str) -> Speaker:
        spk = self.speaker_registry.rename(speaker, _check_name(name))
        self.store.relabel_speaker(spk.id, spk.id, spk.name)
        return spk

    @_writes
    def merge_speakers(self, keep: str, drop: str) -> Speaker:
        """Make `drop` the same person as `keep`: its units move to `keep`."""
        gone = self.speaker_registry.find(drop).id
        spk = self.speaker_registry.merge(keep, drop)
        self.store.relabel_speaker(gone, spk.id, spk.name)
        self.store.relabel_speaker(spk.id, spk.id, spk.name)
        return spk

    def identify(self, audio: AudioInput, k: int = 3) -> list[tuple[Speaker, float]]:
        """Known speakers ranked by cosine similarity to the voice in `audio`."""
        vec, _ = self.voice(audio)
        return self.speaker_registry.rank(vec)[:k]

    def verify(
        self, a: AudioInput, b: AudioInput, threshold: float = VERIFY_THRESHOLD
    ) -> tuple[float, bool]:
        """(cosine score, same speaker?) for two recordings; `threshold` is the EER
        threshold of the dev trials (benchmarks/speakers.py)."""
        score = float(np.dot(self.voice(a)[0], self.voice(b)[0]))
        return score, score >= threshold

    def info(self) -> dict:
        """Index summary: models, counts, sources."""
        if not self.store.exists():
            return {"collection": self.store.name, "exists": False}
        models = self.store.models()
        sources = sorted(self.store.sources(), key=lambda r: r["path"])
        return {
            "collection": self.store.name,
            "exists": True,
            "models": models.as_metadata() if models else None,
            **self.store.counts(),
            "speakers": [s.to_dict() for s in self.speakers()],
            "audio_seconds": round(sum(float(r["duration"]) for r in sources), 3),
            "source_list": sources,
        }


def _check_name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise ValueError("a speaker name cannot be empty")
    return name


def _reranker_name(choice: str | bool | None, current: str | None) -> str | None:
    """The reranker a search uses: `choice` as documented in `AudioRAG.search`."""
    if choice is None:
        return current
    if choice is True:
        return current or BUNDLED
    return choice or None


def _named(text: str, records: list[dict]) -> list[str]:
    """Source ids of the records whose file is called `text`, when `text` is a bare file
    name (no folder part)."""
    if not text or Path(text).name != text:
        return []
    return [r["source_id"] for r in records if Path(r["path"]).name == text]
