"""Shared fixtures: an AudioRAG with fast test doubles, generated recordings."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag.audio import SAMPLE_RATE
from tests.helpers import (
    FakeAudioEncoder,
    FakeReranker,
    FakeSpeakerEncoder,
    FakeTextEmbedder,
    FakeTranscriber,
    tone,
    write_wav,
)


@pytest.fixture
def fake_rag(tmp_path):
    """An AudioRAG on an embedded Chroma folder with fast test doubles for the models."""
    from audio_rag import AudioRAG

    def make(**kw):
        kw.setdefault("whisper", FakeTranscriber())
        kw.setdefault("text_model", FakeTextEmbedder())
        kw.setdefault("audio_encoder", FakeAudioEncoder())
        kw.setdefault("speaker_encoder", FakeSpeakerEncoder())
        kw.setdefault("reranker", FakeReranker())
        return AudioRAG(tmp_path / "db", kw.pop("collection", "test_index"), **kw)

    return make


@pytest.fixture
def tone_files(tmp_path):
    """Three short 'recordings' of different pitches, with a pause in the middle."""
    out = []
    for name, f in [("low", 220), ("mid", 660), ("high", 1500)]:
        sig = np.concatenate([tone(f, 4), np.zeros(SAMPLE_RATE * 3, np.float32), tone(f, 4)])
        out.append(write_wav(tmp_path / f"{name}.wav", sig))
    return out


@pytest.fixture(scope="session")
def sample_rag(tmp_path_factory):
    """The bundled sample podcast ingested once with the real bundled models."""
    from audio_rag import AudioRAG
    from tests.helpers import SAMPLE

    db = tmp_path_factory.mktemp("sample_db")
    rag = AudioRAG(db, "sample")
    rag.db_path = db  # tests that change the index work on a copy of this folder
    report = rag.ingest([SAMPLE])
    assert report.files[0].status == "ingested", report.files[0].error
    return rag


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory):
    """kind -> folder of a tiny random transformers audio model (built once per session)."""
    from tests.tiny_models import build_all

    return build_all(tmp_path_factory.mktemp("tiny_audio_models"))
