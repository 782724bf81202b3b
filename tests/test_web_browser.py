"""The web page in a real browser: headless Chromium (Debian's `chromium` and
`chromium-driver`, which .ci/run installs) driven by Selenium against `audio-rag serve`'s
app on a loopback port. Search, see the hits, click one and hear exactly the cited span;
the results page is saved as a screenshot (the path is printed)."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("starlette", reason="the web tests need the serve extra")
pytest.importorskip("selenium", reason="the browser tests need selenium (the dev extra)")

from tests.web_support import build_index, make_app  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
ARTIFACTS = Path(__file__).resolve().parents[1] / ".pytest-artifacts"
WAIT = 10.0


def require_browser() -> None:
    """Skip without Chromium here; in CI (which installs it) its absence is a failure."""
    if CHROMIUM and DRIVER:
        return
    why = "headless Chromium is not installed (apt-get install -y chromium chromium-driver)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{why}; .ci/run installs it, so CI must have it")
    pytest.skip(why)


@contextlib.contextmanager
def served(app):
    """The base URL of `app` served by uvicorn on a free loopback port."""
    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.02)
    assert server.started, "uvicorn did not start"
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(WAIT)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """(base URL, recordings) of the read-only app over the tone index."""
    require_browser()
    rag, files = build_index(tmp_path_factory.mktemp("web_browser"))
    with served(make_app(rag)) as base:
        yield base, files


@pytest.fixture(scope="module")
def browser(site):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in (
        "--headless=new",
        "--no-sandbox",  # CI runs as root
        "--disable-dev-shm-usage",
        "--disable-gpu",
        "--mute-audio",
        "--autoplay-policy=no-user-gesture-required",
        "--window-size=1200,900",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=DRIVER), options=options)
    yield driver
    driver.quit()


def wait_for(driver, condition, what: str):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, WAIT, poll_frequency=0.05).until(
        lambda d: condition(d), message=f"timed out waiting for {what}"
    )


def hits(driver):
    return driver.find_elements("css selector", "#results li.hit")


def player_state(driver, audio) -> dict:
    return driver.execute_script(
        "const a = arguments[0]; return {t: a.currentTime, paused: a.paused, ready: a.readyState};",
        audio,
    )


def test_search_shows_hits_and_a_click_plays_the_cited_span(site, browser, tmp_path):
    base, _ = site
    browser.get(f"{base}/?q=tone600")
    found = wait_for(browser, hits, "the hits of ?q=tone600")
    assert "hits for" in browser.find_element("id", "status").text
    first = found[0].text
    assert "mid.wav" in first and "tone600" in first and "S2" in first
    shot = tmp_path / "web_results.png"
    assert browser.save_screenshot(str(shot))
    ARTIFACTS.mkdir(exist_ok=True)
    kept = shutil.copy(shot, ARTIFACTS / shot.name)
    print(f"screenshot of the results page: {kept}")

    # the hit that does not start the file: playing it must jump to its cited start
    button = next(
        b for b in browser.find_elements("css selector", "#results button.play")
        if float(b.get_attribute("data-start")) > 1
    )  # fmt: skip
    start, end = float(button.get_attribute("data-start")), float(button.get_attribute("data-end"))
    audio = button.find_element("xpath", "following-sibling::audio")
    button.click()
    state = wait_for(
        browser,
        lambda d: (s := player_state(d, audio))["ready"] >= 1 and s["t"] >= start - 0.01 and s,
        "the player to seek",
    )
    assert start - 0.01 <= state["t"] < start + 0.6, (state, start)
    stopped = wait_for(
        browser, lambda d: (s := player_state(d, audio))["paused"] and s, "the span to end"
    )
    assert end - 0.1 <= stopped["t"] <= end + 0.2, (stopped, end)  # stops where the span ends


def test_the_search_box_and_a_filter(site, browser):
    base, _ = site
    browser.get(f"{base}/")
    box = browser.find_element("id", "q")
    box.send_keys("tone1500 tone200")
    browser.find_element("id", "filters").click()
    wait_for(
        browser, lambda d: len(d.find_elements("css selector", "#source option")) > 1, "sources"
    )
    from selenium.webdriver.support.ui import Select

    Select(browser.find_element("id", "source")).select_by_visible_text("low.wav")
    browser.find_element("id", "search-button").click()
    found = wait_for(browser, hits, "the hits of the form")
    assert all("low.wav" in h.text for h in found)
    assert "q=tone1500+tone200" in browser.current_url and "source=" in browser.current_url


def test_search_by_an_uploaded_clip(site, browser, tmp_path):
    base, files = site
    browser.get(f"{base}/")
    browser.find_element("id", "clip").send_keys(str(files[2]))  # high.wav
    browser.find_element("id", "search-button").click()
    found = wait_for(browser, hits, "the hits of the clip")
    assert "high.wav" in found[0].text
    assert "the clip high.wav" in browser.find_element("id", "status").text
    notes = tmp_path / "notes.wav"
    notes.write_text("this is not audio")
    browser.get(f"{base}/")
    browser.find_element("id", "clip").send_keys(str(notes))
    browser.find_element("id", "search-button").click()
    error = wait_for(
        browser, lambda d: (e := d.find_element("id", "error")).is_displayed() and e, "the error"
    )
    assert "not audio that can be decoded" in error.text


def test_a_source_page_plays_the_line_clicked(site, browser):
    base, _ = site
    browser.get(f"{base}/?q=tone200")
    link = wait_for(browser, hits, "hits")[0].find_element("css selector", ".meta a")
    link.click()
    lines = wait_for(
        browser, lambda d: d.find_elements("css selector", "#transcript button.line"), "lines"
    )
    assert browser.find_element("id", "source-title").text == "low.wav"
    assert "S1" in browser.find_element("id", "transcript").text  # the turn's speaker
    line = lines[-1]
    start = float(line.get_attribute("data-start"))
    assert start > 1
    line.click()
    audio = browser.find_element("id", "source-player")
    state = wait_for(
        browser,
        lambda d: (s := player_state(d, audio))["ready"] >= 1 and s["t"] >= start - 0.01 and s,
        "the source player to seek",
    )
    assert state["t"] < start + 0.6


def test_speakers_and_index_pages(site, browser):
    base, _ = site
    browser.get(f"{base}/speakers")
    rows = wait_for(
        browser, lambda d: d.find_elements("css selector", "#speaker-table tbody tr"), "speakers"
    )
    assert [r.text.split()[0] for r in rows] == ["S1", "S2", "S3"]
    assert "read-only" in browser.find_element("id", "speakers-note").text
    browser.get(f"{base}/info")
    wait_for(
        browser, lambda d: d.find_elements("css selector", "#source-table tbody tr"), "sources"
    )
    assert "3" in browser.find_element("id", "info-summary").text


def test_speakers_are_renamed_and_merged_when_writes_are_allowed(browser, tmp_path):
    rag, _ = build_index(tmp_path)
    with served(make_app(rag, allow_writes=True)) as base:
        browser.get(f"{base}/speakers")
        rows = wait_for(
            browser,
            lambda d: d.find_elements("css selector", "#speaker-table tbody tr"),
            "speakers",
        )
        name = rows[2].find_element("tag name", "input")
        name.clear()
        name.send_keys("Rob")
        rows[2].find_element("tag name", "button").click()
        wait_for(browser, lambda d: [s.name for s in rag.speakers()][2] == "Rob", "the rename")
        from selenium.webdriver.support.ui import Select

        Select(browser.find_element("id", "merge-keep")).select_by_value("S3")
        Select(browser.find_element("id", "merge-drop")).select_by_value("S1")
        browser.find_element("css selector", "#merge-form button").click()
        wait_for(browser, lambda d: [s.id for s in rag.speakers()] == ["S2", "S3"], "the merge")
        rows = wait_for(
            browser,
            lambda d: (
                len(r := d.find_elements("css selector", "#speaker-table tbody tr")) == 2 and r
            ),
            "the table after the merge",
        )
        assert rows[1].find_element("tag name", "input").get_attribute("value") == "Rob"
