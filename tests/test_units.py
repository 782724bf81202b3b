import numpy as np
import pytest

from audio_rag._util.vectors import l2_normalize
from audio_rag.asr import Segment, Word
from audio_rag.audio import SAMPLE_RATE, quietest_cut
from audio_rag.audio.vad import fixed_windows, gaps, pack_regions
from audio_rag.ingest.units import UnitOptions, build_units, shift, sound_units


def words(spec):
    """spec: list of (start, end, text)."""
    ws = [Word(s, e, " " + t) for s, e, t in spec]
    return [Segment(ws[0].start, ws[-1].end, "".join(w.text for w in ws), tuple(ws))]


def test_units_close_at_sentence_end_once_long_enough():
    segs = words([(0, 1, "Hi."), (1, 2, "this"), (2, 3, "is"), (3, 5, "long."), (5, 6, "Next")])
    units = build_units(segs, UnitOptions(min_seconds=4))
    assert [u.text for u in units] == ["Hi. this is long.", "Next"]
    assert (units[0].start, units[0].end) == (0, 5)


def test_units_never_cross_a_long_pause():
    segs = words([(0, 1, "a"), (1, 2, "b"), (5, 6, "c")])
    units = build_units(segs, UnitOptions(pause_seconds=2.0))
    assert [u.text for u in units] == ["a b", "c"]


def test_units_respect_max_seconds_and_words():
    segs = words([(i, i + 1, f"w{i}") for i in range(30)])
    by_time = build_units(segs, UnitOptions(max_seconds=10, max_words=100))
    assert all(u.end - u.start <= 10 for u in by_time)
    by_words = build_units(segs, UnitOptions(max_seconds=100, max_words=7))
    assert all(len(u.text.split()) <= 7 for u in by_words)
    assert " ".join(u.text for u in by_words) == " ".join(f"w{i}" for i in range(30))


def test_units_split_at_given_boundaries():
    segs = words([(0, 1, "a"), (1, 2, "b"), (2, 3, "c"), (3, 4, "d")])
    units = build_units(segs, boundaries=[2.0])
    assert [u.text for u in units] == ["a b", "c d"]


def test_segment_without_words_counts_as_one_word():
    units = build_units([Segment(3.0, 7.5, "whole segment text")])
    assert [(u.start, u.end, u.text) for u in units] == [(3.0, 7.5, "whole segment text")]


def test_sound_units_cover_loud_non_speech_only():
    audio = np.zeros(SAMPLE_RATE * 30, np.float32)
    audio[SAMPLE_RATE * 10 : SAMPLE_RATE * 25] = 0.2  # loud non-speech from 10 s to 25 s
    units = sound_units(audio, [(0.0, 5.0)], UnitOptions(sound_seconds=10))
    assert all(u.kind == "sound" and u.text == "" for u in units)
    assert units[0].start >= 5.0 and all(u.end - u.start <= 10 for u in units)
    covered = sum(u.end - u.start for u in units)
    assert 14 <= covered <= 20  # the loud part, not the silent rest


def test_shift_moves_units():
    (u,) = shift(build_units([Segment(1.0, 2.0, "x")]), 600.0)
    assert (u.start, u.end) == (601.0, 602.0)


def test_pack_regions_packs_up_to_max_len_and_splits_at_long_gaps():
    regions = [(0, 5), (6, 12), (13, 25), (26, 40), (50, 52)]
    clips = pack_regions(regions, max_len=30, max_gap=2)
    assert clips == [(0, 25), (26, 40), (50, 52)]
    assert all(e - s <= 30 for s, e in clips)


def test_pack_regions_splits_a_long_region():
    clips = pack_regions([(0, 70)], max_len=30)
    assert len(clips) == 3 and clips[0][0] == 0 and clips[-1][1] == 70
    assert all(e - s <= 30 for s, e in clips)


def test_fixed_windows_and_gaps():
    assert np.allclose(fixed_windows(0, 10, 4), [(0, 10 / 3), (10 / 3, 20 / 3), (20 / 3, 10)])
    assert fixed_windows(5, 5, 1) == []
    assert gaps([(1, 2), (4, 6)], 0, 10, min_len=1) == [(0, 1), (2, 4), (6, 10)]


def test_quietest_cut_finds_the_pause():
    x = np.full(SAMPLE_RATE * 4, 0.5, np.float32)
    x[int(2.5 * SAMPLE_RATE) : int(2.6 * SAMPLE_RATE)] = 0.0
    cut = quietest_cut(x, SAMPLE_RATE * 2, SAMPLE_RATE * 3)
    assert 2.5 * SAMPLE_RATE <= cut < 2.6 * SAMPLE_RATE


def test_l2_normalize_rows_and_zeros():
    x = l2_normalize(np.array([[3.0, 4.0], [0.0, 0.0]]))
    assert x[0] == pytest.approx([0.6, 0.8]) and not x[1].any()


def test_units_overlap_by_words_but_not_across_pauses_or_speakers():
    spec = [(i, i + 1, f"w{i}.") if i % 4 == 3 else (i, i + 1, f"w{i}") for i in range(12)]
    plain = build_units(words(spec), UnitOptions(min_seconds=4))
    assert [u.text for u in plain] == ["w0 w1 w2 w3.", "w4 w5 w6 w7.", "w8 w9 w10 w11."]
    over = build_units(words(spec), UnitOptions(min_seconds=4, overlap_words=2))
    assert [u.text for u in over] == [
        "w0 w1 w2 w3.",
        "w2 w3. w4 w5 w6 w7.",
        "w6 w7. w8 w9 w10 w11.",
    ]
    assert over[1].start == 2 and over[1].end == 8
    cut = build_units(words(spec), UnitOptions(min_seconds=4, overlap_words=2), boundaries=[4.0])
    assert cut[1].text.startswith("w4")  # a speaker change: no overlap
    paused = words([(0, 1, "a"), (1, 2, "b."), (5, 6, "c"), (6, 7, "d.")])
    got = build_units(paused, UnitOptions(min_seconds=1, overlap_words=1))
    assert [u.text for u in got] == ["a b.", "c d."]
    with pytest.raises(ValueError, match="overlap_words"):
        UnitOptions(overlap_words=60)
