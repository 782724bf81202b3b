"""LlamaIndex adapters with model doubles: reader as a file_extractor, embedding,
retriever, VectorStoreIndex over ChromaVectorStore, RetrieverQueryEngine."""

from __future__ import annotations

import chromadb
import fsspec
import pytest
from llama_index.core import SimpleDirectoryReader, StorageContext, VectorStoreIndex
from llama_index.core.llms.mock import MockLLM
from llama_index.core.query_engine import RetrieverQueryEngine
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.vector_stores.chroma import ChromaVectorStore

from audio_rag import AudioDecodeError
from audio_rag.audio import AUDIO_EXTENSIONS, SAMPLE_RATE, load_audio
from audio_rag.llama_index import AudioEmbedding, AudioReader, AudioRetriever


def assert_flat(meta: dict) -> None:
    assert all(isinstance(v, (str, int, float)) for v in meta.values()), meta


@pytest.fixture
def folder(tone_files, tmp_path):
    (tmp_path / "broken.wav").write_bytes(b"RIFF0000WAVE")
    (tmp_path / "readme.txt").write_text("a text file")
    return tmp_path


def test_reader_as_file_extractor_reads_units_and_skips_bad_files(fake_rag, folder, tone_files):
    rag = fake_rag()
    extractors = AudioReader.extractors(AudioReader(rag))
    assert set(extractors) == set(AUDIO_EXTENSIONS)
    docs = SimpleDirectoryReader(str(folder), file_extractor=extractors).load_data()
    audio_docs = [d for d in docs if d.metadata.get("unit_id")]
    assert len(audio_docs) == sum(len(rag.transcript(f)) for f in tone_files)
    assert {d.metadata["file_name"] for d in docs} == {f.name for f in tone_files} | {"readme.txt"}
    for d in audio_docs:
        assert_flat(d.metadata)
        assert isinstance(d.metadata["start"], float) and d.metadata["end"] > d.metadata["start"]
        assert str(d.audio_resource.path) == d.metadata["source"]
        assert d.audio_resource.mimetype.startswith("audio/")
        assert "unit_id" not in d.get_content(metadata_mode="llm")
        assert "start: " in d.get_content(metadata_mode="llm")
        assert d.get_content(metadata_mode="embed") == d.text


def test_reader_raises_naming_the_file_and_reads_from_an_fsspec_filesystem(fake_rag, tone_files):
    reader = AudioReader(fake_rag())
    with pytest.raises(AudioDecodeError, match="nope.wav"):
        reader.load_data("/no/such/dir/nope.wav")
    mem = fsspec.filesystem("memory")
    mem.pipe("/bucket/remote.wav", tone_files[0].read_bytes())
    docs = reader.load_data("/bucket/remote.wav", extra_info={"team": "a"}, fs=mem)
    assert docs and all(d.metadata["source"] == "/bucket/remote.wav" for d in docs)
    assert all(d.metadata["team"] == "a" for d in docs)


def test_vector_store_index_over_chroma_with_audio_embedding(fake_rag, tone_files, tmp_path):
    rag = fake_rag()
    reader = AudioReader(rag)
    docs = [d for f in tone_files for d in reader.load_data(f)]
    client = chromadb.PersistentClient(str(tmp_path / "li"))
    store = ChromaVectorStore(chroma_collection=client.get_or_create_collection("units"))
    index = VectorStoreIndex.from_documents(
        docs,
        storage_context=StorageContext.from_defaults(vector_store=store),
        embed_model=AudioEmbedding(rag=rag),
    )
    word = docs[-1].text.split()[0].rstrip(".")
    nodes = index.as_retriever(similarity_top_k=2).retrieve(word)
    assert nodes[0].node.metadata["source"] == str(tone_files[-1])
    assert isinstance(nodes[0].node.metadata["start"], float)


def test_retriever_nodes_filters_embeddings_and_query_engine(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    word = rag.transcript(tone_files[1])[0].text.split()[0].rstrip(".")
    retriever = AudioRetriever(rag, similarity_top_k=2)
    nodes = retriever.retrieve(word)
    assert len(nodes) == 2 and all(isinstance(n, NodeWithScore) for n in nodes)
    assert nodes[0].node.metadata["source"] == str(tone_files[1])
    assert nodes[0].score == pytest.approx(nodes[0].node.metadata["score"])
    late = AudioRetriever(rag, similarity_top_k=9, start=6.0).retrieve(word)
    assert late and all(n.node.metadata["end"] > 6.0 for n in late)

    clip = load_audio(tone_files[2])[: 3 * SAMPLE_RATE]
    vec = AudioEmbedding(rag=rag).get_audio_embedding(clip)
    by_vec = retriever.retrieve(QueryBundle(query_str="", embedding=vec))
    assert by_vec[0].node.metadata["source"] == str(tone_files[2])
    assert by_vec[0].node.metadata["channel"] == "audio"
    assert retriever.retrieve_audio(clip)[0].node.metadata["source"] == str(tone_files[2])

    response = RetrieverQueryEngine.from_args(retriever, llm=MockLLM()).query(word)
    assert response.source_nodes[0].node.metadata["source"] == str(tone_files[1])
    assert f"start: {response.source_nodes[0].node.metadata['start']}" in str(response)


def test_embedding_text_side(fake_rag):
    rag = fake_rag()
    emb = AudioEmbedding(rag=rag)
    assert emb.get_query_embedding("tone100") == pytest.approx(
        rag.models.text_embedder.embed(["tone100"])[0].tolist()
    )
    assert len(emb.get_text_embedding_batch(["a", "b", "c"])) == 3
