"""The README's Python snippets run unchanged (each `##` section in one session)."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from audio_rag.audio import SAMPLE_RATE, load_audio
from tests.helpers import SAMPLE, tone, write_wav

pytestmark = pytest.mark.integration
README = Path(__file__).resolve().parent.parent / "README.md"


def sections() -> dict[str, list[str]]:
    out = {}
    for part in README.read_text().split("\n## ")[1:]:
        title = part.splitlines()[0].strip()
        blocks = re.findall(r"```python\n(.*?)```", part, flags=re.S)
        if blocks:
            out[title] = blocks
    return out


@pytest.fixture(scope="module")
def workdir(tmp_path_factory):
    """podcasts/ (the sample), clip.wav (8 s cut from it) and sounds/ (three .wav)."""
    root = tmp_path_factory.mktemp("readme")
    (root / "podcasts").mkdir()
    shutil.copy(SAMPLE, root / "podcasts" / SAMPLE.name)
    audio = load_audio(SAMPLE)
    write_wav(root / "clip.wav", audio[52 * SAMPLE_RATE : 60 * SAMPLE_RATE])
    (root / "sounds").mkdir()
    write_wav(root / "sounds" / "intro.wav", audio[1 * SAMPLE_RATE : 8 * SAMPLE_RATE])
    write_wav(root / "sounds" / "hydro.wav", audio[51 * SAMPLE_RATE : 61 * SAMPLE_RATE])
    write_wav(root / "sounds" / "chord.wav", tone(262, 4) + tone(330, 4) + tone(392, 4))
    return root


def test_readme_has_the_framework_sections():
    assert {"Python", "LangChain", "LlamaIndex"} <= set(sections())


@pytest.mark.parametrize("title", ["Python", "LangChain", "LlamaIndex"])
def test_readme_snippets_run_unchanged(title, workdir, monkeypatch, capsys):
    monkeypatch.chdir(workdir)
    namespace: dict = {"__name__": "__readme__"}
    for block in sections()[title]:
        exec(compile(block, f"README.md ({title})", "exec"), namespace)
    out = capsys.readouterr().out
    if title == "LangChain":
        assert "Pumped hydro is still the largest form of storage" in out
        assert re.search(r"sample_podcast.mp3 0:52\.[1-4]-1:00\.[5-7]", out)  # cited in the prompt
        assert out.count("sounds/hydro.wav") == 2  # the clip found in FAISS and in Chroma
    if title == "LlamaIndex":
        assert re.search(r"sample_podcast.mp3#t=52\.[1-4]\d*,60\.[5-7]\d*", out)
    if title == "Python":
        assert "1 files (" in out
