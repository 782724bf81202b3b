"""The `audio-rag` argument parser: one function per group of commands, the option
types, and the parsing of ranking options."""

from __future__ import annotations

import argparse
import os

from .. import __version__, config
from . import commands, serve, speakers
from .options import clock_time, positive_int

DEMO_DB = ".audio_rag_demo"


def common_options(db: str | None = None) -> argparse.ArgumentParser:
    """The options every command takes, as a fresh parent parser (argparse shares a
    parent's option objects between its children, so each command gets its own)."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--db",
        default=db or os.environ.get("AUDIO_RAG_DB", "audio_rag_db"),
        help=f"index folder (default: ./{db})"
        if db
        else "embedded Chroma folder (default: $AUDIO_RAG_DB or ./audio_rag_db)",
    )
    common.add_argument("--collection", default="audio_rag", help="index name (default: audio_rag)")
    common.add_argument(
        "--whisper",
        default=None,
        help="Whisper model: size, hub id or local folder "
        "(default: the index's, else bundled tiny.en)",
    )
    common.add_argument("--chroma-host", default=None, help="use a Chroma server instead of --db")
    common.add_argument(
        "--chroma-port", type=int, default=8000, help="the Chroma server's port (default 8000)"
    )
    common.add_argument(
        "--lock-timeout",
        type=float,
        default=None,
        metavar="S",
        help="while another process writes the index, wait at most S seconds "
        "(default: wait until it is done)",
    )
    common.add_argument(
        "--device",
        default="auto",
        metavar="auto|cpu|cuda",
        help="where the models run (default auto: a CUDA GPU when one is usable, else the CPU)",
    )
    common.add_argument(
        "--compute-type",
        default=None,
        metavar="TYPE",
        help="Whisper's CTranslate2 type: int8, float16, int8_float16, ... "
        "(default: float16 on a GPU, int8 on the CPU)",
    )
    common.add_argument("-v", "--verbose", action="store_true", help="log progress details")
    return common


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="audio-rag",
        description="Search audio with time-coded "
        "citations: ingest recordings, then search by text or example.",
    )
    p.add_argument("--version", action="version", version=f"audio-rag {__version__}")
    p.set_defaults(command=None, verbose=False)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    _ingest_parser(sub)
    _search_parser(sub)
    _eval_parser(sub)
    _index_parsers(sub)
    _speaker_commands(sub)
    _encoder_commands(sub)
    serve.add_serve_parser(sub, common_options())

    s = sub.add_parser(
        "demo",
        parents=[common_options(db=DEMO_DB)],
        help="ingest the bundled sample and ask it questions",
    )
    s.set_defaults(func=commands.cmd_demo)
    return p


def _ingest_parser(sub) -> None:
    s = sub.add_parser(
        "ingest", parents=[common_options()], help="ingest files and folders (recursive)"
    )
    s.add_argument(
        "paths", nargs="+", metavar="PATH", help="audio files, or folders searched recursively"
    )
    s.add_argument("--language", default=None, help="spoken language code (default: detect)")
    s.add_argument(
        "--beam-size",
        type=int,
        default=5,
        help="decoding beam (default 5; 1 = greedy, faster, less accurate)",
    )
    s.add_argument("--no-progress", action="store_true", help="no progress bar")
    s.add_argument("--no-diarize", action="store_true", help="no speaker labels (faster)")
    s.add_argument(
        "--batch-files",
        type=positive_int,
        default=config.BATCH_FILES,
        metavar="N",
        help=f"write up to N files together (default {config.BATCH_FILES}; 1: each at once)",
    )
    s.add_argument("--speakers", type=int, metavar="N", help="exact number of speakers per file")
    s.add_argument(
        "--min-speakers", type=int, default=1, metavar="N", help="at least N speakers per file"
    )
    s.add_argument(
        "--max-speakers", type=int, default=None, metavar="N", help="at most N speakers per file"
    )
    s.add_argument("--encoder", default=None, help=ENCODER_HELP)
    s.add_argument(
        "--ray",
        nargs="?",
        const=True,
        default=None,
        metavar="ADDRESS",
        help="fan the files out to Ray workers: a cluster's address, or none for a local Ray "
        "(the ray extra; docs/distributed.md)",
    )
    s.add_argument(
        "--actors",
        type=positive_int,
        default=None,
        metavar="N",
        help="Ray workers (default: one per GPU, else one per CPU)",
    )
    s.set_defaults(func=commands.cmd_ingest)


def _search_parser(sub) -> None:
    s = sub.add_parser(
        "search", parents=[common_options()], help="search by text or by example audio"
    )
    s.add_argument("query", nargs="?", help="text query")
    s.add_argument("--audio", metavar="FILE", help="query by example: an audio file")
    s.add_argument("-k", type=positive_int, default=5, help="number of hits (default 5)")
    s.add_argument("--source", help="only hits from this source (path, file name or source id)")
    s.add_argument(
        "--speaker",
        help="only hits spoken by this speaker (id or enrolled name; see `speakers list`)",
    )
    _ranking_options(s)
    s.add_argument(
        "--start",
        type=clock_time,
        help="only units that end after this time (seconds or H:MM:SS; overlapping units count)",
    )
    s.add_argument(
        "--end",
        type=clock_time,
        help="only units that start before this time (seconds or H:MM:SS)",
    )
    s.add_argument("--language", help="only units in this language (code, e.g. en)")
    s.add_argument("--after", help="only sources ingested on/after (YYYY-MM-DD or Unix time)")
    s.add_argument("--before", help="only sources ingested on/before (YYYY-MM-DD or Unix time)")
    s.add_argument(
        "--context", type=int, default=0, metavar="N", help="grow each hit by N units each side"
    )
    s.add_argument(
        "--mmr",
        nargs="?",
        type=float,
        const=True,
        default=None,
        metavar="LAMBDA",
        help="diversify hits (maximal marginal relevance; LAMBDA in [0, 1], default 0.7)",
    )
    s.add_argument("--json", action="store_true", help="print a JSON array of hits")
    s.set_defaults(func=commands.cmd_search, reads_only=True)


def _eval_parser(sub) -> None:
    s = sub.add_parser(
        "eval",
        parents=[common_options()],
        help="recall@k, MRR, overlap on a labelled question file",
    )
    s.add_argument(
        "questions", metavar="QUESTIONS.json", help="question file (format: docs/evaluation.md)"
    )
    _ranking_options(s)
    s.add_argument("--ks", default="1,3,5,10", help="cut-offs for recall@k (default 1,3,5,10)")
    s.add_argument(
        "--min-overlap",
        type=float,
        default=0.5,
        help="how much of the shorter of hit and answer span the two must share (default 0.5)",
    )
    s.add_argument("--misses", action="store_true", help="list questions not answered at 1")
    s.add_argument(
        "--compare",
        action="store_true",
        help="also run the defaults without the reranker, without context vectors, "
        "and transcript vectors or keywords alone: one row each",
    )
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.add_argument("--no-progress", action="store_true", help="no progress bar")
    s.set_defaults(func=commands.cmd_eval)


def _index_parsers(sub) -> None:
    s = sub.add_parser(
        "transcript", parents=[common_options()], help="stored transcript of one source"
    )
    s.add_argument("source", help="the file's path (any spelling) or its source id")
    s.add_argument("--json", action="store_true", help="print a JSON array of units")
    s.set_defaults(func=commands.cmd_transcript, reads_only=True)

    s = sub.add_parser("info", parents=[common_options()], help="what an index holds")
    s.add_argument("--json", action="store_true", help="print the summary as JSON")
    s.add_argument(
        "--check", action="store_true", help="check the collections agree (exit 1 if not)"
    )
    s.set_defaults(func=commands.cmd_info, reads_only=True)

    s = sub.add_parser("remove", parents=[common_options()], help="remove sources from the index")
    s.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a source's path (any spelling; the file may be gone) or source id",
    )
    s.set_defaults(func=commands.cmd_remove)


ENCODER_HELP = (
    "audio encoder: whisper-encoder[:SIZE] (default), whisper:HUB_ID, wav2vec2:|hubert:|wavlm:"
    "HUB_ID_OR_FOLDER[;layer=N], clap[:HUB_ID] (text-to-audio), ast:HUB_ID; options "
    ";pooling=mean|max|stats (default: the index's)"
)


def _encoder_commands(sub) -> None:
    s = sub.add_parser(
        "reembed", parents=[common_options()], help="switch the index to another audio encoder"
    )
    s.add_argument("--encoder", required=True, help=ENCODER_HELP)
    s.set_defaults(func=commands.cmd_reembed)
    s = sub.add_parser(
        "train-adapter",
        parents=[common_options()],
        help="train a domain adapter on labelled audio (one subfolder per class)",
    )
    s.add_argument(
        "labelled_dir",
        metavar="LABELLED_DIR",
        help="a folder with one subfolder of audio per class",
    )
    s.add_argument(
        "--loss",
        choices=["supcon", "triplet"],
        default="supcon",
        help="supervised contrastive (default) or triplet loss",
    )
    s.add_argument("--epochs", type=positive_int, default=150, help="training passes (default 150)")
    s.add_argument("--dim", type=int, default=128, help="output dimension (default 128)")
    s.add_argument("--lr", type=float, default=1e-3, help="learning rate (default 0.001)")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.set_defaults(func=commands.cmd_train_adapter)


def _speaker_commands(sub) -> None:
    sp = sub.add_parser(
        "speakers", help="known voices: list, enroll, rename, merge, identify, verify"
    )
    acts = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = acts.add_parser("list", parents=[common_options()], help="speakers of the index")
    a.add_argument("--json", action="store_true", help="print the speakers as JSON")
    a = acts.add_parser(
        "enroll", parents=[common_options()], help="name a voice from example recordings"
    )
    a.add_argument("name", help="the person's name")
    a.add_argument(
        "files", nargs="+", metavar="FILE", help="recordings of that person alone (a few seconds)"
    )
    a = acts.add_parser("rename", parents=[common_options()], help="name or rename a speaker")
    a.add_argument("speaker", help="speaker id or current name")
    a.add_argument("name", help="the new name")
    a = acts.add_parser("merge", parents=[common_options()], help="two ids are the same person")
    a.add_argument("keep", help="speaker id or name that stays")
    a.add_argument("drop", help="speaker id or name merged into it")
    a = acts.add_parser(
        "identify", parents=[common_options()], help="who is speaking in a recording"
    )
    a.add_argument("file", help="a recording of one voice")
    a.add_argument(
        "-k", type=positive_int, default=3, help="number of known voices to list (default 3)"
    )
    a = acts.add_parser(
        "verify",
        parents=[common_options()],
        help="are two recordings the same voice (cosine score of their voice vectors)",
    )
    a.add_argument("a", metavar="FILE_A", help="a recording of one voice")
    a.add_argument("b", metavar="FILE_B", help="a recording of another (or the same) voice")
    sp.set_defaults(func=speakers.cmd_speakers)


def _ranking_options(s) -> None:
    s.add_argument(
        "--mode",
        choices=["hybrid", "dense", "keyword"],
        default=None,
        help="text ranking (default hybrid: transcript and context vectors + BM25, RRF)",
    )
    s.add_argument(
        "--weights",
        default=None,
        metavar="CH=W,...",
        help="RRF channel weights, e.g. text=2,keyword=1 "
        "(channels: text context keyword phrase audio_text name rerank; "
        "others keep their defaults)",
    )
    s.add_argument(
        "--rerank",
        default=None,
        metavar="NAME",
        help="re-rank the top candidates with a cross-encoder: dialogue-minilm (bundled), "
        "a sentence-transformers cross-encoder hub id or folder, or none",
    )
