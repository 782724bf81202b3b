"""Consistency checks of an index: what must hold between its collections at rest.

Used by the tests (after crashes, interrupts, concurrent writers) and available to
users who want to check an index. Pure reads; nothing is repaired here (re-running the
ingest repairs an unfinished source; `AudioRAG.remove` removes one).
"""

from __future__ import annotations

from collections import Counter

from .records import AUDIO, TEXT, source_of


def index_problems(index) -> list[str]:
    """Every broken invariant of `index` (an `Index`) as a sentence; [] when consistent.

    Invariants: unit ids are `SOURCEID-STARTMS-ENDMS` of their own metadata; every
    speech unit is also an audio unit with the same metadata; every unit belongs to a
    complete source in the manifest (no orphans); each manifest record's unit count is
    the number of units stored; one source per path; every speaker a unit names exists;
    context vectors (when present) belong to exactly the speech units.
    """
    if not index.exists():
        return []
    audio = index.units.metadata(AUDIO)
    text = index.units.metadata(TEXT)
    manifest = {r["source_id"]: r for r in index.sources.all()}
    problems: list[str] = []
    a_meta = {m.pop("id"): m for m in audio}
    t_meta = {m.pop("id"): m for m in text}
    for uid, m in a_meta.items():
        want = f"{m.get('source_id')}-{round(m['start'] * 1000):09d}-{round(m['end'] * 1000):09d}"
        if uid != want:
            problems.append(f"unit {uid} has metadata of {want}")
    for uid, m in t_meta.items():
        if uid not in a_meta:
            problems.append(f"speech unit {uid} has no audio unit")
        elif a_meta[uid] != m:
            problems.append(f"speech unit {uid} and its audio unit disagree")
    per_source = Counter(m.get("source_id") for m in a_meta.values())
    for sid, n in per_source.items():
        if sid not in manifest:
            problems.append(f"{n} orphaned units of source {sid} (not in the manifest)")
    for sid, rec in manifest.items():
        if int(rec["units"]) != per_source.get(sid, 0):
            problems.append(
                f"manifest says {rec['path']} ({sid}) has {rec['units']} units; "
                f"{per_source.get(sid, 0)} are stored"
            )
    for path, n in Counter(r["path"] for r in manifest.values()).items():
        if n > 1:
            problems.append(f"{n} versions of {path} in the manifest")
    done = {u for u in t_meta if source_of(u) in manifest}
    problems += _context_problems(index, set(t_meta), done)
    problems += _speaker_problems(index, a_meta.values())
    return problems


def _context_problems(index, speech_ids: set[str], complete: set[str]) -> list[str]:
    """Context vectors, when the index has them, belong to speech units, and every
    speech unit of a complete source has one (an unfinished source's units are written
    collection by collection, so a crash may leave one without)."""
    have = index.context.ids()
    out = [f"context vector of {u}, which is not a speech unit" for u in sorted(have - speech_ids)]
    if have and complete - have:
        out.append(f"{len(complete - have)} speech units have no context vector")
    return out


def _speaker_problems(index, metas) -> list[str]:
    used = {m["speaker"] for m in metas if m.get("speaker")}
    if not used:
        return []
    known = index.voices().ids()
    if not known:
        return [f"units name speakers {sorted(used)} but the index has no speakers"]
    return [f"units name speaker {s}, missing from the speakers collection" for s in used - known]
