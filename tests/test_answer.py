"""Extractive answers: quotes with citations, and the turn that answered a question."""

from __future__ import annotations

from audio_rag.search.answer import EXTRACTIVE_NOTE, extractive_answer, reply_to
from audio_rag.types import Hit


def unit(i: int, text: str, speaker: str, score: float = 1.0) -> Hit:
    return Hit("ep.mp3", 10.0 * i, 10.0 * i + 8, text, score, speaker=speaker, unit_id=f"u{i}")


UNITS = [
    unit(0, "Welcome to the show.", "S1"),
    unit(1, "How long can a battery farm supply power?", "S1"),
    unit(2, "Most are built for four hours of discharge.", "S2"),
    unit(3, "Is that enough? I wonder.", "S2"),
    unit(4, "Probably, for the evening peak.", "S2"),
]


def test_reply_is_the_next_turn_of_another_speaker_after_a_question():
    assert reply_to(UNITS[1], UNITS) is UNITS[2]
    assert reply_to(UNITS[0], UNITS) is None  # not a question
    assert reply_to(UNITS[3], UNITS) is None  # the same speaker goes on
    assert reply_to(unit(9, "Why?", "S1"), UNITS) is None  # not among the units
    assert reply_to(UNITS[4], UNITS) is None


def test_a_relayed_question_is_answered_by_the_next_speaker():
    relayed = unit(1, "A listener asked whether old batteries can be reused.", "S1")
    units = [UNITS[0], relayed, unit(2, "They can, as stationary storage.", "S2")]
    assert reply_to(relayed, units) is units[2]


def test_answer_quotes_the_reply_under_the_question_once():
    hits = [unit(1, UNITS[1].text, "S1", 0.9), unit(2, UNITS[2].text, "S2", 0.8)]
    out = extractive_answer("battery farm duration?", hits, reply=lambda h: reply_to(h, UNITS))
    lines = out.splitlines()
    assert lines[0] == EXTRACTIVE_NOTE
    assert lines[1].startswith('1. "How long can a battery farm supply power?" (S1, ep.mp3 0:10.0')
    assert lines[2].startswith('   answered: "Most are built for four hours of discharge." (S2, ')
    assert "ep.mp3#t=20,28" in lines[2]
    assert len(lines) == 3  # the reply is not quoted again as passage 2


def test_without_reply_the_passages_are_quoted_as_ranked():
    hits = [unit(1, UNITS[1].text, "S1", 0.9), unit(2, UNITS[2].text, "S2", 0.8)]
    out = extractive_answer("battery farm duration?", hits).splitlines()
    assert [line[:4] for line in out[1:]] == ['1. "', '2. "']
