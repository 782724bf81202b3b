"""Model resolution and backend loading code, on local copies and tiny models built here."""

import shutil
from pathlib import Path

import numpy as np
import pytest

from audio_rag._util.resolve import resolve
from audio_rag.asr import FasterWhisperTranscriber, OpenAIWhisperTranscriber, Transcript
from tests.helpers import tone


def test_bundled_names_resolve_to_package_folders():
    for kind, alias, canonical in [
        ("whisper", "tiny.en", "tiny.en"),
        ("whisper", "Systran/faster-whisper-tiny.en", "tiny.en"),
        ("text", "sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2"),
    ]:
        r = resolve(kind, alias)
        assert r.bundled and r.name == canonical and Path(r.location, "config.json").exists()


def test_hub_ids_and_sizes_pass_through_untouched():
    for name in ("small", "Systran/faster-whisper-small", "openai/whisper-base"):
        r = resolve("whisper", name)
        assert (r.name, r.location, r.bundled) == (name, name, False)


def test_local_ctranslate2_folder_loads_and_transcribes(tmp_path):
    folder = tmp_path / "my whisper"
    shutil.copytree(resolve("whisper", "tiny.en").location, folder)
    t = FasterWhisperTranscriber(str(folder))
    assert t.name == str(folder.resolve())
    out = t.transcribe(np.zeros(16000 * 2, np.float32))
    assert isinstance(out, Transcript) and out.segments == []  # silence: nothing to decode


@pytest.fixture(scope="module")
def tiny_openai_checkpoint(tmp_path_factory):
    import torch  # openai-whisper and torch come with the dev extra
    from whisper.model import ModelDimensions, Whisper

    torch.manual_seed(0)
    dims = ModelDimensions(
        n_mels=80,
        n_audio_ctx=1500,
        n_audio_state=32,
        n_audio_head=2,
        n_audio_layer=1,
        n_vocab=51864,
        n_text_ctx=448,
        n_text_state=32,
        n_text_head=2,
        n_text_layer=1,
    )
    path = tmp_path_factory.mktemp("ow") / "tiny-random.pt"
    torch.save({"dims": dims.__dict__, "model_state_dict": Whisper(dims).state_dict()}, path)
    return path


def test_openai_whisper_backend_loads_a_checkpoint_and_runs(tiny_openai_checkpoint):
    from audio_rag.asr import TranscribeOptions

    # a random model's sampled fallbacks can produce NaN logits: decode greedily only
    opts = TranscribeOptions(language="en", word_timestamps=False, temperatures=(0.0,))
    t = OpenAIWhisperTranscriber(str(tiny_openai_checkpoint), options=opts)
    out = t.transcribe(tone(300, 1.0))
    assert isinstance(out, Transcript) and out.language == "en"
    assert all(s.end >= s.start for s in out.segments)
    assert t.model.dims.n_audio_state == 32


def test_whisper_threads_follow_the_cores_it_may_use(monkeypatch):
    """A Ray actor's share (OMP_NUM_THREADS) bounds Whisper's threads, so actors on one
    machine do not oversubscribe it."""
    from audio_rag.asr import FasterWhisperTranscriber, TranscribeOptions

    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    one = FasterWhisperTranscriber("tiny.en", options=TranscribeOptions(workers=2))
    assert one._kwargs["cpu_threads"] == 1
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    four = FasterWhisperTranscriber("tiny.en", options=TranscribeOptions(workers=2))
    assert four._kwargs["cpu_threads"] == 2
