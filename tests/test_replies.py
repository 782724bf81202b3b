"""Question-aware ranking: a question asked on air hands its score to the reply after it."""

import numpy as np

from audio_rag.ingest.contextual import next_links
from audio_rag.search.queries import is_question
from audio_rag.search.replies import hand_off
from audio_rag.store import Index, IndexModels, SourceRecord, make_client
from audio_rag.types import Hit, Unit


def hit(uid: str, text: str, score: float, start: float = 0.0, source: str = "A") -> Hit:
    return Hit(f"/{source}.mp3", start, start + 2, text, score, source_id=source, unit_id=uid)


def test_is_question_reads_the_final_punctuation():
    assert is_question("And what did the turbine cost? ")
    assert not is_question("Just under two million pounds.")
    assert not is_question("Why? Because the permits took a year.")
    assert not is_question("") and not is_question("  ")  # sound units have no text


def test_a_reported_question_asks_too():
    """Hosts relay listeners' questions as statements; the answer still follows."""
    assert is_question("A listener asked whether old car batteries can be reused for this.")
    assert is_question("Thanks. Maria wants to know if she should cut out bread entirely.")
    assert is_question("She asked me how we handle on-call, and whether it's paid.")
    assert is_question("The first question is when your state pension starts.")
    # narrative: the asking happened, and the sentence goes on to what came of it
    assert not is_question("Dom posted asking if anyone would try it, and we got 150 replies.")
    assert not is_question("Rosa is asking for 85 thousand, which is above our band.")
    assert not is_question("He asked me, and I thought, well, if I don't say it, nobody will.")
    # only the last sentence counts: a relayed question answered within the unit is done
    assert not is_question("Someone asked whether it floods. It doesn't, the bank is high.")


def test_the_reply_to_a_matching_question_ranks_first():
    asked = hit("q", "What did the turbine cost?", 0.80)
    other = hit("o", "The turbine stands on a hill.", 0.70, start=10)
    reply = hit("r", "Just under two million pounds.", 0.30, start=3)
    ranked = hand_off([asked, other, reply], {"q": reply}, penalty=0.2, margin=0.05)
    assert [h.unit_id for h in ranked] == ["r", "o", "q"]
    assert ranked[0].score == 0.75 and ranked[2].score == 0.6


def test_a_reply_outside_the_candidates_joins_them():
    asked = hit("q", "How long did the build take?", 0.9)
    reply = hit("r", "Just under two years.", 0.0, start=3)
    ranked = hand_off([asked], {"q": reply})
    assert [h.unit_id for h in ranked] == ["r", "q"]


def test_statements_keep_their_scores_and_lend_nothing():
    first = hit("a", "The market moves in October.", 0.9)
    after = hit("b", "Parking is free there.", 0.2, start=3)
    ranked = hand_off([first, after], {"a": after})
    assert [(h.unit_id, h.score) for h in ranked] == [("a", 0.9), ("b", 0.2)]


def test_a_reply_scoring_better_on_its_own_keeps_its_score():
    asked = hit("q", "And the cost?", 0.5)
    reply = hit("r", "Two million pounds for the turbine.", 0.9, start=3)
    ranked = hand_off([reply, asked], {"q": reply})
    assert [(h.unit_id, h.score) for h in ranked] == [("r", 0.9), ("q", 0.3)]


def test_store_finds_the_unit_after_a_hit_within_the_gap(tmp_path):
    index = Index(make_client(tmp_path / "db"), "talk")
    index.ensure(IndexModels("t", 4, "a", 4))
    timeline = {
        "A": [(0, 2, "What did it cost?"), (2.5, 5, "Two million."), (20, 22, "Bye?")],
        "B": [(2.2, 4, "Elsewhere.")],
    }
    for sid, rows in timeline.items():
        units = [Unit(s, e, text, speaker=f"{sid}{i}") for i, (s, e, text) in enumerate(rows)]
        vecs = np.eye(len(units), 4, dtype=np.float32)
        base = {"source": f"/{sid}.mp3", "source_id": sid}
        index.add_units(base, units, vecs, vecs, context=(vecs, next_links(sid, units)))
        index.finish_source(SourceRecord(sid, f"/{sid}.mp3", "0", 30, len(units), "en", "-", 0.0))
    listed = {h.text: h for h in index.units.of_source("A", speech_only=True)}
    asked, bye = listed["What did it cost?"], listed["Bye?"]
    found = index.context.following([asked, bye, listed["Two million."]])
    # "Bye?" comes after a 15 s pause: not a reply; nothing of source B follows A's units
    assert {k: v.text for k, v in found.items()} == {asked.unit_id: "Two million."}
    assert index.context.following([asked], where={"speaker": "A0"}) == {}
    assert index.context.following([]) == {}


def test_replies_need_context_vectors_of_the_index(tmp_path):
    index = Index(make_client(tmp_path / "db"), "old")
    index.ensure(IndexModels("t", 4, "a", 4))
    units = [Unit(0, 2, "Cost?"), Unit(2.5, 5, "Two million.")]
    vecs = np.eye(2, 4, dtype=np.float32)
    index.add_units({"source": "/A.mp3", "source_id": "A"}, units, vecs, vecs)
    assert index.context.following(index.units.of_source("A", speech_only=True)) == {}


def test_search_answers_with_the_reply_and_can_be_switched_off(fake_rag, tmp_path):
    from dataclasses import replace

    from tests.helpers import FakeTranscriber

    rag = fake_rag(whisper=FakeTranscriber())
    index = rag.index
    index.ensure(IndexModels("fake-text", 32, "fake-audio", 16))
    rows = [(0, 2, "turbine cost?"), (2.5, 5, "two million pounds."), (9, 11, "turbine cost hill.")]
    units = [Unit(s, e, t) for s, e, t in rows]
    text = rag.models.text_embedder.embed([u.text for u in units])
    audio = np.eye(3, 16, dtype=np.float32)
    ctx = (text, next_links("A", units))
    index.add_units({"source": "/A.mp3", "source_id": "A"}, units, text, audio, context=ctx)
    index.finish_source(SourceRecord("A", "/A.mp3", "0", 12, 3, "en", "-", 0.0))
    asked = []
    following = index.context.following
    index.context.following = lambda hits, where=None: (
        asked.append(len(hits)) or following(hits, where)
    )
    assert rag.search("turbine cost?", k=1)[0].text == "two million pounds."
    assert sum(asked) == 1  # the text and context channels share one reply look-up
    rag.searcher.options = replace(rag.search_options, replies=False)
    assert rag.search("turbine cost?", k=1)[0].text == "turbine cost?"
