"""Hybrid retrieval: BM25 keyword index, RRF fusion with per-channel ranks, filters,
context expansion, MMR, evaluation harness, `audio-rag eval` (fast test doubles)."""

import json
import time
from dataclasses import replace

import numpy as np
import pytest

from audio_rag.evaluation.evaluate import (
    Answer,
    Question,
    QuestionResult,
    compare,
    covers,
    evaluate,
    iou,
    judge,
    load_questions,
    summarise,
)
from audio_rag.search import SearchOptions
from audio_rag.search.context import expand, join_turns
from audio_rag.search.fusion import fuse
from audio_rag.search.mmr import mmr
from audio_rag.store import where as unit_where
from audio_rag.store.keyword import KeywordIndex, analyse, keyword_path, top_n
from audio_rag.types import Filter, Hit
from tests.helpers import FakeAudioEncoder

# ---- keyword index ---------------------------------------------------------------------


def test_analyse_drops_stop_words_and_stems():
    assert analyse("The batteries are storing power!") == ["batteri", "store", "power"]
    assert analyse("battery") == analyse("batteries")
    assert analyse("the and of") == [] and analyse("how did she win") == ["win"]
    assert analyse("who won it") == ["won"]


def test_keyword_index_ranks_adds_replaces_and_removes(tmp_path):
    idx = KeywordIndex(tmp_path / "kw.sqlite")
    idx.add(
        ["a1", "a2", "b1"],
        ["pumped hydro storage", "battery farms at night", "hydro dams and hydro power"],
        ["A", "A", "B"],
    )
    assert [uid for uid, _ in idx.search("hydro")] == ["b1", "a1"]  # two mentions rank first
    assert idx.search("unrelated words") == [] and idx.search("") == []
    gen = idx.generation()
    idx.remove_source("B")
    assert idx.generation() > gen and [u for u, _ in idx.search("hydro")] == ["a1"]
    idx.add(["a1"], ["tomatoes in the garden"], ["A"])  # same id: replaced
    assert idx.search("hydro") == [] and idx.count() == 2
    again = KeywordIndex(tmp_path / "kw.sqlite")  # persisted: another process sees it
    assert [u for u, _ in again.search("tomato")] == ["a1"] and again.source_ids() == {"A"}


def test_keyword_index_sees_changes_made_through_another_handle(tmp_path):
    one, two = KeywordIndex(tmp_path / "kw.sqlite"), KeywordIndex(tmp_path / "kw.sqlite")
    one.add(["x"], ["chess club"], ["S"])
    assert two.search("chess")[0][0] == "x"
    one.add(["y"], ["chess chess tournament"], ["S"])
    assert [u for u, _ in two.search("chess")] == ["y", "x"]  # rebuilt: generation moved


def test_top_n_orders_by_score_then_position():
    ids = np.array(["a", "b", "c", "d"], dtype=object)
    assert top_n(ids, np.array([0.0, 2.0, 1.0, 2.0]), 2) == [("b", 2.0), ("d", 2.0)]
    assert top_n(ids, np.zeros(4), 3) == []


def test_keyword_index_location_by_client(tmp_path, monkeypatch):
    from audio_rag.store import make_client

    path = keyword_path(make_client(tmp_path / "db"), "idx")
    assert path == tmp_path / "db" / "audio_rag_keyword" / "idx.sqlite"

    class Settings:
        is_persistent, persist_directory = False, ""
        chroma_server_host, chroma_server_http_port = "chroma.example", 8001

    class Server:
        def get_settings(self):
            return Settings()

    monkeypatch.setenv("AUDIO_RAG_CACHE", str(tmp_path / "cache"))
    got = keyword_path(Server(), "idx")
    assert got == tmp_path / "cache" / "keyword" / "chroma.example_8001" / "idx.sqlite"
    assert keyword_path(object(), "idx") is None


# ---- fusion ----------------------------------------------------------------------------


def hit(uid, score=0.5, channel="text", **kw):
    kw.setdefault("source", "/a.mp3")
    kw.setdefault("start", 0.0)
    kw.setdefault("end", 1.0)
    return Hit(text=uid, score=score, unit_id=uid, channel=channel, **kw)


def test_fuse_reports_every_channel_rank_and_a_scaled_score():
    lists = {
        "text": [hit("a", 0.9), hit("b", 0.8)],
        "keyword": [hit("b", 7.0, "keyword"), hit("c", 3.0, "keyword")],
    }
    out = fuse(lists, k=3)
    assert [h.unit_id for h in out] == ["b", "a", "c"]
    b = out[0]
    assert b.channel == "text+keyword" and 0 < b.score < 1
    assert b.ranks == {"text": {"rank": 2, "score": 0.8}, "keyword": {"rank": 1, "score": 7.0}}
    assert out[1].ranks == {"text": {"rank": 1, "score": 0.9}}
    first_everywhere = fuse({"text": [hit("a")], "keyword": [hit("a")]}, k=1)[0]
    assert first_everywhere.score == pytest.approx(1.0)
    only_text = fuse(lists, k=3, weights={"text": 1.0, "keyword": 0.0})
    assert [h.unit_id for h in only_text][:2] == ["a", "b"]


def test_hybrid_options_validate_names():
    with pytest.raises(ValueError, match="valid: hybrid, dense, keyword"):
        SearchOptions(mode="sparse")
    with pytest.raises(ValueError, match="valid: text, context, keyword, phrase, audio_text, name"):
        SearchOptions(weights={"txt": 1})
    opts = SearchOptions(weights={"text": 2, "keyword": 0})
    want = {"text": 2.0, "context": 3.0, "audio_text": 1.0, "name": 8.0}  # others: defaults
    assert opts.channels(has_audio_text=True) == want
    assert set(SearchOptions().channels(False)) == {"text", "context", "keyword", "name"}
    lookup = set(SearchOptions().channels(False, lookup=True))
    assert lookup == {"text", "keyword", "phrase", "name"}  # a quote: words first, no context


def test_metadata_stays_flat_and_round_trips_ranks():
    h = hit("a", 0.4, "text+keyword", speaker="S1")
    h = Hit(**{**h.__dict__, "ranks": {"text": {"rank": 2, "score": 0.7}}})
    meta = h.to_metadata()
    assert all(isinstance(v, (str, int, float)) for v in meta.values())
    assert meta["rank_text"] == 2 and meta["score_text"] == 0.7 and "ranks" not in meta
    assert Hit.from_metadata("a", meta).ranks == h.ranks
    assert json.loads(json.dumps(h.to_dict()))["ranks"]["text"]["rank"] == 2


# ---- search through AudioRAG -------------------------------------------------------------


@pytest.fixture
def tone_rag(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    return rag


def test_hybrid_search_fuses_dense_and_keyword(tone_rag, tone_files):
    quote = tone_rag.search("tone600", k=3)  # reads as a quote: its words lead
    assert quote[0].source.endswith("mid.wav")
    assert set(quote[0].ranks) == {"text", "keyword", "phrase"}
    tone_rag.search_options = replace(tone_rag.search_options, quote_score=1.1)  # never one
    hits = tone_rag.search("tone600", k=3)
    assert all(set(h.channel.split("+")) == set(h.ranks) for h in hits)
    assert hits[0].source.endswith("mid.wav")
    assert set(hits[0].ranks) == {"text", "context", "keyword"}
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    kw = tone_rag.search("tone600", k=2, mode="keyword")
    assert kw[0].channel == "keyword" and kw[0].ranks["keyword"]["rank"] == 1
    (best_id, bm25), *_ = tone_rag.index.keyword.index.search("tone600")
    assert (kw[0].unit_id, kw[0].score) == (best_id, pytest.approx(bm25))  # BM25 score
    no_kw = tone_rag.search("tone600", k=3, weights={"text": 1, "context": 0, "keyword": 0})
    assert no_kw[0].channel == "text"  # one channel left: its own scores


def test_keyword_index_follows_removal_and_rebuilds_when_missing(tone_rag, tone_files):
    index = tone_rag.index
    assert index.keyword.index.count() == index.cols.get("").count() > 0
    sid = tone_rag.resolve_source(tone_files[1])
    index.remove_source(sid)
    assert sid not in index.keyword.index.source_ids()
    assert index.keyword.index.count() == index.cols.get("").count()
    assert all(h.source_id != sid for h in tone_rag.search("tone600", k=5, mode="keyword"))
    # the file is lost: the next search rebuilds it from Chroma's documents
    index.keyword.index.close()
    index.keyword.index.path.unlink()
    rag2 = type(tone_rag)(
        index.keyword.index.path.parents[1],
        "test_index",
        text_model=tone_rag.models.text_embedder,
        audio_encoder=tone_rag.models.audio_encoder,
    )
    assert rag2.search("tone1500", k=1, mode="keyword")[0].source.endswith("high.wav")
    assert rag2.index.keyword.index.count() == rag2.index.cols.get("").count()


def test_keyword_index_rebuilds_when_chroma_changed_behind_it(tone_rag):
    index = tone_rag.index
    col = index.cols.get("")
    victim = col.get(limit=1)["ids"][0]
    col.delete(ids=[victim])  # e.g. another client of a Chroma server
    assert index.keyword.sync(set()) is True and index.keyword.index.count() == col.count()
    assert index.keyword.sync(set()) is False


def test_replacing_a_source_replaces_its_keywords(fake_rag, tmp_path):
    from audio_rag.audio import SAMPLE_RATE
    from tests.helpers import tone, write_wav

    rag = fake_rag()
    path = tmp_path / "ep.wav"
    write_wav(path, np.concatenate([tone(660, 4), np.zeros(SAMPLE_RATE * 3), tone(660, 4)]))
    rag.ingest([path])
    write_wav(path, tone(1500, 4))  # same path, new content
    rag.ingest([path])
    assert rag.search("tone600", k=3, mode="keyword") == []
    assert rag.search("tone1500", k=1, mode="keyword")[0].source == str(path.resolve())
    assert rag.index.keyword.index.count() == rag.index.cols.get("").count()


def test_filters_are_pushed_down_for_every_channel(tone_rag, tone_files):
    low = tone_rag.search("tone600", k=5, source=tone_files[0])
    assert low and all(h.source.endswith("low.wav") for h in low)
    assert all(h.end > 7 for h in tone_rag.search("tone600", k=5, start=7.0))
    assert tone_rag.search("tone600", k=5, language="de") == []
    assert tone_rag.search("tone600", k=5, language="en")
    assert tone_rag.search("tone600", k=5, ingested_after=time.time() + 3600) == []
    assert tone_rag.search("tone600", k=5, ingested_before=time.time() + 1)
    where = unit_where(Filter(source="s", language="en", ingested_after=1.0, ingested_before=2.0))
    assert where == {
        "$and": [
            {"source_id": "s"},
            {"language": "en"},
            {"ingested_at": {"$gte": 1.0}},
            {"ingested_at": {"$lte": 2.0}},
        ]
    }


def test_context_expansion_grows_a_hit_to_its_neighbours(tone_rag, tone_files):
    (plain,) = tone_rag.search("tone600", k=1, mode="dense")
    (wide,) = tone_rag.search("tone600", k=1, mode="dense", context=1)
    units = tone_rag.index.units.of_source(plain.source_id, speech_only=True)
    assert len(units) >= 2
    assert wide.unit_id == plain.unit_id and wide.score == plain.score
    assert wide.start <= plain.start and wide.end >= plain.end
    assert (wide.start, wide.end) != (plain.start, plain.end) and plain.text in wide.text


def test_join_turns_names_speakers_only_when_they_change():
    a = hit("hello there.", speaker="S1", speaker_name="Ann")
    b = hit("hi.", speaker="S2")
    c = hit("bye.", speaker="S2")
    assert join_turns([a, b, c]) == "Ann: hello there.\nS2: hi. bye."
    assert join_turns([b, c]) == "hi. bye."
    assert expand(a, [b, c], 1) is a  # not among the units: unchanged


def test_mmr_prefers_diverse_results():
    vecs = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])
    assert mmr(np.array([1.0, 0.95, 0.5]), vecs, 2, lam=1.0) == [0, 1]
    assert mmr(np.array([1.0, 0.95, 0.5]), vecs, 2, lam=0.5) == [0, 2]
    with pytest.raises(ValueError):
        mmr(np.ones(3), vecs, 2, lam=2)


def test_search_with_mmr_returns_k_distinct_hits(tone_rag):
    hits = tone_rag.search("tone600", k=3, mmr=0.3)
    assert len(hits) == 3 and len({h.unit_id for h in hits}) == 3
    assert tone_rag.search(audio=np.zeros(16000, np.float32) + 0.1, k=2, mmr=True)


class JointAudioEncoder(FakeAudioEncoder):
    """A CLAP-like double: text lands next to audio of the pitch it names."""

    has_text = True

    def embed_text(self, texts):
        from tests.helpers import tone

        return self.embed_audio([tone(1500, 1.0) for _ in texts])


def test_joint_audio_text_encoder_adds_a_channel(fake_rag, tone_files):
    rag = fake_rag(audio_encoder=JointAudioEncoder())
    rag.ingest(tone_files)
    hits = rag.search("something high pitched", k=10)
    assert any("audio_text" in h.ranks for h in hits)
    top_audio = min(hits, key=lambda h: h.ranks.get("audio_text", {}).get("rank", 99))
    assert top_audio.source.endswith("high.wav")
    off = {"text": 0, "context": 0, "keyword": 0}
    only = rag.search("something high pitched", k=2, weights=off)
    assert [h.channel for h in only] == ["audio_text"] * 2
    assert all(h.source.endswith("high.wav") for h in only)


# ---- evaluation ------------------------------------------------------------------------


def test_question_file_formats_and_errors(tmp_path):
    audio = tmp_path / "ep.mp3"
    audio.write_bytes(b"x")
    f = tmp_path / "q.json"
    f.write_text(
        json.dumps(
            [
                {"question": "one?", "source": "ep.mp3", "start": 1, "end": 2},
                {
                    "id": "two",
                    "question": "two?",
                    "answers": [{"source": "abc", "start": 0, "end": 3}],
                },
            ]
        )
    )
    one, two = load_questions(f)
    assert one.answers[0].source == str(tmp_path / "ep.mp3") and one.id == "1"
    assert two.id == "two" and two.answers[0].source == "abc"
    f.write_text(
        json.dumps({"questions": [{"question": "x?", "source": "a", "start": 2, "end": 1}]})
    )
    with pytest.raises(Exception, match="q.json: question 1: empty time span"):
        load_questions(f)
    f.write_text("[]")
    with pytest.raises(Exception, match="q.json"):
        load_questions(f)
    f.write_text(json.dumps([{"question": "x?", "source": "a", "start": "1:02", "end": "1:05.5"}]))
    answer = load_questions(f)[0].answers[0]
    assert (answer.start, answer.end) == (62.0, 65.5)  # clock times
    f.write_text(json.dumps([{"question": "x?", "source": "a", "start": "1:75", "end": "2:00"}]))
    with pytest.raises(Exception, match="q.json: question 1: .*not a time: '1:75'"):
        load_questions(f)


def test_overlap_measures():
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 1), (2, 3)) == 0
    assert covers((0, 6), (4, 8), 0.5) and not covers((0, 5), (4, 8), 0.5)
    # a unit inside a long labelled answer answers it; one at its edge must be half inside
    assert covers((30, 45), (0, 120), 0.5) and covers((110, 130), (0, 120), 0.5)
    assert not covers((115, 130), (0, 120), 0.5) and not covers((120, 130), (0, 120), 0.5)
    hits = [hit("x", source_id="B", start=0, end=5), hit("y", source_id="A", start=10, end=14)]
    assert judge(hits, [("A", 11, 13)], 0.5) == (2, 0.0)
    assert judge(hits, [("B", 0, 10)], 0.5) == (1, 0.5)
    assert judge(hits, [("C", 0, 10)], 0.5) == (None, 0.0)


def test_evaluate_computes_recall_and_mrr():
    from audio_rag.evaluation import Answer, Question

    qs = [
        Question("first", [Answer("a.mp3", 0, 4)]),
        Question("second", [Answer("a.mp3", 10, 14)]),
        Question("third", [Answer("b.mp3", 0, 4)]),
    ]
    ranked = {
        "first": [hit("1", source_id="A", start=0, end=4)],
        "second": [
            hit("2", source_id="A", start=0, end=4),
            hit("3", source_id="A", start=9, end=14),
        ],
        "third": [hit("4", source_id="A", start=0, end=4)],
    }
    rep = evaluate(qs, lambda q, k: ranked[q][:k], {"a.mp3": "A", "b.mp3": "B"}.get, ks=(1, 2))
    assert rep.recall == {1: pytest.approx(1 / 3), 2: pytest.approx(2 / 3)}
    assert rep.mrr == pytest.approx((1 + 0.5) / 3)
    assert rep.overlap_at_1 == pytest.approx(1 / 3)
    assert "recall@1" in rep.table() and rep.to_dict()["recall"]["@2"] == pytest.approx(2 / 3)
    head, values = rep.table().splitlines()
    assert values.split()[0] == "0.333" and values.index("0.333") + 5 == len("recall@1")  # right


def test_unknown_answer_sources_are_all_named_before_any_search():
    from audio_rag.errors import AudioRAGError

    def resolve(source):
        if source != "a.mp3":
            raise AudioRAGError(f"{source}: not in index")
        return "A"

    def search(q, k):
        raise AssertionError("searched before the question file was checked")

    qs = [
        Question("one", [Answer("a.mp3", 0, 4)], "q1"),
        Question("two", [Answer("ep9.mp3", 0, 4)], "q2"),
        Question("three", [Answer("a.mp3", 0, 4), Answer("ep9.mp3", 5, 9)], "q3"),
        Question("four", [Answer("dir/ep10.mp3", 0, 4)], "q4"),
    ]
    with pytest.raises(AudioRAGError) as err:
        evaluate(qs, search, resolve)
    assert str(err.value).splitlines() == [
        "2 answer source(s) not found in the index:",
        "  questions q2, q3: ep9.mp3: not in index",
        "  question q4: dir/ep10.mp3: not in index",
    ]


class RecordingRAG:
    """Stands in for AudioRAG in `compare`: records each search's options and answers
    every question with one hit at A 0-4 s, except in keyword mode."""

    def __init__(self, options: SearchOptions) -> None:
        self.search_options, self.calls = options, []

    def search(self, text, k, **kwargs):
        self.calls.append(kwargs)
        miss = kwargs.get("mode") == "keyword"
        return [hit("1", source_id="A", start=20 if miss else 0, end=24 if miss else 4)]

    def resolve_source(self, source):
        return "A"


def test_compare_runs_the_defaults_and_each_part_left_out():
    qs = [Question("where?", [Answer("a.mp3", 0, 4)])] * 2
    rag = RecordingRAG(SearchOptions())
    reports = compare(rag, qs, ks=(1,))
    assert list(reports) == [
        "defaults",
        "without reranker",
        "without context vectors",
        "transcript vectors only",
        "keywords only",
    ]
    options = [rag.calls[i] for i in range(0, 10, 2)]  # two questions per setting
    assert options[:2] == [{}, {"rerank": False}]
    no_context = options[2]["weights"]
    assert no_context["context"] == 0 and no_context["text"] == SearchOptions().weights["text"]
    assert options[3:] == [{"mode": "dense"}, {"mode": "keyword"}]
    assert reports["defaults"].recall[1] == 1.0 and reports["keywords only"].recall[1] == 0.0
    plain = RecordingRAG(SearchOptions(rerank=None, weights={"text": 1, "context": 0}))
    assert list(compare(plain, qs, ks=(1,))) == [
        "defaults",
        "transcript vectors only",
        "keywords only",
    ]  # nothing to leave out


def test_time_per_question_is_the_median():
    results = [QuestionResult(str(i), "q", 1, 1.0, ms=ms) for i, ms in enumerate((900, 20, 30))]
    report = summarise(results, (1,))
    assert report.ms_per_question == 30  # the first search's model loading left out
    assert report.figures()["ms/q"] == "30" and "ms/q" in report.table()


def test_cli_eval_prints_a_table_and_json(tone_rag, tone_files, tmp_path, capsys):
    from audio_rag.cli import main

    f = tmp_path / "questions.json"
    f.write_text(
        json.dumps(
            [
                {"question": "tone600", "source": str(tone_files[1]), "start": 0.1, "end": 3.9},
                {"question": "tone1500", "source": str(tone_files[2]), "start": 7.1, "end": 10.9},
            ]
        )
    )
    db = tone_rag.index.keyword.index.path.parents[1]
    args = ["eval", str(f), "--db", str(db), "--collection", "test_index", "--mode", "keyword"]
    assert main(args + ["--ks", "1,3"]) == 0
    out = capsys.readouterr().out
    assert "recall@1" in out and "recall@3" in out and "MRR" in out
    assert main(args + ["--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["n"] == 2 and report["recall"]["@10"] == 1.0
    assert main(["eval", str(tmp_path / "none.json"), "--db", str(db)]) == 1
    assert "none.json" in capsys.readouterr().err
    assert main(args + ["--weights", "text"]) == 1


def test_cli_eval_compare_prints_one_row_per_setting(
    tone_rag, tone_files, tmp_path, capsys, monkeypatch
):
    from audio_rag import cli

    f = tmp_path / "questions.json"
    f.write_text(
        json.dumps(
            [{"question": "tone600", "source": str(tone_files[1]), "start": 0.1, "end": 3.9}]
        )
    )
    args = ["eval", str(f), "--compare", "--no-progress"]
    assert cli.main(args + ["--mode", "keyword"], make_rag=lambda args, **kw: tone_rag) == 0
    rows = [line.split("  ")[0].strip() for line in capsys.readouterr().out.splitlines()]
    assert rows[:3] == ["setting", "as given", "defaults"]
    assert "transcript vectors only" in rows and "keywords only" in rows
    assert cli.main(args + ["--json"], make_rag=lambda args, **kw: tone_rag) == 0
    reports = json.loads(capsys.readouterr().out)
    assert list(reports)[0] == "defaults" and "as given" not in reports
    assert all(r["n"] == 1 and r["recall"]["@10"] == 1.0 for r in reports.values())
    assert reports["defaults"]["ms_per_question"] > 0


def test_tokens_of_an_older_analyser_are_dropped_and_rebuilt(tone_rag):
    index = tone_rag.index
    n = index.keyword.index.count()
    index.keyword.index.conn.execute("UPDATE meta SET value = 1 WHERE key='analyser'")
    index.keyword.index.conn.commit()
    index.keyword.index.close()
    assert KeywordIndex(index.keyword.index.path).count() == 0  # reopened: old tokens dropped
    assert index.keyword.sync(set()) is True and index.keyword.index.count() == n


def test_filtered_keyword_search_looks_past_the_best_candidates(tmp_path):
    from audio_rag.store import Index, IndexModels, SourceRecord, make_client
    from audio_rag.types import Unit

    index = Index(make_client(tmp_path / "db"), "deep")
    index.ensure(IndexModels("t", 4, "a", 4))
    rng = np.random.default_rng(0)
    for sid, text, n in [("A", "hydro hydro dam", 80), ("B", "hydro power and more words", 3)]:
        units = [Unit(i, i + 1.0, f"{text} {i}") for i in range(n)]
        vecs = rng.normal(size=(n, 4)).astype(np.float32)
        index.add_units({"source": f"/{sid}.mp3", "source_id": sid}, units, vecs, vecs)
        index.finish_source(SourceRecord(sid, f"/{sid}.mp3", "0", n, n, "en", "-", 0.0))
    assert {h.source_id for h in index.keyword_query("hydro", 50)} == {"A"}
    hits = index.keyword_query("hydro", 5, where={"source_id": "B"})
    assert [h.source_id for h in hits] == ["B"] * 3
    assert KeywordIndex(index.keyword.index.path).search("hydro", 5, allowed=[hits[0].unit_id])[0][
        0
    ] == (hits[0].unit_id)


def test_cli_search_options_parse():
    from audio_rag.cli import build_parser, parse_weights, parse_when

    args = build_parser().parse_args(
        ["search", "q", "--context", "2", "--mode", "dense", "--after", "2026-01-02", "--mmr"]
    )
    assert (args.context, args.mode, args.mmr) == (2, "dense", True)
    assert build_parser().parse_args(["search", "q", "--mmr", "0.5"]).mmr == 0.5
    assert parse_weights("text=2, keyword=0.5") == {"text": 2.0, "keyword": 0.5}
    assert parse_when("1700000000") == 1700000000.0 and parse_when(None) is None
    assert parse_when("2026-01-02") > parse_when("2026-01-01")
    day_end = parse_when("2026-01-01", end_of_day=True)  # --before takes the whole day
    assert parse_when("2026-01-01T23:59") < day_end < parse_when("2026-01-02")
    assert parse_when("2026-01-01T12:00", end_of_day=True) == parse_when("2026-01-01T12:00")
    with pytest.raises(ValueError, match="bad date"):
        parse_when("yesterday")
    with pytest.raises(ValueError, match="text=2"):
        parse_weights("text:2")
