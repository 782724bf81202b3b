"""Distributed ingest: what a worker computes (`ingest.capture`) applied by the one writer
gives the local ingest's index, and on a local Ray (`ray.init(num_cpus=2)`) the same
sources, unit ids, texts and speaker groupings; reruns add nothing; a worker killed
mid-file is retried; a driver killed mid-run is resumed by the next run."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from audio_rag.audio import SAMPLE_RATE
from audio_rag.ingest.capture import apply_work, capture_file
from audio_rag.ingest.distributed import WorkerSpec
from tests.helpers import FakeModels, tone, write_wav

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def folder(tmp_path):
    """Three recordings of two voices (pitches): the third is the first voice again, so
    linking across recordings matters. Lengths differ (11, 9, 13 s) so a test can pick
    one by its length."""
    out = tmp_path / "audio"
    out.mkdir()
    for name, f, secs in [("a_low", 220, 11), ("b_high", 1500, 9), ("c_low", 220, 13)]:
        half = (secs - 3) / 2
        gap = np.zeros(SAMPLE_RATE * 3, np.float32)
        write_wav(out / f"{name}.wav", np.concatenate([tone(f, half), gap, tone(f, half)]))
    write_wav(out / "d_silent.wav", np.zeros(SAMPLE_RATE * 2, np.float32))  # fails: silent
    return out


def rag_of(tmp_path, name: str):
    from audio_rag import AudioRAG

    m = FakeModels()
    return AudioRAG(
        tmp_path / name, "talks", whisper=m.transcriber, text_model=m.text_embedder,
        audio_encoder=m.audio_encoder, speaker_encoder=m.speaker_encoder,
    )  # fmt: skip


def contents(rag) -> dict:
    """What a user sees: per file name, the units (id, text, kind) and which units share
    a speaker (as groups of unit ids, independent of the speaker ids themselves)."""
    out, speakers = {}, {}
    for rec in rag.index.sources.all():
        units = rag.transcript(rec["source_id"])
        name = Path(rec["path"]).name
        out[name] = sorted((u.unit_id, u.text, u.kind, u.start, u.end) for u in units)
        for u in units:
            speakers.setdefault(u.speaker, set()).add(u.unit_id)
    out["speaker groups"] = sorted(sorted(g) for k, g in speakers.items() if k)
    return out


def test_captured_files_applied_in_order_give_the_local_index(tmp_path, folder):
    local = rag_of(tmp_path, "local")
    local.ingest([folder])
    remote = rag_of(tmp_path, "remote")
    service = remote.ingester
    service.prepare()
    spec = WorkerSpec(FakeModels(), service.options, service.prints is not None)
    ingestor = spec.ingestor()
    registry = service.speaker_registry()
    results = []
    for path in sorted(folder.iterdir()):
        work = capture_file(ingestor, path, [], spec.fingerprints)
        results.append(apply_work(service.index, registry, service.prints, work))
    assert [r.status for r in results] == ["ingested"] * 3 + ["failed"]
    assert "silent" in results[-1].error
    assert contents(remote) == contents(local)
    assert len(remote.prints) == len(local.prints) > 0
    assert len(contents(local)["speaker groups"]) == 2  # c_low linked to a_low's voice


@pytest.fixture(scope="module")
def local_ray():
    import cloudpickle
    import ray

    import tests.helpers

    cloudpickle.register_pickle_by_value(tests.helpers)  # the workers need not import tests
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def test_ray_ingest_gives_the_local_result_and_a_rerun_adds_nothing(
    local_ray, tmp_path, folder, monkeypatch
):
    from audio_rag.api import models

    local = rag_of(tmp_path, "local")
    local.ingest([folder])
    remote = rag_of(tmp_path, "remote")
    monkeypatch.setattr(models.Models, "portable", lambda self: FakeModels())
    events = []
    report = remote.ingest([folder], ray=True, actors=2, hook=lambda e, **i: events.append(e))
    assert [f.status for f in report.files] == ["ingested"] * 3 + ["failed"]
    assert contents(remote) == contents(local)
    assert events.count("file_done") == 4 and "audio" in events
    again = remote.ingest([folder], ray=True)
    assert [f.status for f in again.files] == ["unchanged"] * 3 + ["failed"]
    assert contents(remote) == contents(local)


def test_a_worker_killed_mid_file_is_retried(local_ray, tmp_path, folder, monkeypatch):
    from audio_rag.api import models

    local = rag_of(tmp_path, "local")
    local.ingest([folder])
    remote = rag_of(tmp_path, "remote")
    marker = tmp_path / "died"
    dying = FakeModels(die_seconds=9.0, marker=str(marker))  # b_high's block
    monkeypatch.setattr(models.Models, "portable", lambda self: dying)
    report = remote.ingest([folder], ray=True, actors=2)
    assert marker.exists()  # a worker really died
    assert [f.status for f in report.files] == ["ingested"] * 3 + ["failed"]
    assert contents(remote) == contents(local)


DRIVER = """
import os, sys
import cloudpickle, ray
import tests.helpers
from tests.helpers import FakeModels
from tests.test_distributed import rag_of
from audio_rag.api import models
from pathlib import Path
cloudpickle.register_pickle_by_value(tests.helpers)
ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
models.Models.portable = lambda self: FakeModels()
def hook(event, **info):
    if event == "file_done":
        os._exit(9)  # the driver dies after writing its first file
rag_of(Path(sys.argv[1]), "remote").ingest([sys.argv[2]], ray=True, actors=1, hook=hook)
"""


def test_a_driver_killed_mid_run_is_resumed_by_the_next(local_ray, tmp_path, folder, monkeypatch):
    from audio_rag.api import models

    code = textwrap.dedent(DRIVER)
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path), str(folder)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 9, run.stderr[-2000:]
    remote = rag_of(tmp_path, "remote")
    assert len(remote.index.sources.all()) == 1  # one file finished before the kill
    monkeypatch.setattr(models.Models, "portable", lambda self: FakeModels())
    report = remote.ingest([folder], ray=True)
    assert [f.status for f in report.files] == ["unchanged", "ingested", "ingested", "failed"]
    local = rag_of(tmp_path, "local")
    local.ingest([folder])
    assert contents(remote) == contents(local)


def test_the_same_audio_twice_in_one_run_is_written_once(tmp_path, folder):
    """Two workers cannot know that another holds the same audio: the writer tells."""
    import shutil

    shutil.copy(folder / "a_low.wav", folder / "e_copy.wav")
    remote = rag_of(tmp_path, "remote")
    service = remote.ingester
    service.prepare()
    ingestor = WorkerSpec(FakeModels(), service.options, False).ingestor()
    first, second = (
        capture_file(ingestor, folder / n, [], False) for n in ("a_low.wav", "e_copy.wav")
    )
    registry = service.speaker_registry()
    assert apply_work(service.index, registry, None, first).status == "ingested"
    again = apply_work(service.index, registry, None, second)
    assert again.status == "unchanged" and again.same_as == str(folder / "a_low.wav")
    assert [r["path"] for r in remote.index.sources.all()] == [str(folder / "a_low.wav")]


def changed_copy(folder: Path) -> None:
    """a_low.wav re-recorded: other audio (longer), the same voice."""
    gap = np.zeros(SAMPLE_RATE * 3, np.float32)
    write_wav(folder / "a_low.wav", np.concatenate([tone(220, 6), gap, tone(220, 6)]))


def test_a_changed_file_keeps_its_voice_locally(tmp_path, folder):
    """The old version goes after the new one is written (batched writes included), so the
    voice both versions share is not forgotten in between."""
    rag = rag_of(tmp_path, "local")
    rag.ingest([folder / "a_low.wav", folder / "b_high.wav"])
    before = {u.speaker for u in rag.transcript(folder / "a_low.wav") if u.speaker}
    changed_copy(folder)
    rag.ingest([folder / "a_low.wav", folder / "b_high.wav"])
    after = {u.speaker for u in rag.transcript(folder / "a_low.wav") if u.speaker}
    assert after == before and after <= {s.id for s in rag.speakers()}
    assert len(rag.index.sources.all()) == 2


def test_a_changed_file_keeps_its_voice_on_the_writer(tmp_path, folder):
    remote = rag_of(tmp_path, "remote")
    service = remote.ingester
    service.prepare()
    ingestor = WorkerSpec(FakeModels(), service.options, False).ingestor()
    registry = service.speaker_registry()
    first = capture_file(ingestor, folder / "a_low.wav", [], False)
    apply_work(service.index, registry, None, first)
    before = {u.speaker for u in remote.transcript(folder / "a_low.wav")}
    changed_copy(folder)
    again = capture_file(ingestor, folder / "a_low.wav", remote.index.sources.all(), False)
    assert again.removed == [first.result.source_id]
    apply_work(service.index, registry, None, again)
    after = {u.speaker for u in remote.transcript(folder / "a_low.wav")}
    assert after == before and after <= {s.id for s in remote.speakers()}
    assert [r["source_id"] for r in remote.index.sources.all()] == [again.result.source_id]
