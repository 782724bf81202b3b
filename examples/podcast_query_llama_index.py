"""Podcast question answering with a LlamaIndex query engine over an audio_rag index.

    python examples/podcast_query_llama_index.py [AUDIO ...] [--db DIR] [-q QUESTION ...]

Same index and options as podcast_chat_langchain.py. The retriever is
audio_rag.llama_index.AudioRetriever; with a chat model configured it runs in a
RetrieverQueryEngine (set AUDIO_RAG_LLM_MODEL and AUDIO_RAG_LLM_BASE_URL and
`pip install llama-index-llms-openai-like`); without one, an extractive query engine
quotes the best passages with speaker and time citations and says so.
"""

import argparse
import sys
from importlib.resources import files

from llama_index.core import PromptTemplate
from llama_index.core.query_engine import CustomQueryEngine, RetrieverQueryEngine

from audio_rag import AudioRAG, Hit
from audio_rag.llama_index import AudioRetriever
from audio_rag.search.answer import SYSTEM_PROMPT, extractive_answer, llm_settings

QA_PROMPT = PromptTemplate(
    SYSTEM_PROMPT + "\n\nPassages (with source, start, end and speaker):\n{context_str}\n\n"
    "Question: {query_str}\nAnswer: "
)


class ExtractiveQueryEngine(CustomQueryEngine):
    """Retrieves passages and quotes the best sentences with citations (no LLM)."""

    retriever: AudioRetriever

    def custom_query(self, query_str: str) -> str:
        nodes = self.retriever.retrieve(query_str)
        hits = [Hit.from_metadata(n.node.get_content(), n.node.metadata, n.score) for n in nodes]
        return extractive_answer(query_str, hits)


def llm_from_env():
    settings = llm_settings()
    if settings is None:
        return None
    try:
        from llama_index.llms.openai_like import OpenAILike
    except ImportError:
        sys.exit("AUDIO_RAG_LLM_MODEL is set: pip install llama-index-llms-openai-like")
    return OpenAILike(
        model=settings["model"],
        api_base=settings["base_url"] or "https://api.openai.com/v1",
        api_key=settings["api_key"],
        is_chat_model=True,
        temperature=0,
    )


def build_query_engine(retriever: AudioRetriever, llm=None):
    if llm is None:
        return ExtractiveQueryEngine(retriever=retriever)
    return RetrieverQueryEngine.from_args(retriever, llm=llm, text_qa_template=QA_PROMPT)


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
    engine = build_query_engine(AudioRetriever(rag, similarity_top_k=args.k), llm_from_env())
    for question in args.question or _typed_questions():
        print(f"Q: {question}\n{engine.query(question)}\n")
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
