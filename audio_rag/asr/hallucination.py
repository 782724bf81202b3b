"""Text Whisper made up: segments decoded from silence, music, noise or a language the
model does not know. They are dropped from the transcript (the speech itself still gets
a unit, without text), by the decoder's own signals:

- its mean token log-probability below `min_logprob` (Whisper's own failure threshold)
  or its words' mean probability below `min_word_probability`;
- text that compresses too well (`max_compression`: a phrase repeated over and over);
- a high no-speech probability together with a low log-probability;
- little overlap with voice activity (`min_voiced`: text over silence or music);
- one of the phrases it is known to write on non-speech (`audio_rag/data/
  hallucinations.json`), unless the decoder was sure of it.
Words that last longer than `max_word_seconds` lost their timing and are dropped too.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass, replace
from functools import lru_cache

from .. import config
from .._util.assets import asset
from ..types import Span
from .base import Segment, Transcript


@dataclass(frozen=True)
class HallucinationOptions:
    min_logprob: float = config.MIN_LOGPROB
    min_word_probability: float = config.MIN_WORD_PROBABILITY
    max_compression: float = config.MAX_COMPRESSION
    no_speech: float = config.NO_SPEECH
    min_voiced: float = config.MIN_VOICED_SHARE
    max_word_seconds: float = config.MAX_WORD_SECONDS
    sure: float = config.SURE_WORD_PROBABILITY


@lru_cache(maxsize=1)
def known_phrases() -> frozenset[str]:
    return frozenset(json.loads(asset("hallucinations.json").read_text())["phrases"])


def _plain(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", text.lower()).split())


def compression_ratio(text: str) -> float:
    """Bytes of the text over bytes of its zlib compression (Whisper's repetition test)."""
    data = text.encode("utf-8")
    return len(data) / max(1, len(zlib.compress(data))) if data else 0.0


def word_probability(seg: Segment) -> float:
    return sum(w.probability for w in seg.words) / len(seg.words) if seg.words else 1.0


def voiced_share(seg: Segment, speech: list[Span] | None) -> float:
    """Share of the segment's words' time that voice activity covers (1.0 without VAD)."""
    spans = [(w.start, w.end) for w in seg.words] or [(seg.start, seg.end)]
    total = sum(e - s for s, e in spans)
    if speech is None or total <= 0:
        return 1.0
    inside = sum(max(0.0, min(e, re) - max(s, rs)) for s, e in spans for rs, re in speech)
    return inside / total


def made_up(seg: Segment, speech: list[Span] | None, o: HallucinationOptions) -> bool:
    """Whether a segment's text is most likely not what was said."""
    prob = word_probability(seg)
    if seg.avg_logprob < o.min_logprob or prob < o.min_word_probability:
        return True
    if compression_ratio(seg.text) > o.max_compression:
        return True
    if seg.no_speech_prob > o.no_speech and seg.avg_logprob < o.min_logprob / 2:
        return True
    if voiced_share(seg, speech) < o.min_voiced:
        return True
    return _plain(seg.text) in known_phrases() and prob < o.sure


def clean(tr: Transcript, options: HallucinationOptions | None = None) -> Transcript:
    """`tr` without made-up segments and without words whose timing broke."""
    o = options or HallucinationOptions()
    kept = []
    for seg in tr.segments:
        if made_up(seg, tr.speech, o):
            continue
        words = tuple(w for w in seg.words if w.end - w.start <= o.max_word_seconds)
        if seg.words and not words:
            continue
        if len(words) < len(seg.words):
            text = "".join(w.text for w in words).strip()
            seg = replace(seg, words=words, text=text, start=words[0].start, end=words[-1].end)
        kept.append(seg)
    return replace(tr, segments=kept)
