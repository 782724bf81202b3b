"""Speaker-verification metrics from score/label arrays (pure numpy).

`scores`: higher means "same speaker"; `labels`: 1 for target (same) trials, 0 else.
"""

from __future__ import annotations

import numpy as np


def det_curve(scores, labels) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(false-accept rates, false-reject rates, thresholds), thresholds ascending.

    At threshold t a trial is accepted when score >= t.
    """
    scores, labels = np.asarray(scores, float), np.asarray(labels).astype(bool)
    if labels.all() or not labels.any():
        raise ValueError("need both target (1) and non-target (0) trials")
    order = np.argsort(scores, kind="mergesort")
    s, y = scores[order], labels[order]
    n_t, n_n = y.sum(), (~y).sum()
    # rejecting everything below index i: FRR = targets below i, FAR = non-targets at/after i
    tgt_below = np.concatenate([[0], np.cumsum(y)])
    non_below = np.concatenate([[0], np.cumsum(~y)])
    frr = tgt_below / n_t
    far = (n_n - non_below) / n_n
    thresholds = np.concatenate([s, [np.inf]])
    return far, frr, thresholds


def eer(scores, labels) -> tuple[float, float]:
    """Equal error rate and the threshold where false accepts ≈ false rejects."""
    far, frr, thr = det_curve(scores, labels)
    i = int(np.argmin(np.abs(far - frr)))
    return float((far[i] + frr[i]) / 2), float(thr[i])


def min_dcf(
    scores, labels, p_target: float = 0.01, c_miss: float = 1.0, c_fa: float = 1.0
) -> tuple[float, float]:
    """Minimum normalised detection cost and its threshold (NIST SRE definition)."""
    far, frr, thr = det_curve(scores, labels)
    cost = c_miss * p_target * frr + c_fa * (1 - p_target) * far
    norm = min(c_miss * p_target, c_fa * (1 - p_target))
    i = int(np.argmin(cost))
    return float(cost[i] / norm), float(thr[i])
