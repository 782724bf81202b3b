"""LlamaIndex adapters: a reader for every audio extension, an embedding, a retriever.

Install with `pip install 'audio-rag[llama-index]'`. Translation only: the work is done
by `AudioRAG` (ingest, search) and `Embedder` (vectors).

    from llama_index.core import SimpleDirectoryReader
    from audio_rag.llama_index import AudioReader, AudioRetriever
    docs = SimpleDirectoryReader("podcasts/", file_extractor=AudioReader.extractors()).load_data()
    nodes = AudioRetriever(db="./index").retrieve("what is pumped hydro?")
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..errors import MissingDependencyError

try:
    from llama_index.core.base.base_retriever import BaseRetriever
    from llama_index.core.base.embeddings.base import BaseEmbedding
    from llama_index.core.readers.base import BaseReader
    from llama_index.core.schema import (
        Document,
        MediaResource,
        NodeWithScore,
        QueryBundle,
        TextNode,
    )
    from pydantic import PrivateAttr
except ImportError as e:  # pragma: no cover - depends on the environment
    raise MissingDependencyError(
        "audio_rag.llama_index needs llama-index-core: pip install 'audio-rag[llama-index]'"
    ) from e

from ..api import DEFAULT_DB, AudioRAG
from ..audio import AUDIO_EXTENSIONS, AudioInput
from ..encoders import Embedder
from ..store import DEFAULT_COLLECTION
from ..types import Hit

__all__ = ["AudioEmbedding", "AudioReader", "AudioRetriever", "hit_to_node"]

# Shown to the LLM with each passage (citations); never part of the embedded text.
LLM_KEYS = ("source", "start", "end", "speaker", "speaker_name", "uri")


def _mimetype(path: str) -> str:
    import mimetypes

    return mimetypes.guess_type(path)[0] or f"audio/{Path(path).suffix.lstrip('.')}"


def _excluded(meta: dict) -> tuple[list[str], list[str]]:
    return list(meta), [k for k in meta if k not in LLM_KEYS]


def hit_to_node(hit: Hit) -> NodeWithScore:
    """A TextNode with flat metadata (numeric start/end, speaker) and the hit's score."""
    meta = hit.to_metadata()
    embed_ex, llm_ex = _excluded(meta)
    node = TextNode(
        id_=hit.unit_id or None,
        text=hit.text,
        metadata=meta,
        excluded_embed_metadata_keys=embed_ex,
        excluded_llm_metadata_keys=llm_ex,
    )
    return NodeWithScore(node=node, score=hit.score)


def _unit_document(hit: Hit, extra: dict) -> Document:
    meta = hit.to_metadata()
    meta.pop("score"), meta.pop("channel")
    meta = {**extra, **meta}
    embed_ex, llm_ex = _excluded(meta)
    return Document(
        id_=hit.unit_id or None,
        text=hit.text,
        metadata=meta,
        excluded_embed_metadata_keys=embed_ex,
        excluded_llm_metadata_keys=llm_ex,
        audio_resource=MediaResource(path=hit.source, mimetype=_mimetype(hit.source)),
    )


class AudioReader(BaseReader):
    """Reads an audio file as one Document per retrieval unit (transcript text, flat
    metadata with numeric `start`/`end`, `speaker`, `uri`; `audio_resource` points at
    the file). Files are ingested into `rag` (default: an in-memory index), so reading
    an unchanged file again is free. Use as `SimpleDirectoryReader(...,
    file_extractor=AudioReader.extractors())`. A file that cannot be decoded raises
    AudioDecodeError naming it (SimpleDirectoryReader then skips it with a message).
    """

    def __init__(self, rag: AudioRAG | None = None, **rag_options: Any) -> None:
        self.rag = rag or AudioRAG(rag_options.pop("db", None), **rag_options)

    @classmethod
    def extractors(cls, reader: AudioReader | None = None, **rag_options: Any) -> dict:
        """`file_extractor` mapping every audio extension to one shared reader."""
        reader = reader or cls(**rag_options)
        return {ext: reader for ext in sorted(AUDIO_EXTENSIONS)}

    def load_data(
        self, file: str | os.PathLike, extra_info: dict | None = None, fs: Any = None
    ) -> list[Document]:
        extra = {k: v for k, v in (extra_info or {}).items() if v is not None}
        if fs is not None and not _is_local(fs):
            return self._load_remote(str(file), extra, fs)
        return [_unit_document(h, extra) for h in self.rag.units_of(file)]

    def _load_remote(self, file: str, extra: dict, fs: Any) -> list[Document]:
        with tempfile.TemporaryDirectory() as tmp:
            local = Path(tmp) / Path(file).name
            with fs.open(file, "rb") as src:
                local.write_bytes(src.read())
            hits = self.rag.units_of(local)
        return [_unit_document(replace(h, source=file), extra) for h in hits]


def _is_local(fs: Any) -> bool:
    protocol = getattr(fs, "protocol", "file")
    protocols = (protocol,) if isinstance(protocol, str) else tuple(protocol)
    return "file" in protocols or "local" in protocols


class AudioEmbedding(BaseEmbedding):
    """LlamaIndex embedding: text with the index's text model (or, for a joint
    audio-text encoder, its text side), and audio with `get_audio_embedding(s)`."""

    model_name: str = "audio-rag"
    whisper: str | None = None
    text_model: str | None = None
    _embedder: Embedder = PrivateAttr()

    def __init__(self, rag: AudioRAG | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        names = {k: v for k, v in (("whisper", self.whisper), ("text_model", self.text_model)) if v}
        self._embedder = Embedder(**names, rag=rag)

    @classmethod
    def class_name(cls) -> str:
        return "AudioEmbedding"

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._embedder.embed_text(texts).tolist()

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._get_text_embedding(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    def get_audio_embeddings(self, audio: list[AudioInput]) -> list[list[float]]:
        return self._embedder.embed_audio(audio).tolist()

    def get_audio_embedding(self, audio: AudioInput) -> list[float]:
        return self.get_audio_embeddings([audio])[0]


class AudioRetriever(BaseRetriever):
    """Time-coded passages from an audio index as `NodeWithScore`; metadata as in
    `AudioReader`, plus `score` and `channel`. The score of a text query is the fused
    hybrid score (1.0 = first on every channel; see `audio_rag.Hit`); a ready query
    embedding (`QueryBundle.embedding`) gives cosine similarity on its channel.

    A `QueryBundle` with a ready `embedding` (e.g. `AudioEmbedding.get_audio_embedding`)
    is searched on `embedding_channel` ("audio" by default: QueryBundle has no audio
    field); `retrieve_audio(clip)` does the same from a path, bytes or array.
    Filters: `source`, `speaker`, `start`/`end` (seconds), as in `AudioRAG.search`.
    """

    def __init__(
        self,
        rag: AudioRAG | None = None,
        *,
        db: str | os.PathLike | None = DEFAULT_DB,
        collection: str = DEFAULT_COLLECTION,
        similarity_top_k: int = 4,
        source: str | None = None,
        speaker: str | None = None,
        start: float | None = None,
        end: float | None = None,
        embedding_channel: str = "audio",
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        if embedding_channel not in ("text", "audio"):
            raise ValueError(f"embedding_channel must be 'text' or 'audio': {embedding_channel!r}")
        self.rag = rag or AudioRAG(db, collection)
        self.similarity_top_k = similarity_top_k
        self.filters = {"source": source, "speaker": speaker, "start": start, "end": end}
        self.embedding_channel = embedding_channel

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        k = self.similarity_top_k
        if query_bundle.embedding is not None:
            hits = self.rag.search_vector(
                query_bundle.embedding, channel=self.embedding_channel, k=k, **self.filters
            )
        else:
            hits = self.rag.search(query_bundle.query_str, k=k, **self.filters)
        return [hit_to_node(h) for h in hits]

    def retrieve_audio(self, audio: AudioInput) -> list[NodeWithScore]:
        """Query by example: units that sound like `audio`."""
        hits = self.rag.search(audio=audio, k=self.similarity_top_k, **self.filters)
        return [hit_to_node(h) for h in hits]
