"""What the web app does with the index: every call goes through one `AudioRAG` (its
models loaded once), one call at a time, and answers plain JSON-ready data. Errors the
user can act on become `ApiError`s with the HTTP status that fits."""

from __future__ import annotations

import contextlib
import logging
import re
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from ..api import AudioRAG
from ..audio import file_digest
from ..errors import AudioDecodeError, AudioRAGError, IndexBusyError, IndexNotFoundError
from .base import ApiError, ServerOptions

logger = logging.getLogger(__name__)

SOURCE_ID = re.compile(r"[0-9A-Za-z_-]{1,64}")
MEDIA_TYPES = {
    ".mp3": "audio/mpeg", ".wav": "audio/wav", ".flac": "audio/flac", ".ogg": "audio/ogg",
    ".oga": "audio/ogg", ".opus": "audio/ogg", ".m4a": "audio/mp4", ".mp4": "audio/mp4",
    ".aac": "audio/aac", ".webm": "audio/webm", ".wma": "audio/x-ms-wma",
    ".aif": "audio/aiff", ".aiff": "audio/aiff", ".amr": "audio/amr", ".mka": "audio/x-matroska",
}  # fmt: skip


class Service:
    """The index behind the web app; a missing index is an `IndexNotFoundError` here
    (nothing is created)."""

    def __init__(self, rag: AudioRAG, options: ServerOptions) -> None:
        rag.require_index()
        self.rag, self.options = rag, options
        self._lock = threading.Lock()  # one index call at a time (models, Chroma reopen)
        self._verified: dict[str, tuple] = {}  # source id -> (path, size, mtime) hashed

    @contextlib.contextmanager
    def _answering(self) -> Iterator[None]:
        """Hold the index and turn its errors into answers."""
        with self._lock:
            try:
                yield
            except IndexBusyError as e:
                raise ApiError(503, str(e)) from None
            except IndexNotFoundError as e:
                raise ApiError(404, str(e)) from None
            except AudioDecodeError as e:
                raise ApiError(415, f"not audio that can be decoded: {e.reason}") from None
            except (AudioRAGError, ValueError) as e:
                raise ApiError(400, str(e)) from None

    # ---- reading -----------------------------------------------------------------------
    def search(self, params: dict) -> list[dict]:
        """Hits of a text search (`params.search_params`), as `search --json` gives them."""
        kw = dict(params)
        query, k = kw.pop("query"), kw.pop("k")
        with self._answering():
            if "source" in kw:
                kw["source"] = self._source_id(kw["source"])
            hits = self.rag.search(query, k=k, **kw)
        return [h.to_dict() for h in hits]

    def search_audio(self, clip: bytes, params: dict) -> list[dict]:
        """Hits of a search by example: units that sound like the clip (file bytes)."""
        kw = dict(params)
        k = kw.pop("k")
        with self._answering():
            if "source" in kw:
                kw["source"] = self._source_id(kw["source"])
            hits = self.rag.search(audio=clip, k=k, **kw)
        return [h.to_dict() for h in hits]

    def sources(self) -> list[dict]:
        with self._answering():
            return sorted(self.rag.index.sources.all(), key=lambda r: r["path"])

    def transcript(self, source_id: str) -> dict:
        """The source's record and its units in time order (the fields of
        `transcript --json`)."""
        with self._answering():
            record = self._record(source_id)
            units = self.rag.transcript(source_id)
        return {"source": record, "units": [u.to_dict(scored=False) for u in units]}

    def speakers(self) -> list[dict]:
        with self._answering():
            return [s.to_dict() for s in self.rag.speakers()]

    def info(self) -> dict:
        with self._answering():
            info = self.rag.info()
        return {**info, "writes": self.options.allow_writes}

    def audio_file(self, source_id: str) -> tuple[Path, str]:
        """The indexed file of a source and its media type. Only a file whose content is
        still the one indexed is served (hashed once per size and modification time)."""
        with self._answering():
            record = self._record(source_id)
        path = Path(record["path"])
        if not path.is_file():
            raise ApiError(410, f"the indexed file is gone: {path}")
        st = path.stat()
        key = (str(path), st.st_size, st.st_mtime_ns)
        if self._verified.get(source_id) != key:
            if file_digest(path) != record.get("sha256"):
                raise ApiError(
                    409, f"{path} changed since it was indexed; ingest it again to play it"
                )
            self._verified[source_id] = key
        return path, MEDIA_TYPES.get(path.suffix.lower(), "application/octet-stream")

    # ---- writing (the facade takes the index's write lock) --------------------------------
    def rename(self, speaker: str, name: str) -> dict:
        self.require_writes()
        with self._answering():
            return self.rag.rename_speaker(speaker, name).to_dict()

    def merge(self, keep: str, drop: str) -> dict:
        self.require_writes()
        with self._answering():
            return self.rag.merge_speakers(keep, drop).to_dict()

    def require_writes(self) -> None:
        if not self.options.allow_writes:
            raise ApiError(403, "this server is read-only; start it with --allow-writes")

    # ---- helpers -----------------------------------------------------------------------
    def _record(self, source_id: str) -> dict:
        """The manifest record of an indexed source id (only ids: no paths, no files)."""
        record = self.rag.index.sources.get(source_id) if SOURCE_ID.fullmatch(source_id) else None
        if record is None:
            raise ApiError(404, f"no indexed source {source_id!r} (the list: GET /api/sources)")
        return record

    def _source_id(self, source: str) -> str:
        """A filter's source: a source id, or the file name of one indexed source. Paths
        are not looked up on this machine's disk."""
        if SOURCE_ID.fullmatch(source) and self.rag.index.sources.get(source) is not None:
            return source
        named = [r["source_id"] for r in self.rag.index.sources.all()
                 if Path(r["path"]).name == source]  # fmt: skip
        if len(named) == 1:
            return named[0]
        if named:
            raise ApiError(400, f"{len(named)} sources are named {source!r}; give a source id")
        raise ApiError(
            400, f"unknown source {source!r}: give a source id or the file name of an indexed "
            "source (GET /api/sources)",
        )  # fmt: skip


def warm_up(rag: AudioRAG) -> float:
    """Load the models a search uses (text model, reranker, audio encoder) before the
    first request; returns the seconds it took. A model that fails to load is logged:
    the searches that need it will report the error. Torch is loaded too when installed:
    a long-running server then runs the bundled MiniLM and reranker on its kernels (30
    reranked passages: 0.24 s against 0.55 s on numpy, 2 cores), which a one-off CLI
    search skips to start fast."""
    t0 = time.perf_counter()
    steps = (
        ("torch kernels", lambda: __import__("torch")),
        ("text search and reranker", lambda: rag.search("what is this about?", k=1)),
        ("audio encoder", lambda: rag.models.audio_encoder),
    )
    for what, step in steps:
        try:
            step()
        except Exception:  # noqa: BLE001 - the server still starts; searches report it
            logger.warning("could not load the %s at start", what, exc_info=True)
    seconds = time.perf_counter() - t0
    logger.info("models loaded in %.1f s", seconds)
    return seconds
