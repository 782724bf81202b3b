"""How the command line prints hits and speakers."""

from __future__ import annotations

from ..types import fmt_clock


def speaker_label(hit) -> str:
    return f"{hit.speaker_name} ({hit.speaker})" if hit.speaker_name else hit.speaker


def format_hits(hits) -> str:
    lines = []
    for i, h in enumerate(hits, 1):
        body = h.quote or h.text or f"[{h.kind}]"  # the words the time range cites
        who = f" {h.who}:" if h.who and "\n" not in body else ""  # expanded: names inline
        lines.append(f"{i}. {h.score:.3f} [{fmt_clock(h.start)}-{fmt_clock(h.end)}]{who} {body}")
        lines.append(f"   {h.uri}")
        if len(h.ranks) > 1:
            ranks = ", ".join(
                f"{c} #{r['rank']} ({r['score']:.3g})" for c, r in sorted(h.ranks.items())
            )
            lines.append(f"   ranks: {ranks}")
    return "\n".join(lines)
