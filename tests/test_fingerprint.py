"""Spectral-peak fingerprints and query by example with generated signals and doubles."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag.audio import SAMPLE_RATE
from audio_rag.audio.fingerprint import (
    FRAME_SECONDS,
    FingerprintIndex,
    best_offsets,
    fingerprint,
    peaks,
)
from audio_rag.ingest import IngestOptions
from tests.helpers import write_wav


def melody(seed: int, seconds: float = 6.0) -> np.ndarray:
    """Random notes (0.1-0.4 s, faded in and out) with two harmonics."""
    rng = np.random.default_rng(seed)
    notes, total = [], 0
    while total < seconds * SAMPLE_RATE:
        t = np.arange(int(rng.uniform(0.1, 0.4) * SAMPLE_RATE)) / SAMPLE_RATE
        f = rng.uniform(200, 3000)
        note = (np.sin(2 * np.pi * f * t) + 0.5 * np.sin(4 * np.pi * f * t)) * np.hanning(len(t))
        notes.append(note)
        total += len(t)
    return (0.2 * np.concatenate(notes)[: int(seconds * SAMPLE_RATE)]).astype(np.float32)


def test_peaks_do_not_move_with_the_level():
    x = melody(0)
    loud, quiet = {tuple(p) for p in peaks(x)}, {tuple(p) for p in peaks(x * 0.01)}
    assert len(loud & quiet) >= 0.95 * len(loud)


def test_best_offsets_votes_for_the_common_shift():
    qh, qt = np.array([1, 2, 3]), np.array([0, 5, 9])
    found = [(1, "a", 100), (2, "a", 105), (3, "a", 109), (1, "b", 7), (3, "b", 50)]
    assert best_offsets(qh, qt, found)[0] == ("a", 100, 3)


def test_index_finds_a_noisy_cropped_copy_and_where_it_starts(tmp_path):
    idx = FingerprintIndex(tmp_path / "p.sqlite")
    for i in range(4):
        idx.add(f"src{i}", melody(i))
    rng = np.random.default_rng(9)
    crop = melody(2)[2 * SAMPLE_RATE : 4 * SAMPLE_RATE] * 0.2
    noisy = crop + rng.normal(0, 0.3 * crop.std(), len(crop)).astype(np.float32)
    (source, start, n), *_ = idx.match(noisy)
    assert source == "src2" and start == pytest.approx(2.0, abs=2 * FRAME_SECONDS) and n >= 6
    assert idx.match(melody(99)[: 2 * SAMPLE_RATE]) == []  # an unknown recording matches nothing
    idx.remove("src2")
    assert all(s != "src2" for s, _, _ in idx.match(noisy))


def test_offsets_account_for_where_a_block_starts(tmp_path):
    idx = FingerprintIndex(tmp_path / "p.sqlite")
    idx.add("long", melody(5), offset=600.0)  # second block of a long file
    assert idx.match(melody(5)[SAMPLE_RATE : 3 * SAMPLE_RATE])[0][1] == pytest.approx(601, abs=0.1)
    h, t = fingerprint(np.zeros(100, np.float32))
    assert len(h) == len(t) == 0


def test_search_by_example_fuses_fingerprint_and_embedding(fake_rag, tmp_path):
    files = [write_wav(tmp_path / f"m{i}.wav", melody(i)) for i in range(3)]
    rag = fake_rag(ingest=IngestOptions(diarize=False))
    rag.ingest(files)
    copy = melody(1)[SAMPLE_RATE : 4 * SAMPLE_RATE] * 0.1
    hits = rag.search(audio=copy, k=3)
    assert hits[0].source.endswith("m1.wav") and "fingerprint" in hits[0].channel
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    # filters apply to the fingerprint channel too
    other = rag.search(audio=copy, k=3, source=files[0])
    assert all(h.source.endswith("m0.wav") and h.channel == "audio" for h in other)
    plain = fake_rag(
        ingest=IngestOptions(diarize=False, fingerprints=False),
        collection="plain",
    )
    plain.ingest(files)
    assert all(h.channel == "audio" for h in plain.search(audio=copy, k=3))
    assert (tmp_path / "db" / "test_index.prints.sqlite").is_file()
