"""Option values of the command line: argparse types, ranking options, dates."""

from __future__ import annotations

import argparse

from ..types import parse_clock


def ranking_kwargs(args) -> dict:
    kw: dict = {}
    if args.mode:
        kw["mode"] = args.mode
    if args.weights:
        kw["weights"] = parse_weights(args.weights)
    if args.rerank:
        kw["rerank"] = False if args.rerank.lower() == "none" else args.rerank
    return kw


def positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def clock_time(text: str) -> float:
    """argparse type: seconds or a clock time (`parse_clock`)."""
    try:
        return parse_clock(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def parse_weights(text: str) -> dict[str, float]:
    """ "text=2,keyword=1" -> {"text": 2.0, "keyword": 1.0}."""
    out = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, sep, value = part.partition("=")
        try:
            out[name.strip()] = float(value)
        except ValueError:
            raise ValueError(f"bad channel weight {part!r}; write e.g. text=2,keyword=1") from None
        if not sep:
            raise ValueError(f"bad channel weight {part!r}; write e.g. text=2,keyword=1")
    return out


def parse_when(text: str | None, end_of_day: bool = False) -> float | None:
    """A date (YYYY-MM-DD[THH:MM], local time) or Unix seconds -> Unix seconds. A bare
    date is its midnight, or with `end_of_day` the last moment of that day (so
    "ingested on or before 2026-11-30" includes that whole day)."""
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    from datetime import datetime, timedelta

    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        raise ValueError(f"bad date {text!r}; use YYYY-MM-DD or Unix seconds") from None
    if end_of_day and "T" not in text and " " not in text.strip():
        when += timedelta(days=1, microseconds=-1)
    return when.timestamp()
