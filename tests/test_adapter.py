"""Domain adapter (attention pooling + projection, supcon/triplet) and re-embedding."""

from __future__ import annotations

import json

import numpy as np
import pytest

from audio_rag import AudioRAG, AudioRAGError, ModelMismatchError
from audio_rag.audio import SAMPLE_RATE
from audio_rag.cli import main
from audio_rag.encoders.adapter import (
    AdaptedEncoder,
    Adapter,
    AdapterOptions,
    fit_on_folder,
    recall_at_1,
    split_base,
    split_held_out,
    train_adapter,
)
from audio_rag.ingest import IngestOptions
from tests.helpers import (
    FakeAudioEncoder,
    FakeReranker,
    FakeTextEmbedder,
    FakeTranscriber,
    write_wav,
)

FAST = AdapterOptions(dim=8, epochs=40, lr=1e-2, held_out=0.5)


class FrameFake(FakeAudioEncoder):
    """Frames: the coarse spectrum of every 0.1 s."""

    name, sample_rate = "fake-frames", SAMPLE_RATE

    def frames_of(self, waveforms):
        step = SAMPLE_RATE // 10
        return [
            super(FrameFake, self).embed_audio(
                [w[i : i + step] for i in range(0, max(len(w) - step + 1, 1), step)]
            )
            for w in waveforms
        ]


def timbre(kind: str, f: float, seconds: float = 1.0) -> np.ndarray:
    """A note whose pitch varies but whose timbre is the class: pure, or buzzy (odd
    harmonics); the pitch dominates a plain spectrum, the class needs the harmonics."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    n = 1 if kind == "pure" else 7
    x = sum(np.sin(2 * np.pi * f * k * t) / k for k in range(1, n + 1, 2))
    return (0.3 * x / np.abs(x).max()).astype(np.float32)


@pytest.fixture
def labelled(tmp_path):
    rng = np.random.default_rng(3)
    root = tmp_path / "labelled"
    for kind in ("pure", "buzzy"):
        (root / kind).mkdir(parents=True)
        for i, f in enumerate(rng.uniform(200, 1200, 10)):
            write_wav(root / kind / f"{i}.wav", timbre(kind, f))
    (root / "notes.txt").write_text("not a class")
    return root


def test_held_out_split_keeps_every_class_on_both_sides():
    labels = ["a"] * 10 + ["b"] * 3 + ["c"]
    held = split_held_out(labels, 0.3, seed=1)
    assert held[:10].sum() == 3 and held[10:13].sum() == 1 and not held[13]
    assert np.array_equal(held, split_held_out(labels, 0.3, seed=1))


def test_recall_at_1():
    refs = np.eye(3, dtype=np.float32)
    q = np.array([[1, 0.1, 0], [0, 0, 1]], np.float32)
    assert recall_at_1(q, ["x", "z"], refs, ["x", "y", "z"]) == 1.0
    assert recall_at_1(q, ["y", "z"], refs, ["x", "y", "z"]) == 0.5


@pytest.mark.parametrize("loss", ["supcon", "triplet"])
def test_training_separates_classes_hidden_under_a_nuisance(loss):
    """Class in two small dims, a big random nuisance in the others: mean pooling
    sees the nuisance, the trained head sees the class."""
    rng = np.random.default_rng(0)
    frames, labels = [], []
    for i in range(60):
        c = i % 3
        f = rng.normal(0, 1.0, (20, 12)).astype(np.float32) * np.r_[[0.2] * 3, [3.0] * 9]
        f[:, c] += 0.6
        frames.append(f)
        labels.append(f"c{c}")
    held = split_held_out(labels, 0.3)
    tr = [f for f, h in zip(frames, held) if not h]
    lab = np.asarray(labels)
    opts = AdapterOptions(dim=6, loss=loss, epochs=60, lr=1e-2)
    adapter = train_adapter(tr, list(lab[~held]), "base", opts)
    before = np.stack([f.mean(0) for f in frames])
    after = np.stack([adapter.apply(f) for f in frames])
    r0 = recall_at_1(before[held], lab[held], before[~held], lab[~held])
    r1 = recall_at_1(after[held], lab[held], after[~held], lab[~held])
    assert r1 >= 0.9 and r1 > r0


def test_adapter_round_trips_and_names_what_it_adapts(tmp_path, labelled):
    adapter, report = fit_on_folder(FrameFake(), labelled, tmp_path / "a.npz", FAST)
    assert report.classes == 2 and report.train_files == 10 and report.held_out_files == 10
    assert 0.0 <= report.recall_before <= 1.0 and report.recall_after >= 0.8
    loaded = Adapter.load(tmp_path / "a.npz")
    assert loaded.digest == adapter.digest and loaded.classes == ["buzzy", "pure"]
    enc = AdaptedEncoder(FrameFake(), loaded)
    assert split_base(enc.name) == ("fake-frames", adapter.digest) and enc.dim == 8
    vecs = enc.embed_audio([timbre("pure", 300), timbre("buzzy", 300)])
    assert vecs.shape == (2, 8) and np.allclose(np.linalg.norm(vecs, axis=1), 1, atol=1e-5)
    with pytest.raises(AudioRAGError, match="no frames"):
        AdaptedEncoder(FakeAudioEncoder(), loaded)
    other = FrameFake()
    other.name = "other-frames"
    with pytest.raises(AudioRAGError, match="trained on 'fake-frames'"):
        AdaptedEncoder(other, loaded)
    with pytest.raises(AudioRAGError, match="not a readable adapter"):
        Adapter.load(tmp_path / "missing.npz")
    with pytest.raises(AudioRAGError, match="two class subfolders"):
        fit_on_folder(FrameFake(), labelled / "pure", tmp_path / "b.npz", FAST)


def _rag(tmp_path, **kw):
    kw.setdefault("whisper", FakeTranscriber())
    kw.setdefault("text_model", FakeTextEmbedder())
    kw.setdefault("reranker", FakeReranker())
    ingest = IngestOptions(diarize=False, block_seconds=kw.pop("block_seconds", 600.0))
    return AudioRAG(tmp_path / "db", "idx", ingest=ingest, **kw)


def test_reembed_switches_the_index_and_refuses_missing_files(tmp_path, tone_files):
    rag = _rag(tmp_path, audio_encoder=FakeAudioEncoder())
    rag.ingest(tone_files)
    before = rag.info()["units"]

    class Other(FakeAudioEncoder):
        name, dim = "fake-audio-8", 8  # a coarser spectrum

    report = rag.reembed(Other())
    assert report.units == before and report.sources == 3
    models = rag.info()["models"]
    assert (models["audio_model"], models["audio_dim"]) == ("fake-audio-8", 8)
    assert rag.info()["units"] == before and rag.transcript(tone_files[0])
    hit = rag.search(audio=np.asarray(write_and_read(tone_files[2])), k=1)[0]
    assert hit.source.endswith("high.wav")
    with pytest.raises(ModelMismatchError):
        _rag(tmp_path, audio_encoder=FakeAudioEncoder()).search(audio=np.zeros(16000, "f4"))
    tone_files[0].unlink()
    with pytest.raises(AudioRAGError, match="low.wav.*nothing was changed"):
        rag.reembed(FakeAudioEncoder())
    assert rag.info()["models"]["audio_model"] == "fake-audio-8"


def write_and_read(path):
    from audio_rag.audio import load_audio

    return load_audio(path)[: 2 * SAMPLE_RATE]


def test_adapter_is_applied_at_ingest_and_query(tmp_path, tiny_models, labelled, tone_files):
    """Tiny random wav2vec2 by path: train-adapter re-embeds the index; reopening it
    (no encoder named) loads the adapter saved next to it."""
    spec = f"wav2vec2:{tiny_models['wav2vec2']}"
    rag = _rag(tmp_path, audio_encoder=spec)
    rag.ingest(tone_files[:2])
    report = rag.train_adapter(labelled, FAST)
    assert (tmp_path / "db" / "idx.adapter.npz").is_file() and report.train_files == 10
    recorded = rag.info()["models"]["audio_model"]
    assert recorded.startswith(spec.split(":")[0]) and "+adapter:" in recorded
    again = _rag(tmp_path)
    assert again.models.audio_encoder.name == recorded and again.models.audio_encoder.dim == 8
    again.ingest(tone_files[2:])  # the new file is embedded with the adapter too
    assert again.search(audio=write_and_read(tone_files[2]), k=1)[0].source.endswith("high.wav")
    (tmp_path / "db" / "idx.adapter.npz").unlink()
    with pytest.raises(ModelMismatchError, match="adapter"):
        _rag(tmp_path).models.audio_encoder  # noqa: B018


def test_cli_reembed_and_train_adapter(tmp_path, tiny_models, labelled, tone_files, capsys):
    spec = f"wav2vec2:{tiny_models['wav2vec2']}"
    _rag(tmp_path, audio_encoder=FakeAudioEncoder()).ingest(tone_files[:1])
    db = ["--db", str(tmp_path / "db"), "--collection", "idx"]
    assert main(["reembed", "--encoder", spec + ";pooling=stats", *db]) == 0
    assert "re-embedded" in capsys.readouterr().out
    args = ["train-adapter", str(labelled), "--epochs", "5", "--dim", "4", "--json", *db]
    assert main(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["classes"] == 2 and out["options"]["dim"] == 4
    assert main(["reembed", "--encoder", "nope:x", *db]) == 1
    assert "valid names" in capsys.readouterr().err


@pytest.mark.parametrize("block", [5.0, 3.0])  # 3 s: units cross blocks, cut from the file
def test_reembed_block_by_block_gives_the_vectors_of_whole_file_cuts(tmp_path, tone_files, block):
    from audio_rag.audio import load_audio

    _rag(tmp_path, audio_encoder=FakeAudioEncoder(), block_seconds=5.0).ingest(tone_files)
    rag = _rag(tmp_path, audio_encoder=FakeAudioEncoder(), block_seconds=block)

    class Coarse(FakeAudioEncoder):
        name, dim = "fake-audio-8", 8

    rag.reembed(Coarse())
    for path in tone_files:
        units = rag.transcript(path)
        audio = load_audio(path)
        want = Coarse().embed_audio(
            [audio[int(u.start * SAMPLE_RATE) : int(u.end * SAMPLE_RATE)] for u in units]
        )
        got = rag.index.cols.get("-audio").get(
            ids=[u.unit_id for u in units], include=["embeddings"]
        )
        by_id = dict(zip(got["ids"], got["embeddings"]))
        assert np.allclose([by_id[u.unit_id] for u in units], want, atol=1e-5)
