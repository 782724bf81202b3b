"""The parameters of a search request (query string or form fields) checked and turned
into `AudioRAG.search` keywords; a bad one is an `ApiError` (400) that says why."""

from __future__ import annotations

from collections.abc import Mapping

from ..types import parse_clock
from .base import ApiError

DEFAULT_K = 10
MAX_QUERY_CHARS = 1000
FILTERS = ("source", "speaker", "language", "start", "end")
RANKING = ("rerank", "mode")
MODES = ("hybrid", "dense", "keyword")
NO_RERANK = ("none", "false", "0", "off")
DEFAULT_RERANK = ("", "default", "true", "1", "on")


def search_params(params: Mapping[str, str], max_k: int, text: bool = True) -> dict:
    """{"query", "k", filters..., ranking...} of a text search (`text`) or of a search by
    example (no `q`, no ranking options). Unknown names are refused, so a typo such as
    `speeker` is not silently ignored."""
    allowed = ("q", "k", *FILTERS, *(RANKING if text else ()))
    unknown = sorted(set(params) - set(allowed))
    if unknown:
        raise ApiError(
            400, f"unknown parameter {', '.join(unknown)}; valid ones: {', '.join(allowed)}"
        )
    out: dict = {"k": _k(params.get("k"), max_k)}
    if text:
        out["query"] = _query(params.get("q"))
        out.update(_ranking(params))
    for name in ("source", "speaker", "language"):
        value = (params.get(name) or "").strip()
        if value:
            out[name] = value
    for name in ("start", "end"):
        value = (params.get(name) or "").strip()
        if value:
            try:
                out[name] = parse_clock(value)
            except ValueError as e:
                raise ApiError(400, f"{name}: {e}") from None
    if "start" in out and "end" in out and out["end"] <= out["start"]:
        raise ApiError(400, f"the time range is empty: start={out['start']} end={out['end']}")
    return out


def _query(q: str | None) -> str:
    q = (q or "").strip()
    if not q:
        raise ApiError(400, "give a query: q=WORDS (or POST a clip to /api/search/audio)")
    if len(q) > MAX_QUERY_CHARS:
        raise ApiError(400, f"the query is longer than {MAX_QUERY_CHARS} characters")
    return q


def _k(k: str | None, max_k: int) -> int:
    if k is None or not str(k).strip():
        return min(DEFAULT_K, max_k)
    try:
        n = int(k)
    except ValueError:
        raise ApiError(400, f"k must be a whole number, got {k!r}") from None
    if not 1 <= n <= max_k:
        raise ApiError(400, f"k must be from 1 to {max_k}, got {n}")
    return n


def _ranking(params: Mapping[str, str]) -> dict:
    out: dict = {}
    rerank = (params.get("rerank") or "").strip().lower()
    if rerank in NO_RERANK:
        out["rerank"] = False
    elif rerank not in DEFAULT_RERANK:
        raise ApiError(
            400,
            f"rerank takes 'none' (no reranker) or 'default', got {rerank!r}; "
            "the reranker itself is chosen when the server starts",
        )
    mode = (params.get("mode") or "").strip().lower()
    if mode:
        if mode not in MODES:
            raise ApiError(400, f"mode must be one of {', '.join(MODES)}, got {mode!r}")
        out["mode"] = mode
    return out
