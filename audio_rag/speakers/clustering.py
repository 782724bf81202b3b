"""Speaker clustering and turn building over embedding arrays (pure numpy/scipy).

Inputs are (n, d) unit-length speaker embeddings of sliding windows; outputs are
integer labels 0..k-1 numbered by first appearance. `spectral` clusters; the rest tidies
its labels (stray windows, short runs) and turns them into speaker turns.
"""

from __future__ import annotations

import numpy as np

from ..config import MAX_SPEAKERS


def cosine_similarity(x: np.ndarray) -> np.ndarray:
    """(n, n) cosine similarities of the rows of `x`."""
    x = np.asarray(x, dtype=np.float64)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    return np.clip(x @ x.T, -1.0, 1.0)


def spectral(
    x: np.ndarray,
    num_speakers: int | None = None,
    min_speakers: int = 1,
    max_speakers: int | None = MAX_SPEAKERS,
    max_points: int = 500,
    seed: int = 0,
) -> np.ndarray:
    """Spectral clustering whose affinity and count tune themselves (NME-SC: Park et al.,
    "Auto-Tuning Spectral Clustering for Speaker Diarization Using Normalized Maximum
    Eigengap", 2019): each row of the cosine affinity keeps its `p` nearest neighbours
    (binarised, symmetrised); `p` is chosen where the largest eigengap of the graph
    Laplacian is widest for the sparsity it costs, and that gap gives the number of
    speakers. No similarity threshold is involved, so the same code holds on studio TTS
    and on telephone speech. Longer inputs are clustered on `max_points` rows spread
    evenly, then every row joins its nearest cluster centroid."""
    n = len(x)
    max_speakers = max_speakers or MAX_SPEAKERS
    if n <= 2 or max_speakers == 1 or num_speakers == 1:
        return np.zeros(n, dtype=int)
    x = np.asarray(x, dtype=np.float64)
    x = x / np.maximum(np.linalg.norm(x, axis=1, keepdims=True), 1e-12)
    pick = np.linspace(0, n - 1, min(n, max_points)).round().astype(int)
    lap, k = _tuned_laplacian(x[pick], num_speakers, min_speakers, max_speakers)
    labels = _spectral_labels(lap, k, seed)
    if len(pick) == n:
        return relabel(labels)
    cents = np.stack([x[pick][labels == c].mean(axis=0) for c in range(labels.max() + 1)])
    return relabel(np.argmax(x @ cents.T, axis=1))


def _tuned_laplacian(x: np.ndarray, num_speakers, min_speakers: int, max_speakers: int):
    """(graph Laplacian of the best p-neighbour affinity, number of clusters)."""
    n = len(x)
    sim = np.clip(x @ x.T, 0.0, 1.0)
    order = np.argsort(-sim, axis=1)
    hi_k = max(1, min(max_speakers, n - 1))
    best = None
    for p in _neighbour_counts(n, lowest=int(np.ceil(n / (2 * hi_k)))):
        aff = np.zeros_like(sim)
        np.put_along_axis(aff, order[:, :p], 1.0, axis=1)
        aff = (aff + aff.T) / 2
        lap = np.diag(aff.sum(axis=1)) - aff
        eig = np.linalg.eigvalsh(lap)
        gaps = np.diff(eig[: hi_k + 1])
        lo = max(min_speakers, 1) - 1
        k = int(np.argmax(gaps[lo:]) + lo + 1) if len(gaps) > lo else 1
        ratio = (p / n) / (gaps[k - 1] / max(eig[-1], 1e-12) + 1e-12) if k <= len(gaps) else np.inf
        if best is None or ratio < best[0]:
            best = (ratio, lap, k)
    _, lap, k = best
    return lap, int(num_speakers) if num_speakers else k


def _neighbour_counts(n: int, lowest: int = 2, most: int = 60) -> list[int]:
    """The neighbour counts p tried: from `lowest` up to a quarter of the rows (as NME-SC
    searches), or `most` of them spread geometrically when that is more. The caller's
    `lowest` is half the mean cluster size at the most speakers allowed: sparser graphs
    fall apart into fragments of one voice (seen on short real recordings)."""
    low, top = max(2, lowest), max(2, lowest, n // 4)
    if top - low + 1 <= most:
        return list(range(low, top + 1))
    return sorted({int(v) for v in np.geomspace(low, top, most)})


def _spectral_labels(lap: np.ndarray, k: int, seed: int) -> np.ndarray:
    """k-means (best of 10 seeded k-means++ starts) on the `k` smallest eigenvectors."""
    from scipy.cluster.vq import kmeans2

    if k <= 1:
        return np.zeros(len(lap), dtype=int)
    _, vecs = np.linalg.eigh(lap)
    emb = vecs[:, :k]
    rng = np.random.default_rng(seed)
    best = None
    for _ in range(10):
        cents, labels = kmeans2(emb, k, minit="++", seed=rng)
        inertia = float(((emb - cents[labels]) ** 2).sum())
        if best is None or inertia < best[0]:
            best = (inertia, labels)
    return best[1]


def relabel(labels) -> np.ndarray:
    """Labels renumbered 0, 1, ... in order of first appearance."""
    order: dict[int, int] = {}
    return np.array([order.setdefault(int(v), len(order)) for v in labels], dtype=int)


def absorb_small(
    x: np.ndarray, labels: np.ndarray, min_size: int, min_clusters: int = 1
) -> np.ndarray:
    """Clusters of fewer than `min_size` rows give each row to the nearest centroid (cosine)
    of the remaining clusters; never goes below `min_clusters` clusters.

    Clustering can split a voice into a large cluster and a few stray windows (a laugh,
    a breath, an odd vowel); those strays are not speakers."""
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


def merge_close(x: np.ndarray, labels: np.ndarray, same: float) -> np.ndarray:
    """Clusters whose centroids are closer than `same` (cosine similarity) become one,
    the closest pair first: an eigengap always proposes at least two clusters, so one
    voice alone, or a voice split by its moods, comes back together here."""
    labels = relabel(labels)
    x = np.asarray(x, dtype=np.float64)
    while labels.max() > 0:
        cents = np.stack([x[labels == k].mean(axis=0) for k in range(labels.max() + 1)])
        cents /= np.maximum(np.linalg.norm(cents, axis=1, keepdims=True), 1e-12)
        sim = cents @ cents.T
        np.fill_diagonal(sim, -1.0)
        i, j = np.unravel_index(int(np.argmax(sim)), sim.shape)
        if sim[i, j] < same:
            break
        labels = relabel(np.where(labels == max(i, j), min(i, j), labels))
    return labels


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
