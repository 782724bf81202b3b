"""End to end on the committed sample with the real bundled models (offline)."""

import json
import re

import jiwer
import pytest

from audio_rag.cli import main
from tests.helpers import SAMPLE, SAMPLE_TRUTH

pytestmark = pytest.mark.integration


def normalise(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9' ]+", " ", text.lower()).split())


@pytest.fixture
def rag(sample_rag):
    return sample_rag


def test_transcript_is_accurate_and_time_coded(rag):
    units = rag.transcript(SAMPLE)
    speech = [u for u in units if u.kind == "speech"]
    hyp = normalise(" ".join(u.text for u in speech))
    ref = normalise(" ".join(t["text"] for t in SAMPLE_TRUTH["turns"]))
    assert jiwer.wer(ref, hyp) < 0.25
    for u in speech:  # every unit lies on real speech of the ground truth
        overlap = max(
            min(u.end, t["end"]) - max(u.start, t["start"]) for t in SAMPLE_TRUTH["turns"]
        )
        assert overlap > 0.5 * (u.end - u.start)
    assert all(u.end - u.start <= 20.5 for u in speech)


def test_text_search_finds_the_answer(rag):
    """The producer relays a listener's question; the guest's reply after it comes first."""
    hit = rag.search("Can old electric car batteries be reused?", k=3)[0]
    turn = next(t for t in SAMPLE_TRUTH["turns"] if "Second life" in t["text"])
    assert hit.start < turn["end"] and hit.end > turn["start"]
    assert hit.uri.startswith(SAMPLE.resolve().as_uri() + "#t=")


def test_audio_query_by_example_finds_its_unit(rag):
    from audio_rag.audio import SAMPLE_RATE, load_audio

    audio = load_audio(SAMPLE)
    target = rag.transcript(SAMPLE)[5]
    clip = audio[int((target.start + 0.5) * SAMPLE_RATE) : int((target.end - 0.5) * SAMPLE_RATE)]
    hits = rag.search(audio=clip * 0.5, k=3)
    assert hits[0].unit_id == target.unit_id and hits[0].channel == "audio+fingerprint"


def test_cli_search_and_transcript_json(rag, capsys):
    db = rag.index.conn.client.get_settings().persist_directory
    assert (
        main(["search", "pumped hydro", "--db", db, "--collection", "sample", "-k", "2", "--json"])
        == 0
    )
    hits = json.loads(capsys.readouterr().out)
    assert len(hits) == 2 and "hydro" in hits[0]["text"].lower()
    assert {"source", "start", "end", "text", "speaker", "score", "uri"} <= set(hits[0])
    assert main(["transcript", str(SAMPLE), "--db", db, "--collection", "sample", "--json"]) == 0
    units = json.loads(capsys.readouterr().out)
    assert [u["start"] for u in units] == sorted(u["start"] for u in units) and len(units) >= 8


def test_reingest_via_cli_adds_nothing(rag, capsys):
    db = rag.index.conn.client.get_settings().persist_directory
    before = rag.index.counts()
    assert main(["ingest", str(SAMPLE), "--db", db, "--collection", "sample", "--no-progress"]) == 0
    assert "1 unchanged" in capsys.readouterr().out
    assert rag.index.counts() == before


def test_other_whisper_into_same_index_is_refused(rag, capsys):
    db = rag.index.conn.client.get_settings().persist_directory
    code = main(
        [
            "ingest",
            str(SAMPLE),
            "--db",
            db,
            "--collection",
            "sample",
            "--whisper",
            "base.en",
            "--no-progress",
        ]
    )
    assert code == 1 and "whisper-encoder:tiny.en" in capsys.readouterr().err


def test_demo_answers_with_time_coded_citations(tmp_path, capsys):
    assert main(["demo", "--db", str(tmp_path / "demo")]) == 0
    out = capsys.readouterr().out
    assert "1 ingested" in out and out.count("Q: ") == 4 and "#t=" in out
    # speaker-labelled citations with the enrolled names (Sara is the guest's voice)
    # the sentence that answers, not the whole unit (0:52.3-1:00.6)
    cited = r'"Pumped hydro is still[^"]*" \(Sara, sample_podcast.mp3 0:52\.[1-4]-0:55\.[6-9];'
    assert re.search(cited, out)
    assert re.search(r"\(Rob, sample_podcast.mp3 0:29\.9-0:35\.[1-8];", out)  # turn: 29.9-35.1
    # the guest's reply ranks above the host's on-air question it answers
    battery = out.split("Q: How long can a battery farm", 1)[1].split("\nQ: ", 1)[0]
    assert re.search(r'\n1\. "Most of them.*four hours.*" \(Sara, sample_podcast.mp3 0:2', battery)
