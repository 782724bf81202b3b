"""LangChain adapters: unit tests with model doubles, the langchain-tests standard
suites and the classic audio-embedding recipe with the real bundled models."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from langchain_core.document_loaders import Blob
from langchain_core.documents import Document
from langchain_tests.integration_tests import (
    EmbeddingsIntegrationTests,
    RetrieversIntegrationTests,
)
from langchain_tests.unit_tests import EmbeddingsUnitTests

from audio_rag import AudioDecodeError
from audio_rag.audio import SAMPLE_RATE, load_audio
from audio_rag.langchain import (
    AudioBlobLoader,
    AudioEmbeddings,
    AudioLoader,
    AudioParser,
    AudioRetriever,
    document_to_hit,
)
from audio_rag.store import SourceRecord
from audio_rag.types import Unit
from tests.helpers import SAMPLE, tone, write_wav


def assert_flat(meta: dict) -> None:
    assert all(isinstance(v, (str, int, float)) for v in meta.values()), meta


# ---- loader, parser, retriever with model doubles ---------------------------------
def test_loader_gives_one_document_per_unit_with_flat_time_coded_metadata(fake_rag, tone_files):
    rag = fake_rag()
    docs = AudioLoader(tone_files[0].parent, rag=rag).load()
    assert len(docs) == sum(len(rag.transcript(f)) for f in tone_files) > len(tone_files)
    for doc in docs:
        assert_flat(doc.metadata)
        m = doc.metadata
        assert isinstance(m["start"], float) and m["end"] > m["start"]
        assert m["uri"] == f"{Path(m['source']).as_uri()}#t={m['start']:g},{m['end']:g}"
        assert {"speaker", "speaker_name", "source_id", "kind"} <= set(m)
        assert doc.id == m["unit_id"]
    assert {d.metadata["source"] for d in docs} == {str(f) for f in tone_files}


def test_loader_skips_a_bad_file_by_name_and_keeps_the_rest(fake_rag, tone_files, tmp_path):
    bad = tmp_path / "broken.mp3"
    bad.write_bytes(b"\x00" * 100)
    loader = AudioLoader([bad, tone_files[0]], rag=fake_rag())
    docs = loader.load()
    assert docs and all(d.metadata["source"] == str(tone_files[0]) for d in docs)
    assert len(loader.failed) == 1 and "broken.mp3" in loader.failed[0]
    with pytest.raises(AudioDecodeError, match="broken.mp3"):
        AudioLoader([bad], rag=fake_rag(), raise_errors=True).load()


def test_blob_loader_finds_audio_only_and_parser_reads_bytes(fake_rag, tone_files, tmp_path):
    (tmp_path / "notes.txt").write_text("not audio")
    blobs = list(AudioBlobLoader(tmp_path).yield_blobs())
    assert sorted(b.source for b in blobs) == sorted(str(f) for f in tone_files)
    assert all(b.mimetype.startswith("audio/") for b in blobs)
    data = Blob.from_data(tone_files[1].read_bytes(), path=None, metadata={"source": "up.wav"})
    docs = list(AudioParser(fake_rag()).lazy_parse(data))
    assert docs and all(d.metadata["source"] == "up.wav" for d in docs)


def test_retriever_k_filters_and_query_by_example(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    word = rag.transcript(tone_files[2])[0].text.split()[0].rstrip(".")
    retriever = AudioRetriever(rag=rag, k=2)
    docs = retriever.invoke(word)
    assert len(docs) == 2 and all(isinstance(d, Document) for d in docs)
    assert docs[0].metadata["source"] == str(tone_files[2])
    assert docs[0].metadata["score"] >= docs[1].metadata["score"]
    other = retriever.invoke(word, k=5, source=str(tone_files[0]))
    assert other and {d.metadata["source"] for d in other} == {str(tone_files[0])}
    late = retriever.invoke(word, k=10, start=6.0)
    assert late and all(d.metadata["end"] > 6.0 for d in late)
    early = retriever.invoke(word, k=10, end=3.0)
    assert early and all(d.metadata["start"] < 3.0 for d in early)
    clip = load_audio(tone_files[1])[: 3 * SAMPLE_RATE]
    assert retriever.invoke_audio(clip, k=1)[0].metadata["source"] == str(tone_files[1])
    with pytest.raises(TypeError, match="unknown search options"):
        retriever.invoke(word, top_n=3)
    with pytest.raises(ValueError, match="time range is empty"):
        retriever.invoke(word, start=5, end=2)


def test_retriever_speaker_filter_matches_id_or_name(fake_rag):
    rag = fake_rag()
    rag.index.ensure(rag.models.index_models())
    units = [
        Unit(0.0, 2.0, "tone alpha", speaker="S1"),
        Unit(2.0, 4.0, "tone alpha again", speaker="S2"),
    ]
    base = {"source": "/x.wav", "source_id": "x", "language": "en"}
    text = rag.models.text_embedder.embed([u.text for u in units])
    rag.index.add_units(base, units, text, np.eye(2, 16, dtype=np.float32))
    rag.index.finish_source(SourceRecord("x", "/x.wav", "x", 4.0, 2, "en", "fake", 0.0))
    voices = {"a": np.eye(1, 8, 0)[0], "b": np.eye(1, 8, 1)[0]}
    assert rag.speaker_service.registry().assign(voices, {"a": 2.0, "b": 2.0}) == {
        "a": "S1",
        "b": "S2",
    }
    rag.rename_speaker("S2", "Ann")
    retriever = AudioRetriever(rag=rag, k=5)
    assert [d.metadata["speaker"] for d in retriever.invoke("tone alpha", speaker="S1")] == ["S1"]
    ann = retriever.invoke("tone alpha", speaker="Ann")
    assert [(d.metadata["speaker"], d.metadata["speaker_name"]) for d in ann] == [("S2", "Ann")]
    assert document_to_hit(ann[0]).who == "Ann"


def test_retriever_opens_an_index_by_folder(fake_rag, tone_files, tmp_path):
    fake_rag().ingest(tone_files)  # the fixture's database is tmp_path / "db"
    retriever = AudioRetriever(db=str(tmp_path / "db"), collection="test_index", k=1)
    assert retriever.rag.info()["sources"] == len(tone_files)


def test_embeddings_inputs_modes(fake_rag, tone_files):
    rag = fake_rag()
    as_text = AudioEmbeddings(rag=rag)
    as_audio = AudioEmbeddings(rag=rag, inputs="audio")
    paths = [str(f) for f in tone_files]
    assert as_audio.embed_documents(paths) == as_audio.embed_audio(paths)
    assert as_text.embed_query("tone100") == pytest.approx(
        rag.models.text_embedder.embed(["tone100"])[0].tolist()
    )
    assert not as_text.joint
    with pytest.raises(AudioDecodeError, match="dog barking"):
        as_audio.embed_query("dog barking")
    with pytest.raises(ValueError, match="inputs"):
        AudioEmbeddings(inputs="video")


# ---- langchain-tests standard suites (real bundled models) --------------------------
class TestAudioEmbeddingsStandardUnit(EmbeddingsUnitTests):
    @property
    def embeddings_class(self):
        return AudioEmbeddings


@pytest.mark.integration
class TestAudioEmbeddingsStandardIntegration(EmbeddingsIntegrationTests):
    @property
    def embeddings_class(self):
        return AudioEmbeddings


@pytest.mark.integration
class TestAudioRetrieverStandard(RetrieversIntegrationTests):
    @pytest.fixture(autouse=True)
    def _index(self, sample_rag):
        self.rag = sample_rag

    @property
    def retriever_constructor(self):
        return AudioRetriever

    @property
    def retriever_constructor_params(self) -> dict:
        return {"rag": self.rag}

    @property
    def retriever_query_example(self) -> str:
        return "how do cities store energy for the evening peak?"


# ---- the classic recipe: audio files -> Embeddings -> vector store -> clip query ----
@pytest.fixture(scope="module")
def sound_folder(tmp_path_factory):
    """Six short recordings: five passages of the sample podcast and a chord."""
    folder = tmp_path_factory.mktemp("sounds")
    audio = load_audio(SAMPLE)
    for i, (s, e) in enumerate([(1, 7), (9, 16), (30, 35), (52, 60), (68, 76)]):
        write_wav(folder / f"passage{i}.wav", audio[s * SAMPLE_RATE : e * SAMPLE_RATE])
    write_wav(folder / "chord.wav", tone(262, 5) + tone(330, 5) + tone(392, 5))
    return folder


def noisy_crop(path, seed: int) -> np.ndarray:
    """A quieter, noisier, cropped copy of a recording (a real-world query clip)."""
    audio = load_audio(path)
    cut = audio[len(audio) // 5 : len(audio) * 4 // 5] * 0.5
    return cut + np.random.default_rng(seed).normal(0, 0.005, len(cut)).astype(np.float32)


@pytest.mark.integration
@pytest.mark.parametrize("store", ["faiss", "chroma"])
def test_classic_recipe_audio_files_in_a_langchain_vector_store(store, sound_folder, tmp_path):
    embeddings = AudioEmbeddings(inputs="audio")
    paths = sorted(str(p) for p in sound_folder.glob("*.wav"))
    if store == "faiss":
        from langchain_community.vectorstores import FAISS

        vectors = embeddings.embed_documents(paths)
        db = FAISS.from_embeddings(list(zip(paths, vectors)), embeddings)
    else:
        from langchain_chroma import Chroma

        db = Chroma.from_texts(
            paths, embeddings, collection_name="sounds", persist_directory=str(tmp_path / "chroma")
        )
    for seed, path in enumerate(paths):
        query = embeddings.embed_audio([noisy_crop(path, seed)])[0]
        found = db.similarity_search_by_vector(query, k=1)[0]
        assert found.page_content == path
    assert db.similarity_search(paths[0], k=1)[0].page_content == paths[0]
