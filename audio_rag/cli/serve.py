"""`audio-rag serve`: the web page and JSON API over one index (docs/web.md). The web
stack (the `serve` extra) is imported only when the command runs."""

from __future__ import annotations

import os

from ..errors import AudioRAGError, MissingDependencyError
from .options import positive_int

DEFAULT_HOST = "127.0.0.1"  # as audio_rag.server.DEFAULT_HOST; not imported: it loads Starlette
DEFAULT_PORT = 8750
WRITE_WAIT = 10.0
"""Seconds a speaker edit waits for another writer (unless --lock-timeout says)."""


def add_serve_parser(sub, common) -> None:
    """The `serve` command; `common`: a fresh parent parser of the common options."""
    s = sub.add_parser(
        "serve", parents=[common], help="a web page and JSON API to search and listen"
    )
    s.add_argument("--host", default=DEFAULT_HOST, help=f"address to listen on ({DEFAULT_HOST})")
    s.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    s.add_argument(
        "--token",
        default=None,
        help="every page and API call needs this token (default: $AUDIO_RAG_TOKEN); "
        "required to listen on an address other than loopback",
    )
    s.add_argument(
        "--allow-writes", action="store_true", help="allow renaming and merging speakers"
    )
    s.add_argument(
        "--max-upload-mb",
        type=float,
        default=20.0,
        metavar="MB",
        help="largest clip a search by example accepts (default 20)",
    )
    s.add_argument(
        "--max-k", type=positive_int, default=100, help="most hits one search returns (100)"
    )
    s.set_defaults(func=cmd_serve)


def cmd_serve(args) -> int:
    token = args.token if args.token is not None else os.environ.get("AUDIO_RAG_TOKEN")
    if token is not None and not token.strip():
        raise AudioRAGError("the token is empty; give a real one or none")
    try:
        import uvicorn

        from ..server import ServerOptions, check_bind, create_app, is_loopback, warm_up
        from ..server.base import loopback_hosts
    except ImportError as e:
        raise MissingDependencyError(
            f"audio-rag serve needs the web extra ({e.name} is missing): "
            "pip install 'audio-rag[serve]'"
        ) from None
    check_bind(args.host, token)  # before anything loads
    if not args.max_upload_mb > 0:
        raise AudioRAGError(f"--max-upload-mb must be above 0, got {args.max_upload_mb}")
    if getattr(args, "lock_timeout", None) is None:
        args.lock_timeout = WRITE_WAIT
    from .commands import index_of

    rag = index_of(args)  # a missing index is an error; nothing is created
    options = ServerOptions(
        token=token,
        allow_writes=args.allow_writes,
        max_upload_bytes=int(args.max_upload_mb * 1024 * 1024),
        max_k=args.max_k,
        allowed_hosts=loopback_hosts(args.host) if is_loopback(args.host) and not token else None,
    )
    app = create_app(rag, options)
    print(f"loading the models of index {rag.index.name!r} ...", flush=True)
    warm_up(rag)
    where = f"[{args.host}]" if ":" in args.host else args.host
    mode = "read and write" if args.allow_writes else "read-only"
    print(f"serving http://{where}:{args.port}/ ({mode}; Ctrl-C stops)", flush=True)
    try:
        uvicorn.run(
            app, host=args.host, port=args.port, log_level="info" if args.verbose else "warning"
        )
    except KeyboardInterrupt:  # uvicorn shuts down on Ctrl-C, then raises it again
        pass
    print("stopped", flush=True)
    return 0
