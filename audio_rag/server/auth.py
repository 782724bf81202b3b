"""Who may ask: the Host header a loopback server accepts, and the token (a bearer
header, or the cookie the login page sets). Tokens are compared in constant time; the
cookie holds a keyed hash of the token, not the token, and is HttpOnly and SameSite=Strict."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote

from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .base import ServerOptions

COOKIE = "audio_rag_session"
OPEN_PATHS = ("/login", "/logout", "/static/")
"""Reachable without the token: the login page and its style and script."""
SECURITY_HEADERS = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "content-security-policy": "default-src 'self'; img-src 'self' data:; "
    "media-src 'self' blob:; frame-ancestors 'none'; form-action 'self'",
}
"""On every answer: the page runs only its own script and style, in no other site's frame."""


def session_value(token: str) -> str:
    """What the login cookie holds: a keyed hash of the token."""
    return hmac.new(token.encode(), b"audio-rag web session", hashlib.sha256).hexdigest()


def token_matches(given: str | None, expected: str) -> bool:
    return given is not None and hmac.compare_digest(given.encode(), expected.encode())


def host_name(header: str) -> str:
    """The name in a Host header, without the port ("[::1]:8750" -> "[::1]")."""
    header = header.strip().lower()
    if header.startswith("["):
        return header.split("]", 1)[0] + "]"
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class Gate:
    """ASGI middleware: refuses an unknown Host, then (with a token) any request that does
    not carry the token. The API answers 401 as JSON; a page redirects to the login page."""

    def __init__(self, app: ASGIApp, options: ServerOptions) -> None:
        self.app, self.options = app, options
        self.hosts = {h.lower() for h in options.allowed_hosts or ()}
        self.session = session_value(options.token) if options.token else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def secured(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers.setdefault(name, value)
            await send(message)

        refusal = self._refusal(Request(scope))
        if refusal is not None:
            await refusal(scope, receive, secured)
            return
        await self.app(scope, receive, secured)

    def _refusal(self, request: Request) -> Response | None:
        if self.hosts and host_name(request.headers.get("host", "")) not in self.hosts:
            return JSONResponse(
                {"error": "this server answers only to its own address (Host header refused)"},
                status_code=421,
            )
        token = self.options.token
        path = request.url.path
        if token is None or path.startswith(OPEN_PATHS) or self._authorised(request, token):
            return None
        if path.startswith("/api/"):
            given = request.headers.get("authorization") or request.cookies.get(COOKIE)
            why = "wrong token" if given else "this server needs a token"
            return JSONResponse(
                {"error": f"{why}: send 'Authorization: Bearer TOKEN', or log in at /login"},
                status_code=401,
                headers={"www-authenticate": 'Bearer realm="audio-rag"'},
            )
        target = path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)

    def _authorised(self, request: Request, token: str) -> bool:
        scheme, _, given = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and token_matches(given.strip(), token):
            return True
        return token_matches(request.cookies.get(COOKIE), self.session or "")


def safe_next(target: str | None) -> str:
    """Where to go after logging in: a path on this server only (no other site)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return "/"
    return target


def login_cookie(response: Response, token: str, secure: bool) -> None:
    response.set_cookie(
        COOKIE, session_value(token), httponly=True, samesite="strict", secure=secure, path="/"
    )
