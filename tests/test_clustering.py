import numpy as np
import pytest

from audio_rag.speakers.clustering import (
    absorb_small,
    merge_close,
    relabel,
    smooth,
    spectral,
    turns,
)
from audio_rag.speakers.metrics import det_curve, eer, min_dcf


def synthetic_speakers(k: int, per: int, d: int = 32, spread: float = 0.15, seed: int = 0):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(k, d))
    x = np.concatenate(
        [c + spread * np.linalg.norm(c) / np.sqrt(d) * rng.normal(size=(per, d)) for c in centres]
    )
    truth = np.repeat(np.arange(k), per)
    return x / np.linalg.norm(x, axis=1, keepdims=True), truth


@pytest.mark.parametrize("k", [2, 3, 4])
def test_spectral_finds_the_number_of_speakers(k):
    x, truth = synthetic_speakers(k, 20, seed=k)
    labels = spectral(x)
    assert len(set(labels)) == k
    assert np.array_equal(labels, relabel(truth))


@pytest.mark.parametrize("spread", [0.15, 0.6])
def test_spectral_needs_no_threshold_for_tight_or_loose_voices(spread):
    """The same code counts right whether a voice's windows are tight (TTS) or spread
    out (real voices): no similarity threshold is involved."""
    x, truth = synthetic_speakers(3, 30, spread=spread, seed=7)
    assert np.array_equal(spectral(x), relabel(truth))


def test_one_voice_split_by_the_clustering_comes_back_together():
    x, _ = synthetic_speakers(1, 40, spread=0.3, seed=2)
    assert merge_close(x, spectral(x), 0.87).tolist() == [0] * 40
    two, truth = synthetic_speakers(2, 20, seed=2)  # two voices stay two
    assert np.array_equal(merge_close(two, spectral(two), 0.87), relabel(truth))


def test_spectral_honours_fixed_and_bounded_counts():
    x, _ = synthetic_speakers(3, 10)
    assert len(set(spectral(x, num_speakers=2))) == 2
    assert len(set(spectral(x, max_speakers=2))) <= 2
    assert len(set(spectral(x, min_speakers=3))) == 3
    assert spectral(x[:0]).shape == (0,) and spectral(x[:1]).tolist() == [0]


def test_spectral_clusters_long_inputs_on_a_subsample():
    x, truth = synthetic_speakers(2, 400, seed=5)
    labels = spectral(x, max_points=100)
    assert np.array_equal(labels, relabel(truth))


def test_stray_windows_join_the_nearest_voice_instead_of_becoming_a_speaker():
    x, truth = synthetic_speakers(2, 20, seed=3)
    labels = truth.copy()
    labels[[3, 25]] = 2  # two stray windows, one of each voice, split off as a third cluster
    fixed = absorb_small(x, labels, min_size=4)
    assert np.array_equal(fixed, relabel(truth))


def test_absorb_small_keeps_real_speakers_and_the_minimum_count():
    x, truth = synthetic_speakers(3, 10, seed=4)
    assert np.array_equal(absorb_small(x, truth, min_size=4), truth)
    assert len(set(absorb_small(x[:12], truth[:12], min_size=4, min_clusters=2))) == 2
    assert len(set(absorb_small(x, truth, min_size=50))) == 1  # no cluster big enough: keep one
    assert absorb_small(x[:0], truth[:0], 4).shape == (0,)


def test_smooth_removes_short_flips_only():
    labels = np.array([0, 0, 0, 1, 0, 0, 2, 2, 2, 2])
    assert smooth(labels, min_run=2).tolist() == [0, 0, 0, 0, 0, 0, 2, 2, 2, 2]
    assert smooth(labels, min_run=1).tolist() == labels.tolist()


def test_turns_merge_windows_and_split_overlaps_halfway():
    starts, ends = np.array([0.0, 1.0, 2.0, 3.0]), np.array([1.5, 2.5, 3.5, 4.5])
    assert turns(starts, ends, np.array([0, 0, 1, 1])) == [(0.0, 2.25, 0), (2.25, 4.5, 1)]


def test_eer_and_min_dcf_on_known_scores():
    scores = np.array([0.9, 0.8, 0.7, 0.4, 0.6, 0.3, 0.2, 0.1])
    labels = np.array([1, 1, 1, 1, 0, 0, 0, 0])
    rate, thr = eer(scores, labels)
    assert rate == pytest.approx(0.25) and 0.4 <= thr <= 0.7
    perfect = eer([0.9, 0.8, 0.2, 0.1], [1, 1, 0, 0])
    assert perfect[0] == 0.0 and 0.2 < perfect[1] <= 0.8
    cost, _ = min_dcf(scores, labels, p_target=0.5)
    assert 0 <= cost <= 1
    far, frr, _ = det_curve(scores, labels)
    assert far[0] == 1 and frr[0] == 0 and far[-1] == 0 and frr[-1] == 1
    with pytest.raises(ValueError):
        eer([0.1, 0.2], [1, 1])


def test_det_plot_is_written(tmp_path):
    from audio_rag.speakers.metrics import plot_det

    rng = np.random.default_rng(0)
    scores = np.concatenate([rng.normal(0.8, 0.1, 50), rng.normal(0.3, 0.1, 200)])
    labels = np.r_[np.ones(50), np.zeros(200)]
    path = plot_det(scores, labels, tmp_path / "det.png")
    assert (tmp_path / "det.png").stat().st_size > 5000 and path.endswith("det.png")
