"""CLI contract with test doubles: exit codes, errors, summaries."""

import pytest

from audio_rag.cli import build_parser, main


def test_usage_errors_exit_2(capsys):
    with pytest.raises(SystemExit) as e:
        main(["search", "--bogus"])
    assert e.value.code == 2
    assert main(["search", "--db", "/tmp/none-such-db"]) == 2
    assert main([]) == 2


def test_missing_paths_fail_with_one_line(tmp_path, capsys):
    assert (
        main(["ingest", str(tmp_path / "nothing"), "--db", str(tmp_path / "db"), "--no-progress"])
        == 1
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("failed:") or err[-1].startswith("audio-rag: error")


def test_info_of_a_missing_index_is_an_error(tmp_path, capsys):
    assert main(["info", "--db", str(tmp_path / "db")]) == 1
    assert "no index at" in capsys.readouterr().err


def test_transcript_of_unknown_source_is_an_error(fake_rag, tone_files, tmp_path, capsys):
    fake_rag(collection="audio_rag").ingest(tone_files[:1])
    assert main(["transcript", "nope.mp3", "--db", str(tmp_path / "db")]) == 1
    assert "not in index" in capsys.readouterr().err


def test_common_options_exist_on_every_command():
    parser = build_parser()
    for cmd in (["ingest", "x"], ["search", "q"], ["transcript", "s"], ["info"], ["demo"]):
        args = parser.parse_args(cmd + ["--db", "d", "--collection", "c", "--whisper", "w"])
        assert (args.db, args.collection, args.whisper) == ("d", "c", "w")


def test_rerank_option_names_a_reranker_or_none():
    from audio_rag.cli import ranking_kwargs as _ranking_kwargs

    parser = build_parser()
    for cmd in (["search", "q"], ["eval", "qs.json"]):
        assert _ranking_kwargs(parser.parse_args(cmd)) == {}
        got = _ranking_kwargs(parser.parse_args(cmd + ["--rerank", "none"]))
        assert got == {"rerank": False}
        got = _ranking_kwargs(parser.parse_args(cmd + ["--rerank", "dialogue-minilm"]))
        assert got == {"rerank": "dialogue-minilm"}


def test_search_times_take_seconds_or_clock_times(capsys):
    args = build_parser().parse_args(["search", "q", "--start", "1:02:03", "--end", "4000.5"])
    assert (args.start, args.end) == (3723.0, 4000.5)
    with pytest.raises(SystemExit) as e:
        build_parser().parse_args(["search", "q", "--start", "1:75"])
    assert e.value.code == 2 and "not a time: '1:75'" in capsys.readouterr().err
