"""The `audio-rag` command line."""

from .main import main, run
from .options import parse_weights, parse_when, ranking_kwargs
from .parser import build_parser

__all__ = ["build_parser", "main", "parse_weights", "parse_when", "ranking_kwargs", "run"]
