"""Shared by the web tests: an index of generated tones built with the model doubles,
and the web app over it."""

from __future__ import annotations

from pathlib import Path

import numpy as np

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

COLLECTION = "web"
PITCHES = {"low": 220, "mid": 660, "high": 1500}
"""File name -> pitch; the fake transcriber hears a pitch as the word tone<hundreds>."""


def recordings(folder: Path) -> list[Path]:
    """Three 11 s 'recordings': a 4 s tone, 3 s of silence, the tone again."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, f in PITCHES.items():
        sig = np.concatenate([tone(f, 4), np.zeros(SAMPLE_RATE * 3, np.float32), tone(f, 4)])
        out.append(write_wav(folder / f"{name}.wav", sig))
    return out


def open_rag(db: Path, **kw):
    """The AudioRAG of the web tests' index, with the model doubles."""
    from audio_rag import AudioRAG

    return AudioRAG(
        db,
        COLLECTION,
        whisper=FakeTranscriber(),
        text_model=FakeTextEmbedder(),
        audio_encoder=FakeAudioEncoder(),
        speaker_encoder=FakeSpeakerEncoder(),
        reranker=FakeReranker(),
        **kw,
    )


def build_index(folder: Path):
    """(AudioRAG, the recordings) of an index of the three tone recordings."""
    files = recordings(folder / "audio")
    rag = open_rag(folder / "db")
    report = rag.ingest(files)
    assert not report.failed, report.summary()
    return rag, files


def make_app(rag, **options):
    from audio_rag.server import ServerOptions, create_app

    return create_app(rag, ServerOptions(**options))
