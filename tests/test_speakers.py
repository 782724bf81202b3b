"""Speakers with model doubles: pure helpers, diarization of tone 'voices', linking
across recordings, enrollment, renaming, merging, filters, verification."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag import AudioRAGError
from audio_rag.audio import SAMPLE_RATE
from audio_rag.errors import UnknownNameError
from audio_rag.ingest import IngestOptions
from audio_rag.speakers import make_speaker_encoder
from audio_rag.speakers.clustering import link
from audio_rag.speakers.diarize import (
    DiarizeOptions,
    Diarizer,
    Turn,
    change_points,
    sliding_windows,
    speaker_at,
)
from audio_rag.speakers.metrics import diarization_error_rate
from tests.helpers import FakeSpeakerEncoder, tone, write_wav

VOICES = {"a": 220, "b": 880, "c": 1900}


def conversation(turns, pause: float = 0.8):
    """Tone 'voices' taking turns with pauses; returns (audio, truth turns)."""
    parts, truth, t = [], [], 0.0
    for spk, secs in turns:
        parts += [np.zeros(int(pause * SAMPLE_RATE), np.float32), tone(VOICES[spk], secs)]
        t += pause
        truth.append((t, t + secs, spk))
        t += secs
    return np.concatenate(parts + [np.zeros(SAMPLE_RATE, np.float32)]), truth


def regions_of(truth):
    return [(s, e) for s, e, _ in truth]


# ---- pure helpers ---------------------------------------------------------------
def test_link_is_one_to_one_and_respects_the_threshold():
    known = np.eye(3)
    new = np.array([[0.9, 0.1, 0], [0.95, 0, 0.05], [0, 0, 1.0], [0.5, 0.5, 0.5]])
    out = link(new, known, threshold=0.8)
    assert out[2] == 2 and out[3] is None
    assert sorted(x for x in out[:2] if x is not None) == [0]  # only one may take known 0
    assert (
        link(np.zeros((0, 3)), known, 0.5) == [] and link(new, np.zeros((0, 3)), 0.5) == [None] * 4
    )


def test_sliding_windows_cover_regions_and_keep_short_ones():
    w = sliding_windows([(0.0, 4.0), (5.0, 5.9), (7.0, 7.2)], size=1.6, hop=0.8)
    assert w[0] == (0.0, 1.6) and w[-2] == pytest.approx((2.4, 4.0))
    assert (5.0, 5.9) in w and all(s >= 0 for s, _ in w)
    assert not any(s == 7.0 for s, _ in w)  # 0.2 s is too short


def test_speaker_at_and_change_points():
    turns = [Turn(0, 5, "A"), Turn(5.5, 9, "B"), Turn(9.2, 12, "B"), Turn(13, 15, "A")]
    assert speaker_at(turns, 4.0, 6.0) == "A" and speaker_at(turns, 4.8, 8) == "B"
    assert speaker_at(turns, 12.1, 12.9) is None
    assert change_points(turns) == [5.25, 12.5]


def test_der_is_zero_for_a_relabelled_copy_and_counts_errors():
    ref = [(0, 10, "x"), (10, 20, "y")]
    assert diarization_error_rate(ref, [(0, 10, "B"), (10, 20, "A")])["der"] == 0
    assert diarization_error_rate(ref, [])["der"] == pytest.approx(1.0)
    half = diarization_error_rate(ref, [(0, 20, "A")])
    assert half["confusion"] == pytest.approx(0.5) and half["missed"] == 0


def test_speaker_encoder_registry_names_the_valid_choices():
    with pytest.raises(UnknownNameError, match="resemblyzer"):
        make_speaker_encoder("nemo")


# ---- diarization with the double -----------------------------------------------
def test_diarizer_finds_who_spoke_when():
    audio, truth = conversation([("a", 5), ("b", 4), ("a", 3), ("c", 6), ("b", 4)])
    found = Diarizer(FakeSpeakerEncoder())(audio, regions_of(truth))
    assert len(found.centroids) == 3
    hyp = [(t.start, t.end, t.speaker) for t in found.turns]
    assert diarization_error_rate(truth, hyp)["der"] < 0.05
    fixed = Diarizer(FakeSpeakerEncoder(), DiarizeOptions(num_speakers=2))(audio, regions_of(truth))
    assert len(fixed.centroids) == 2


# ---- the index: linking, units, enrollment ---------------------------------------
@pytest.fixture
def episodes(tmp_path):
    """Two recordings: voices a+b, then b+c (b is the same 'person' in both)."""
    one, _ = conversation([("a", 5), ("b", 5), ("a", 4)], pause=1.5)
    two, _ = conversation([("c", 5), ("b", 6)], pause=1.5)
    return write_wav(tmp_path / "one.wav", one), write_wav(tmp_path / "two.wav", two)


def test_voices_are_linked_across_recordings_and_units_follow_turns(fake_rag, episodes):
    rag = fake_rag()
    rag.ingest(list(episodes))
    speakers = rag.speakers()
    assert len(speakers) == 3 and {s.recordings for s in speakers} == {1, 2}
    one, two = (rag.transcript(p) for p in episodes)
    ids_one = [u.speaker for u in one]
    assert ids_one[0] == ids_one[-1] != ids_one[1]  # a, b, a
    assert one[1].speaker == two[-1].speaker  # b in both recordings
    assert two[0].speaker not in ids_one  # c is new
    for units, cuts in ((one, (7.25, 13.75)), (two, (7.25,))):  # never across a change
        assert all(not (u.start < c < u.end) for u in units for c in cuts)


def test_enroll_rename_merge_relabel_units_without_reingesting(fake_rag, episodes, tmp_path):
    rag = fake_rag()
    rag.ingest(list(episodes))
    b_id = rag.transcript(episodes[0])[1].speaker
    example = write_wav(tmp_path / "bee.wav", tone(VOICES["b"], 3))
    spk = rag.enroll("Bea", [example])
    assert spk.id == b_id and spk.name == "Bea"
    assert {u.speaker_name for u in rag.transcript(episodes[1]) if u.speaker == b_id} == {"Bea"}
    hits = rag.search("tone800", k=10, speaker="Bea")
    assert hits and {h.speaker for h in hits} == {b_id}
    assert rag.rename_speaker("Bea", "Beatrice").name == "Beatrice"
    with pytest.raises(AudioRAGError, match="no speaker .Bea. in this index"):
        rag.search("tone800", k=10, speaker="Bea")  # the old name is gone
    a_id = rag.transcript(episodes[0])[0].speaker
    merged = rag.merge_speakers("Beatrice", a_id)
    assert merged.id == b_id and len(rag.speakers()) == 2
    assert {u.speaker for u in rag.transcript(episodes[0])} == {b_id}
    assert {u.speaker_name for u in rag.transcript(episodes[0])} == {"Beatrice"}
    with pytest.raises(AudioRAGError, match="no speaker"):
        rag.rename_speaker("Zed", "Z")


def test_enrolling_an_unknown_voice_names_it_for_later_recordings(fake_rag, episodes, tmp_path):
    rag = fake_rag()
    example = write_wav(tmp_path / "cee.wav", tone(VOICES["c"], 3))
    first = rag.enroll("Cy", [example])
    rag.ingest([episodes[1]])
    units = rag.transcript(episodes[1])
    assert units[0].speaker == first.id and units[0].speaker_name == "Cy"


def test_verify_and_identify(fake_rag, episodes, tmp_path):
    rag = fake_rag()
    rag.ingest(list(episodes))
    a1 = write_wav(tmp_path / "a1.wav", tone(VOICES["a"], 3))
    a2 = write_wav(tmp_path / "a2.wav", tone(VOICES["a"], 2, amp=0.1))
    c1 = write_wav(tmp_path / "c1.wav", tone(VOICES["c"], 3))
    assert rag.verify(a1, a2)[1] is True and rag.verify(a1, c1)[1] is False
    ranked = rag.identify(a1, k=2)
    assert ranked[0][0].id == rag.transcript(episodes[0])[0].speaker
    assert ranked[0][1] > ranked[1][1]


def test_ingest_without_diarization_leaves_speakers_empty(fake_rag, episodes):
    rag = fake_rag(ingest=IngestOptions(diarize=False))
    rag.ingest([episodes[0]])
    assert rag.speakers() == [] and all(u.speaker is None for u in rag.transcript(episodes[0]))


def test_an_index_refuses_another_speaker_encoder(fake_rag, episodes):
    from audio_rag import ModelMismatchError

    fake_rag().ingest([episodes[0]])

    class Other(FakeSpeakerEncoder):
        name = "other-speaker-encoder"

    with pytest.raises(ModelMismatchError, match="other-speaker-encoder"):
        fake_rag(speaker_encoder=Other()).ingest([episodes[1]])


def test_ecapa_without_speechbrain_names_the_extra():
    pytest.importorskip("numpy")
    try:
        import speechbrain  # noqa: F401

        pytest.skip("speechbrain is installed")
    except ImportError:
        pass
    from audio_rag import MissingDependencyError

    with pytest.raises(MissingDependencyError, match=r"audio-rag\[speechbrain\]"):
        make_speaker_encoder("ecapa:/some/folder").embed([np.zeros(SAMPLE_RATE, np.float32)])
