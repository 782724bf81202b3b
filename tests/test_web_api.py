"""`audio-rag serve`'s JSON API over an index of generated tones (model doubles):
the objects it answers, filters, transcripts, audio with Range requests, uploads, and
errors as JSON."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("starlette", reason="the web tests need the serve extra")
from starlette.testclient import TestClient  # noqa: E402

from audio_rag.cli import main  # noqa: E402
from tests.web_support import COLLECTION, build_index, make_app, open_rag  # noqa: E402


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    """(AudioRAG, recordings, folder) of one index the read-only tests share."""
    folder = tmp_path_factory.mktemp("web_index")
    rag, files = build_index(folder)
    return rag, files, folder


@pytest.fixture(scope="module")
def client(indexed):
    return TestClient(make_app(indexed[0]))


def source_id(client, name: str) -> str:
    return next(
        r["source_id"] for r in client.get("/api/sources").json() if r["path"].endswith(name)
    )


def test_search_answers_the_objects_of_search_json(indexed, client, capsys):
    rag, _, folder = indexed
    got = client.get("/api/search", params={"q": "tone600", "k": 3})
    assert got.status_code == 200
    argv = ["search", "tone600", "--json", "-k", "3", "--db", str(folder / "db")]
    assert main([*argv, "--collection", COLLECTION], make_rag=lambda a, **kw: rag) == 0
    assert got.json() == json.loads(capsys.readouterr().out)
    top = got.json()[0]
    assert top["source"].endswith("mid.wav") and "tone600" in top["text"]
    assert {"start", "end", "speaker", "source_id", "uri", "ranks"} <= set(top)


def test_filters_narrow_the_hits(client):
    mid = source_id(client, "mid.wav")
    by_name = client.get("/api/search", params={"q": "tone600 tone200", "source": "low.wav"})
    assert {h["source"].rsplit("/", 1)[1] for h in by_name.json()} == {"low.wav"}
    by_id = client.get("/api/search", params={"q": "tone200", "source": mid}).json()
    assert by_id and all(h["source_id"] == mid for h in by_id)
    late = client.get("/api/search", params={"q": "tone600", "start": "0:06", "end": "11"}).json()
    assert late and all(h["end"] > 6 for h in late)
    speaker = late[0]["speaker"]
    mine = client.get("/api/search", params={"q": "tone", "speaker": speaker.lower()}).json()
    assert mine and {h["speaker"] for h in mine} == {speaker}
    assert client.get("/api/search", params={"q": "tone600", "rerank": "none"}).status_code == 200


@pytest.mark.parametrize(
    "params, says",
    [
        ({"q": ""}, "give a query"),
        ({"q": "x", "k": "0"}, "k must be from 1 to 100"),
        ({"q": "x", "k": "ten"}, "k must be a whole number"),
        ({"q": "x", "speeker": "S1"}, "unknown parameter speeker"),
        ({"q": "x", "speaker": "Nobody"}, "no speaker 'Nobody'"),
        ({"q": "x", "source": "/etc/passwd"}, "unknown source '/etc/passwd'"),
        ({"q": "x", "start": "1:75"}, "start: not a time"),
        ({"q": "x", "start": "9", "end": "3"}, "the time range is empty"),
        ({"q": "x", "rerank": "some/hub-model"}, "rerank takes 'none'"),
        ({"q": "x", "mode": "fuzzy"}, "mode must be one of"),
    ],
)
def test_bad_search_parameters_are_clear_json_errors(client, params, says):
    r = client.get("/api/search", params=params)
    assert r.status_code == 400
    assert says in r.json()["error"]


def test_transcript_lists_a_sources_units_in_time_order(client):
    sid = source_id(client, "high.wav")
    data = client.get(f"/api/sources/{sid}/transcript").json()
    assert data["source"]["source_id"] == sid and data["source"]["path"].endswith("high.wav")
    starts = [u["start"] for u in data["units"]]
    assert starts == sorted(starts) and len(starts) == 2
    assert all("tone1500" in u["text"] and "score" not in u for u in data["units"])
    missing = client.get("/api/sources/0123456789abcdef/transcript")
    assert missing.status_code == 404 and "no indexed source" in missing.json()["error"]


def test_speakers_info_and_sources(client):
    speakers = client.get("/api/speakers").json()
    assert [s["id"] for s in speakers] == ["S1", "S2", "S3"]
    info = client.get("/api/info").json()
    assert info["sources"] == 3 and info["writes"] is False
    assert info["collection"] == COLLECTION


@pytest.mark.parametrize(
    "path",
    [
        "/api/audio/..%2F..%2F..%2Fetc%2Fpasswd",
        "/api/audio/%2Fetc%2Fpasswd",
        "/api/audio/../../etc/passwd",
        "/api/audio/mid.wav",
        "/api/sources/..%2F..%2Fetc%2Fpasswd/transcript",
    ],
)
def test_traversal_attempts_find_nothing(client, path):
    r = client.get(path)
    assert r.status_code == 404
    assert "root:" not in r.text and r.headers["content-type"] == "application/json"


def test_audio_is_the_indexed_file_with_range_requests(indexed, client):
    mid = indexed[1][1].read_bytes()
    url = f"/api/audio/{source_id(client, 'mid.wav')}"
    whole = client.get(url)
    assert whole.status_code == 200 and whole.content == mid
    assert (
        whole.headers["accept-ranges"] == "bytes" and whole.headers["content-type"] == "audio/wav"
    )
    part = client.get(url, headers={"Range": "bytes=100-199"})
    assert part.status_code == 206 and part.content == mid[100:200]
    assert part.headers["content-range"] == f"bytes 100-199/{len(mid)}"
    assert client.get(url, headers={"Range": "bytes=-10"}).content == mid[-10:]
    assert client.get(url, headers={"Range": "bytes=1000-"}).content == mid[1000:]
    past = client.get(url, headers={"Range": f"bytes={len(mid)}-"})
    assert past.status_code == 416 and past.headers["content-range"] == f"bytes */{len(mid)}"
    assert "outside the file" in past.json()["error"]
    assert client.get(url, headers={"Range": "lines=1-2"}).status_code == 200  # ignored


def test_a_changed_or_missing_file_is_not_served(tmp_path):
    rag, files = build_index(tmp_path)
    client = TestClient(make_app(rag))
    ids = {r["path"]: r["source_id"] for r in client.get("/api/sources").json()}
    files[0].write_bytes(files[0].read_bytes()[:-100])  # no longer the indexed audio
    changed = client.get(f"/api/audio/{ids[str(files[0])]}")
    assert changed.status_code == 409 and "changed since it was indexed" in changed.json()["error"]
    files[1].unlink()
    gone = client.get(f"/api/audio/{ids[str(files[1])]}")
    assert gone.status_code == 410 and "gone" in gone.json()["error"]


def test_search_by_an_uploaded_clip(indexed, client):
    clip = indexed[1][2].read_bytes()  # high.wav
    r = client.post(
        "/api/search/audio", files={"file": ("c.wav", clip, "audio/wav")}, data={"k": "2"}
    )
    assert r.status_code == 200
    hits = r.json()
    assert len(hits) <= 2 and hits[0]["source"].endswith("high.wav")


def test_bad_uploads_are_refused(indexed):
    rag, files, _ = indexed
    client = TestClient(make_app(rag, max_upload_bytes=50_000))
    big = files[0].read_bytes()  # 350 kB
    r = client.post("/api/search/audio", files={"file": ("big.wav", big, "audio/wav")})
    assert r.status_code == 413 and "larger than the limit of 49 KiB" in r.json()["error"]
    head = b'--b\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\n'
    parts = [head, *(big[i : i + 8192] for i in range(0, len(big), 8192)), b"\r\n--b--\r\n"]
    chunked = client.post(  # no Content-Length: the body is counted as it comes
        "/api/search/audio",
        content=iter(parts),
        headers={"content-type": "multipart/form-data; boundary=b"},
    )
    assert chunked.status_code == 413
    text = client.post("/api/search/audio", files={"file": ("a.wav", b"hello " * 100, "audio/wav")})
    assert text.status_code == 415 and "not audio" in text.json()["error"]
    assert client.post("/api/search/audio", data={"k": "3"}).status_code == 415
    none = client.post("/api/search/audio", files={"other": ("a.wav", b"x", "audio/wav")})
    assert none.status_code == 400 and "field named 'file'" in none.json()["error"]
    empty = client.post("/api/search/audio", files={"file": ("a.wav", b"", "audio/wav")})
    assert empty.status_code == 400 and "empty" in empty.json()["error"]


def test_read_only_unless_writes_are_allowed(indexed, tmp_path):
    r = TestClient(make_app(indexed[0])).post("/api/speakers/S1/rename", json={"name": "Ann"})
    assert r.status_code == 403 and "--allow-writes" in r.json()["error"]
    rag, _ = build_index(tmp_path)
    client = TestClient(make_app(rag, allow_writes=True))
    assert client.post("/api/speakers/S1/rename", json={"name": "Ann"}).json()["name"] == "Ann"
    hits = client.get("/api/search", params={"q": "tone", "speaker": "Ann"}).json()
    assert hits and {h["speaker_name"] for h in hits} == {"Ann"}
    merged = client.post("/api/speakers/merge", json={"keep": "Ann", "drop": "S2"})
    assert merged.status_code == 200 and merged.json()["id"] == "S1"
    assert [s["id"] for s in client.get("/api/speakers").json()] == ["S1", "S3"]
    bad = client.post("/api/speakers/S9/rename", json={"name": "X"})
    assert bad.status_code == 400 and "no speaker 'S9'" in bad.json()["error"]
    form = client.post("/api/speakers/S1/rename", data={"name": "X"})
    assert form.status_code == 415
    broken = client.post(
        "/api/speakers/S1/rename", content=b"{", headers={"content-type": "application/json"}
    )
    assert broken.status_code == 400 and "not valid JSON" in broken.json()["error"]
    assert client.post("/api/speakers/S1/rename", json={"name": " "}).status_code == 400


def test_unknown_paths_and_methods_answer_json(client):
    assert client.get("/api/nothing").json() == {"error": "not found: /api/nothing"}
    r = client.delete("/api/search")
    assert r.status_code == 405 and "DELETE is not allowed" in r.json()["error"]


def test_openapi_describes_every_api_route(indexed):
    from starlette.routing import Route

    app = make_app(indexed[0])
    doc = TestClient(app).get("/api/openapi.json").json()
    assert doc["openapi"].startswith("3.")
    for route in app.routes:
        if isinstance(route, Route) and route.path.startswith("/api/"):
            methods = {m.lower() for m in route.methods} - {"head"}
            assert methods <= set(doc["paths"][route.path]), route.path


def test_pages_are_served_and_need_no_network(client):
    from audio_rag.server.pages import static_dir

    for path in ("/", "/?q=tone600", "/speakers", "/info", "/sources/0123456789abcdef"):
        r = client.get(path)
        assert r.status_code == 200 and "/static/app.js" in r.text
    for name in ("page.html", "login.html", "app.js", "style.css"):
        text = (static_dir() / name).read_text()
        assert "http://" not in text and "https://" not in text and "//cdn" not in text, name
        assert client.get(f"/static/{name}").status_code == 200
    assert "script-src" not in client.get("/").headers["content-security-policy"]
    assert "default-src 'self'" in client.get("/").headers["content-security-policy"]


def test_a_missing_index_is_an_error_and_nothing_is_created(tmp_path):
    from audio_rag.errors import IndexNotFoundError

    with pytest.raises(IndexNotFoundError, match="no such folder"):
        make_app(open_rag(tmp_path / "db"))
    assert not (tmp_path / "db").exists()


def test_a_running_server_sees_what_another_writer_added(tmp_path):
    from tests.helpers import tone, write_wav

    rag, _ = build_index(tmp_path)
    client = TestClient(make_app(rag))
    assert len(client.get("/api/sources").json()) == 3
    extra = write_wav(tmp_path / "audio" / "extra.wav", tone(3000, 4))
    open_rag(tmp_path / "db").ingest([extra])  # another AudioRAG: as another process would
    assert len(client.get("/api/sources").json()) == 4
    hits = client.get("/api/search", params={"q": "tone3000"}).json()
    assert hits and hits[0]["source"].endswith("extra.wav")
