"""The `audio-rag` commands: each takes parsed arguments and returns an exit code (0 ok,
1 some files failed or an error; bad usage, 2, is argparse's). Heavy modules are
imported inside the commands, so `audio-rag --help` and reading commands start fast."""

from __future__ import annotations

import json
import sys

from ..errors import AudioRAGError
from .options import parse_when, ranking_kwargs
from .output import format_hits, speaker_label

DEMO_QUESTIONS = (
    "How long can a battery farm supply power?",
    "Can old electric car batteries be reused?",
    "What is pumped hydro?",
    "Will hydrogen matter for storing energy?",
)


def open_rag(args, ingest=None, audio_encoder=None):
    """The AudioRAG the arguments name (`ingest`: IngestOptions of an ingest)."""
    from ..api import AudioRAG

    return AudioRAG(
        args.db,
        args.collection,
        whisper=args.whisper,
        audio_encoder=audio_encoder,
        chroma_host=args.chroma_host,
        chroma_port=args.chroma_port,
        ingest=ingest,
        lock_timeout=getattr(args, "lock_timeout", None),
        device=getattr(args, "device", "auto"),
        compute_type=getattr(args, "compute_type", None),
    )


def rag_of(args, **kw):
    """The AudioRAG of a command (`args.make_rag`, `open_rag` unless a test set another)."""
    return getattr(args, "make_rag", open_rag)(args, **kw)


def index_of(args, **kw):
    """The AudioRAG of a command that needs an existing index: a missing one (a mistyped
    --db or --collection) is an error saying what is there, and nothing is created."""
    rag = rag_of(args, **kw)
    rag.require_index()
    return rag


def cmd_ingest(args) -> int:
    from ..asr import TranscribeOptions
    from ..audio import find_audio_files
    from ..ingest import IngestOptions
    from ..speakers import DiarizeOptions
    from .progress import IngestProgress

    files = find_audio_files(args.paths)
    if not files:
        raise AudioRAGError("no audio files found in: " + ", ".join(args.paths))
    options = IngestOptions(
        transcribe=TranscribeOptions(language=args.language, beam_size=args.beam_size),
        diarize=not args.no_diarize,
        batch_files=args.batch_files,
        diarization=DiarizeOptions(
            num_speakers=args.speakers,
            min_speakers=args.min_speakers,
            max_speakers=args.max_speakers,
        ),
    )
    rag = rag_of(args, ingest=options, audio_encoder=args.encoder)  # None: the index's
    with IngestProgress(files, enabled=not args.no_progress) as progress:
        ray, actors = getattr(args, "ray", None), getattr(args, "actors", None)
        report = rag.ingest(files, hook=progress, ray=ray, actors=actors)
    for f in report.files:
        if f.same_as:
            print(
                f"note: {f.path} has the same audio as {f.same_as}, already indexed "
                "(not added again)",
                file=sys.stderr,
            )
    for f in report.files:
        if f.note:
            print(f"note: {f.path}: {f.note}", file=sys.stderr)
    for f in report.failed:
        print(f"failed: {f.error}", file=sys.stderr)
    print(report.summary())
    return 1 if report.failed else 0


def cmd_search(args) -> int:
    if (args.query is None) == (args.audio is None):
        print("audio-rag search: give a text QUERY or --audio FILE (not both)", file=sys.stderr)
        return 2
    hits = index_of(args).search(
        args.query,
        audio=args.audio,
        k=args.k,
        source=args.source,
        speaker=args.speaker,
        start=args.start,
        end=args.end,
        language=args.language,
        ingested_after=parse_when(args.after),
        ingested_before=parse_when(args.before, end_of_day=True),
        context=args.context,
        mmr=args.mmr,
        **ranking_kwargs(args),
    )
    if args.json:
        print(json.dumps([h.to_dict() for h in hits], indent=1))
    else:
        print(format_hits(hits) if hits else "no hits")
    return 0


def cmd_eval(args) -> int:
    from ..evaluation import compare, comparison_table, load_questions, standard_variants
    from .progress import question_bar

    try:
        ks = [int(x) for x in args.ks.split(",") if x.strip()]
    except ValueError:
        raise ValueError(f"--ks takes numbers like 1,3,5,10, got {args.ks!r}") from None
    questions = load_questions(args.questions)
    rag = index_of(args)
    given = ranking_kwargs(args)
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
    from ..types import fmt_clock

    rag = index_of(args)
    sid = rag.resolve_source(args.source)
    units = rag.transcript(sid)
    if args.json:
        print(json.dumps([u.to_dict(scored=False) for u in units], indent=1))
        return 0
    record = rag.index.sources.get(sid) or {}
    print(
        f"{record.get('path', args.source)} ({sid}): {fmt_clock(float(record.get('duration', 0)))}"
        f", {len(units)} units"
    )
    current = object()
    for u in units:
        if u.kind == "speech" and u.speaker != current:
            current = u.speaker
            print(f"\n{speaker_label(u)}:" if u.speaker else "\n(unknown speaker):")
        body = u.text or ("[speech, no transcript]" if u.kind == "speech" else "[sound]")
        print(f"  [{fmt_clock(u.start)} - {fmt_clock(u.end)}] {body}")
    return 0


def cmd_remove(args) -> int:
    rag = index_of(args)
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
    from ..store import index_problems

    problems = index_problems(rag.index)
    for p in problems:
        print(f"problem: {p}")
    print(f"index {rag.index.name!r}: " + ("consistent" if not problems else "INCONSISTENT"))
    return 1 if problems else 0


def cmd_info(args) -> int:
    rag = index_of(args)
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
        f"({info['speech_units']} transcribed)"
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
    from .._util.assets import asset
    from ..search import extractive_answer, reply_to

    sample = str(asset("sample_podcast.mp3"))
    print(f"ingesting the bundled sample {sample} into {args.db} ...")
    rag = rag_of(args)
    print(rag.ingest([sample]).summary())
    for name in ("Alan", "Sara", "Rob"):  # short recordings of each voice, not from the sample
        spk = rag.enroll(name, [str(asset(f"voices/{name.lower()}.mp3"))])
        print(f"enrolled {name} from an example recording: speaker {spk.id}")
    units = rag.index.units.of_source(rag.resolve_source(sample), speech_only=True)
    for q in DEMO_QUESTIONS:
        print(f"\nQ: {q}")
        print(extractive_answer(q, rag.search(q, k=3), reply=lambda h: reply_to(h, units)))
    return 0


def cmd_reembed(args) -> int:
    rag = index_of(args)
    report = rag.reembed(
        args.encoder, hook=lambda event, **i: print(f"  {i['path']}: {i['units']} units")
    )
    print(report.summary())
    return 0


def cmd_train_adapter(args) -> int:
    from dataclasses import asdict

    from ..encoders import AdapterOptions

    opts = AdapterOptions(dim=args.dim, loss=args.loss, epochs=args.epochs, lr=args.lr)
    print(f"training an adapter on {args.labelled_dir} ...", file=sys.stderr)
    report = rag_of(args).train_adapter(args.labelled_dir, opts)
    print(json.dumps(asdict(report), indent=1) if args.json else report.summary())
    return 0
