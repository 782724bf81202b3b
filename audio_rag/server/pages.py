"""The HTML pages: one shell (static/page.html) that the script fills for each page
(search, a source's transcript, speakers, index info), and the login page."""

from __future__ import annotations

import html
from functools import lru_cache
from importlib.resources import files

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from .auth import login_cookie, safe_next, token_matches


def static_dir():
    """The folder of the page's HTML, CSS and script, shipped in the package."""
    return files("audio_rag.server") / "static"


@lru_cache(maxsize=4)
def _html(name: str) -> str:
    return (static_dir() / name).read_text(encoding="utf-8")


async def page(request: Request) -> Response:
    return HTMLResponse(_html("page.html"))


def _login_page(next_path: str, message: str = "", status: int = 200) -> Response:
    body = (
        _html("login.html")
        .replace("{{next}}", html.escape(safe_next(next_path), quote=True))
        .replace("{{message}}", html.escape(message))
    )
    return HTMLResponse(body, status_code=status)


async def login_form(request: Request) -> Response:
    if request.app.state.service.options.token is None:
        return RedirectResponse("/", status_code=303)
    return _login_page(request.query_params.get("next", "/"))


async def login(request: Request) -> Response:
    """Check the token from the form; on success set the session cookie and go on."""
    token = request.app.state.service.options.token
    if token is None:
        return RedirectResponse("/", status_code=303)
    async with request.form(max_files=0, max_fields=4) as form:
        given, target = form.get("token"), form.get("next")
    target = target if isinstance(target, str) else "/"
    if not isinstance(given, str) or not token_matches(given.strip(), token):
        return _login_page(
            target, "Wrong token: it is not the one this server was started with.", status=401
        )
    response = RedirectResponse(safe_next(target), status_code=303)
    login_cookie(response, token, secure=request.url.scheme == "https")
    return response


async def logout(request: Request) -> Response:
    response = RedirectResponse("/login", status_code=303)
    response.delete_cookie("audio_rag_session", path="/")
    return response
