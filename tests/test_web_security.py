"""Who may use `audio-rag serve`: the token (bearer header or login cookie), the Host
check of a loopback server, the refusal to listen beyond loopback without a token, and
the command itself (a missing index, the options it hands to the server)."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

pytest.importorskip("starlette", reason="the web tests need the serve extra")
from starlette.testclient import TestClient  # noqa: E402

from audio_rag.cli import main  # noqa: E402
from tests.web_support import COLLECTION, build_index, make_app  # noqa: E402

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="module")
def indexed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web_security")
    rag, _ = build_index(folder)
    return rag, folder


@pytest.fixture
def guarded(indexed):
    return TestClient(make_app(indexed[0], token=TOKEN), follow_redirects=False)


def test_api_needs_the_token(guarded):
    missing = guarded.get("/api/search", params={"q": "tone600"})
    assert missing.status_code == 401 and "needs a token" in missing.json()["error"]
    assert missing.headers["www-authenticate"].startswith("Bearer")
    wrong = guarded.get("/api/info", headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401 and "wrong token" in wrong.json()["error"]
    basic = guarded.get("/api/info", headers={"Authorization": f"Basic {TOKEN}"})
    assert basic.status_code == 401
    right = guarded.get("/api/search?q=tone600", headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status_code == 200 and right.json()
    sid = right.json()[0]["source_id"]
    assert guarded.get(f"/api/audio/{sid}").status_code == 401  # audio too
    assert guarded.get("/api/openapi.json").status_code == 401


def test_pages_send_to_the_login_which_sets_a_strict_cookie(guarded):
    page = guarded.get("/?q=tone600")
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2F%3Fq%3Dtone600"
    assert guarded.get("/login").status_code == 200
    assert guarded.get("/static/style.css").status_code == 200  # the login page's style
    bad = guarded.post("/login", data={"token": "guess", "next": "/"})
    assert bad.status_code == 401 and "Wrong token" in bad.text
    assert "audio_rag_session" not in bad.headers.get("set-cookie", "")
    ok = guarded.post("/login", data={"token": TOKEN, "next": "/?q=tone600"})
    assert ok.status_code == 303 and ok.headers["location"] == "/?q=tone600"
    cookie = ok.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert TOKEN not in cookie  # a keyed hash of it
    assert guarded.get("/").status_code == 200  # the client keeps the cookie
    assert guarded.get("/api/speakers").status_code == 200
    guarded.post("/logout")
    assert guarded.get("/api/speakers").status_code == 401


def test_login_goes_back_only_to_this_server(guarded):
    for target in ("//evil.example/", "https://evil.example/", "/\\evil.example"):
        r = guarded.post("/login", data={"token": TOKEN, "next": target})
        assert r.headers["location"] == "/", target


def test_a_forged_cookie_is_refused(guarded):
    guarded.cookies.set("audio_rag_session", TOKEN)
    assert guarded.get("/api/info").status_code == 401


def test_a_loopback_server_answers_only_to_loopback_names(indexed):
    client = TestClient(make_app(indexed[0], allowed_hosts=("127.0.0.1", "localhost")))
    assert client.get("/api/info", headers={"host": "127.0.0.1:8750"}).status_code == 200
    assert client.get("/api/info", headers={"host": "localhost"}).status_code == 200
    rebound = client.get("/api/info", headers={"host": "evil.example:8750"})
    assert rebound.status_code == 421 and "Host header" in rebound.json()["error"]


def test_loopback_and_the_bind_check():
    from audio_rag.errors import AudioRAGError
    from audio_rag.server import check_bind, is_loopback

    assert all(map(is_loopback, ["127.0.0.1", "127.1.2.3", "localhost", "::1", "[::1]"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.4", "example.org"]))
    check_bind("127.0.0.1", None)
    check_bind("0.0.0.0", TOKEN)
    with pytest.raises(AudioRAGError, match="refusing to listen on 0.0.0.0 without a token"):
        check_bind("0.0.0.0", None)


def test_range_header_parsing():
    from audio_rag.server.ranges import RangeNotSatisfiable, parse_range

    assert parse_range(None, 100) is None
    assert parse_range("bytes=0-9", 100) == (0, 10)
    assert parse_range("bytes=90-", 100) == (90, 100)
    assert parse_range("bytes=90-500", 100) == (90, 100)
    assert parse_range("bytes=-10", 100) == (90, 100)
    assert parse_range("bytes=-500", 100) == (0, 100)
    for ignored in ("items=0-9", "bytes=0-1,5-6", "bytes=x-9", "bytes=9-3", "bytes=-", "bytes"):
        assert parse_range(ignored, 100) is None, ignored
    for past in ("bytes=100-", "bytes=500-600", "bytes=-0"):
        with pytest.raises(RangeNotSatisfiable):
            parse_range(past, 100)


def serve(argv, monkeypatch, rag=None):
    """Run `audio-rag serve ARGV` with uvicorn.run recorded instead of run."""
    import uvicorn

    ran = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: ran.update(app=app, **kw))
    code = main(["serve", *argv], make_rag=(lambda args, **kw: rag) if rag else None)
    return code, ran


def test_serve_refuses_other_addresses_without_a_token(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("AUDIO_RAG_TOKEN", raising=False)
    code, ran = serve(["--db", str(tmp_path / "db"), "--host", "0.0.0.0"], monkeypatch)
    assert code == 1 and not ran
    assert "refusing to listen on 0.0.0.0 without a token" in capsys.readouterr().err
    assert not (tmp_path / "db").exists()


def test_serve_of_a_missing_index_is_an_error(tmp_path, monkeypatch, capsys):
    code, ran = serve(["--db", str(tmp_path / "db")], monkeypatch)
    assert code == 1 and not ran
    assert "no index at" in capsys.readouterr().err
    assert not (tmp_path / "db").exists()


def test_serve_runs_the_app_with_the_options_given(indexed, monkeypatch, capsys):
    rag, folder = indexed
    monkeypatch.setenv("AUDIO_RAG_TOKEN", TOKEN)
    argv = ["--db", str(folder / "db"), "--collection", COLLECTION, "--host", "0.0.0.0"]
    code, ran = serve([*argv, "--port", "9123", "--allow-writes"], monkeypatch, rag)
    assert code == 0 and (ran["host"], ran["port"]) == ("0.0.0.0", 9123)
    assert "serving http://0.0.0.0:9123/ (read and write" in capsys.readouterr().out
    client = TestClient(ran["app"])
    assert client.get("/api/info").status_code == 401
    info = client.get("/api/info", headers={"Authorization": f"Bearer {TOKEN}"}).json()
    assert info["writes"] is True


def test_serve_on_loopback_without_a_token_checks_the_host(indexed, monkeypatch):
    rag, folder = indexed
    monkeypatch.delenv("AUDIO_RAG_TOKEN", raising=False)
    code, ran = serve(["--db", str(folder / "db"), "--collection", COLLECTION], monkeypatch, rag)
    assert code == 0 and ran["host"] == "127.0.0.1" and ran["port"] == 8750
    client = TestClient(ran["app"], base_url="http://127.0.0.1:8750")
    assert client.get("/api/info").json()["writes"] is False
    assert client.get("/api/info", headers={"host": "evil.example"}).status_code == 421


def test_serve_answers_over_http_in_its_own_process(indexed):
    import socket
    import time
    from pathlib import Path

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    argv = ["serve", "--db", str(indexed[1] / "db"), "--collection", COLLECTION]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.fake_cli", *argv, "--port", str(port)],
        cwd=Path(__file__).resolve().parents[1],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        deadline, answer = time.monotonic() + 60, None
        while answer is None and proc.poll() is None and time.monotonic() < deadline:
            try:
                answer = httpx.get(f"http://127.0.0.1:{port}/api/info", timeout=5)
            except httpx.TransportError:
                time.sleep(0.1)
        assert answer is not None and answer.json()["sources"] == 3
    finally:
        proc.send_signal(signal.SIGINT)  # Ctrl-C: a clean stop
        try:
            out, _ = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise
    assert f"serving http://127.0.0.1:{port}/ (read-only" in out
    assert proc.returncode == 0 and out.rstrip().endswith("stopped")


def test_the_command_line_starts_without_the_web_stack(tmp_path):
    code = (
        "import sys; from audio_rag.cli import build_parser; build_parser(); "
        "assert not [m for m in sys.modules if m.split('.')[0] in ('starlette', 'uvicorn')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_serve_help_lists_its_options(capsys):
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    for option in ("--host", "--port", "--token", "--allow-writes", "--db", "--collection"):
        assert option in out
