"""Context vectors: a unit embedded with the one before it, kept in step with the index."""

import numpy as np

from audio_rag.ingest import IngestOptions
from audio_rag.ingest.contextual import (
    context_texts,
    embed_with_context,
    fill_missing,
    last_speech,
    next_links,
    previous_units,
)
from audio_rag.speakers import Speaker
from audio_rag.store import (
    CONTEXT,
    Index,
    IndexModels,
    SourceRecord,
    index_problems,
    make_client,
    source_of,
)
from audio_rag.types import Unit
from tests.helpers import FakeTextEmbedder


def test_context_texts_join_the_previous_speech_unit_unless_a_pause_parts_them():
    assert previous_units([Unit(0, 1, "a."), Unit(9, 10, "b.")]) == [None, None]
    units = [
        Unit(0, 2, "What was the smallest amount?"),
        Unit(2, 3, "", kind="sound"),
        Unit(3, 5, "Only fifty pounds each."),
        Unit(20, 22, "Next topic."),
    ]
    assert context_texts(units) == [
        "What was the smallest amount?",
        "What was the smallest amount? Only fifty pounds each.",
        "Next topic.",
    ]
    before = Unit(-3, -0.5, "From the block before.")
    assert (
        context_texts(units[:1], before)[0]
        == "From the block before. What was the smallest amount?"
    )
    assert last_speech(units[:2]).text == "What was the smallest amount?"
    assert last_speech([units[1]], before) is before


def _index(tmp_path, with_context=True):
    index = Index(make_client(tmp_path / "db"), "talk")
    index.ensure(IndexModels("fake-text", 32, "a", 4))
    voices = index.voices("fake-voice")
    for i, sid in enumerate(["A0", "A1", "B0"]):
        voices.put(Speaker(sid, None, 9.0, 1, np.eye(3)[i]))
    embed = FakeTextEmbedder().embed
    rows = {"A": [(0, 2, "cost of the turbine?"), (2.5, 5, "two million pounds.")]}
    rows["B"] = [(0, 3, "the orchard has apples.")]
    for sid, spec in rows.items():
        units = [Unit(s, e, t, speaker=f"{sid}{i}") for i, (s, e, t) in enumerate(spec)]
        texts = [u.text for u in units]
        ctx = (embed(context_texts(units)), next_links(sid, units)) if with_context else None
        index.add_units(
            {"source": f"/{sid}.mp3", "source_id": sid},
            units,
            embed(texts),
            np.eye(len(units), 4, dtype=np.float32),
            context=ctx,
        )
        index.finish_source(SourceRecord(sid, f"/{sid}.mp3", "0", 9, len(units), "en", "-", 0.0))
    return index, embed


def test_each_distinct_text_is_embedded_once_for_both_vectors():
    seen = []

    def embed(texts):
        seen.append(list(texts))
        return FakeTextEmbedder().embed(texts)

    own = ["What did it cost?", "Two million."]
    context = ["What did it cost?", "What did it cost? Two million."]
    vecs, ctx = embed_with_context(embed, own, context)
    assert seen == [["What did it cost?", "Two million.", "What did it cost? Two million."]]
    want = FakeTextEmbedder().embed(own + context[1:])
    assert np.allclose(vecs, want[:2]) and np.allclose(ctx, want[[0, 2]])


def test_context_vectors_follow_removal_and_speaker_changes(tmp_path):
    index, embed = _index(tmp_path)
    assert index.context.complete() and index_problems(index) == []
    reply = index.query(embed(["turbine cost two million"])[0], 1, "context")[0]
    assert reply.text == "two million pounds."  # found through the question before it
    index.units.relabel("A1", "B0", "Tom")
    assert index.query(embed(["two million"])[0], 1, "context", {"speaker_name": "Tom"})
    asked = index.units.of_source("A", speech_only=True)[0]
    assert index.context.following([asked])[asked.unit_id].speaker_name == "Tom"  # pairing kept
    index.remove_source("A")
    assert index.cols.get(CONTEXT).count() == 1 and index_problems(index) == []


def _lacking(index) -> list[str]:
    """Sources with speech units that have no context vector."""
    return sorted({source_of(u) for u in index.context.lacking()})


def test_an_index_without_context_vectors_gets_them_filled_in(tmp_path):
    index, embed = _index(tmp_path, with_context=False)
    assert not index.context.complete() and _lacking(index) == ["A", "B"]
    assert index.query(embed(["two million"])[0], 1, "context") == []
    assert fill_missing(index, embed) == 3
    assert index.context.complete() and _lacking(index) == []
    asked = index.units.of_source("A", speech_only=True)[0]
    assert index.context.following([asked])[asked.unit_id].text == "two million pounds."
    assert index_problems(index) == [] and fill_missing(index, embed) == 0
    index.cols.get(CONTEXT).delete(ids=[index.units.of_source("B", speech_only=True)[0].unit_id])
    assert index_problems(index) == ["1 speech units have no context vector"]
    assert _lacking(index) == ["B"]


def test_search_skips_the_context_channel_until_ingest_fills_it(fake_rag, tmp_path, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files[:1])
    assert "context" in rag.search("tone200", k=1, weights={"phrase": 0})[0].ranks
    rag.index.conn.client.delete_collection(f"{rag.index.name}{CONTEXT}")
    rag.index.cols._open.clear()
    hit = rag.search("tone200", k=1)[0]
    assert "context" not in hit.ranks and hit.source.endswith("low.wav")
    rag.ingest(tone_files[:2])
    assert rag.index.context.complete() and index_problems(rag.index) == []


def test_units_are_paired_across_ingest_blocks(fake_rag, tone_files):
    rag = fake_rag(
        ingest=IngestOptions(block_seconds=5.0)
    )  # the 11 s recording is read in three blocks
    rag.ingest(tone_files[:1])
    units = rag.index.units.of_source(rag.index.sources.all()[0]["source_id"], speech_only=True)
    assert len(units) == 2 and units[0].end < 5.0 < units[1].start  # one per block
    pairs = rag.index.context.following(units)
    assert [pairs[u.unit_id].unit_id for u in units[:-1]] == [u.unit_id for u in units[1:]]
    assert units[-1].unit_id not in pairs and index_problems(rag.index) == []
