"""Speakers end to end with the real bundled models on the sample podcast, via the CLI."""

from __future__ import annotations

import json
import shutil
from importlib.resources import files

import pytest

from audio_rag.audio import load_audio
from audio_rag.cli import main
from audio_rag.speakers.diarize import Diarizer
from audio_rag.speakers.ge2e import ResemblyzerEncoder
from audio_rag.speakers.metrics import diarization_error_rate
from tests.helpers import SAMPLE, SAMPLE_TRUTH

pytestmark = pytest.mark.integration
VOICES = files("audio_rag") / "data" / "voices"
TRUTH = [(t["start"], t["end"], t["speaker"]) for t in SAMPLE_TRUTH["turns"]]


def test_diarization_of_the_sample_is_accurate():
    found = Diarizer(ResemblyzerEncoder())(load_audio(SAMPLE))
    der = diarization_error_rate(TRUTH, [(t.start, t.end, t.speaker) for t in found.turns])
    assert der["der"] < 0.05 and der["hypothesis_speakers"] == 3


def test_ingested_units_carry_the_right_speakers(sample_rag):
    units = [u for u in sample_rag.transcript(SAMPLE) if u.kind == "speech"]
    mapping = {}
    for u in units:  # each unit's speaker id stands for exactly one true speaker
        true = max(TRUTH, key=lambda t: min(u.end, t[1]) - max(u.start, t[0]))[2]
        assert mapping.setdefault(u.speaker, true) == true
    assert len(mapping) == 3 and len(sample_rag.speakers()) == 3


def run(capsys, *argv) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


def test_speaker_workflow_from_the_cli(sample_rag, tmp_path, capsys):
    db = tmp_path / "db"
    shutil.copytree(sample_rag.db_path, db)
    common = ["--db", str(db), "--collection", "sample"]
    out = run(capsys, "speakers", "enroll", "Sara", str(VOICES / "sara.mp3"), *common)
    sara = out.split(" is ")[1].split(";")[0]
    listed = json.loads(run(capsys, "speakers", "list", "--json", *common))
    assert {"id": sara, "name": "Sara"} in [{"id": r["id"], "name": r["name"]} for r in listed]
    hits = json.loads(
        run(capsys, "search", "energy storage", "-k", "9", "--speaker", "Sara", "--json", *common)
    )
    assert hits and {(h["speaker"], h["speaker_name"]) for h in hits} == {(sara, "Sara")}
    assert any("Pumped hydro" in h["text"] for h in hits)
    units = json.loads(run(capsys, "transcript", str(SAMPLE), "--json", *common))
    assert all("speaker" in u for u in units) and len({u["speaker"] for u in units}) == 3
    assert "Sara (" in run(capsys, "transcript", str(SAMPLE), *common)
    ranked = run(capsys, "speakers", "identify", str(VOICES / "sara.mp3"), *common)
    assert ranked.splitlines()[0].split()[1] == sara
    assert "different speakers" in run(
        capsys, "speakers", "verify", str(VOICES / "sara.mp3"), str(VOICES / "alan.mp3"), *common
    )
    run(capsys, "speakers", "rename", "Sara", "Sarah", *common)
    other = next(r["id"] for r in listed if r["id"] != sara)
    assert f"merged into {sara} (Sarah)" in run(
        capsys, "speakers", "merge", "Sarah", other, *common
    )
    units = json.loads(run(capsys, "transcript", str(SAMPLE), "--json", *common))
    assert len({u["speaker"] for u in units if u["kind"] == "speech"}) == 2
