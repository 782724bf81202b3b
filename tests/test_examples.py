"""The example chatbots, offline (extractive answers) and with a stand-in chat model,
on the bundled sample with the real bundled models."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from langchain_core.messages import AIMessage
from langchain_core.runnables import RunnableLambda
from llama_index.core.llms.mock import MockLLM

from audio_rag.langchain import AudioRetriever as LCRetriever
from audio_rag.llama_index import AudioRetriever as LIRetriever
from audio_rag.search.answer import EXTRACTIVE_NOTE

pytestmark = pytest.mark.integration
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
QUESTION = "What is pumped hydro?"
HYDRO_START = 52.25  # the answering turn of the sample, 52.2-60.6 s (word times may move ~0.1 s)
HYDRO_CLOCK = r"0:52\.[1-4]-1:00\.[5-7]"


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(autouse=True)
def no_llm(monkeypatch):
    monkeypatch.delenv("AUDIO_RAG_LLM_MODEL", raising=False)


@pytest.mark.parametrize("name", ["podcast_chat_langchain", "podcast_query_llama_index"])
def test_example_answers_offline_with_speaker_and_time_citations(name, tmp_path, capsys):
    example = load(name)
    assert example.main(["--db", str(tmp_path / "db"), "-q", QUESTION, "-k", "3"]) == 0
    out = capsys.readouterr().out
    assert f"Q: {QUESTION}" in out and EXTRACTIVE_NOTE in out
    first = out.split("\n1. ", 1)[1].splitlines()[0]
    assert "Pumped hydro is still the largest form of storage" in first
    assert "sample_podcast.mp3 0:52" in first and "sample_podcast.mp3#t=52" in first


def test_langchain_chain_sends_cited_passages_to_the_chat_model(sample_rag):
    example = load("podcast_chat_langchain")
    prompts = []

    def fake_llm(prompt_value):
        prompts.append(prompt_value.to_string())
        return AIMessage(content="It stores energy as water (host, 0:52.2).")

    chain = example.build_chain(LCRetriever(rag=sample_rag, k=2), RunnableLambda(fake_llm))
    assert chain.invoke(QUESTION) == "It stores energy as water (host, 0:52.2)."
    assert "Question: What is pumped hydro?" in prompts[0]
    assert re.search(rf"\[1\] \(S\d+, sample_podcast.mp3 {HYDRO_CLOCK}\) Pumped hydro", prompts[0])


def test_llama_index_engine_sends_cited_passages_to_the_llm(sample_rag):
    example = load("podcast_query_llama_index")
    engine = example.build_query_engine(LIRetriever(sample_rag, similarity_top_k=2), MockLLM())
    response = engine.query(QUESTION)
    text = str(response)  # MockLLM echoes its prompt
    assert re.search(r"start: 52\.\d+", text) and "Pumped hydro is still" in text
    assert "Cite every claim with the speaker and time range" in text
    assert response.source_nodes[0].node.metadata["start"] == pytest.approx(HYDRO_START, abs=0.3)
