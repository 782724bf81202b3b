"""`audio-rag` command line. Exit codes: 0 ok, 1 some files failed or an error, 2 bad use."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence

from . import __version__
from .errors import AudioRAGError

DEMO_DB = ".audio_rag_demo"
DEMO_QUESTIONS = (
    "How long can a battery farm supply power?",
    "Can old electric car batteries be reused?",
    "What is pumped hydro?",
    "Will hydrogen matter for storing energy?",
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if not args.command:
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:  # e.g. `audio-rag search ... | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(
            "interrupted; finished files are kept, the unfinished one is redone next time",
            file=sys.stderr,
        )
        return 130
    except (AudioRAGError, ValueError) as e:
        print(f"audio-rag: error: {e}", file=sys.stderr)
        return 1


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
    s.add_argument("--speakers", type=int, metavar="N", help="exact number of speakers per file")
    s.add_argument(
        "--min-speakers", type=int, default=1, metavar="N", help="at least N speakers per file"
    )
    s.add_argument(
        "--max-speakers", type=int, default=None, metavar="N", help="at most N speakers per file"
    )
    s.add_argument("--encoder", default=None, help=ENCODER_HELP)
    s.set_defaults(func=cmd_ingest)

    s = sub.add_parser(
        "search", parents=[common_options()], help="search by text or by example audio"
    )
    s.add_argument("query", nargs="?", help="text query")
    s.add_argument("--audio", metavar="FILE", help="query by example: an audio file")
    s.add_argument("-k", type=_positive, default=5, help="number of hits (default 5)")
    s.add_argument("--source", help="only hits from this source (path, file name or source id)")
    s.add_argument(
        "--speaker",
        help="only hits spoken by this speaker (id or enrolled name; see `speakers list`)",
    )
    _ranking_options(s)
    s.add_argument(
        "--start",
        type=_clock,
        help="only units that end after this time (seconds or H:MM:SS; overlapping units count)",
    )
    s.add_argument(
        "--end",
        type=_clock,
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
    s.set_defaults(func=cmd_search)

    s = sub.add_parser(
        "eval",
        parents=[common_options()],
        help="recall@k, MRR, overlap on a labelled question file",
    )
    s.add_argument("questions", metavar="QUESTIONS.json", help="question file (see README)")
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
    s.set_defaults(func=cmd_eval)

    s = sub.add_parser(
        "transcript", parents=[common_options()], help="stored transcript of one source"
    )
    s.add_argument("source", help="the file's path (any spelling) or its source id")
    s.add_argument("--json", action="store_true", help="print a JSON array of units")
    s.set_defaults(func=cmd_transcript)

    s = sub.add_parser("info", parents=[common_options()], help="what an index holds")
    s.add_argument("--json", action="store_true", help="print the summary as JSON")
    s.add_argument(
        "--check", action="store_true", help="check the collections agree (exit 1 if not)"
    )
    s.set_defaults(func=cmd_info)

    s = sub.add_parser("remove", parents=[common_options()], help="remove sources from the index")
    s.add_argument(
        "sources",
        nargs="+",
        metavar="SOURCE",
        help="a source's path (any spelling; the file may be gone) or source id",
    )
    s.set_defaults(func=cmd_remove)

    _speaker_commands(sub)
    _encoder_commands(sub)

    s = sub.add_parser(
        "demo",
        parents=[common_options(db=DEMO_DB)],
        help="ingest the bundled sample and ask it questions",
    )
    s.set_defaults(func=cmd_demo)
    return p


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
    s.set_defaults(func=cmd_reembed)
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
    s.add_argument("--epochs", type=_positive, default=150, help="training passes (default 150)")
    s.add_argument("--dim", type=int, default=128, help="output dimension (default 128)")
    s.add_argument("--lr", type=float, default=1e-3, help="learning rate (default 0.001)")
    s.add_argument("--json", action="store_true", help="print the report as JSON")
    s.set_defaults(func=cmd_train_adapter)


def cmd_reembed(args) -> int:
    rag = _index(args)
    report = rag.reembed(
        args.encoder, hook=lambda event, **i: print(f"  {i['path']}: {i['units']} units")
    )
    print(report.summary())
    return 0


def cmd_train_adapter(args) -> int:
    from dataclasses import asdict

    from .adapter import AdapterOptions

    opts = AdapterOptions(dim=args.dim, loss=args.loss, epochs=args.epochs, lr=args.lr)
    print(f"training an adapter on {args.labelled_dir} ...", file=sys.stderr)
    report = _rag(args).train_adapter(args.labelled_dir, opts)
    print(json.dumps(asdict(report), indent=1) if args.json else report.summary())
    return 0


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
        "-k", type=_positive, default=3, help="number of known voices to list (default 3)"
    )
    a = acts.add_parser(
        "verify",
        parents=[common_options()],
        help="are two recordings the same voice (cosine score of their voice vectors)",
    )
    a.add_argument("a", metavar="FILE_A", help="a recording of one voice")
    a.add_argument("b", metavar="FILE_B", help="a recording of another (or the same) voice")
    sp.set_defaults(func=cmd_speakers)


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
        "(channels: text context keyword audio_text rerank)",
    )
    s.add_argument(
        "--rerank",
        default=None,
        metavar="NAME",
        help="re-rank the top candidates with a cross-encoder: dialogue-minilm (bundled), "
        "a sentence-transformers cross-encoder hub id or folder, or none",
    )


def _ranking_kwargs(args) -> dict:
    kw: dict = {}
    if args.mode:
        kw["mode"] = args.mode
    if args.weights:
        kw["weights"] = parse_weights(args.weights)
    if args.rerank:
        kw["rerank"] = False if args.rerank.lower() == "none" else args.rerank
    return kw


def _positive(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, got {n}")
    return n


def _clock(text: str) -> float:
    """argparse type: seconds or a clock time (`parse_clock`)."""
    from .hits import parse_clock

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


def parse_when(text: str | None) -> float | None:
    """A date (YYYY-MM-DD[THH:MM], local time) or Unix seconds -> Unix seconds."""
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    from datetime import datetime

    try:
        return datetime.fromisoformat(text).timestamp()
    except ValueError:
        raise ValueError(f"bad date {text!r}; use YYYY-MM-DD or Unix seconds") from None


def _rag(args, **kw):
    from .api import AudioRAG
    from .transcribe import TranscribeOptions

    opts = TranscribeOptions(
        language=getattr(args, "language", None), beam_size=getattr(args, "beam_size", 5)
    )
    return AudioRAG(
        args.db,
        args.collection,
        whisper=args.whisper,
        chroma_host=args.chroma_host,
        chroma_port=args.chroma_port,
        transcribe_options=opts,
        lock_timeout=getattr(args, "lock_timeout", None),
        **kw,
    )


def _index(args, **kw):
    """The AudioRAG of a command that needs an existing index: a missing one (a mistyped
    --db or --collection) is an error saying what is there, and nothing is created."""
    rag = _rag(args, **kw)
    rag.require_index()
    return rag


def cmd_ingest(args) -> int:
    from .audio import find_audio_files
    from .progress import IngestProgress

    files = find_audio_files(args.paths)
    if not files:
        raise AudioRAGError("no audio files found in: " + ", ".join(args.paths))
    from .diarize import DiarizeOptions

    bounds = DiarizeOptions(
        num_speakers=args.speakers, min_speakers=args.min_speakers, max_speakers=args.max_speakers
    )
    chosen = {"audio_encoder": args.encoder} if args.encoder else {}  # else the index's
    rag = _rag(args, diarize=not args.no_diarize, diarize_options=bounds, **chosen)
    with IngestProgress(files, enabled=not args.no_progress) as progress:
        report = rag.ingest(files, hook=progress)
    for f in report.files:
        if f.same_as:
            print(
                f"note: {f.path} has the same audio as {f.same_as}, already indexed "
                "(not added again)",
                file=sys.stderr,
            )
    for f in report.failed:
        print(f"failed: {f.error}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed else 0


def cmd_search(args) -> int:
    if (args.query is None) == (args.audio is None):
        print("audio-rag search: give a text QUERY or --audio FILE (not both)", file=sys.stderr)
        return 2
    hits = _index(args).search(
        args.query,
        audio=args.audio,
        k=args.k,
        source=args.source,
        speaker=args.speaker,
        start=args.start,
        end=args.end,
        language=args.language,
        ingested_after=parse_when(args.after),
        ingested_before=parse_when(args.before),
        context=args.context,
        mmr=args.mmr,
        **_ranking_kwargs(args),
    )
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], indent=1))
    else:
        print(format_hits(hits) if hits else "no hits")
    return 0


def cmd_eval(args) -> int:
    from .evaluate import compare, comparison_table, load_questions, standard_variants
    from .progress import question_bar

    try:
        ks = [int(x) for x in args.ks.split(",") if x.strip()]
    except ValueError:
        raise ValueError(f"--ks takes numbers like 1,3,5,10, got {args.ks!r}") from None
    questions = load_questions(args.questions)
    rag = _index(args)
    given = _ranking_kwargs(args)
    variants = {"as given" if given else "defaults": given}
    if args.compare:
        variants.update(standard_variants(rag.search_options))
    with question_bar(len(questions) * len(variants), not args.no_progress) as bar:
        reports = compare(rag, questions, variants, ks, args.min_overlap, bar)
    if args.json:
        dicts = {name: r.to_dict() for name, r in reports.items()}
        print(json.dumps(dicts if args.compare else next(iter(dicts.values())), indent=1))
        return 0
    name, report = next(iter(reports.items()))
    print(comparison_table(reports) if args.compare else report.table())
    if args.misses and args.compare:
        print(f"missed at 1 by {name}:")
    for r in report.results if args.misses else []:
        if r.rank != 1:
            got = f"rank {r.rank}" if r.rank else f"not in top {max(ks)}"
            print(f"  {r.id}: {r.question!r}: {got}; top hit {r.top or '-'}")
    return 0


def cmd_transcript(args) -> int:
    from .hits import fmt_clock

    rag = _index(args)
    sid = rag.resolve_source(args.source)
    units = rag.transcript(sid)
    if args.json:
        print(json.dumps([u.to_dict(scored=False) for u in units], indent=1))
        return 0
    record = rag.store.source(sid) or {}
    print(
        f"{record.get('path', args.source)} ({sid}): {fmt_clock(float(record.get('duration', 0)))}"
        f", {len(units)} units"
    )
    current = object()
    for u in units:
        if u.kind == "speech" and u.speaker != current:
            current = u.speaker
            print(f"\n{_speaker_label(u)}:" if u.speaker else "\n(unknown speaker):")
        body = u.text if u.kind == "speech" else "[sound]"
        print(f"  [{fmt_clock(u.start)} - {fmt_clock(u.end)}] {body}")
    return 0


def _speaker_label(hit) -> str:
    return f"{hit.speaker_name} ({hit.speaker})" if hit.speaker_name else hit.speaker


def cmd_speakers(args) -> int:
    act = args.action
    rag = _rag(args) if act in ("enroll", "verify") else _index(args)
    if act == "list":
        rows = [s.to_dict() for s in rag.speakers()]
        if args.json:
            print(json.dumps(rows, indent=1))
        for r in [] if args.json else rows:
            name = r["name"] or "-"
            n = r["recordings"]
            print(f"{r['id']:>5}  {name:<20} {r['seconds']:8.1f} s  {n} recording{'s' * (n != 1)}")
        if not rows and not args.json:
            print("no speakers yet (ingest recordings, or enroll a voice)")
    elif act == "enroll":
        spk = rag.enroll(args.name, list(args.files))
        print(f"{spk.name} is {spk.id}; units relabelled")
    elif act == "rename":
        spk = rag.rename_speaker(args.speaker, args.name)
        print(f"{spk.id} is now {spk.name}")
    elif act == "merge":
        spk = rag.merge_speakers(args.keep, args.drop)
        print(f"merged into {spk.id}" + (f" ({spk.name})" if spk.name else ""))
    elif act == "identify":
        for spk, score in rag.identify(args.file, k=args.k):
            print(f"{score:.3f}  {spk.id}  {spk.name or '-'}")
    elif act == "verify":
        from .speakers import VERIFY_THRESHOLD

        score, same = rag.verify(args.a, args.b)
        verdict = "same speaker" if same else "different speakers"
        print(f"{score:.3f}  {verdict} (same from {VERIFY_THRESHOLD:.2f})")
    return 0


def cmd_remove(args) -> int:
    rag = _index(args)
    failed = 0
    for source in args.sources:
        try:
            sid = rag.remove(source)
        except AudioRAGError as e:
            print(f"audio-rag: error: {e}", file=sys.stderr)
            failed += 1
            continue
        print(f"removed {source} ({sid})")
    return 1 if failed else 0


def cmd_check(rag) -> int:
    from .integrity import index_problems

    problems = index_problems(rag.store)
    for p in problems:
        print(f"problem: {p}")
    print(f"index {rag.store.name!r}: " + ("consistent" if not problems else "INCONSISTENT"))
    return 1 if problems else 0


def cmd_info(args) -> int:
    rag = _index(args)
    if args.check:
        return cmd_check(rag)
    info = rag.info()
    if args.json:
        print(json.dumps(info, indent=1))
        return 0
    m = info["models"]
    print(
        f"index {info['collection']!r}: {info['sources']} sources, "
        f"{info['audio_seconds'] / 60:.1f} min of audio, {info['units']} units "
        f"({info['speech_units']} with speech)"
    )
    print(
        f"text model: {m['text_model']} ({m['text_dim']}-d); "
        f"audio encoder: {m['audio_model']} ({m['audio_dim']}-d)"
    )
    names = [sp["name"] or sp["id"] for sp in info["speakers"]]
    print(f"speakers: {', '.join(names) if names else 'none'}")
    for r in info["source_list"]:
        print(f"  {r['source_id']}  {r['duration']:8.1f} s  {r['units']:5d} units  {r['path']}")
    return 0


def cmd_demo(args) -> int:
    from importlib.resources import files

    from .answer import extractive_answer, reply_to

    data = files("audio_rag") / "data"
    sample = str(data / "sample_podcast.mp3")
    print(f"ingesting the bundled sample {sample} into {args.db} ...")
    rag = _rag(args)
    print(rag.ingest([sample]).summary())
    for name in ("Alan", "Sara", "Rob"):  # short recordings of each voice, not from the sample
        spk = rag.enroll(name, [str(data / "voices" / f"{name.lower()}.mp3")])
        print(f"enrolled {name} from an example recording: speaker {spk.id}")
    units = rag.store.speech_units(rag.resolve_source(sample))
    for q in DEMO_QUESTIONS:
        print(f"\nQ: {q}")
        print(extractive_answer(q, rag.search(q, k=3), reply=lambda h: reply_to(h, units)))
    return 0


def format_hits(hits) -> str:
    from .hits import fmt_clock

    lines = []
    for i, h in enumerate(hits, 1):
        body = h.text if h.text else f"[{h.kind}]"
        who = f" {h.who}:" if h.who and "\n" not in body else ""  # expanded: names inline
        lines.append(f"{i}. {h.score:.3f} [{fmt_clock(h.start)}-{fmt_clock(h.end)}]{who} {body}")
        lines.append(f"   {h.uri}")
        if len(h.ranks) > 1:
            ranks = ", ".join(
                f"{c} #{r['rank']} ({r['score']:.3g})" for c, r in sorted(h.ranks.items())
            )
            lines.append(f"   ranks: {ranks}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
