"""The command line tells the truth: progress never stops an ingest, reading commands
never create an index, unknown names are errors, help matches the code."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from audio_rag import AudioRAGError
from audio_rag.audio import SAMPLE_RATE, probe_duration
from audio_rag.cli import build_parser, main
from audio_rag.cli.progress import IngestProgress
from audio_rag.ingest import FileResult
from tests.helpers import lying_vbr_episode, tone, write_vbr_mp3, write_wav

ROOT = Path(__file__).resolve().parent.parent


def turns(*pitches: int) -> np.ndarray:
    gap = np.zeros(SAMPLE_RATE * 2, np.float32)
    return np.concatenate([x for p in pitches for x in (tone(p, 5), gap)])


def fake_cli(args: list[str], log: Path) -> int:
    """Run the CLI with the model doubles, stdout and stderr going to a file (no tty)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with open(log, "w") as out:
        return subprocess.run(
            [sys.executable, "-m", "tests.fake_cli", *args],
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            timeout=300,
        ).returncode


@pytest.fixture
def bad_batch(tmp_path):
    d = tmp_path / "batch"
    d.mkdir()
    write_wav(d / "a_good.wav", turns(220, 660))
    (d / "b_empty.wav").write_bytes(b"")
    write_wav(d / "c_silent.wav", np.zeros(SAMPLE_RATE * 5, np.float32))
    (d / "d_junk.mp3").write_bytes(np.random.default_rng(1).bytes(20000))
    write_vbr_mp3(d / "e_vbr.mp3", lying_vbr_episode())
    write_wav(d / "f_good.wav", turns(1500, 220))
    return d


def test_the_vbr_fixture_header_under_reports(bad_batch):
    assert probe_duration(bad_batch / "e_vbr.mp3") < 0.8 * 48


def test_ingest_logged_to_a_file_survives_a_bad_batch(bad_batch, tmp_path):
    log = tmp_path / "ingest.log"
    code = fake_cli(["ingest", str(bad_batch), "--db", str(tmp_path / "db")], log)
    text = log.read_text()
    assert code == 1, text
    assert "Traceback" not in text and "TypeError" not in text
    failed = [line for line in text.splitlines() if line.startswith("failed:")]
    for name in ("b_empty.wav", "c_silent.wav", "d_junk.mp3"):
        assert any(name in line for line in failed), text
    assert "6 files (3 ingested, 0 unchanged, 3 failed)" in text
    code = fake_cli(["info", "--json", "--db", str(tmp_path / "db")], tmp_path / "info.log")
    paths = {
        Path(r["path"]).name for r in json.loads((tmp_path / "info.log").read_text())["source_list"]
    }
    assert code == 0 and paths == {"a_good.wav", "e_vbr.mp3", "f_good.wav"}


def test_a_lone_bad_file_is_named_with_a_summary(tmp_path):
    bad = tmp_path / "broken.wav"
    bad.write_bytes(b"RIFF....WAVEfmt nonsense")
    log = tmp_path / "ingest.log"
    assert fake_cli(["ingest", str(bad), "--db", str(tmp_path / "db")], log) == 1
    text = log.read_text()
    assert "Traceback" not in text
    assert any(line.startswith("failed:") and "broken.wav" in line for line in text.splitlines())
    assert "1 files (0 ingested, 0 unchanged, 1 failed)" in text


def test_a_lone_vbr_mp3_is_indexed_whole(tmp_path):
    f = write_vbr_mp3(tmp_path / "vbr.mp3", lying_vbr_episode())
    log = tmp_path / "ingest.log"
    assert fake_cli(["ingest", str(f), "--db", str(tmp_path / "db")], log) == 0, log.read_text()
    assert fake_cli(["info", "--json", "--db", str(tmp_path / "db")], tmp_path / "i.log") == 0
    (record,) = json.loads((tmp_path / "i.log").read_text())["source_list"]
    assert record["duration"] > 47


class Recorder:
    """A tqdm stand-in that records n and total after every update."""

    def __init__(self, total=None, **_):
        self.total, self.n, self.seen = total, 0, []

    def update(self, k):
        self.n += k
        self.seen.append((self.n, self.total))

    def set_postfix_str(self, *a, **k):
        pass

    def refresh(self):
        self.seen.append((self.n, self.total))

    def close(self):
        pass


def test_progress_is_monotonic_never_past_total_and_counts_a_failure_once(tmp_path, monkeypatch):
    import tqdm

    monkeypatch.setattr(tqdm, "tqdm", Recorder)
    a = write_wav(tmp_path / "a.wav", tone(220, 10))
    b = write_wav(tmp_path / "b.wav", tone(220, 20))
    with IngestProgress([a, b]) as p:
        assert p.bar.total == 30
        p("file_start", path=str(a))
        for s in (4.0, 4.0, 5.0):  # 13 s of audio where the header said 10
            p("audio", path=str(a), seconds=s)
        p("file_done", result=FileResult(str(a), "ingested"))
        p("file_start", path=str(b))
        p("audio", path=str(b), seconds=6.0)  # then it fails: the rest counts once
        p("file_done", result=FileResult(str(b), "failed", error="x"))
        seen = p.bar.seen
    ns = [n for n, _ in seen]
    assert ns == sorted(ns) and all(n <= total for n, total in seen)
    assert seen[-1] == (33, 33)


def test_progress_of_unknown_total_and_a_broken_bar_do_not_stop_anything(tmp_path, monkeypatch):
    import tqdm

    class Broken(Recorder):
        def update(self, k):
            raise TypeError("unsupported format string passed to NoneType.__format__")

    monkeypatch.setattr(tqdm, "tqdm", Broken)
    junk = tmp_path / "junk.mp3"
    junk.write_bytes(b"not audio")
    with IngestProgress([junk]) as p:  # probed total 0: no total
        p("file_start", path=str(junk))
        p("audio", path=str(junk), seconds=3.0)
        p("file_done", result=FileResult(str(junk), "failed"))
    assert p.bar is None  # switched off after its first error


def test_a_raising_hook_does_not_stop_an_ingest(fake_rag, tone_files):
    calls = []

    def hook(event, **info):
        calls.append(event)
        raise RuntimeError("display gone")

    report = fake_rag().ingest(tone_files, hook=hook)
    assert [f.status for f in report.files] == ["ingested"] * 3
    assert calls == ["file_start"]  # switched off after the first error


def test_progress_moves_within_a_file(fake_rag, tmp_path):
    from tests.helpers import FakeTranscriber

    class Reporting(FakeTranscriber):
        def transcribe(self, audio, progress=None):
            out = super().transcribe(audio)
            for _ in range(4):
                progress(len(audio) / SAMPLE_RATE / 8)
            return out

    f = write_wav(tmp_path / "long.wav", turns(220, 660, 220))
    events = []
    fake_rag(whisper=Reporting()).ingest(
        [f], hook=lambda e, **i: events.append(i["seconds"]) if e == "audio" else None
    )
    assert len(events) == 5 and sum(events) == pytest.approx(21.0)


def test_reading_commands_on_a_missing_index_fail_and_create_nothing(tmp_path, capsys):
    db = tmp_path / "typo"
    clip = write_wav(tmp_path / "clip.wav", tone(220, 2))
    qs = tmp_path / "q.json"
    qs.write_text(json.dumps([{"question": "x", "source": "a.wav", "start": 0, "end": 1}]))
    commands = [
        ["search", "hello"],
        ["search", "--audio", str(clip)],
        ["info"],
        ["info", "--json"],
        ["info", "--check"],
        ["transcript", "a.wav"],
        ["eval", str(qs)],
        ["speakers", "list"],
        ["speakers", "identify", str(clip)],
        ["speakers", "rename", "S1", "Ann"],
        ["remove", "a.wav"],
    ]
    for cmd in commands:
        assert main([*cmd, "--db", str(db)]) == 1, cmd
        assert f"no index at {db} (no such folder)" in capsys.readouterr().err, cmd
        assert not db.exists(), cmd


def test_a_mistyped_collection_names_the_ones_there(fake_rag, tone_files, tmp_path, capsys):
    fake_rag(collection="talks").ingest(tone_files[:1])
    db = tmp_path / "db"
    before = sorted(p.name for p in db.rglob("*"))
    assert main(["search", "hello", "--db", str(db), "--collection", "tlaks"]) == 1
    err = capsys.readouterr().err
    assert f"no index 'tlaks' at {db} (collections there: talks)" in err
    assert sorted(p.name for p in db.rglob("*")) == before
    empty = tmp_path / "not_an_index"
    empty.mkdir()
    assert main(["info", "--db", str(empty)]) == 1
    assert "not an audio_rag database" in capsys.readouterr().err
    assert list(empty.iterdir()) == []


def test_unknown_speakers_are_errors_like_unknown_sources(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    first = rag.speakers()[0]
    rag.rename_speaker(first.id, "Ann Lee")
    for name in ("Jane Austen", "S99"):
        with pytest.raises(AudioRAGError, match=r"no speaker .* \(known: .*Ann Lee"):
            rag.search("tone", speaker=name)
    with pytest.raises(AudioRAGError, match="no speaker"):
        rag.search(audio=tone(220, 2), speaker="Jane Austen")
    by_id = rag.search("tone", speaker=first.id.lower(), k=10)  # "s1" is S1
    by_name = rag.search("tone", speaker="ann lee", k=10)
    assert by_id and {h.speaker for h in by_id} == {first.id}
    assert [h.unit_id for h in by_name] == [h.unit_id for h in by_id]


def test_an_unknown_speaker_exits_1_with_the_known_names(fake_rag, tone_files, tmp_path, capsys):
    fake_rag(collection="audio_rag").ingest(tone_files)
    assert main(["search", "tone", "--speaker", "Jane Austen", "--db", str(tmp_path / "db")]) == 1
    assert "no speaker 'Jane Austen' in this index (known: S1" in capsys.readouterr().err


def every_parser(parser=None):
    parser = parser or build_parser()
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from every_parser(sub)


def test_every_argument_has_help():
    for parser in every_parser():
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._VersionAction)):
                continue
            if isinstance(action, argparse._SubParsersAction):
                for choice in action._choices_actions:
                    assert choice.help, f"{parser.prog} {choice.dest} has no help"
                continue
            assert action.help, f"{parser.prog}: {action.dest} has no help"


def test_help_lists_every_speakers_action(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "verify" in capsys.readouterr().out


def test_demo_and_other_commands_have_their_own_default_db():
    parser = build_parser()
    assert parser.parse_args(["demo"]).db == ".audio_rag_demo"
    assert parser.parse_args(["search", "q"]).db == os.environ.get("AUDIO_RAG_DB", "audio_rag_db")
    demo = next(p for p in every_parser() if p.prog.endswith(" demo"))
    assert "./.audio_rag_demo" in demo.format_help()


@pytest.mark.parametrize(
    "cmd", [["search", "q", "-k", "0"], ["speakers", "identify", "f", "-k", "-1"]]
)
def test_a_count_below_one_is_bad_usage(cmd, capsys):
    with pytest.raises(SystemExit) as e:
        main(cmd)
    assert e.value.code == 2 and "must be at least 1" in capsys.readouterr().err


def test_time_range_help_says_overlapping():
    search = next(p for p in every_parser() if p.prog.endswith(" search"))
    text = " ".join(search.format_help().split())
    assert "units that end after this time" in text and "start before this time" in text


def test_transcript_names_its_file_and_lists_units_not_scores(
    fake_rag, tone_files, tmp_path, capsys
):
    fake_rag(collection="audio_rag").ingest(tone_files[:1])
    db = str(tmp_path / "db")
    assert main(["transcript", str(tone_files[0]), "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(str(tone_files[0].resolve())) and "units" in lines[0]
    assert main(["transcript", str(tone_files[0]), "--db", db, "--json"]) == 0
    units = json.loads(capsys.readouterr().out)
    assert units and not ({"score", "channel", "ranks"} & set(units[0]))
    assert {"start", "end", "text", "speaker", "uri"} <= set(units[0])


def test_speakers_print_without_their_vectors(fake_rag, tone_files):
    rag = fake_rag()
    rag.ingest(tone_files)
    shown = repr(rag.speakers())
    assert "array" not in shown and "vector" not in shown
    assert all(s.name is None for s in rag.speakers())
    hit = rag.search("tone", k=1)[0]
    assert hit.speaker_name is None


def test_the_same_audio_under_another_path_is_named(fake_rag, tone_files, tmp_path, capsys):
    import shutil

    fake_rag(collection="audio_rag").ingest(tone_files[:1])
    copy = Path(shutil.copy(tone_files[0], tmp_path / "copy.wav"))
    from tests import fake_cli

    args = ["ingest", str(copy), "--db", str(tmp_path / "db"), "--no-progress"]
    code = main(args, make_rag=fake_cli.fake_rag)
    out = capsys.readouterr()
    assert code == 0
    assert f"{copy} has the same audio as {tone_files[0].resolve()}" in out.err
    assert "1 unchanged" in out.out


def test_verify_says_its_threshold(monkeypatch, tmp_path, capsys):
    from audio_rag import api

    monkeypatch.setattr(api.AudioRAG, "verify", lambda self, a, b: (0.5, False))
    assert main(["speakers", "verify", "a.wav", "b.wav", "--db", str(tmp_path / "db")]) == 0
    assert "different speakers (same from 0.75" in capsys.readouterr().out
    assert not (tmp_path / "db").exists()


def test_progress_ends_at_its_total_when_a_header_over_reports(tmp_path, monkeypatch):
    import tqdm

    monkeypatch.setattr(tqdm, "tqdm", Recorder)
    monkeypatch.setattr("audio_rag.cli.progress.probe_duration", lambda f: 15.0)
    a = write_wav(tmp_path / "a.wav", tone(220, 10))
    with IngestProgress([a]) as p:  # the header says 15 s; 10 s decode
        assert p.bar.total == 15
        p("file_start", path=str(a))
        p("audio", path=str(a), seconds=10.0)
        p("file_done", result=FileResult(str(a), "ingested"))
        assert (p.bar.n, p.bar.total) == (10, 10)
