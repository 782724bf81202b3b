"""The phrase channel: remembered words found in order, stop words kept, ASR errors
tolerated; a double-quoted query demands its words."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag._util.text import words
from audio_rag.store import phrases
from audio_rag.store.keyword import KeywordIndex
from tests.helpers import tone, write_wav

MENU = [
    "To make a call, press 4 to place an outgoing call.",
    "Press 1 to record your temporary greeting.",
    "I'm sorry, there are no matches for those keywords.",
    "There are no messages. I'm sorry.",
]


def score(query: str, text: str) -> float:
    return phrases.align(words(query), words(text))[0]


def test_alignment_rewards_the_words_in_order_and_forgives_a_misheard_one():
    assert phrases.align(words("press 4 to place"), words(MENU[0])) == (1.0, 4, 7)
    assert score("press 4 to place", MENU[1]) == 0.25  # only "press" (or "to") lines up
    assert score("I'm sorry there are no", MENU[2]) == 1.0  # stop words are the phrase
    assert score("I'm sorry there are no", MENU[3]) == 0.6  # 3 of its 5 words in order
    assert 0.7 < score("the conference will begin", "the conferense will begine when") < 1.0
    assert score("press", "") == 0.0 and phrases.align([], ["a"]) == (0.0, -1, -1)


def test_quoted_parts_of_a_query():
    curly = '"press 4" to place \u201can outgoing\u201d'
    assert phrases.quoted(curly) == ["press 4", "an outgoing"]
    assert phrases.quoted('no quotes, or an empty one: ""') == []
    assert phrases.holds(MENU[0], ["Press 4 to", "outgoing call"])
    assert not phrases.holds(MENU[0], ["press 4 place"])
    assert not phrases.holds(MENU[0], ["call press 4 to placed"])  # whole words only


@pytest.fixture
def menu_index(tmp_path):
    index = KeywordIndex(tmp_path / "kw.sqlite", with_phrases=True)
    index.add(["a", "b", "c", "d"], MENU, ["s1", "s1", "s2", "s2"])
    return index


def test_phrase_search_ranks_by_alignment_and_follows_every_change(menu_index):
    assert menu_index.phrase_search("press 4 to place")[0] == ("a", 1.0)
    hits = menu_index.phrase_search("I'm sorry there are no")
    assert [u for u, _ in hits][:1] == ["c"]
    assert menu_index.phrase_search('"press 1" to place') == [("b", 0.75)]
    assert menu_index.phrase_search("press to", allowed=["b"]) == [("b", 0.75)]
    assert menu_index.phrase_search("zebra crossing") == []
    menu_index.add(["a"], ["press 9 to hear it again"], ["s1"])  # same id: replaced
    assert menu_index.phrase_search("press 4 to place") == []
    menu_index.remove_sources(["s2"])
    assert menu_index.phrase_search("there are no matches") == []
    rows = menu_index.conn.execute("SELECT COUNT(*) FROM phrases").fetchone()[0]
    assert rows == menu_index.count() == 2
    menu_index.rebuild([("z", "press 4 to place", "s3", "en")])
    assert menu_index.phrase_search("press 4 to place") == [("z", 1.0)]


def test_without_fts5_phrase_search_is_off_and_keywords_still_work(tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(phrases, "TRIGRAM", "tokenize='no_such_tokenizer'")
    index = KeywordIndex(tmp_path / "kw.sqlite", with_phrases=True)
    index.add(["a"], MENU[:1], ["s1"])
    assert index.phrase_search("press 4 to place") == []
    assert index.search("outgoing")[0][0] == "a"
    assert "phrase search is off" in caplog.text


def _menu(tmp_path, name: str, pitches: list[int]):
    sig = np.concatenate([tone(p, 1.0) for p in pitches])  # one word a second: "tone200" ...
    return write_wav(tmp_path / name, sig)


def test_quoted_query_finds_only_units_holding_the_words(fake_rag, tmp_path):
    rag = fake_rag(collection="phrases")
    ab = _menu(tmp_path, "ab.wav", [220, 660, 1500])
    ba = _menu(tmp_path, "ba.wav", [660, 220, 1500])
    rag.ingest([ab, ba])
    found = {h.source.rsplit("/", 1)[-1]: h.ranks["phrase"] for h in rag.search("tone600 tone200")}
    assert found["ba.wav"] == {"rank": 1, "score": 1.0}  # in this order
    assert found["ab.wav"]["rank"] == 2 and found["ab.wav"]["score"] == pytest.approx(0.6)
    demanded = rag.search('"tone200 tone600"', k=5)
    assert [h.source.endswith("ab.wav") for h in demanded] == [True]
    assert rag.search('"tone200 tone200"', k=5) == []
    filtered = rag.search("tone200 tone600", k=5, source=ba)
    assert filtered and all(h.source.endswith("ba.wav") for h in filtered)


def test_a_quote_lookup_ranks_by_its_words_and_a_question_as_before(fake_rag, tmp_path):
    from audio_rag.search.hybrid import reads_as_quote
    from audio_rag.types import Hit

    strong = [Hit("a.wav", 0, 1, "press 4 to place a call", 0.9)]
    assert reads_as_quote("press 4 to place", strong, 0.8)
    assert not reads_as_quote("what do I press to place a call?", strong, 0.8)
    assert not reads_as_quote("press 4 to place", [Hit("a.wav", 0, 1, "x", 0.6)], 0.8)
    assert not reads_as_quote("press 4 to place", None, 0.8)
    rag = fake_rag(collection="lookups")
    rag.ingest([_menu(tmp_path, "ab.wav", [220, 660, 1500]), _menu(tmp_path, "ba.wav", [660, 220])])
    lookup = rag.search("tone600 tone200", k=2)
    assert lookup[0].source.endswith("ba.wav")  # the words in this order come first
    assert "context" not in lookup[0].ranks and "phrase" in lookup[0].ranks
    asked = rag.search("where is tone600 tone200?", k=2)
    assert "context" in asked[0].ranks  # a question keeps every channel
    mine = rag.search("tone600 tone200", k=2, weights={"text": 1, "context": 1, "phrase": 0})
    assert "context" in mine[0].ranks and "phrase" not in mine[0].ranks  # weights as given
