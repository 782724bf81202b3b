import audio_rag


def test_public_names_are_pinned():
    assert audio_rag.__all__ == sorted(
        [
            "AUDIO_EXTENSIONS",
            "AudioDecodeError",
            "AudioEncoder",
            "AudioInput",
            "AudioRAG",
            "AudioRAGError",
            "DEFAULT_DB",
            "DiarizeOptions",
            "FileResult",
            "Filter",
            "Hit",
            "IndexBusyError",
            "IndexNotFoundError",
            "IngestOptions",
            "IngestReport",
            "MissingDependencyError",
            "ModelMismatchError",
            "Reranker",
            "SearchOptions",
            "Speaker",
            "SpeakerEncoder",
            "TextEncoder",
            "TranscribeOptions",
            "Transcriber",
            "UnitOptions",
            "UnknownNameError",
            "__version__",
            "load_audio",
        ]
    )
    for name in audio_rag.__all__:
        assert getattr(audio_rag, name) is not None


def test_hit_uri_is_a_valid_uri_with_a_media_fragment():
    from urllib.parse import unquote, urlparse

    hit = audio_rag.Hit(source="/a/ep 1#2.mp3", start=812.4, end=829.95, text="x", score=0.5)
    assert hit.uri == "file:///a/ep%201%232.mp3#t=812.4,829.95"
    parsed = urlparse(hit.uri)
    assert unquote(parsed.path) == hit.source and parsed.fragment == "t=812.4,829.95"
    assert hit.to_dict()["uri"] == hit.uri and hit.to_dict()["speaker"] is None
    remote = audio_rag.Hit(source="s3://bucket/ep 1.mp3", start=1, end=2, text="", score=0)
    assert remote.uri == "s3://bucket/ep%201.mp3#t=1,2"
    label = audio_rag.Hit(source="podcasts/ep1.mp3", start=1, end=2, text="", score=0)
    assert label.uri == "podcasts/ep1.mp3#t=1,2"


def test_unknown_backend_lists_valid_names():
    import pytest

    from audio_rag.asr import make_transcriber

    with pytest.raises(audio_rag.UnknownNameError, match="faster-whisper, openai-whisper"):
        make_transcriber("nope")
