"""Server mode: the store tests again, against a real Chroma server over HTTP.

A session fixture starts `chroma run` (the CLI the chromadb package installs) on a
free loopback port with a temporary folder, and stops it at the end. The tests below
are the same functions as in the PersistentClient suites, imported here so that they
run with this module's `fake_rag`: an AudioRAG talking to the server, one fresh
collection name per test.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from audio_rag.store import Index, index_problems, make_client
from tests.helpers import (
    FakeAudioEncoder,
    FakeReranker,
    FakeSpeakerEncoder,
    FakeTextEmbedder,
    FakeTranscriber,
)

# The store tests, run again here against the server (same code, other `fake_rag`).
from tests.test_concurrency import test_search_from_the_progress_hook_sees_only_finished_files
from tests.test_crash import (
    archive,
    archive_master,
    test_changed_file_replaces_its_units_and_voices,
    test_remove_api_removes_everywhere_and_keeps_the_rest,
    test_remove_hooks_see_every_deleted_source,
    test_remove_takes_off_the_voice_seconds,
    test_unexpected_error_mid_file_leaves_no_partial_units,
)
from tests.test_ingest import (
    test_bad_files_are_reported_and_the_batch_goes_on,
    test_changed_file_at_same_path_replaces_its_units,
    test_ingest_then_search_text_and_audio,
    test_model_mismatch_is_refused_clearly,
    test_reingest_is_a_noop,
    test_remove_source_removes_everywhere,
    test_sound_only_file_gets_audio_units,
    test_source_filter_and_source_lookup,
    test_unfinished_source_is_redone_without_duplicates,
)
from tests.test_speakers import (
    episodes,
    test_enroll_rename_merge_relabel_units_without_reingesting,
    test_voices_are_linked_across_recordings_and_units_follow_turns,
)

SHARED = [
    archive,
    archive_master,
    episodes,
    test_search_from_the_progress_hook_sees_only_finished_files,
    test_changed_file_replaces_its_units_and_voices,
    test_remove_api_removes_everywhere_and_keeps_the_rest,
    test_remove_hooks_see_every_deleted_source,
    test_remove_takes_off_the_voice_seconds,
    test_unexpected_error_mid_file_leaves_no_partial_units,
    test_bad_files_are_reported_and_the_batch_goes_on,
    test_changed_file_at_same_path_replaces_its_units,
    test_ingest_then_search_text_and_audio,
    test_model_mismatch_is_refused_clearly,
    test_remove_source_removes_everywhere,
    test_reingest_is_a_noop,
    test_sound_only_file_gets_audio_units,
    test_source_filter_and_source_lookup,
    test_unfinished_source_is_redone_without_duplicates,
    test_enroll_rename_merge_relabel_units_without_reingesting,
    test_voices_are_linked_across_recordings_and_units_follow_turns,
]


def chroma_cli() -> str | None:
    """The `chroma` command of this environment (installed by the chromadb package)."""
    here = Path(sys.executable).parent / "chroma"
    return str(here) if here.exists() else shutil.which("chroma")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """(host, port) of a Chroma server running for this test session."""
    exe = chroma_cli()
    if exe is None:
        pytest.fail("the chroma CLI is missing; it comes with the chromadb package")
    path, port = tmp_path_factory.mktemp("chroma_server"), free_port()
    log = open(path.parent / "chroma_server.log", "w")  # noqa: SIM115 - closed below
    proc = subprocess.Popen(
        [exe, "run", "--path", str(path), "--host", "127.0.0.1", "--port", str(port)],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        client = wait_until_up("127.0.0.1", port, proc)
        yield "127.0.0.1", port, client
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()


def wait_until_up(host: str, port: int, proc, timeout: float = 60.0):
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if proc.poll() is not None:
            raise RuntimeError(f"chroma run exited with {proc.returncode}")
        try:
            client = make_client(None, host, port)
            client.heartbeat()
            return client
        except Exception:  # not listening yet
            time.sleep(0.2)
    raise RuntimeError(f"chroma server not up on {host}:{port} after {timeout:g} s")


@pytest.fixture
def fake_rag(chroma_server):
    """Like conftest's `fake_rag`, but the index lives on the Chroma server."""
    from audio_rag import AudioRAG

    host, port, _ = chroma_server
    run = uuid.uuid4().hex[:8]

    def make(**kw):
        kw.setdefault("whisper", FakeTranscriber())
        kw.setdefault("text_model", FakeTextEmbedder())
        kw.setdefault("audio_encoder", FakeAudioEncoder())
        kw.setdefault("speaker_encoder", FakeSpeakerEncoder())
        kw.setdefault("reranker", FakeReranker())
        name = f"{kw.pop('collection', 'test_index')}-{run}"
        return AudioRAG(None, name, chroma_host=host, chroma_port=port, **kw)

    return make


def test_the_server_really_is_used(fake_rag, chroma_server, tmp_path):
    from tests.helpers import tone, write_wav

    _, _, client = chroma_server
    rag = fake_rag(collection="where")
    assert "fastapi" in rag.index.conn.client.get_settings().chroma_api_impl.lower()  # HTTP
    path = write_wav(tmp_path / "a.wav", tone(440, 5))
    rag.ingest([path])
    names = {c.name if hasattr(c, "name") else c for c in client.list_collections()}
    assert {rag.index.name, f"{rag.index.name}-audio", f"{rag.index.name}-sources"} <= names
    assert index_problems(Index(client, rag.index.name)) == []


def test_server_writers_share_a_lock_keyed_by_host_port_collection(fake_rag):
    a, b = fake_rag(collection="locked"), fake_rag(collection="locked")
    assert a.lock.path == b.lock.path and "127.0.0.1" in a.lock.path.name
    assert fake_rag(collection="other").lock.path != a.lock.path
