"""Reciprocal rank fusion: the maths users rely on when channels are merged."""

from __future__ import annotations

import pytest

from audio_rag.search.fusion import RRF_K, rrf, rrf_scores


def test_item_found_by_two_channels_beats_items_found_by_one():
    fused = rrf({"text": ["a", "b", "c"], "keyword": ["b", "d"]})
    assert fused[0][0] == "b"
    assert fused[0][1] == pytest.approx(1 / (RRF_K + 2) + 1 / (RRF_K + 1))


def test_weights_scale_a_channel_and_zero_ignores_it():
    rankings = {"text": ["a", "b"], "audio": ["b", "a"]}
    assert rrf(rankings, {"text": 2.0})[0][0] == "a"
    assert rrf(rankings, {"text": 0.0})[0][0] == "b"
    assert rrf_scores(rankings, {"audio": 0.0})["b"] == pytest.approx(1 / (RRF_K + 2))


def test_duplicates_in_one_list_count_once_and_empty_input_is_empty():
    assert rrf_scores({"text": ["a", "a"]})["a"] == pytest.approx(1 / (RRF_K + 1))
    assert rrf({}) == [] and rrf({"text": []}) == []


def test_ties_keep_first_seen_order():
    assert [i for i, _ in rrf({"x": ["a"], "y": ["b"]})] == ["a", "b"]


def test_bad_parameters_are_refused():
    with pytest.raises(ValueError, match="weight"):
        rrf({"text": ["a"]}, {"text": -1})
    with pytest.raises(ValueError, match="k must"):
        rrf({"text": ["a"]}, k=-1)
