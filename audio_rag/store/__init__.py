"""Persistence: one Chroma wrapper, the index's tables (units, context, sources,
voices, keywords), the write lock and consistency checks."""

from .chroma import CHROMA_FILE, Connection, make_client
from .index import Block, Index
from .integrity import index_problems
from .keyword import KeywordIndex, analyse, cache_dir, keyword_path
from .lock import IndexLock, lock_path
from .records import (
    AUDIO,
    CONTEXT,
    DEFAULT_COLLECTION,
    SOURCES,
    TEXT,
    VOICES,
    IndexModels,
    SourceRecord,
    now,
    source_of,
    unit_id,
    unit_meta,
    where,
)

__all__ = [
    "AUDIO",
    "CONTEXT",
    "SOURCES",
    "TEXT",
    "VOICES",
    "CHROMA_FILE",
    "DEFAULT_COLLECTION",
    "Block",
    "Connection",
    "Index",
    "IndexLock",
    "IndexModels",
    "KeywordIndex",
    "SourceRecord",
    "analyse",
    "cache_dir",
    "index_problems",
    "keyword_path",
    "lock_path",
    "make_client",
    "now",
    "source_of",
    "unit_id",
    "unit_meta",
    "where",
]
