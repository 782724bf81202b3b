"""Concurrent writers and readers on one index: the second writer waits (or refuses
after --lock-timeout) with a clear message; searches during an ingest only see whole
sources; a long-lived reader sees other processes' writes and removals."""

from __future__ import annotations

import time

import numpy as np
import pytest

from audio_rag.errors import IndexBusyError
from audio_rag.ingest import IngestOptions
from audio_rag.store import index_problems
from audio_rag.store.lock import IndexLock
from tests.helpers import tone
from tests.test_crash import (
    archive,
    archive_master,
    episode,
    open_index,
    reference,
    run_cli,
    snapshot,
    wait_for_lines,
)

__all__ = ["archive", "archive_master", "reference"]  # fixtures shared with test_crash


def test_lock_refuses_after_timeout_and_is_freed_on_release(tmp_path):
    path = tmp_path / "db" / ".audio_rag-x.lock"
    first = IndexLock(path)
    first.acquire()
    t0 = time.monotonic()
    with pytest.raises(IndexBusyError, match=r"another process \(pid \d+ on .*\) is writing"):
        IndexLock(path, timeout=0.3).acquire()
    assert 0.3 <= time.monotonic() - t0 < 2
    first.release()
    with IndexLock(path, timeout=0).held():
        pass


def test_second_writer_waits_then_both_succeed(archive, tmp_path, reference):
    db, trace = tmp_path / "db", tmp_path / "trace"
    a = run_cli(["ingest", "--no-progress", *map(str, archive[:3])], db, 0.1, trace)
    wait_for_lines(trace, 1, a)
    b = run_cli(["ingest", "--no-progress", *map(str, archive[1:])], db)  # overlaps
    out_a, err_a = a.communicate(timeout=120)
    out_b, err_b = b.communicate(timeout=120)
    assert a.returncode == 0 and b.returncode == 0, (err_a, err_b)
    assert "another process (pid" in err_b and "waiting" in err_b
    assert "3 ingested" in out_a and "2 unchanged" in out_b and "1 ingested" in out_b
    rag = open_index(db)
    assert index_problems(rag.index) == []
    assert snapshot(rag) == reference


def test_second_writer_refuses_after_lock_timeout(archive, tmp_path):
    db, trace = tmp_path / "db", tmp_path / "trace"
    a = run_cli(["ingest", "--no-progress", *map(str, archive)], db, 0.2, trace)
    wait_for_lines(trace, 1, a)
    b = run_cli(["remove", str(archive[0]), "--lock-timeout", "0.5"], db)
    out_b, err_b = b.communicate(timeout=60)
    assert b.returncode == 1
    assert "is writing this index; gave up after 0.5 s" in err_b and "Traceback" not in err_b
    a.communicate(timeout=120)
    assert a.returncode == 0 and index_problems(open_index(db).index) == []


def test_searches_during_an_ingest_see_only_whole_sources(archive, tmp_path):
    db, trace = tmp_path / "db", tmp_path / "trace"
    first = run_cli(["ingest", "--no-progress", str(archive[0])], db)
    assert first.communicate(timeout=60) and first.returncode == 0
    reader = open_index(db)  # opened before the writer starts, kept open throughout
    w = run_cli(["ingest", "--no-progress", *map(str, archive)], db, 0.1, trace)
    seen_sources = set()
    queries = 0
    while w.poll() is None:
        for hits in (reader.search("tone200 tone600", k=20), reader.search(audio=tone(660, 2))):
            complete = {r["source_id"] for r in reader.index.sources.all()}
            got = {h.source_id for h in hits}
            assert got <= complete, "a hit from a source still being written"
            assert len({h.unit_id for h in hits}) == len(hits)
            seen_sources |= got
        queries += 1
    assert w.returncode == 0, w.communicate()
    assert queries >= 3
    final = reader.search("tone200 tone600 tone1500", k=50)
    assert {h.source_id for h in final} == {r["source_id"] for r in reader.index.sources.all()}
    assert len(reader.index.sources.all()) == len(archive)


def test_a_long_lived_reader_sees_another_process_remove(archive, tmp_path):
    db = tmp_path / "db"
    w = run_cli(["ingest", "--no-progress", *map(str, archive[:2])], db)
    assert w.communicate(timeout=60) and w.returncode == 0
    reader = open_index(db)
    gone = reader.resolve_source(archive[0])
    assert gone in {h.source_id for h in reader.search(audio=tone(220, 2), k=10)}
    rm = run_cli(["remove", str(archive[0])], db)
    out, err = rm.communicate(timeout=60)
    assert rm.returncode == 0 and "removed" in out, err
    for hits in (reader.search(audio=tone(220, 2), k=10), reader.search("tone200", k=10)):
        assert hits and gone not in {h.source_id for h in hits}
    assert [s.id for s in reader.speakers()]  # vectors of the speakers read fine too


def test_search_from_the_progress_hook_sees_only_finished_files(fake_rag, tmp_path):
    files = [episode(tmp_path / f"e{i}.wav", [220 * (i + 1)] * 2) for i in range(3)]
    rag = fake_rag(ingest=IngestOptions(block_seconds=5))
    finished: list[str] = []
    checks = []

    def hook(event, **info):
        if event == "file_done":
            finished.append(info["result"].source_id)
        elif event == "audio":
            hits = rag.search(audio=np.concatenate([tone(220 * (i + 1), 1) for i in range(3)]))
            checks.append({h.source_id for h in hits} <= set(finished))

    rag.ingest(files, hook=hook)
    assert len(checks) > 3 and all(checks)
