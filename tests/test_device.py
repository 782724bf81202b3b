"""Devices end to end: "auto" picks a usable CUDA GPU else the CPU, "cuda" where none is
usable is a clear error, and every model of an AudioRAG follows the choice. No GPU is
here: the probes are replaced by stand-ins, and nothing is loaded (models are lazy)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag import AudioRAG
from audio_rag._util import device as dev
from audio_rag._util.registry import Registry
from audio_rag.cli.commands import open_rag
from audio_rag.cli.parser import build_parser
from audio_rag.errors import AudioRAGError
from audio_rag.search.rerank import BUNDLED


def machine(monkeypatch, driver: bool, whisper_gpus: int = 0, torch_gpus: int = 0):
    monkeypatch.setattr(dev, "gpu_present", lambda: driver)
    monkeypatch.setattr(dev, "_ctranslate2_gpus", lambda: whisper_gpus)
    monkeypatch.setattr(dev, "_torch_gpus", lambda: torch_gpus)


def test_auto_without_a_driver_decides_without_asking_any_library(monkeypatch):
    def asked():
        raise AssertionError("a library was imported to decide")

    monkeypatch.setattr(dev, "gpu_present", lambda: False)
    monkeypatch.setattr(dev, "_ctranslate2_gpus", asked)
    monkeypatch.setattr(dev, "_torch_gpus", asked)
    assert dev.Device().whisper() == ("cpu", "int8", 0)
    assert dev.Device().torch() == "cpu"


def test_auto_takes_the_gpu_each_library_can_use(monkeypatch):
    machine(monkeypatch, driver=True, whisper_gpus=1, torch_gpus=1)
    assert dev.Device().whisper() == ("cuda", "float16", 0)
    assert dev.Device().torch() == "cuda"
    assert dev.Device("cuda:1", "int8_float16").whisper() == ("cuda", "int8_float16", 1)
    assert dev.Device("cuda:1").torch() == "cuda:1"
    machine(monkeypatch, driver=True, whisper_gpus=1, torch_gpus=0)  # a CPU build of torch
    assert dev.Device().whisper()[0] == "cuda" and dev.Device().torch() == "cpu"


def test_cuda_where_no_library_can_use_it_is_a_clear_error(monkeypatch):
    machine(monkeypatch, driver=False)
    with pytest.raises(AudioRAGError, match="CTranslate2 sees no CUDA GPU"):
        dev.Device("cuda").whisper()
    machine(monkeypatch, driver=True, whisper_gpus=1, torch_gpus=0)
    with pytest.raises(AudioRAGError, match="torch sees no CUDA GPU.*CPU-only build"):
        dev.Device("cuda").torch()
    assert dev.Device("cpu").torch() == "cpu"  # cpu never asks


def test_an_unknown_device_names_the_valid_ones():
    with pytest.raises(AudioRAGError, match="auto, cpu, cuda"):
        dev.Device("tpu")


def test_every_model_follows_the_device(monkeypatch, tmp_path):
    machine(monkeypatch, driver=True, whisper_gpus=1, torch_gpus=1)
    rag = AudioRAG(tmp_path / "db", device="cuda", compute_type="int8_float16")
    m = rag.models
    assert m.whisper._kwargs["device"] == "cuda"
    assert m.whisper._kwargs["compute_type"] == "int8_float16"
    assert m.text_embedder._device == "cuda"
    assert m.speaker_encoder.device == "cuda"
    assert m.audio_encoder.whisper is m.whisper  # the Whisper encoder shares the GPU model
    assert m.use_audio_encoder("wav2vec2:some/model").device == "cuda"
    assert rag.searcher.reranker(BUNDLED).device == "cuda"
    assert not m._whisper.get()._model.loaded  # all of this loaded nothing


def test_the_cpu_keeps_the_measured_defaults(monkeypatch, tmp_path):
    machine(monkeypatch, driver=False)
    m = AudioRAG(tmp_path / "db").models
    assert (m.whisper._kwargs["device"], m.whisper._kwargs["compute_type"]) == ("cpu", "int8")
    assert m.text_embedder._device == "cpu" and m.speaker_encoder.device == "cpu"


def test_the_command_line_passes_device_and_compute_type(monkeypatch, tmp_path):
    machine(monkeypatch, driver=True, whisper_gpus=1, torch_gpus=1)
    argv = ["info", "--db", str(tmp_path), "--device", "cuda", "--compute-type", "float32"]
    m = open_rag(build_parser().parse_args(argv)).models
    assert m.whisper._kwargs["device"] == "cuda" and m.whisper._kwargs["compute_type"] == "float32"


def test_a_plugin_written_before_devices_still_builds():
    reg = Registry("thing")
    reg.register("old", lambda spec, whisper=None: ("old", spec))
    reg.register("new", lambda spec, whisper=None, device="cpu": ("new", device))
    assert reg.make("old", "s", whisper=None, device="cuda") == ("old", "s")
    assert reg.make("new", "s", whisper=None, device="cuda") == ("new", "cuda")


def test_bert_on_torch_kernels_takes_a_device():
    """The torch path moves weights and inputs to the device and brings states back
    (run here on the CPU device: no GPU is lent to these tests)."""
    from audio_rag.encoders.text import TextEmbedder

    bert = TextEmbedder().model.bert
    pairs = bert.encode(["what is pumped hydro?", "ok"])
    on_device = bert.mean_states(pairs, torch=True, device="cpu")
    assert np.abs(on_device - bert.mean_states(pairs, torch=False)).max() < 1e-5
    assert (
        bert._torch.device == "cpu"
        and bert._torch.w["embeddings.LayerNorm.weight"].device.type == "cpu"
    )


def test_a_plugin_taking_keywords_gets_every_option():
    reg = Registry("thing")
    reg.register("kw", lambda model, **kw: kw)
    assert reg.make("kw", "m", options=1, device="cuda") == {"options": 1, "device": "cuda"}


def test_ray_gpu_actors_see_their_one_gpu_as_index_0():
    from audio_rag.api.models import ModelRecipe
    from audio_rag.ingest.distributed import WorkerSpec, _one_gpu_each
    from audio_rag.ingest.options import IngestOptions

    recipe = ModelRecipe("tiny.en", "t", "a", "s", None, None, dev.Device("cuda:1", "int8"), "c")
    spec = _one_gpu_each(WorkerSpec(recipe, IngestOptions(), False))
    assert spec.make_models.device == dev.Device("cuda", "int8")
    assert _one_gpu_each(WorkerSpec(len, IngestOptions(), False)).make_models is len
