"""Answers from retrieved passages: LLM context with citations, and an extractive
answer for when no language model is configured."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from .._util.text import sentences, stop_words, words
from ..types import Hit
from .context import position
from .queries import asks_on_air

EXTRACTIVE_NOTE = (
    "(Extractive answer: no language model is configured, so these are the passages "
    "that best match the question, quoted with their sources.)"
)


def format_context(hits: Sequence[Hit]) -> str:
    """Numbered passages, each with its citation, for an LLM prompt."""
    return "\n\n".join(f"[{i}] ({h.citation(unit=True)}) {h.text}" for i, h in enumerate(hits, 1))


def content_words(text: str) -> set[str]:
    return set(words(text)) - stop_words("en")


def best_sentences(question: str, text: str, limit: int = 2) -> str:
    """The sentences of `text` that share most content words with `question`, in order."""
    parts = sentences(text)
    if len(parts) <= limit:
        return text.strip()
    q = content_words(question)
    ranked = sorted(range(len(parts)), key=lambda i: -len(q & content_words(parts[i])))
    keep = sorted(ranked[:limit])
    return " ".join(parts[i] for i in keep)


def reply_to(hit: Hit, units: Sequence[Hit]) -> Hit | None:
    """The speech unit that follows `hit` among `units` (its source's units in time
    order) when `hit` asks a question and another speaker answers it; else None."""
    pos = position(hit, units)
    if pos is None or not asks_on_air(hit) or pos + 1 >= len(units):
        return None
    nxt = units[pos + 1]
    if not nxt.text.strip() or (hit.speaker and nxt.speaker == hit.speaker):
        return None
    return nxt


def extractive_answer(
    question: str,
    hits: Sequence[Hit],
    passages: int = 3,
    relative: float = 0.6,
    reply: Callable[[Hit], Hit | None] | None = None,
) -> str:
    """Quote the best passages (retrieval order) with speaker and time citations.

    Passages scoring below `relative` times the best score are left out, so a clear
    answer is not padded with unrelated quotes. In conversation the passage matching a
    question is often the question asked on air; `reply(hit)` (e.g. `reply_to` over
    the source's units) gives the turn that answered it, quoted under it."""
    speech = [h for h in hits if h.text.strip()][:passages]
    if speech:
        floor = relative * max(h.score for h in speech)
        speech = [h for h in speech if h.score >= floor] or speech[:1]
    if not speech:
        return f"{EXTRACTIVE_NOTE}\nNothing in the index matches this question."
    lines = [EXTRACTIVE_NOTE]
    quoted: set[str] = set()
    n = 0
    for h in speech:
        if h.unit_id and h.unit_id in quoted:
            continue  # already quoted as the answer to a question above
        n += 1
        said = h.quote or best_sentences(question, h.text)  # what the citation plays
        lines.append(f'{n}. "{said}" ({h.citation()}; {h.uri})')
        quoted.add(h.unit_id)
        answer = reply(h) if reply else None
        if answer is not None and answer.unit_id not in quoted:
            quoted.add(answer.unit_id)
            lines.append(
                f'   answered: "{answer.text.strip()}" ({answer.citation()}; {answer.uri})'
            )
    return "\n".join(lines)


def llm_settings(env: dict | None = None) -> dict | None:
    """Chat-model settings from the environment, or None when none is configured.

    AUDIO_RAG_LLM_MODEL names the model (required); AUDIO_RAG_LLM_BASE_URL (or
    OPENAI_BASE_URL) points at an OpenAI-compatible endpoint such as a local Ollama,
    llama.cpp or vLLM server; AUDIO_RAG_LLM_API_KEY (or OPENAI_API_KEY) is its key.
    """
    import os

    env = os.environ if env is None else env
    model = env.get("AUDIO_RAG_LLM_MODEL", "").strip()
    if not model:
        return None
    base_url = env.get("AUDIO_RAG_LLM_BASE_URL") or env.get("OPENAI_BASE_URL") or None
    api_key = env.get("AUDIO_RAG_LLM_API_KEY") or env.get("OPENAI_API_KEY") or "not-needed"
    return {"model": model, "base_url": base_url, "api_key": api_key}


SYSTEM_PROMPT = (
    "You answer questions about audio recordings using only the numbered transcript "
    "passages given. Cite every claim with the speaker and time range of its passage, "
    "e.g. (host, episode.mp3 1:02.5-1:10.0). If the passages do not answer the "
    "question, say so."
)
