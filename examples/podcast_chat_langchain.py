"""Podcast chatbot with LangChain (LCEL): retriever -> prompt -> chat model -> answer.

    python examples/podcast_chat_langchain.py [AUDIO ...] [--db DIR] [-q QUESTION ...]

Ingests the given audio files or folders (default: the bundled sample podcast) into
an audio_rag index, then answers each -q question, or questions typed at the prompt.
Answers cite speaker and time range of the passages they use.

Chat model: set AUDIO_RAG_LLM_MODEL, plus AUDIO_RAG_LLM_BASE_URL for any
OpenAI-compatible server (Ollama, llama.cpp, vLLM; or OpenAI itself with
AUDIO_RAG_LLM_API_KEY), and `pip install langchain-openai`. With none configured an
extractive answerer quotes the best passages with citations and says so.
"""

from __future__ import annotations

import argparse
import sys
from importlib.resources import files

from langchain_core.output_parsers import StrOutputParser
from langchain_core.prompts import ChatPromptTemplate
from langchain_core.runnables import Runnable, RunnableLambda, RunnableParallel, RunnablePassthrough

from audio_rag import AudioRAG
from audio_rag.langchain import AudioRetriever, document_to_hit
from audio_rag.search.answer import SYSTEM_PROMPT, extractive_answer, format_context, llm_settings

PROMPT = ChatPromptTemplate.from_messages(
    [("system", SYSTEM_PROMPT), ("human", "Passages:\n{context}\n\nQuestion: {question}")]
)


def chat_model_from_env():
    """A ChatOpenAI for the configured endpoint, or None for the extractive answerer."""
    settings = llm_settings()
    if settings is None:
        return None
    try:
        from langchain_openai import ChatOpenAI
    except ImportError:
        sys.exit("AUDIO_RAG_LLM_MODEL is set: install the client with pip install langchain-openai")
    return ChatOpenAI(**settings, temperature=0)


def build_chain(retriever: AudioRetriever, llm=None) -> Runnable:
    """question -> answer text. With `llm`, a prompt with the cited passages goes to
    the model; without, the best passages are quoted (extractive)."""
    retrieve = RunnableParallel(docs=retriever, question=RunnablePassthrough())
    if llm is None:
        return retrieve | RunnableLambda(
            lambda x: extractive_answer(x["question"], [document_to_hit(d) for d in x["docs"]])
        )
    context = RunnableLambda(lambda x: format_context([document_to_hit(d) for d in x["docs"]]))
    return retrieve | RunnablePassthrough.assign(context=context) | PROMPT | llm | StrOutputParser()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("audio", nargs="*", help="audio files or folders to ingest")
    p.add_argument("--db", default=".podcast_index", help="index folder")
    p.add_argument("-q", "--question", action="append", help="question (repeatable)")
    p.add_argument("-k", type=int, default=4, help="passages per question")
    args = p.parse_args(argv)

    rag = AudioRAG(args.db, "podcasts")
    report = rag.ingest(args.audio or [str(files("audio_rag") / "data" / "sample_podcast.mp3")])
    print(report.summary(), file=sys.stderr)
    chain = build_chain(AudioRetriever(rag=rag, k=args.k), chat_model_from_env())
    for question in args.question or _typed_questions():
        print(f"Q: {question}\n{chain.invoke(question)}\n")
    return 0


def _typed_questions():
    while True:
        try:
            line = input("question> ").strip()
        except EOFError:
            return
        if line:
            yield line


if __name__ == "__main__":
    sys.exit(main())
