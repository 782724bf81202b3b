"""Word-precise citations: a text hit cites the sentence of its unit that matches the
query, from the word times kept at ingest; the unit's span stays in unit_start/unit_end."""

from __future__ import annotations

import numpy as np

from audio_rag.asr import Segment, Word
from audio_rag.ingest import IngestOptions
from audio_rag.ingest.units import UnitOptions, build_units, shift
from audio_rag.search.citing import sentences
from audio_rag.store.records import decode_words, encode_words
from tests.helpers import tone, write_wav


def test_units_keep_where_each_word_is_in_text_and_time():
    words = [Word(0.5, 0.9, " I'm"), Word(1.0, 1.4, " sorry."), Word(2.0, 2.6, " Press"),
             Word(2.7, 3.0, " 4.")]  # fmt: skip
    (unit,) = build_units([Segment(0.5, 3.0, "I'm sorry. Press 4.", tuple(words))])
    assert unit.text == "I'm sorry. Press 4."
    assert [unit.text[a:b] for a, b, _, _ in unit.words] == ["I'm", "sorry.", "Press", "4."]
    moved = shift([unit], 60.0)[0]
    assert moved.words[2][2:] == (62.0, 62.6)
    assert decode_words(encode_words(moved.words)) == list(moved.words)
    assert decode_words("garbage") == []
    assert sentences(unit.text, list(unit.words)) == [
        ("I'm sorry.", 0.5, 1.4),
        ("Press 4.", 2.0, 3.0),
    ]


def _three_sentences(fake_rag, tmp_path, collection: str):
    """An index of one 12 s unit of three 4 s sentences (tone200, tone600, tone1500)."""
    sig = np.concatenate([tone(220, 4), tone(660, 4), tone(1500, 4)])  # 3 sentences, no pause
    path = write_wav(tmp_path / "menu.wav", sig)
    options = IngestOptions(units=UnitOptions(min_seconds=12.0, max_seconds=20.0))
    rag = fake_rag(collection=collection, ingest=options)
    rag.ingest([path])
    return rag, path


def test_a_hit_cites_the_sentence_that_matches_inside_its_unit(fake_rag, tmp_path):
    rag, path = _three_sentences(fake_rag, tmp_path, "cited")
    (unit,) = rag.transcript(path)
    for mode in ("hybrid", "keyword"):
        hit = rag.search("tone600", k=1, mode=mode)[0]
        assert (hit.unit_start, hit.unit_end) == (unit.start, unit.end)
        assert abs(hit.start - 4.1) < 0.01 and abs(hit.end - 7.9) < 0.01
        assert "#t=4.1,7.9" in hit.uri
    whole = rag.search("tone600", k=1, context=1)[0]  # context asked: the span grows instead
    assert (whole.start, whole.end) == (unit.start, unit.end)


def test_a_quote_cites_every_sentence_its_words_run_over(fake_rag, tmp_path):
    rag, _ = _three_sentences(fake_rag, tmp_path, "quoted")
    hit = rag.search("tone600 tone600 tone1500 tone1500", k=1)[0]  # over a sentence end
    assert abs(hit.start - 4.1) < 0.01 and abs(hit.end - 11.9) < 0.01
    assert hit.quote.count("tone1500") == 4 and "tone200" not in hit.quote
    asked = rag.search("where is tone600 tone600 tone1500 tone1500?", k=1, rerank=False)[0]
    assert asked.end - asked.start < 4  # a question cites its one best sentence
