"""`audio-rag speakers ACTION`: list, enroll, rename, merge, identify, verify."""

from __future__ import annotations

import json

from .commands import index_of, rag_of


def cmd_speakers(args) -> int:
    act = args.action
    rag = rag_of(args) if act in ("enroll", "verify") else index_of(args)
    ACTIONS[act](rag, args)
    return 0


def _list(rag, args) -> None:
    rows = [s.to_dict() for s in rag.speakers()]
    if args.json:
        print(json.dumps(rows, indent=1))
        return
    for r in rows:
        name, n = r["name"] or "-", r["recordings"]
        print(f"{r['id']:>5}  {name:<20} {r['seconds']:8.1f} s  {n} recording{'s' * (n != 1)}")
    if not rows:
        print("no speakers yet (ingest recordings, or enroll a voice)")


def _enroll(rag, args) -> None:
    spk = rag.enroll(args.name, list(args.files))
    print(f"{spk.name} is {spk.id}; units relabelled")


def _rename(rag, args) -> None:
    spk = rag.rename_speaker(args.speaker, args.name)
    print(f"{spk.id} is now {spk.name}")


def _merge(rag, args) -> None:
    spk = rag.merge_speakers(args.keep, args.drop)
    print(f"merged into {spk.id}" + (f" ({spk.name})" if spk.name else ""))


def _identify(rag, args) -> None:
    for spk, score in rag.identify(args.file, k=args.k):
        print(f"{score:.3f}  {spk.id}  {spk.name or '-'}")


def _verify(rag, args) -> None:
    score, same = rag.verify(args.a, args.b)
    verdict = "same speaker" if same else "different speakers"
    threshold = rag.ingest_options.diarization.same_voice
    print(f"{score:.3f}  {verdict} (same from {threshold:.2f})")


ACTIONS = {
    "list": _list,
    "enroll": _enroll,
    "rename": _rename,
    "merge": _merge,
    "identify": _identify,
    "verify": _verify,
}
