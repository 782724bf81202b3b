"""Re-ranking: a cross-encoder's order of the top candidates joins the fusion."""

import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from audio_rag.errors import AudioRAGError
from audio_rag.ingest.contextual import next_links
from audio_rag.search import RERANK, SearchOptions
from audio_rag.search.hybrid import search_text
from audio_rag.search.queries import asks
from audio_rag.search.rerank import CrossEncoderReranker, load_reranker, passage_text
from audio_rag.store import IndexModels, SourceRecord
from audio_rag.types import Hit, Unit

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))  # reranker_training


def _hits(*names):
    return [Hit("/a.mp3", i, i + 1, n, 1.0 - i / 10, unit_id=n) for i, n in enumerate(names)]


class Flip:
    """A reranker double: the candidates in reverse order; remembers what it read."""

    def __init__(self):
        self.seen = []

    def __call__(self, hits):
        self.seen.append([h.unit_id for h in hits])
        return [replace(h, score=float(i), channel=RERANK) for i, h in enumerate(hits)][::-1]


def test_passage_text_reads_the_unit_then_the_one_before():
    assert passage_text(" Only fifty pounds. ", "What did it cost?") == (
        "Only fifty pounds. [SEP] What did it cost?"
    )
    assert passage_text("Only fifty pounds.", None) == "Only fifty pounds."
    assert passage_text("Only fifty pounds.", "  ") == "Only fifty pounds."


def test_only_questions_are_reranked():
    assert asks("How long were the bridge works?") and asks("what did the turbine cost")
    assert asks("Is the museum open on Sundays") and asks("bridge works?")
    assert not asks("glowing lure anglerfish") and not asks("the bit about the twelve year old")
    assert not asks("   ")
    assert asks("Tell me what the turbine cost") and asks("explain why the market moved")
    assert not asks("find the bit about the reservoir") and not asks("telling stories")
    assert asks("Please, tell me the price") and asks("So why did they move it")
    assert not asks("please") and not asks("ok the reservoir bit")


def test_the_reranker_order_joins_the_fusion_with_its_weight():
    runners = {"text": lambda n: _hits("a", "b", "c")[:n], "keyword": lambda n: _hits("a", "b")}
    plain = SearchOptions(weights={"text": 1, "keyword": 1}, rerank=None)
    assert [h.unit_id for h in search_text("q", 3, runners, plain, Flip())] == ["a", "b", "c"]
    heavy = replace(plain, rerank="flip", weights={"text": 1, "keyword": 1, RERANK: 10})
    flip = Flip()
    got = search_text("q", 3, runners, heavy, flip)
    assert [h.unit_id for h in got] == ["c", "b", "a"]
    assert got[0].ranks[RERANK]["rank"] == 1 and got[0].channel == "text+rerank"
    assert flip.seen == [["a", "b", "c"]]
    light = replace(heavy, weights={"text": 1, "keyword": 1, RERANK: 0.1})
    assert search_text("q", 3, runners, light, Flip())[0].unit_id == "a"
    assert max(h.score for h in got) <= 1.0


def test_the_reranker_reads_only_the_top_candidates():
    many = _hits(*"abcdefgh")
    runners = {"text": lambda n: many[:n], "keyword": lambda n: many[:n]}
    opts = SearchOptions(rerank="flip", rerank_depth=5)
    flip = Flip()
    got = search_text("q", 2, runners, opts, flip)
    assert flip.seen == [list("abcde")] and len(got) == 2


def test_options_check_the_reranker_settings():
    assert SearchOptions().rerank == "dialogue-minilm" and SearchOptions().rerank_weight() == 8
    assert SearchOptions(rerank="x", weights={RERANK: 2}).rerank_weight() == 2.0
    assert SearchOptions(rerank="x", mode="dense").rerank_weight() == 0.0
    assert SearchOptions(rerank=None).rerank_weight() == 0.0
    with pytest.raises(ValueError, match="rerank_depth"):
        SearchOptions(rerank_depth=0)
    with pytest.raises(ValueError, match="rerank"):
        SearchOptions(weights={"rerankk": 1})


class RecordingReranker:
    """Scores a passage by how often it says "pounds"; keeps what it was asked."""

    name = "recording"

    def __init__(self):
        self.calls = []

    def score(self, query, passages):
        self.calls.append((query, list(passages)))
        return np.array([p.split("[SEP]")[0].count("pounds") for p in passages], np.float32)


def _talk(rag):
    index = rag.index
    index.ensure(IndexModels("fake-text", 32, "fake-audio", 16))
    rows = [(0, 2, "turbine cost."), (2.5, 5, "two million pounds.")]
    rows.append((12, 14, "turbine cost hill."))
    units = [Unit(s, e, t) for s, e, t in rows]
    text = rag.models.text_embedder.embed([u.text for u in units])
    audio = np.eye(3, 16, dtype=np.float32)
    ctx = (text, next_links("A", units))
    index.add_units({"source": "/A.mp3", "source_id": "A"}, units, text, audio, context=ctx)
    index.finish_source(SourceRecord("A", "/A.mp3", "0", 15, 3, "en", "-", 0.0))


def test_search_reranks_each_candidate_read_with_the_unit_before_it(fake_rag):
    reranker = RecordingReranker()
    rag = fake_rag(reranker=reranker)
    _talk(rag)
    rag.searcher.options = replace(rag.search_options, rerank=None)
    assert rag.search("turbine cost?", k=1, weights={"text": 1})[0].text == "turbine cost."
    assert reranker.calls == []
    q = "turbine cost?"
    top = rag.search(q, k=1, rerank="recording", weights={"text": 1, RERANK: 20})
    assert top[0].text == "two million pounds." and RERANK in top[0].ranks
    query, passages = reranker.calls[-1]
    assert query == q
    assert "two million pounds. [SEP] turbine cost." in passages
    assert "turbine cost hill." in passages  # after a pause: read on its own
    rag.searcher.options = replace(rag.search_options, rerank="recording")
    rag.search(q, k=1, rerank=False)
    rag.search(q, k=1, mode="dense")
    assert len(reranker.calls) == 1  # switched off for that search; dense mode has none
    rag.search("what was the turbine cost", k=1)
    assert len(reranker.calls) == 2
    rag.search("turbine", k=1)  # a keyword lookup, not a question
    assert len(reranker.calls) == 2


def test_store_finds_the_unit_spoken_before_each_hit(fake_rag):
    rag = fake_rag()
    _talk(rag)
    units = rag.index.units.of_source("A", speech_only=True)
    assert rag.index.context.preceding(units) == {units[1].unit_id: "turbine cost."}
    assert rag.index.context.preceding([]) == {}


def _tiny_bert(folder, classifier=False):
    """A tiny random BERT with the bundled MiniLM tokenizer, saved to `folder`."""
    from transformers import AutoTokenizer, BertConfig, BertForSequenceClassification, BertModel

    from audio_rag._util.resolve import resolve

    tok = AutoTokenizer.from_pretrained(resolve("text", "all-MiniLM-L6-v2").location)
    cfg = BertConfig(
        vocab_size=tok.vocab_size,
        hidden_size=32,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=64,
        num_labels=1,
    )
    model = BertForSequenceClassification(cfg) if classifier else BertModel(cfg)
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder


def test_saved_low_rank_weights_score_as_the_trained_model(tmp_path):
    import torch
    from reranker_training import LowRank, save_delta
    from transformers import AutoModel, AutoTokenizer

    from audio_rag.search.rerank import DialogueReranker, pooled_scores

    base = _tiny_bert(tmp_path / "base")
    model = AutoModel.from_pretrained(base).eval()
    lora = LowRank(model, rank=4, alpha=8, seed=1)
    with torch.no_grad():
        for _, b in lora.params.values():
            b.normal_(0, 0.05)  # as if trained (B starts at zero)
    head = torch.nn.Linear(32, 1)
    save_delta(tmp_path / "delta.npz", lora, head, {"base": "x", "rank": 4, "alpha": 8})
    passages = ["Only fifty pounds each. [SEP] What did it cost?", "It grew quickly.", "Yes."]
    tok = AutoTokenizer.from_pretrained(base)
    with torch.no_grad():
        enc = tok(["the cost?"] * 3, passages, padding=True, return_tensors="pt")
        want = pooled_scores(model, head, enc).numpy()
    got = DialogueReranker(tmp_path / "delta.npz", base=str(base)).score("the cost?", passages)
    assert got.shape == (3,) and np.allclose(got, want, atol=2e-3)
    assert DialogueReranker(tmp_path / "delta.npz", base=str(base)).score("q", []).size == 0


def test_training_can_continue_from_saved_weights(tmp_path):
    import torch
    from reranker_training import LowRank, save_delta
    from transformers import AutoModel, AutoTokenizer

    from audio_rag.search.rerank import load_head, pooled_scores

    base = _tiny_bert(tmp_path / "base")
    tok = AutoTokenizer.from_pretrained(base)
    enc = tok(
        ["the cost?"] * 2,
        ["Fifty pounds. [SEP] What did it cost?", "Yes."],
        padding=True,
        return_tensors="pt",
    )

    def scores(seed, delta=None, save=False):
        model = AutoModel.from_pretrained(base).eval()
        lora, head = LowRank(model, rank=4, alpha=8, seed=seed), torch.nn.Linear(32, 1)
        if delta is None:
            with torch.no_grad():
                for _, b in lora.params.values():
                    b.normal_(0, 0.05)  # as if trained
        else:
            lora.load(delta)
            load_head(head, delta)
        if save:
            save_delta(tmp_path / "d.npz", lora, head, {"base": "x", "rank": 4, "alpha": 8})
        with torch.no_grad():
            return pooled_scores(model, head, enc).numpy()

    trained = scores(seed=1, save=True)
    fresh = scores(seed=2)
    resumed = scores(seed=2, delta=np.load(tmp_path / "d.npz"))
    assert not np.allclose(fresh, trained, atol=1e-3)
    assert np.allclose(resumed, trained, atol=2e-3)


def test_missing_reranker_weights_are_named(tmp_path):
    from audio_rag.search.rerank import DialogueReranker

    with pytest.raises(AudioRAGError, match="nothing.npz"):
        DialogueReranker(tmp_path / "nothing.npz").score("q", ["p"])


def test_a_cross_encoder_loads_from_a_folder_like_a_hub_id(tmp_path, monkeypatch):
    folder = _tiny_bert(tmp_path / "ce", classifier=True)
    reranker = load_reranker(str(folder))
    assert isinstance(reranker, CrossEncoderReranker) and reranker.name == str(folder)
    scores = reranker.score("what did it cost?", ["fifty pounds", "a windy hill"])
    assert scores.shape == (2,) and np.isfinite(scores).all()
    from huggingface_hub import constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)  # read at import
    with pytest.raises(AudioRAGError, match="no-such-org/no-such-reranker"):
        load_reranker("no-such-org/no-such-reranker").score("q", ["p"])


@pytest.mark.integration
def test_bundled_reranker_lifts_the_reply_above_the_reported_question(sample_rag, monkeypatch):
    question = "Can old electric car batteries be reused?"
    # the reply look-up alone already puts this reply first (test_integration); without
    # it, what the reranker adds shows
    no_replies = replace(sample_rag.search_options, replies=False)
    monkeypatch.setattr(sample_rag.searcher, "options", no_replies)

    def rank_of_reply(**kw):
        hits = sample_rag.search(question, k=5, **kw)
        return next(i for i, h in enumerate(hits) if "second life" in h.text.lower())

    assert sample_rag.search_options.rerank == "dialogue-minilm"  # on by default
    with_reranker, without = rank_of_reply(), rank_of_reply(rerank=False)
    assert with_reranker < without
    top = sample_rag.search(question, k=5)[with_reranker]
    assert RERANK in top.ranks and top.start > 30  # the guest's reply, after the question
