"""Crash safety, interrupts, idempotence and removal.

Ingests run in a subprocess (`tests/fake_cli.py`: the real CLI and pipeline with the
model doubles) that is SIGKILLed or interrupted part-way; the same ingest is then run
again and the index must equal one built without a crash."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from audio_rag import AudioRAGError
from audio_rag.audio import SAMPLE_RATE
from audio_rag.cli import main
from audio_rag.ingest import IngestOptions
from audio_rag.store import index_problems
from tests.helpers import FakeTranscriber, tone, write_wav

ROOT = Path(__file__).resolve().parent.parent


def episode(path: Path, pitches: list[int], seconds: float = 6.0) -> Path:
    """Turns of 'speakers' (tones of different pitch) with pauses between them."""
    pause = np.zeros(int(SAMPLE_RATE * 2.5), np.float32)
    parts = []
    for p in pitches:
        parts += [tone(p, seconds), pause]
    return write_wav(path, np.concatenate(parts))


@pytest.fixture(scope="module")
def archive_master(tmp_path_factory):
    d = tmp_path_factory.mktemp("archive")
    voices = [[220, 660, 220], [660, 1500, 660], [220, 1500, 220], [660, 220, 1500]]
    return [episode(d / f"ep{i}.wav", v) for i, v in enumerate(voices)]


@pytest.fixture
def archive(archive_master, tmp_path):
    """Four recordings of three 'voices', ~25 s each (a fresh copy per test)."""
    d = tmp_path / "archive"
    d.mkdir()
    return [Path(shutil.copy(f, d / f.name)) for f in archive_master]


def run_cli(args, db, delay=0.0, trace=None, block=10.0, **popen):
    env = {
        **os.environ,
        "AUDIO_RAG_TEST_DELAY": str(delay),
        "AUDIO_RAG_TEST_BLOCK": str(block),
        "AUDIO_RAG_TEST_TRACE": str(trace or ""),
        "PYTHONPATH": str(ROOT),
    }
    cmd = [sys.executable, "-m", "tests.fake_cli", *args, "--db", str(db), "--collection", "idx"]
    return subprocess.Popen(
        cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **popen
    )


def wait_for_lines(trace: Path, n: int, proc, timeout: float = 60.0) -> None:
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if trace.exists() and len(trace.read_text().splitlines()) >= n:
            return
        if proc.poll() is not None:
            raise AssertionError(f"ingest ended early: {proc.communicate()}")
        time.sleep(0.02)
    raise AssertionError("ingest made no progress")


def open_index(db):
    from audio_rag import AudioRAG
    from tests.helpers import (
        FakeAudioEncoder,
        FakeReranker,
        FakeSpeakerEncoder,
        FakeTextEmbedder,
    )

    return AudioRAG(
        db,
        "idx",
        whisper=FakeTranscriber(),
        text_model=FakeTextEmbedder(),
        audio_encoder=FakeAudioEncoder(),
        speaker_encoder=FakeSpeakerEncoder(),
        reranker=FakeReranker(),
    )


def snapshot(rag) -> dict:
    """What a user can observe of an index: sources, units (ids, text, speaker groups)."""
    got = rag.index.cols.get("-audio").get(include=["metadatas", "documents"])
    units = sorted(zip(got["ids"], got["documents"], [m.get("speaker") for m in got["metadatas"]]))
    by_speaker: dict = {}
    for uid, _, spk in units:
        by_speaker.setdefault(spk, []).append(uid)
    return {
        "sources": sorted(
            (r["source_id"], Path(r["path"]).name, r["units"], r["duration"])
            for r in rag.index.sources.all()
        ),
        "units": [(u, d) for u, d, _ in units],
        "speaker_groups": sorted(sorted(v) for v in by_speaker.values()),
        "speech_units": rag.index.cols.get("").count(),
    }


@pytest.fixture(scope="module")
def reference(archive_master, tmp_path_factory):
    """The index the archive gives when nothing goes wrong (same code path, no crash)."""
    db = tmp_path_factory.mktemp("reference")
    proc = run_cli(["ingest", "--no-progress", *map(str, archive_master)], db)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    rag = open_index(db)
    assert index_problems(rag.index) == []
    return snapshot(rag)


def kill_and_rerun(archive, tmp_path, sig, after_blocks, batch_files=1):
    """`batch_files=1`: every block is written as it is done (a long recording's pace);
    more: files' writes wait for their batch (a library of short files)."""
    db, trace = tmp_path / "db", tmp_path / "trace"
    args = ["ingest", "--no-progress", "--batch-files", str(batch_files), *map(str, archive)]
    proc = run_cli(args, db, 0.15, trace)
    wait_for_lines(trace, after_blocks, proc)
    proc.send_signal(sig)
    out, err = proc.communicate(timeout=60)
    return db, proc.returncode, out, err


def complete_sources_are_truthful(rag) -> None:
    """After a crash: every manifest record is true; only the unfinished file's units
    may be left over (orphans), and they are all of one source."""
    problems = index_problems(rag.index)
    assert all("orphaned units" in p for p in problems), problems
    assert len(problems) <= 1


def test_sigkill_mid_ingest_then_rerun_gives_the_same_index(archive, tmp_path, reference):
    # 3 blocks a file: after the 5th block's transcription the 2nd file is half written
    db, code, _, _ = kill_and_rerun(archive, tmp_path, signal.SIGKILL, after_blocks=5)
    assert code == -signal.SIGKILL
    complete_sources_are_truthful(open_index(db))
    assert len(index_problems(open_index(db).index)) == 1  # its units, with no record
    check = run_cli(["info", "--check"], db)
    out, _ = check.communicate(timeout=60)
    assert check.returncode == 1 and "orphaned units" in out and "INCONSISTENT" in out
    assert 0 < len(open_index(db).index.sources.all()) < len(archive)  # killed part-way
    proc = run_cli(["ingest", "--no-progress", *map(str, archive)], db)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "unchanged" in out and "ingested" in out
    rag = open_index(db)
    assert index_problems(rag.index) == []
    assert snapshot(rag) == reference
    check = run_cli(["info", "--check"], db)
    assert "consistent" in check.communicate(timeout=60)[0] and check.returncode == 0
    assert {s.id for s in rag.speakers()} >= {
        u.speaker for f in archive for u in rag.transcript(f) if u.speaker
    }


@pytest.mark.slow
@pytest.mark.parametrize("after_blocks", range(1, 13))  # 4 files x 3 blocks
def test_sigkill_at_many_points(archive, tmp_path, reference, after_blocks):
    db, _, _, _ = kill_and_rerun(archive, tmp_path, signal.SIGKILL, after_blocks)
    complete_sources_are_truthful(open_index(db))
    proc = run_cli(["ingest", "--no-progress", *map(str, archive)], db)
    assert proc.communicate(timeout=120) and proc.returncode == 0
    rag = open_index(db)
    assert index_problems(rag.index) == [] and snapshot(rag) == reference


def test_sigkill_mid_batch_then_rerun_gives_the_same_index(archive, tmp_path, reference):
    db, code, _, _ = kill_and_rerun(archive, tmp_path, signal.SIGKILL, 5, batch_files=32)
    assert code == -signal.SIGKILL
    complete_sources_are_truthful(open_index(db))
    proc = run_cli(["ingest", "--no-progress", *map(str, archive)], db)
    assert proc.communicate(timeout=120) and proc.returncode == 0
    rag = open_index(db)
    assert index_problems(rag.index) == [] and snapshot(rag) == reference


def test_ctrl_c_mid_ingest_leaves_a_consistent_index(archive, tmp_path, reference):
    # batched: Ctrl-C still writes the files finished before it (the 1st), not the 2nd
    db, code, _, err = kill_and_rerun(archive, tmp_path, signal.SIGINT, 5, batch_files=32)
    assert code == 130 and "interrupted" in err and "Traceback" not in err
    rag = open_index(db)
    assert index_problems(rag.index) == []  # the unfinished file was cleaned up at once
    done = rag.index.sources.all()
    assert 0 < len(done) < len(archive)
    proc = run_cli(["ingest", "--no-progress", *map(str, archive)], db)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert f"{len(done)} unchanged" in out
    assert snapshot(open_index(db)) == reference


# ---- idempotence, updates, removal (in-process) -----------------------------------
class CountingTranscriber(FakeTranscriber):
    calls = 0

    def transcribe(self, audio):
        CountingTranscriber.calls += 1
        time.sleep(0.02)  # a (very) fast model still costs something per block
        return super().transcribe(audio)


def test_unchanged_reingest_is_a_fast_noop(fake_rag, archive):
    rag = fake_rag(whisper=CountingTranscriber(), ingest=IngestOptions(block_seconds=10))
    t0 = time.perf_counter()
    rag.ingest(archive)
    first = time.perf_counter() - t0
    before, calls = snapshot(rag), CountingTranscriber.calls
    t0 = time.perf_counter()
    again = rag.ingest(archive)
    second = time.perf_counter() - t0
    assert [f.status for f in again.files] == ["unchanged"] * len(archive)
    assert CountingTranscriber.calls == calls  # no model ran
    assert snapshot(rag) == before
    assert second < first / 3, (first, second)


def test_changed_file_replaces_its_units_and_voices(fake_rag, tmp_path):
    path = episode(tmp_path / "ep.wav", [220, 660])
    rag = fake_rag()
    rag.ingest([path])
    old_sid = rag.resolve_source(path)
    episode(path, [1500, 1500, 1500])  # re-recorded: another voice, longer
    report = rag.ingest([path])
    assert report.files[0].status == "ingested"
    new_sid = rag.resolve_source(path)
    assert new_sid != old_sid and [r["source_id"] for r in rag.index.sources.all()] == [new_sid]
    assert all(u.source_id == new_sid for u in rag.transcript(path))
    assert index_problems(rag.index) == []
    assert len(rag.speakers()) == 1  # the old version's voices had nothing else: gone


def test_remove_api_removes_everywhere_and_keeps_the_rest(fake_rag, archive):
    rag = fake_rag()
    rag.ingest(archive)
    before = snapshot(rag)
    sid = rag.remove(archive[0])
    assert sid not in [r["source_id"] for r in rag.index.sources.all()]
    after = snapshot(rag)
    assert [u for u in after["units"] if u[0].startswith(sid)] == []
    assert after["units"] == [u for u in before["units"] if not u[0].startswith(sid)]
    assert index_problems(rag.index) == []
    with pytest.raises(AudioRAGError, match="not in index"):
        rag.remove(archive[0])
    rag.ingest(archive)  # it can come back, and nothing else is redone
    assert snapshot(rag) == before


def test_remove_takes_off_the_voice_seconds(fake_rag, tmp_path):
    a = episode(tmp_path / "a.wav", [220, 660])
    b = episode(tmp_path / "b.wav", [220])
    rag = fake_rag()
    rag.ingest([a, b])
    secs = {s.id: s.seconds for s in rag.speakers()}
    assert len(secs) == 2
    (only_a,) = set(secs) - {u.speaker for u in rag.transcript(b)}
    (shared,) = set(secs) - {only_a}
    rag.remove(b)
    now = {s.id: s.seconds for s in rag.speakers()}
    assert 0 < now[shared] < secs[shared]
    assert now[only_a] == pytest.approx(secs[only_a])
    rag.remove(a)
    assert rag.speakers() == []  # unnamed voices with no units left go


def test_remove_a_deleted_file_by_path_and_by_id(fake_rag, archive):
    rag = fake_rag()
    rag.ingest(archive)
    sid1 = rag.resolve_source(archive[1])
    archive[0].unlink()  # gone from disk: its recorded path still finds it
    rag.remove(archive[0])
    assert rag.remove(sid1[:10]) == sid1
    assert len(rag.index.sources.all()) == 2 and index_problems(rag.index) == []


def test_remove_hooks_see_every_deleted_source(fake_rag, archive):
    rag = fake_rag()
    seen = []
    rag.index.on_delete.append(lambda sids, seconds: seen.extend(sids))
    rag.ingest(archive[:2])
    sid = rag.remove(archive[0])
    assert sid in seen


def test_cli_remove(fake_rag, archive, tmp_path, capsys, monkeypatch):

    rag = fake_rag()
    rag.ingest(archive)
    db = tmp_path / "db"
    make = lambda args, **kw: fake_rag()  # noqa: E731
    assert main(["remove", str(archive[2]), "--db", str(db)], make_rag=make) == 0
    assert "removed" in capsys.readouterr().out
    assert main(["remove", str(archive[2]), "nope.wav", "--db", str(db)], make_rag=make) == 1
    err = capsys.readouterr().err
    assert "not in index" in err and "nope.wav" in err
    assert len(fake_rag().index.sources.all()) == 3 and index_problems(fake_rag().index) == []


def test_unexpected_error_mid_file_leaves_no_partial_units(fake_rag, archive):
    class Breaks(FakeTranscriber):
        n = 0

        def transcribe(self, audio):
            Breaks.n += 1
            if Breaks.n == 5:  # the second file's second block
                raise RuntimeError("model crashed")
            return super().transcribe(audio)

    rag = fake_rag(whisper=Breaks(), ingest=IngestOptions(block_seconds=10))
    report = rag.ingest(archive[:2])
    assert [f.status for f in report.files] == ["ingested", "failed"]
    assert "model crashed" in report.files[1].error
    assert index_problems(rag.index) == []
