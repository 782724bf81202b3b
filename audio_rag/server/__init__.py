"""The web app of `audio-rag serve`: a page to search and listen, and a JSON API, over one
index (docs/web.md). Needs the `serve` extra (Starlette, uvicorn, python-multipart)."""

from .app import create_app
from .base import DEFAULT_HOST, DEFAULT_PORT, ApiError, ServerOptions, check_bind, is_loopback
from .service import Service, warm_up

__all__ = [
    "DEFAULT_HOST",
    "DEFAULT_PORT",
    "ApiError",
    "ServerOptions",
    "Service",
    "check_bind",
    "create_app",
    "is_loopback",
    "warm_up",
]
