"""Speaker clustering and turn building over embedding arrays (pure numpy/scipy).

Inputs are (n, d) unit-length speaker embeddings of sliding windows; outputs are
integer labels 0..k-1 numbered by first appearance.
"""

from __future__ import annotations

import numpy as np


def cosine_similarity(x: np.ndarray) -> np.ndarray:
    """(n, n) cosine similarities of the rows of `x`."""
    x = np.asarray(x, dtype=np.float64)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return np.clip(x @ x.T, -1.0, 1.0)


def agglomerative(
    x: np.ndarray,
    threshold: float = 0.5,
    num_speakers: int | None = None,
    min_speakers: int = 1,
    max_speakers: int | None = None,
) -> np.ndarray:
    """Average-linkage clustering on cosine distance.

    Merging stops at cosine distance `threshold`, unless `num_speakers` fixes the count;
    the count found is then clamped to [min_speakers, max_speakers].
    """
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    n = len(x)
    if n == 0:
        return np.zeros(0, dtype=int)
    if n == 1:
        return np.zeros(1, dtype=int)
    dist = np.clip(1.0 - cosine_similarity(x), 0.0, 2.0)
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    if num_speakers is None:
        labels = fcluster(tree, t=threshold, criterion="distance")
        k = len(set(labels))
        hi = max_speakers or n
        if k < min_speakers or k > hi:
            labels = fcluster(tree, t=int(np.clip(k, min_speakers, hi)), criterion="maxclust")
    else:
        labels = fcluster(tree, t=min(num_speakers, n), criterion="maxclust")
    return relabel(labels)


def eigengap_count(x: np.ndarray, min_speakers: int = 1, max_speakers: int = 8) -> int:
    """Number of clusters from the largest gap in the normalised Laplacian's spectrum."""
    n = len(x)
    if n <= 1:
        return n
    aff = np.maximum(cosine_similarity(x), 0.0)
    np.fill_diagonal(aff, 0.0)
    deg = np.maximum(aff.sum(axis=1), 1e-12)
    lap = np.eye(n) - aff / np.sqrt(np.outer(deg, deg))
    eig = np.sort(np.linalg.eigvalsh(lap))
    hi = min(max_speakers, n - 1)
    if hi <= min_speakers:
        return max(1, min(min_speakers, n))
    gaps = np.diff(eig[: hi + 1])
    return int(np.argmax(gaps[min_speakers - 1 :]) + min_speakers)


def relabel(labels) -> np.ndarray:
    """Labels renumbered 0, 1, ... in order of first appearance."""
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(v), len(order)) for v in labels], dtype=int)


def absorb_small(
    x: np.ndarray, labels: np.ndarray, min_size: int, min_clusters: int = 1
) -> np.ndarray:
    """Clusters of fewer than `min_size` rows give each row to the nearest centroid (cosine)
    of the remaining clusters; never goes below `min_clusters` clusters.

    Average linkage at a tight threshold splits a voice into a large cluster and a few
    stray windows (a laugh, a breath, an odd vowel); those strays are not speakers."""
    labels = np.asarray(labels).copy()
    if len(labels) == 0 or min_size <= 1:
        return labels
    ks, counts = np.unique(labels, return_counts=True)
    order = np.argsort(-counts, kind="stable")
    big = [int(ks[i]) for i in order if counts[i] >= min_size]
    big += [int(ks[i]) for i in order if counts[i] < min_size][: max(0, min_clusters - len(big))]
    if not big:
        return labels
    x = np.asarray(x, dtype=np.float64)
    cents = np.stack([x[labels == k].mean(axis=0) for k in big])
    cents /= np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-12)
    stray = ~np.isin(labels, big)
    labels[stray] = np.asarray(big)[np.argmax(x[stray] @ cents.T, axis=1)]
    return relabel(labels)


def smooth(labels: np.ndarray, min_run: int = 2) -> np.ndarray:
    """Runs shorter than `min_run` windows take the label of the longer neighbour run."""
    labels = np.asarray(labels).copy()
    if len(labels) == 0 or min_run <= 1:
        return labels
    changed = True
    while changed:
        changed = False
        runs = _runs(labels)
        for i, (start, end, _) in enumerate(runs):
            if end - start >= min_run or len(runs) == 1:
                continue
            left = runs[i - 1] if i > 0 else None
            right = runs[i + 1] if i + 1 < len(runs) else None
            pick = max((r for r in (left, right) if r), key=lambda r: r[1] - r[0])
            labels[start:end] = pick[2]
            changed = True
            break
    return labels


def turns(
    starts: np.ndarray, ends: np.ndarray, labels: np.ndarray
) -> list[tuple[float, float, int]]:
    """Merge consecutive windows with the same label into (start, end, label) turns.

    Where overlapping windows disagree, the boundary is put halfway through the overlap.
    """
    out: list[tuple[float, float, int]] = []
    for s, e, lab in zip(starts, ends, labels):
        if out and out[-1][2] == lab and s <= out[-1][1] + 1e-6:
            out[-1] = (out[-1][0], float(e), int(lab))
        elif out and s < out[-1][1]:
            mid = (s + out[-1][1]) / 2
            out[-1] = (out[-1][0], float(mid), out[-1][2])
            out.append((float(mid), float(e), int(lab)))
        else:
            out.append((float(s), float(e), int(lab)))
    return out


def _runs(labels: np.ndarray) -> list[tuple[int, int, int]]:
    runs, start = [], 0
    for i in range(1, len(labels) + 1):
        if i == len(labels) or labels[i] != labels[start]:
            runs.append((start, i, int(labels[start])))
            start = i
    return runs


def link(new: np.ndarray, known: np.ndarray, threshold: float) -> list[int | None]:
    """Match each row of `new` to at most one row of `known` (one-to-one, maximising total
    cosine similarity); pairs below `threshold` stay unmatched (None)."""
    from scipy.optimize import linear_sum_assignment

    out: list[int | None] = [None] * len(new)
    if len(new) == 0 or len(known) == 0:
        return out
    a = new / np.maximum(np.linalg.norm(new, axis=1, keepdims=True), 1e-12)
    b = known / np.maximum(np.linalg.norm(known, axis=1, keepdims=True), 1e-12)
    sim = a @ b.T
    for i, j in zip(*linear_sum_assignment(-sim)):
        if sim[i, j] >= threshold:
            out[int(i)] = int(j)
    return out
