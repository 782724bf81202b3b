"""LangChain adapters: Embeddings, a blob loader + parser + document loader, a retriever.

Install with `pip install 'audio-rag[langchain]'`. Translation only: the work is done by
`AudioRAG` (ingest, search) and `Embedder` (vectors).

    from audio_rag.langchain import AudioLoader, AudioRetriever
    docs = AudioLoader("podcasts/", db="./index").load()      # one Document per unit
    retriever = AudioRetriever(db="./index", k=4)
    retriever.invoke("what is pumped hydro?")                   # Documents with start/end
"""

from __future__ import annotations

import logging
import mimetypes
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Literal

from ..errors import AudioRAGError, MissingDependencyError

try:
    from langchain_core.callbacks import CallbackManagerForRetrieverRun
    from langchain_core.document_loaders import BaseBlobParser, BaseLoader, Blob, BlobLoader
    from langchain_core.documents import Document
    from langchain_core.embeddings import Embeddings
    from langchain_core.retrievers import BaseRetriever
    from pydantic import ConfigDict, model_validator
except ImportError as e:  # pragma: no cover - depends on the environment
    raise MissingDependencyError(
        "audio_rag.langchain needs langchain-core: pip install 'audio-rag[langchain]'"
    ) from e

from ..api import DEFAULT_DB, AudioRAG
from ..audio import AudioInput, find_audio_files
from ..encoders import Embedder
from ..store import DEFAULT_COLLECTION
from ..types import Hit

logger = logging.getLogger(__name__)

__all__ = [
    "AudioBlobLoader",
    "AudioEmbeddings",
    "AudioLoader",
    "AudioParser",
    "AudioRetriever",
    "hit_to_document",
    "document_to_hit",
]


def hit_to_document(hit: Hit, scored: bool = True) -> Document:
    """A Document with the unit's transcript and flat metadata (numeric start/end);
    `scored` keeps the search `score` and `channel`."""
    meta = hit.to_metadata()
    if not scored:
        meta.pop("score"), meta.pop("channel")
    return Document(page_content=hit.text, metadata=meta, id=hit.unit_id or None)


def document_to_hit(doc: Document) -> Hit:
    return Hit.from_metadata(doc.page_content, doc.metadata)


class AudioEmbeddings(Embeddings):
    """LangChain Embeddings for audio indexes.

    `embed_audio(uris)` embeds audio files (paths, or bytes) with the audio encoder,
    always. The text methods depend on `inputs`:
      "text" (default): texts are text. With a joint audio-text encoder they are
        embedded into the audio space; otherwise with the transcript text model
        (all-MiniLM-L6-v2), the space of `AudioLoader` documents.
      "audio": texts are paths of audio files, so a vector store of audio files can be
        built with the usual `from_texts` / `add_texts` and searched with a clip's path.
    Pass `rag=` to use exactly the models of an existing index.
    """

    def __init__(
        self,
        whisper: str | None = None,
        text_model: str | None = None,
        *,
        inputs: Literal["text", "audio"] = "text",
        rag: AudioRAG | None = None,
    ) -> None:
        if inputs not in ("text", "audio"):
            raise ValueError(f"inputs must be 'text' or 'audio', got {inputs!r}")
        kw = {k: v for k, v in (("whisper", whisper), ("text_model", text_model)) if v}
        self.inputs = inputs
        self.embedder = Embedder(**kw, rag=rag)

    @property
    def joint(self) -> bool:
        """True when text and audio vectors share a space (text can find audio)."""
        return self.embedder.joint

    def embed_audio(self, uris: Sequence[AudioInput]) -> list[list[float]]:
        return self.embedder.embed_audio(list(uris)).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        if self.inputs == "audio":
            return self.embed_audio(texts)
        return self.embedder.embed_text(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embed_documents([text])[0]


class AudioBlobLoader(BlobLoader):
    """Blobs of the audio files under paths (files as given, folders recursively)."""

    def __init__(self, paths: str | os.PathLike | Iterable[str | os.PathLike]) -> None:
        self.paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)

    def yield_blobs(self) -> Iterator[Blob]:
        for path in find_audio_files(self.paths):
            yield Blob.from_path(path, mime_type=_mimetype(path))


class AudioParser(BaseBlobParser):
    """Transcribes an audio blob into one Document per retrieval unit.

    The blob is ingested into `rag` (an in-memory index by default), so parsing the
    same file again costs nothing, and a persistent `rag` keeps the units searchable.
    A blob that cannot be decoded raises AudioDecodeError naming it.
    """

    def __init__(self, rag: AudioRAG | None = None) -> None:
        self.rag = rag or AudioRAG(db=None)

    def lazy_parse(self, blob: Blob) -> Iterator[Document]:
        if blob.path is not None and blob.data is None:
            hits = self.rag.units_of(blob.path)
        else:
            hits = self._parse_bytes(blob)
        for hit in hits:
            doc = hit_to_document(hit, scored=False)
            doc.metadata = {**_flat(blob.metadata), **doc.metadata}
            yield doc

    def _parse_bytes(self, blob: Blob) -> list[Hit]:
        name = Path(str(blob.source or "audio")).name
        suffix = Path(name).suffix or mimetypes.guess_extension(blob.mimetype or "") or ".bin"
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"{Path(name).stem}{suffix}"
            path.write_bytes(blob.as_bytes())
            hits = self.rag.units_of(path)
        label = str(blob.source) if blob.source else name
        return [replace(h, source=label) for h in hits]


class AudioLoader(BaseLoader):
    """Documents (one per retrieval unit) from audio files and folders.

    Metadata is flat: `source`, `source_id`, `unit_id`, numeric `start`/`end` seconds,
    `uri` (`file:///path#t=start,end`, percent-encoded), `speaker`, `speaker_name` (""
    when unknown), `kind`, `language`. Files are ingested into the index given by `rag`,
    or by `db` and `collection` (a folder; None = in memory). A file that fails is logged
    by name and skipped; see `failed` afterwards, or pass `raise_errors=True`.
    """

    def __init__(
        self,
        paths: str | os.PathLike | Iterable[str | os.PathLike],
        *,
        rag: AudioRAG | None = None,
        db: str | os.PathLike | None = None,
        collection: str = DEFAULT_COLLECTION,
        raise_errors: bool = False,
        **rag_options: Any,
    ) -> None:
        self.blobs = AudioBlobLoader(paths)
        self.parser = AudioParser(rag or AudioRAG(db, collection, **rag_options))
        self.raise_errors = raise_errors
        self.failed: list[str] = []

    def lazy_load(self) -> Iterator[Document]:
        self.failed = []
        for blob in self.blobs.yield_blobs():
            try:
                yield from self.parser.lazy_parse(blob)
            except AudioRAGError as e:
                if self.raise_errors:
                    raise
                logger.warning("skipped %s", e)
                self.failed.append(str(e))


class AudioRetriever(BaseRetriever):
    """Time-coded passages from an audio index, as Documents (see `AudioLoader`).

    Build it over an `AudioRAG` (`rag=`) or by `db`/`collection`. `k` results; filters:
    `source` (path or id), `speaker` (id or name), `start`/`end` (seconds within a
    source). Each can also be given per call: `retriever.invoke(q, k=2, speaker="Ann")`.
    Each Document's metadata carries its `score` and `channel`: for a text query the
    fused hybrid score (1.0 = first on every channel, see `audio_rag.Hit`), with each
    channel's own rank and score as `rank_<channel>`/`score_<channel>`; for query by
    example (`invoke_audio(clip)`) the cosine similarity of audio vectors, or the fused
    score when fingerprints matched too.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    rag: Any = None
    db: str | None = DEFAULT_DB
    collection: str = DEFAULT_COLLECTION
    k: int = 4
    source: str | None = None
    speaker: str | None = None
    start: float | None = None
    end: float | None = None

    @model_validator(mode="after")
    def _open_index(self) -> AudioRetriever:
        if self.rag is None:
            self.rag = AudioRAG(self.db, self.collection)
        return self

    def _search_kwargs(self, overrides: dict[str, Any]) -> dict[str, Any]:
        names = ("k", "source", "speaker", "start", "end")
        unknown = set(overrides) - set(names)
        if unknown:
            raise TypeError(f"unknown search options {sorted(unknown)}; valid: {list(names)}")
        return {n: overrides.get(n, getattr(self, n)) for n in names}

    def _get_relevant_documents(
        self, query: str, *, run_manager: CallbackManagerForRetrieverRun, **kwargs: Any
    ) -> list[Document]:
        hits = self.rag.search(query, **self._search_kwargs(kwargs))
        return [hit_to_document(h) for h in hits]

    def invoke_audio(self, audio: AudioInput, **kwargs: Any) -> list[Document]:
        """Query by example: units that sound like `audio` (path, bytes or array)."""
        hits = self.rag.search(audio=audio, **self._search_kwargs(kwargs))
        return [hit_to_document(h) for h in hits]


def _mimetype(path: Path) -> str:
    return mimetypes.guess_type(path.name)[0] or f"audio/{path.suffix.lstrip('.') or 'unknown'}"


def _flat(meta: dict) -> dict:
    return {k: v for k, v in meta.items() if isinstance(v, (str, int, float, bool))}
