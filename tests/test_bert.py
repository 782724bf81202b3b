"""The numpy BERT runtime: the bundled MiniLM's vectors without torch, equal to
sentence-transformers' own within float32 rounding."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audio_rag._util.resolve import resolve
from audio_rag.encoders.bert import supports
from audio_rag.encoders.text import TextEmbedder, _mean_pooled_bert

TEXTS = [
    "press 4 to place an outgoing call",
    "What is pumped hydro?",
    "Pumped hydro is still the largest form of storage on the planet. " * 30,  # > 256 tokens
    "Il treno per Milano è in ritardo di venti minuti.",
    "",
    "ok",
]


def test_bundled_minilm_runs_on_numpy_with_sentence_transformers_vectors():
    from sentence_transformers import SentenceTransformer

    location = resolve("text", "all-MiniLM-L6-v2").location
    assert _mean_pooled_bert(location)
    embedder = TextEmbedder()
    got = embedder.embed(TEXTS)
    assert type(embedder.model).__name__ == "_BertEmbedder"
    want = SentenceTransformer(location, device="cpu").encode(TEXTS, normalize_embeddings=True)
    assert got.shape == (len(TEXTS), 384) and got.dtype == np.float32
    assert np.abs(got - want).max() < 1e-5
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    alone = embedder.embed(TEXTS[:1])  # batching by length changes nothing
    assert np.abs(alone - got[:1]).max() < 1e-6


def test_torch_kernels_give_the_numpy_vectors():
    """An ingest's many texts run on torch, a query's few on numpy: a unit and a query
    with the same words get the same vector either way."""
    bert = TextEmbedder().model.bert
    encodings = bert.encode(TEXTS)
    on_numpy = bert.mean_states(encodings, torch=False)
    on_torch = bert.mean_states(encodings, torch=True)
    assert np.abs(on_numpy - on_torch).max() < 1e-5


def test_other_models_keep_sentence_transformers(tmp_path):
    assert not supports(tmp_path)  # no config
    (tmp_path / "config.json").write_text(json.dumps({"model_type": "roberta"}))
    assert not supports(tmp_path)
    assert not _mean_pooled_bert(str(tmp_path))


HEAVY = ("torch", "sentence_transformers", "transformers", "ctranslate2", "faster_whisper")


@pytest.mark.parametrize(
    "command",
    [["search", "what is pumped hydro?"], ["info"], ["transcript", "sample_podcast.mp3"]],
)
def test_reading_commands_import_no_model_runtime(sample_rag, command):
    """`audio-rag search/info/transcript` start fast: no torch, no Whisper runtime."""
    argv = [*command, "--db", str(sample_rag.db_path), "--collection", "sample"]
    code = (
        "import sys\n"
        "from audio_rag.cli import main\n"
        f"code = main({argv!r})\n"
        f"print(code, sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "0 []"


@pytest.mark.parametrize("text", ["", "   "])
def test_empty_texts_still_embed(text):
    vec = TextEmbedder().embed([text])
    assert vec.shape == (1, 384) and np.isfinite(vec).all()


def test_the_console_script_ends_reading_commands_fast_without_losing_output(sample_rag):
    """`audio-rag` exits a reading command without the interpreter's teardown: its whole
    output still arrives (to a file, or to a pipe closed early) and its exit code stays."""
    script = str(Path(sys.executable).with_name("audio-rag"))
    db = ["--db", str(sample_rag.db_path), "--collection", "sample"]
    full = subprocess.run([script, "transcript", "sample_podcast.mp3", *db], capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    argv = ["transcript", "sample_podcast.mp3", *db]
    code = f"import sys; from audio_rag.cli import main; sys.exit(main({argv!r}))"
    slow = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300)
    assert full.returncode == slow.returncode == 0, full.stderr
    assert full.stdout == slow.stdout and len(full.stdout.splitlines()) > 20
    piped = subprocess.run(f"{script} search 'pumped hydro' {' '.join(db)} | head -1", shell=True,
                           capture_output=True, text=True, timeout=300)  # fmt: skip
    assert piped.stdout.startswith("1. ") and "Traceback" not in piped.stderr
    missing = subprocess.run([script, "info", "--db", str(sample_rag.db_path / "nope")],
                             capture_output=True, text=True, timeout=300)  # fmt: skip
    assert missing.returncode == 1 and "no index" in missing.stderr
