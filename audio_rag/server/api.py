"""The JSON API's endpoints (described in openapi.json beside this file). Each checks
its input, hands the work to the `Service` in a worker thread and answers JSON."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import Message, Receive

from .base import ApiError
from .params import search_params
from .ranges import file_response
from .service import Service

FORM_SLACK = 64 * 1024
"""Bytes of a multipart body beyond the clip itself (boundaries, headers, small fields)."""
MAX_JSON_BYTES = 64 * 1024


def service(request: Request) -> Service:
    return request.app.state.service


async def search(request: Request) -> Response:
    svc = service(request)
    params = search_params(request.query_params, svc.options.max_k)
    return JSONResponse(await run_in_threadpool(svc.search, params))


async def search_audio(request: Request) -> Response:
    """A search by example: a multipart form with the clip in `file`; `k` and the
    filters as form fields or in the query string."""
    svc = service(request)
    limit = svc.options.max_upload_bytes
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + FORM_SLACK:
        raise _too_large(limit)
    if not request.headers.get("content-type", "").startswith("multipart/form-data"):
        raise ApiError(415, "send the clip as multipart/form-data, in a field named 'file'")
    capped = Request(request.scope, _capped(request.receive, limit + FORM_SLACK, limit))
    async with capped.form(max_files=1, max_fields=20) as form:
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise ApiError(400, "no clip: send the audio file in a form field named 'file'")
        clip = await upload.read(limit + 1)
        fields = {k: v for k, v in form.multi_items() if k != "file" and isinstance(v, str)}
    if len(clip) > limit:
        raise _too_large(limit)
    if not clip:
        raise ApiError(400, "the uploaded clip is empty")
    params = search_params({**request.query_params, **fields}, svc.options.max_k, text=False)
    return JSONResponse(await run_in_threadpool(svc.search_audio, clip, params))


def _too_large(limit: int) -> ApiError:
    size = f"{limit / 2**20:.1f} MiB" if limit >= 2**20 else f"{limit / 1024:.0f} KiB"
    return ApiError(413, f"the clip is larger than the limit of {size}")


def _capped(receive: Receive, most: int, limit: int) -> Receive:
    """`receive` that refuses a request body longer than `most` bytes (413)."""
    seen = 0

    async def capped() -> Message:
        nonlocal seen
        message = await receive()
        seen += len(message.get("body", b""))
        if seen > most:
            raise _too_large(limit)
        return message

    return capped


async def sources(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(service(request).sources))


async def transcript(request: Request) -> Response:
    sid = request.path_params["source_id"]
    return JSONResponse(await run_in_threadpool(service(request).transcript, sid))


async def speakers(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(service(request).speakers))


async def info(request: Request) -> Response:
    return JSONResponse(await run_in_threadpool(service(request).info))


async def audio(request: Request) -> Response:
    """The indexed file of a source, whole or the byte range asked for (206)."""
    svc = service(request)
    path, media_type = await run_in_threadpool(svc.audio_file, request.path_params["source_id"])
    return file_response(path, media_type, request.headers.get("range"))


async def rename_speaker(request: Request) -> Response:
    svc = service(request)
    svc.require_writes()
    name = _field(await _json_body(request), "name")
    spk = await run_in_threadpool(svc.rename, request.path_params["speaker"], name)
    return JSONResponse(spk)


async def merge_speakers(request: Request) -> Response:
    svc = service(request)
    svc.require_writes()
    body = await _json_body(request)
    spk = await run_in_threadpool(svc.merge, _field(body, "keep"), _field(body, "drop"))
    return JSONResponse(spk)


async def _json_body(request: Request) -> dict:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        raise ApiError(415, "send a JSON object (Content-Type: application/json)")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_JSON_BYTES:
            raise ApiError(413, f"the JSON body is larger than {MAX_JSON_BYTES} bytes")
    try:
        data = json.loads(body)
    except ValueError as e:
        raise ApiError(400, f"the body is not valid JSON: {e}") from None
    if not isinstance(data, dict):
        raise ApiError(400, "the body must be a JSON object")
    return data


def _field(body: dict, name: str) -> str:
    value = body.get(name)
    if not isinstance(value, str) or not value.strip():
        raise ApiError(400, f"give {name!r} as a non-empty string")
    return value


@lru_cache(maxsize=1)
def _openapi() -> dict:
    return json.loads((files("audio_rag.server") / "openapi.json").read_text(encoding="utf-8"))


async def openapi(request: Request) -> Response:
    return JSONResponse(_openapi())
