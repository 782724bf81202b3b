"""Serving a file with HTTP Range requests (RFC 9110, one range), so that audio players
can seek: `206 Partial Content` with `Content-Range`, `416` for a range past the end."""

from __future__ import annotations

from collections.abc import Iterator
from email.utils import formatdate
from pathlib import Path

from starlette.responses import Response, StreamingResponse

from .base import ApiError

CHUNK = 256 * 1024


class RangeNotSatisfiable(ApiError):
    def __init__(self, size: int, header: str) -> None:
        super().__init__(
            416,
            f"range {header!r} is outside the file ({size} bytes)",
            {"content-range": f"bytes */{size}", "accept-ranges": "bytes"},
        )


def parse_range(header: str | None, size: int) -> tuple[int, int] | None:
    """(first byte, last byte + 1) that a `Range` header asks of a `size`-byte file, or
    None for the whole file: no header, another unit, several ranges or a malformed one
    (a server may ignore those). Raises `RangeNotSatisfiable` for a range that starts
    past the end."""
    if not header:
        return None
    unit, _, spec = header.partition("=")
    if unit.strip().lower() != "bytes" or "," in spec:
        return None
    first, dash, last = spec.strip().partition("-")
    first, last = first.strip(), last.strip()
    digits = all(not x or x.isdigit() for x in (first, last))
    if not dash or not digits or not (first or last):
        return None
    if not first:  # the last N bytes
        n = int(last)
        if n == 0:
            raise RangeNotSatisfiable(size, header)
        return max(size - n, 0), size
    start = int(first)
    end = min(int(last) + 1, size) if last.isdigit() else size
    if last.isdigit() and int(last) < start:
        return None  # invalid: ignored
    if start >= size:
        raise RangeNotSatisfiable(size, header)
    return start, end


def file_response(path: Path, media_type: str, range_header: str | None) -> Response:
    """The file, or the part of it the `Range` header asks for."""
    st = path.stat()
    size = st.st_size
    headers = {
        "accept-ranges": "bytes",
        "last-modified": formatdate(st.st_mtime, usegmt=True),
        "cache-control": "no-cache",
    }
    part = parse_range(range_header, size)
    start, end = part or (0, size)
    headers["content-length"] = str(end - start)
    if part is not None:
        headers["content-range"] = f"bytes {start}-{end - 1}/{size}"
    return StreamingResponse(
        _read(path, start, end),
        status_code=206 if part is not None else 200,
        headers=headers,
        media_type=media_type,
    )


def _read(path: Path, start: int, end: int) -> Iterator[bytes]:
    """Bytes [start, end) of the file in chunks (Starlette runs this in a worker thread)."""
    with open(path, "rb") as f:
        f.seek(start)
        left = end - start
        while left > 0:
            block = f.read(min(CHUNK, left))
            if not block:
                break
            left -= len(block)
            yield block
