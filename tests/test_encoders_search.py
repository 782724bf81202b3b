"""Encoders in an index: text-to-audio search, one encoder per index, the index's
encoder rebuilt from its recorded name."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag import AudioRAG, ModelMismatchError
from audio_rag.ingest import IngestOptions
from tests.helpers import FakeAudioEncoder, FakeTextEmbedder, FakeTranscriber, tone


class FakeJointEncoder(FakeAudioEncoder):
    """Text names a pitch: "low"/"mid"/"high" embed like tones of 220/660/1500 Hz."""

    name, has_text, sample_rate = "fake-joint", True, 16000
    PITCH = {"low": 220, "mid": 660, "high": 1500}

    def embed_text(self, texts):
        return self.embed_audio([tone(self.PITCH.get(t.split()[0], 100), 1.0) for t in texts])


def test_text_query_also_searches_sounds_with_a_joint_encoder(fake_rag, tone_files):
    rag = fake_rag(audio_encoder=FakeJointEncoder(), ingest=IngestOptions(diarize=False))
    rag.ingest(tone_files)
    sounds = rag.audio_text_hits("high pitched whistle", k=2)
    assert [h.source[-8:] for h in sounds] == ["high.wav"] * 2
    assert sounds[0].channel == "audio_text" and sounds[0].score > 0.9
    hits = rag.search("high pitched whistle", k=4)
    assert any("audio_text" in h.channel for h in hits)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(0 < h.score <= 1 for h in hits)  # fused: scaled RRF scores
    assert all(set(h.channel.split("+")) == set(h.ranks) for h in hits)
    # the transcript channel still works: its best hit is among the fused ones
    assert any("text" in h.channel.split("+") for h in hits)


def test_text_query_without_a_text_side_is_transcript_only(fake_rag, tone_files):
    rag = fake_rag(ingest=IngestOptions(diarize=False))
    rag.ingest(tone_files)
    hits = rag.search("tone600", k=3)
    assert hits and all("audio_text" not in h.ranks for h in hits)
    assert "text" in hits[0].channel.split("+")


def test_another_encoder_on_an_index_is_refused(fake_rag, tone_files):
    fake_rag(ingest=IngestOptions(diarize=False)).ingest(tone_files[:1])
    other = fake_rag(ingest=IngestOptions(diarize=False), audio_encoder=FakeJointEncoder())
    with pytest.raises(ModelMismatchError, match="reembed"):
        other.ingest(tone_files[1:])
    with pytest.raises(ModelMismatchError, match="fake-audio"):
        other.search(audio=tone(220, 1.0))


def test_clap_index_end_to_end(tmp_path, tiny_models, tone_files, monkeypatch):
    """A tiny random CLAP by path: ingest, reopen without naming it, text-to-audio."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    spec = f"clap:{tiny_models['clap']}"
    kw = {
        "whisper": FakeTranscriber(),
        "text_model": FakeTextEmbedder(),
        "ingest": IngestOptions(diarize=False),
    }
    rag = AudioRAG(tmp_path / "db", "clapidx", audio_encoder=spec, **kw)
    rag.ingest(tone_files)
    assert rag.info()["models"]["audio_model"] == rag.models.audio_encoder.name
    again = AudioRAG(tmp_path / "db", "clapidx", **kw)  # encoder from the index's record
    assert (
        again.models.audio_encoder.name == rag.models.audio_encoder.name
        and again.models.audio_encoder.has_text
    )
    hits = again.search("a dog barking", k=5)
    assert any("audio_text" in h.channel for h in hits)
    by_example = again.search(audio=np.asarray(tone(660, 2.0)), k=1)
    assert by_example and by_example[0].source.endswith("mid.wav")


@pytest.mark.integration
def test_default_encoder_pooling_choice_is_recorded_and_reopened(tmp_path, tone_files):
    kw = {
        "whisper": FakeTranscriber(),
        "text_model": FakeTextEmbedder(),
        "ingest": IngestOptions(diarize=False),
    }
    spec = "whisper-encoder:tiny.en;pooling=stats"
    rag = AudioRAG(tmp_path / "db", "stats", audio_encoder=spec, **kw)
    rag.ingest(tone_files[:2])
    models = rag.info()["models"]
    assert (models["audio_model"], models["audio_dim"]) == (spec, 2 * 384)
    again = AudioRAG(tmp_path / "db", "stats", **kw)
    assert again.models.audio_encoder.name == spec and again.models.whisper.name == "tiny.en"
    assert again.search(audio=tone(220, 2.0), k=1)[0].source.endswith("low.wav")
