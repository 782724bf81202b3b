"""What the web app is told at start (`ServerOptions`), its one error type (`ApiError`,
answered as JSON) and the refusal to listen beyond this machine without a token."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass

from ..errors import AudioRAGError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8750
MAX_UPLOAD_MB = 20.0
"""Largest audio clip `POST /api/search/audio` accepts (MiB)."""
MAX_K = 100
"""Most hits one search returns."""
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


@dataclass(frozen=True)
class ServerOptions:
    """How the web app answers.

    token: when set, every page and API call needs it (`Authorization: Bearer TOKEN`, or
        the cookie the login page sets); None leaves the app open (loopback only).
    allow_writes: the speaker edits (rename, merge) are allowed; otherwise read-only.
    max_upload_bytes: the largest request body of an audio search.
    max_k: the most hits a search may ask for.
    allowed_hosts: the Host header values accepted (None: any). A server on loopback
        without a token accepts only loopback names, so a web page elsewhere cannot
        reach it through a DNS name that points at 127.0.0.1.
    """

    token: str | None = None
    allow_writes: bool = False
    max_upload_bytes: int = int(MAX_UPLOAD_MB * 1024 * 1024)
    max_k: int = MAX_K
    allowed_hosts: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        if self.token is not None and not self.token.strip():
            raise ValueError("the token cannot be empty")
        if self.max_upload_bytes < 1 or self.max_k < 1:
            raise ValueError("max_upload_bytes and max_k must be at least 1")


class ApiError(Exception):
    """An answer other than success: its HTTP status and a message for the user."""

    def __init__(self, status: int, message: str, headers: dict | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers


def is_loopback(host: str) -> bool:
    """Whether `host` (a name or an address to listen on) only reaches this machine."""
    name = host.strip().strip("[]").lower()
    if name in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def check_bind(host: str, token: str | None) -> None:
    """Refuse to listen beyond this machine without a token."""
    if token is None and not is_loopback(host):
        raise AudioRAGError(
            f"refusing to listen on {host} without a token: anyone who can reach it could "
            "read the index and play its audio. Give --token TOKEN (or set AUDIO_RAG_TOKEN), "
            f"or listen on {DEFAULT_HOST} only"
        )


def loopback_hosts(host: str) -> tuple[str, ...]:
    """Host header values of a loopback server (with and without a port)."""
    names = {*LOOPBACK_NAMES, host.strip().strip("[]").lower()}
    return tuple(sorted(f"[{n}]" if ":" in n else n for n in names))
