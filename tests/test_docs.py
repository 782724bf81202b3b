"""The documentation's Python snippets run unchanged, and its links resolve.

Every ```python block of README.md and docs/*.md runs: the blocks of one `## ` section
of one file share a namespace. All run in one work folder holding `podcasts/` (the
bundled sample), `clip.wav` (8 s cut from it) and `sounds/` (three .wav files), in file
order (README first, then docs/ by name) and section order, so a later section may open
the index `./index` an earlier one built. Examples that need a network or an LLM are
```console or ```text blocks and are not run.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from audio_rag.audio import SAMPLE_RATE, load_audio
from tests.helpers import SAMPLE, tone, write_wav

pytestmark = pytest.mark.integration
ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = [README, *sorted((ROOT / "docs").glob("*.md"))]
TOPICS = {  # pages the README must link (docs/NAME.md)
    "cli",
    "python",
    "integrations",
    "speakers",
    "encoders",
    "retrieval",
    "evaluation",
    "reliability",
    "benchmarks",
    "development",
}
LINK = re.compile(r"\]\(([^)\s]+)\)")


def name(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def sections(path: Path) -> dict[str, list[str]]:
    """Section title -> its ```python blocks (the text before the first `## ` is "")."""
    out = {}
    parts = path.read_text().split("\n## ")
    for i, part in enumerate(parts):
        title = part.splitlines()[0].strip() if i else ""
        blocks = re.findall(r"^```python\n(.*?)^```", part, flags=re.S | re.M)
        if blocks:
            out[title] = blocks
    return out


SNIPPETS = [(name(p), title) for p in DOCS for title in sections(p)]


def check_langchain(out: str) -> bool:
    assert "Pumped hydro is still the largest form of storage" in out
    assert re.search(r"sample_podcast.mp3 0:52\.[1-4]-1:00\.[5-7]", out)  # cited in the prompt
    assert out.count("sounds/hydro.wav") == 2  # the clip found in FAISS and in Chroma
    return True


OUTPUTS = {  # (file, section) -> a check of what its snippets print
    ("README.md", "Python"): lambda out: (
        "1 files (" in out and re.search(r"sample_podcast.mp3 0:5[12]\.\d-1:0[01]\.\d", out)
    ),
    ("README.md", "LangChain"): lambda out: "Pumped hydro is still" in out,
    ("README.md", "LlamaIndex"): lambda out: "sample_podcast.mp3#t=" in out,
    ("docs/integrations.md", "LangChain"): check_langchain,
    ("docs/integrations.md", "LlamaIndex"): lambda out: re.search(
        r"sample_podcast.mp3#t=52\.[1-4]\d*,60\.[5-7]\d*", out
    ),
    ("docs/integrations.md", "Podcast chatbots"): lambda out: (
        "Extractive answer" in out and "(S2, sample_podcast.mp3 0:" in out
    ),
    ("docs/python.md", "Open an index and ingest"): lambda out: "done:" in out,
    ("docs/python.md", "A throw-away index, and removing a source"): lambda out: (
        "file_start file_done" in out and "0 sources left" in out
    ),
    ("docs/python.md", "Hit"): lambda out: (
        re.search(r"^file:///\S+#t=52\.\d+,55\.\d+$", out, re.M) and "0:52.3-1:00.6" in out
    ),  # the cited sentence, then the whole unit
    ("docs/encoders.md", "Query by example"): lambda out: "audio+fingerprint" in out,
    ("docs/encoders.md", "Re-embedding"): lambda out: (
        "pooling=max" in out and out.rstrip().endswith("sounds/hydro.wav")
    ),
    ("docs/evaluation.md", "From Python"): lambda out: "recall@1" in out and "keywords only" in out,
    ("docs/reliability.md", "Bad input"): lambda out: "1 failed" in out and "notes.mp3" in out,
    ("docs/reliability.md", "Reading commands never create anything"): lambda out: (
        "(no such folder)" in out and "False" in out and "collections there: " in out
    ),
    ("docs/speakers.md", "From Python"): lambda out: (
        "Sara Lee, sample_podcast.mp3 0:52" in out and "different speakers" in out
    ),
    ("docs/speakers.md", "Evaluating on your own data"): lambda out: "DER 0.029" in out,
}


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """podcasts/ (the sample), clip.wav (8 s cut from it) and sounds/ (three .wav)."""
    root = tmp_path_factory.mktemp("docs")
    (root / "podcasts").mkdir()
    shutil.copy(SAMPLE, root / "podcasts" / SAMPLE.name)
    audio = load_audio(SAMPLE)
    write_wav(root / "clip.wav", audio[52 * SAMPLE_RATE : 60 * SAMPLE_RATE])
    (root / "sounds").mkdir()
    write_wav(root / "sounds" / "intro.wav", audio[1 * SAMPLE_RATE : 8 * SAMPLE_RATE])
    write_wav(root / "sounds" / "hydro.wav", audio[51 * SAMPLE_RATE : 61 * SAMPLE_RATE])
    write_wav(root / "sounds" / "chord.wav", tone(262, 4) + tone(330, 4) + tone(392, 4))
    return root


def test_readme_has_the_quick_starts():
    assert {"Python", "LangChain", "LlamaIndex"} <= set(sections(README))


def test_every_output_check_names_a_section_with_snippets():
    assert set(OUTPUTS) <= set(SNIPPETS)


@pytest.mark.parametrize(("doc", "title"), SNIPPETS, ids=[f"{d}::{t}" for d, t in SNIPPETS])
def test_snippets_run_unchanged(doc, title, workdir, monkeypatch, capsys):
    from audio_rag.encoders import AUDIO_ENCODERS

    monkeypatch.chdir(workdir)
    namespace: dict = {"__name__": "__docs__"}
    known = set(AUDIO_ENCODERS.names())
    try:
        for block in sections(ROOT / doc)[title]:
            exec(compile(block, f"{doc} ({title or 'top'})", "exec"), namespace)
    finally:  # a snippet that registers a backend must not change the other tests
        for name in set(AUDIO_ENCODERS.names()) - known:
            AUDIO_ENCODERS.unregister(name)
    out = capsys.readouterr().out
    check = OUTPUTS.get((doc, title))
    if check is not None:
        assert check(out), out


def test_readme_links_every_topic_page_and_they_exist():
    linked = {m for m in LINK.findall(README.read_text()) if m.startswith("docs/")}
    for link in linked:
        assert (ROOT / link.split("#")[0]).is_file(), link
    pages = {Path(link.split("#")[0]).stem for link in linked}
    assert TOPICS <= pages, f"not linked from the README: {sorted(TOPICS - pages)}"
    assert {p.stem for p in DOCS[1:]} <= pages, "a docs/ page the README does not link"


def anchors(path: Path) -> set[str]:
    """GitHub's anchors of a Markdown file's headings."""
    titles = re.findall(r"^#+ (.+)$", path.read_text(), flags=re.M)
    return {re.sub(r"[^\w\- ]", "", t.strip().lower()).replace(" ", "-") for t in titles}


@pytest.mark.parametrize("doc", [name(p) for p in DOCS])
def test_relative_links_resolve(doc):
    path = ROOT / doc
    for link in LINK.findall(path.read_text()):
        if re.match(r"[a-z]+:", link):
            continue
        target, _, anchor = link.partition("#")
        target_path = path.parent / target if target else path
        assert target_path.exists(), f"{doc}: broken link {link}"
        if anchor and target_path.suffix == ".md":
            assert anchor in anchors(target_path), f"{doc}: no heading for {link}"
