"""Ingest, store and search behaviour with fast test doubles for the models."""

from pathlib import Path

import numpy as np
import pytest

from audio_rag import AudioRAGError, ModelMismatchError
from audio_rag.audio import SAMPLE_RATE
from audio_rag.store import Index, make_client
from tests.helpers import FakeTextEmbedder, FakeTranscriber, tone, write_wav


def all_ids(rag):
    index = rag.index
    return (
        index.cols.get("").get()["ids"],
        index.cols.get("-audio").get()["ids"],
        index.cols.get("-sources").get()["ids"],
    )


def test_ingest_then_search_text_and_audio(fake_rag, tone_files):
    rag = fake_rag()
    report = rag.ingest(tone_files)
    assert [f.status for f in report.files] == ["ingested"] * 3 and not report.failed
    assert report.units >= 6 and report.audio_seconds == pytest.approx(33, abs=0.1)
    (hit,) = rag.search("tone600", k=1)
    assert hit.source == str(tone_files[1].resolve()) and "tone600" in hit.text
    assert hit.channel == "text+keyword+phrase" and 0 < hit.score <= 1.0 + 1e-6
    assert set(hit.ranks) == {"text", "keyword", "phrase"} and hit.ranks["text"]["rank"] == 1
    (dense,) = rag.search("tone600", k=1, mode="dense")
    assert dense.channel == "text" and dense.score == pytest.approx(hit.ranks["text"]["score"])
    assert hit.uri == f"{Path(hit.source).as_uri()}#t={hit.start:g},{hit.end:g}"
    clip = tone(1500, 2.0)
    hits = rag.search(audio=clip, k=2)
    assert all(h.source.endswith("high.wav") for h in hits)
    assert hits[0].channel in ("audio", "audio+fingerprint")
    assert hits[0].score >= hits[1].score


def test_units_are_time_coded_and_never_cross_the_pause(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files[:1])
    units = rag.transcript(tone_files[0])
    assert [u.start for u in units] == sorted(u.start for u in units)
    assert all(not (u.start < 5.5 < u.end) for u in units)  # silence from 4 s to 7 s
    assert all(u.end <= 11.0 and u.end > u.start for u in units)


def test_reingest_is_a_noop(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    before = all_ids(rag)
    again = rag.ingest(tone_files)
    assert [f.status for f in again.files] == ["unchanged"] * 3
    assert all_ids(rag) == before
    assert len(set(before[1])) == len(before[1])


def test_bad_files_are_reported_and_the_batch_goes_on(fake_rag, tone_files, tmp_path):
    empty = tmp_path / "empty.mp3"
    empty.write_bytes(b"")
    text = tmp_path / "notes.wav"
    text.write_text("not audio at all\n" * 20)
    silent = write_wav(tmp_path / "silent.wav", np.zeros(SAMPLE_RATE * 3))
    rag = fake_rag()
    report = rag.ingest([empty, tone_files[0], text, silent, tmp_path / "missing.ogg"])
    status = {f.path.rsplit("/", 1)[-1]: f for f in report.files}
    assert status["low.wav"].status == "ingested"
    for name in ("empty.mp3", "notes.wav", "silent.wav", "missing.ogg"):
        assert status[name].status == "failed" and name in status[name].error
    assert "silent" in status["silent.wav"].error
    assert len(rag.index.sources.all()) == 1


def test_changed_file_at_same_path_replaces_its_units(fake_rag, tmp_path):
    path = write_wav(tmp_path / "ep.wav", tone(220, 4))
    rag = fake_rag()
    rag.ingest([path])
    old = rag.transcript(path)
    write_wav(path, tone(1500, 4))
    rag.ingest([path])
    new = rag.transcript(path)
    assert {u.source_id for u in new} != {u.source_id for u in old}
    assert len(rag.index.sources.all()) == 1
    assert len(all_ids(rag)[1]) == len(new)


def test_sound_only_file_gets_audio_units(fake_rag, tmp_path):
    class NoSpeech(FakeTranscriber):
        def transcribe(self, audio):
            return super().transcribe(np.zeros_like(audio))

    rag = fake_rag(collection="sounds", whisper=NoSpeech())
    rng = np.random.default_rng(0)
    path = write_wav(tmp_path / "rain.wav", rng.normal(0, 0.1, SAMPLE_RATE * 12).clip(-1, 1))
    report = rag.ingest([path])
    assert report.files[0].status == "ingested"
    units = rag.transcript(path)
    assert units and all(u.kind == "sound" and u.text == "" for u in units)
    assert rag.search(audio=rng.normal(0, 0.1, SAMPLE_RATE * 2).astype(np.float32), k=1)


def test_source_filter_and_source_lookup(fake_rag, tone_files, monkeypatch):
    rag = fake_rag()
    rag.ingest(tone_files)
    hits = rag.search("tone200", k=10, source=tone_files[2])
    assert hits and all(h.source.endswith("high.wav") for h in hits)
    sid = hits[0].source_id
    monkeypatch.chdir(tone_files[0].parent)
    assert rag.resolve_source("high.wav") == sid == rag.resolve_source(sid[:8])
    with pytest.raises(AudioRAGError, match="not in index"):
        rag.resolve_source("nothing-here.wav")


def test_a_bare_file_name_finds_its_source_unless_two_share_it(fake_rag, tone_files, tmp_path):
    """Question files and --source often name just the file ("ep1.mp3")."""
    rag = fake_rag()
    rag.ingest(tone_files)
    assert rag.resolve_source("high.wav") == rag.resolve_source(tone_files[2])  # cwd elsewhere
    with pytest.raises(AudioRAGError, match="not in index"):
        rag.resolve_source("elsewhere/high.wav")  # a folder given must match
    other = tmp_path / "other"
    other.mkdir()
    rag.ingest([write_wav(other / "high.wav", tone(990, 3))])
    with pytest.raises(AudioRAGError, match="2 indexed sources have this name"):
        rag.resolve_source("high.wav")


def test_model_mismatch_is_refused_clearly(fake_rag, tone_files, tmp_path):
    fake_rag().ingest(tone_files[:1])

    class OtherText(FakeTextEmbedder):
        name = "other-text"

    rag = fake_rag(text_model=OtherText())
    with pytest.raises(ModelMismatchError, match="fake-text.*other-text"):
        rag.ingest(tone_files[1:])
    assert len(rag.index.sources.all()) == 1  # nothing written, nothing lost


def test_unfinished_source_is_redone_without_duplicates(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files[:1])
    sid = rag.index.sources.all()[0]["source_id"]
    # simulate a crash after units were written but before the manifest record
    rag.index.cols.get("-sources").delete(ids=[sid])
    rag.index.cols.get("-audio").upsert(
        ids=[f"{sid}-999999999-999999999"],
        embeddings=[[1.0] * 16],
        metadatas=[{"source_id": sid, "start": 1.0, "end": 2.0}],
        documents=["orphan"],
    )
    report = rag.ingest(tone_files[:1])
    assert report.files[0].status == "ingested"
    units = rag.transcript(tone_files[0])
    assert "orphan" not in [u.text for u in units]
    assert len({u.unit_id for u in units}) == len(units)


def test_remove_source_removes_everywhere(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    sid = rag.resolve_source(tone_files[0])
    rag.index.remove_source(sid)
    assert sid not in [r["source_id"] for r in rag.index.sources.all()]
    assert not [i for ids in all_ids(rag) for i in ids if i.startswith(sid)]


def test_search_on_empty_index_and_bad_queries(fake_rag):
    rag = fake_rag()
    assert rag.search("anything") == []
    with pytest.raises(ValueError):
        rag.search()
    with pytest.raises(ValueError):
        rag.search("x", audio=np.zeros(10, np.float32))


def test_writes_are_batched_under_chromas_limit(tmp_path, monkeypatch):
    index = Index(make_client(tmp_path / "db"), "batched")
    from audio_rag.store import IndexModels
    from audio_rag.types import Unit

    index.ensure(IndexModels("t", 2, "a", 2))
    monkeypatch.setattr(index.conn.client, "get_max_batch_size", lambda: 7)
    calls = []
    col = index.cols.get("-audio")
    real = col.upsert
    monkeypatch.setattr(col, "upsert", lambda **kw: (calls.append(len(kw["ids"])), real(**kw)))
    units = [Unit(float(i), i + 0.5, f"u{i}") for i in range(30)]
    vecs = np.ones((30, 2), np.float32)
    index.add_units({"source": "s", "source_id": "abc"}, units, vecs, vecs)
    assert max(calls) <= 7 and sum(calls) == 30
