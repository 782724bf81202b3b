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


def diarization_error_rate(reference, hypothesis, step: float = 0.01) -> dict:
    """DER without a collar, on a `step`-second grid, with overlapping speech counted.

    `reference`/`hypothesis`: iterables of (start, end, speaker). Hypothesis labels are
    mapped one-to-one onto reference labels to maximise agreement (Hungarian). Returns
    der and its parts (missed, false_alarm, confusion) as fractions of reference speech.
    """
    from scipy.optimize import linear_sum_assignment

    reference, hypothesis = list(reference), list(hypothesis)
    end = max([e for _, e, _ in reference + hypothesis], default=0.0)
    n = int(np.ceil(end / step)) + 1
    ref, ref_names = _activity(reference, n, step)
    hyp, hyp_names = _activity(hypothesis, n, step)
    total = float(ref.sum())
    if total == 0:
        raise ValueError("the reference has no speech")
    overlap = ref.T.astype(float) @ hyp.astype(float)  # (ref speakers, hyp speakers)
    rows, cols = linear_sum_assignment(-overlap) if overlap.size else ([], [])
    matched = float(overlap[rows, cols].sum()) if len(rows) else 0.0
    n_ref, n_hyp = ref.sum(axis=1), hyp.sum(axis=1)
    missed = float(np.maximum(n_ref - n_hyp, 0).sum())
    false_alarm = float(np.maximum(n_hyp - n_ref, 0).sum())
    confusion = float(np.minimum(n_ref, n_hyp).sum()) - matched
    return {
        "der": (missed + false_alarm + confusion) / total,
        "missed": missed / total,
        "false_alarm": false_alarm / total,
        "confusion": confusion / total,
        "reference_speakers": len(ref_names),
        "hypothesis_speakers": len(hyp_names),
    }


def _activity(turns, n: int, step: float) -> tuple[np.ndarray, list]:
    names = sorted({str(s) for _, _, s in turns})
    grid = np.zeros((n, len(names)), dtype=bool)
    for s, e, spk in turns:
        grid[int(round(s / step)) : int(round(e / step)), names.index(str(spk))] = True
    return grid, names


def plot_det(scores, labels, path, title: str = "DET curve") -> str:
    """Save a DET curve (false rejects vs false accepts on normal-deviate axes, the
    speaker-recognition convention) with its EER point to `path` (png, pdf, svg)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError as e:
        raise ImportError("plotting needs matplotlib: pip install 'audio-rag[plot]'") from e
    from scipy.stats import norm

    far, frr, _ = det_curve(scores, labels)
    rate, _ = eer(scores, labels)
    clip = lambda r: norm.ppf(np.clip(r, 5e-4, 0.6))  # noqa: E731
    ticks = np.array([0.001, 0.01, 0.05, 0.2, 0.5])
    fig, ax = plt.subplots(figsize=(5, 5))
    ax.plot(clip(far), clip(frr), label="DET")
    ax.plot(clip(rate), clip(rate), "o", label=f"EER {rate:.1%}")
    ax.set_xticks(clip(ticks), [f"{t:.1%}" for t in ticks])
    ax.set_yticks(clip(ticks), [f"{t:.1%}" for t in ticks])
    ax.set_xlim(clip(5e-4), clip(0.6))
    ax.set_ylim(clip(5e-4), clip(0.6))
    ax.set_xlabel("false accept rate")
    ax.set_ylabel("false reject rate")
    ax.set_title(title)
    ax.grid(True, alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return str(path)
