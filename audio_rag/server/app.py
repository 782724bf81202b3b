"""`create_app`: the Starlette application of `audio-rag serve` over one index."""

from __future__ import annotations

import logging

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..api import AudioRAG
from . import api, pages
from .auth import Gate
from .base import ApiError, ServerOptions
from .service import Service

logger = logging.getLogger(__name__)


def routes() -> list:
    return [
        Route("/api/search", api.search),
        Route("/api/search/audio", api.search_audio, methods=["POST"]),
        Route("/api/sources", api.sources),
        Route("/api/sources/{source_id}/transcript", api.transcript),
        Route("/api/speakers", api.speakers),
        Route("/api/speakers/merge", api.merge_speakers, methods=["POST"]),
        Route("/api/speakers/{speaker}/rename", api.rename_speaker, methods=["POST"]),
        Route("/api/info", api.info),
        Route("/api/audio/{source_id}", api.audio),
        Route("/api/openapi.json", api.openapi),
        Route("/", pages.page),
        Route("/sources/{source_id}", pages.page),
        Route("/speakers", pages.page),
        Route("/info", pages.page),
        Route("/login", pages.login_form),
        Route("/login", pages.login, methods=["POST"]),
        Route("/logout", pages.logout, methods=["GET", "POST"]),
        Mount("/static", StaticFiles(directory=str(pages.static_dir())), name="static"),
    ]


def create_app(rag: AudioRAG, options: ServerOptions | None = None) -> Starlette:
    """The web page and JSON API over `rag`'s index (docs/web.md). A missing index is an
    `IndexNotFoundError` that says what the database holds; nothing is created."""
    options = options or ServerOptions()
    app = Starlette(
        routes=routes(),
        middleware=[Middleware(Gate, options=options)],
        exception_handlers={
            ApiError: _api_error,
            HTTPException: _http_error,
            Exception: _unexpected,
        },
    )
    app.state.service = Service(rag, options)
    return app


async def _api_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return JSONResponse({"error": exc.message}, status_code=exc.status, headers=exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    path = request.url.path
    message = {
        404: f"not found: {path}",
        405: f"{request.method} is not allowed on {path}",
    }.get(exc.status_code, str(exc.detail))
    return JSONResponse({"error": message}, status_code=exc.status_code, headers=exc.headers)


async def _unexpected(request: Request, exc: Exception) -> Response:
    logger.error("%s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"error": f"internal error: {type(exc).__name__}: {exc}"}, status_code=500)
