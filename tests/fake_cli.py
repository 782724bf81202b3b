"""Test-only `audio-rag` entry point whose models are the fast doubles of tests/helpers.py,
for tests that run the CLI in a subprocess and kill or interrupt it.

    python -m tests.fake_cli ingest --db DB FILES...

Environment: AUDIO_RAG_TEST_DELAY seconds each transcription sleeps (default 0);
AUDIO_RAG_TEST_BLOCK block seconds (default 600); AUDIO_RAG_TEST_TRACE a file that gets
one line per transcribed block, so a test knows how far the ingest got.
"""

from __future__ import annotations

import os
import sys
import time

from audio_rag import cli
from tests.helpers import (
    FakeAudioEncoder,
    FakeReranker,
    FakeSpeakerEncoder,
    FakeTextEmbedder,
    FakeTranscriber,
)


class TracedTranscriber(FakeTranscriber):
    def transcribe(self, audio):
        out = super().transcribe(audio)
        time.sleep(float(os.environ.get("AUDIO_RAG_TEST_DELAY", "0")))
        trace = os.environ.get("AUDIO_RAG_TEST_TRACE")
        if trace:
            with open(trace, "a") as f:
                f.write(f"{len(audio)}\n")
        return out


def fake_rag(args, ingest=None, audio_encoder=None):
    """What `audio_rag.cli.commands.open_rag` opens, with the model doubles."""
    from dataclasses import replace

    from audio_rag import AudioRAG, IngestOptions

    block = float(os.environ.get("AUDIO_RAG_TEST_BLOCK", "600"))
    return AudioRAG(
        args.db,
        args.collection,
        chroma_host=args.chroma_host,
        chroma_port=args.chroma_port,
        lock_timeout=getattr(args, "lock_timeout", None),
        whisper=TracedTranscriber(),
        text_model=FakeTextEmbedder(),
        audio_encoder=FakeAudioEncoder(),
        speaker_encoder=FakeSpeakerEncoder(),
        reranker=FakeReranker(),
        ingest=replace(ingest or IngestOptions(), block_seconds=block),
    )


if __name__ == "__main__":
    sys.exit(cli.main(make_rag=fake_rag))
