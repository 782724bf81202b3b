import audio_rag


def test_public_names_are_pinned():
    assert audio_rag.__all__ == sorted(
        [
            "AudioDecodeError",
            "AudioInput",
            "AudioRAG",
            "AudioRAGError",
            "DEFAULT_DB",
            "FileResult",
            "Hit",
            "IngestReport",
            "MissingDependencyError",
            "ModelMismatchError",
            "TranscribeOptions",
            "UnitOptions",
            "UnknownNameError",
            "__version__",
            "load_audio",
        ]
    )
    for name in audio_rag.__all__:
        assert getattr(audio_rag, name) is not None


def test_hit_uri_is_a_media_fragment():
    hit = audio_rag.Hit(source="/a/ep 1.mp3", start=812.4, end=829.95, text="x", score=0.5)
    assert hit.uri == "/a/ep 1.mp3#t=812.4,829.95"
    assert hit.to_dict()["uri"] == hit.uri and hit.to_dict()["speaker"] is None


def test_unknown_backend_lists_valid_names():
    import pytest

    from audio_rag.transcribe import make_transcriber

    with pytest.raises(audio_rag.UnknownNameError, match="faster-whisper, openai-whisper"):
        make_transcriber("nope")
