"""A sound library: short, quiet, non-speech files are indexed as sounds (no transcript,
no speaker), only empty or digitally silent files are refused."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from audio_rag.asr import Transcript
from audio_rag.audio import SAMPLE_RATE, audible_regions, load_audio, peak_dbfs
from audio_rag.audio.decode import load_span
from audio_rag.audio.tags import name_words, read_tags
from audio_rag.audio.vad import confirmed, speech_regions
from audio_rag.ingest.units import UnitOptions, short_sounds
from audio_rag.search.spectral import features, second_look, similarity
from audio_rag.types import Hit
from tests.helpers import FakeTranscriber, tone, write_tagged, write_wav

DATA = Path(__file__).parent / "data"
SPEECH = load_audio(DATA / "real_two_voices.ogg")[: SAMPLE_RATE * 8]
SOUNDS = DATA / "sounds"  # real desktop and game sounds (tests/data/sounds/fixtures.json)


def chime(freq: float, seconds: float, peak: float = 0.5) -> np.ndarray:
    """A decaying bell-like tone with a few partials (a UI sound)."""
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    x = sum(np.sin(2 * np.pi * freq * k * t) / k for k in (1, 2, 3)) * np.exp(-t * 6 / seconds)
    return (x / np.max(np.abs(x)) * peak).astype(np.float32)


def test_audible_regions_find_a_short_quiet_click_in_silence():
    x = np.zeros(SAMPLE_RATE, np.float32)
    x[8000:8800] = chime(2000, 0.05, peak=10 ** (-50 / 20))  # 50 ms at -50 dBFS peak
    (s, e), *rest = audible_regions(x)
    assert not rest and abs(s - 0.5) < 0.011 and 0.53 <= e <= 0.56
    assert audible_regions(x, floor_dbfs=-40.0) == []
    assert round(peak_dbfs(x)) == -50 and peak_dbfs(np.zeros(10)) == float("-inf")


def test_short_sounds_keep_events_from_50_ms_and_split_long_ones():
    x = np.zeros(SAMPLE_RATE * 30, np.float32)
    x[SAMPLE_RATE : SAMPLE_RATE + 480] = 0.5  # 30 ms: a scrap, not a sound
    x[SAMPLE_RATE * 3 : SAMPLE_RATE * 3 + 1600] = chime(900, 0.1)
    x[SAMPLE_RATE * 5 : SAMPLE_RATE * 29] = tone(300, 24, amp=0.2)  # 24 s: three units
    units = short_sounds(x, UnitOptions(sound_seconds=10.0))
    assert [u.kind for u in units] == ["sound"] * 4
    assert abs(units[0].start - 3.0) < 0.011 and units[0].end - units[0].start < 0.15
    assert all(u.end - u.start <= 10.0 for u in units[1:])
    assert all(u.text == "" and u.speaker is None for u in units)


def thud(seconds: float) -> np.ndarray:
    """Decaying noise (a hit or a slam)."""
    rng = np.random.default_rng(1)
    t = np.arange(int(seconds * SAMPLE_RATE)) / SAMPLE_RATE
    return (rng.uniform(-0.9, 0.9, len(t)) * np.exp(-t * 8)).astype(np.float32)


def test_a_train_of_clicks_shorter_than_50_ms_each_is_one_sound():
    x = np.zeros(SAMPLE_RATE, np.float32)
    for at in range(1000, 16000, 7000):  # three 4 ms clicks, 0.44 s apart
        x[at : at + 64] = np.hanning(64) * 0.8
    (unit,) = short_sounds(x)
    assert abs(unit.start - 0.06) < 0.011 and abs(unit.end - 0.95) < 0.011


class CountingTranscriber(FakeTranscriber):
    """A transcriber that takes voice-activity regions, and counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def transcribe(self, audio, regions=None):
        self.calls += 1
        return Transcript([], "en", [], [])


def test_every_audible_sound_is_indexed_without_transcript_or_speaker(fake_rag, tmp_path):
    sounds = {
        "click.wav": chime(3000, 0.08),
        "login_chime.wav": chime(660, 0.4),
        "quiet_bell.wav": chime(440, 0.7, peak=10 ** (-50 / 20)),
        "door_slam.wav": thud(1.5),
        "hum.wav": chime(120, 1.5, peak=0.9),  # voice activity fires, but is nowhere sure
    }
    paths = [write_wav(tmp_path / n, np.pad(x, (800, 800))) for n, x in sounds.items()]
    asr = CountingTranscriber()
    rag = fake_rag(collection="library", whisper=asr)
    report = rag.ingest(paths)
    assert [f.status for f in report.files] == ["ingested"] * 5, report.summary()
    assert asr.calls == 0  # no speech found by voice activity: Whisper never runs
    for path, x in zip(paths, sounds.values()):
        units = rag.transcript(path)
        assert units and all(u.kind == "sound" and not u.text and not u.speaker for u in units)
        assert rag.search(audio=x, k=1)[0].source == str(path)
    assert len(rag.prints) > 0  # written with the batch, after its sources were begun
    noisy = sounds["door_slam.wav"] + np.random.default_rng(2).normal(0, 0.02, 24000)
    hit = rag.search(audio=noisy.astype(np.float32), k=1)[0]
    assert hit.source == str(paths[3]) and "fingerprint" in hit.ranks


def test_voice_activity_must_be_sure_somewhere_to_count_as_speech():
    hum = np.pad(chime(120, 1.5, peak=0.9), (800, 800))
    regions = speech_regions(hum)
    assert regions and not confirmed(hum, regions)  # Silero fires, below 0.8
    assert confirmed(SPEECH, speech_regions(SPEECH))


def test_only_empty_or_silent_files_are_refused(fake_rag, tmp_path):
    rag = fake_rag(collection="refusals", whisper=CountingTranscriber())
    silent = write_wav(tmp_path / "silent.wav", np.zeros(SAMPLE_RATE, np.float32))
    hiss = write_wav(tmp_path / "floor.wav", np.full(SAMPLE_RATE, 3e-4, np.float32))
    blip = write_wav(tmp_path / "blip.wav", chime(1000, 0.02))
    report = rag.ingest([silent, hiss, blip])
    errors = {f.path: f.error for f in report.files}
    assert all(f.status == "failed" for f in report.files)
    assert "silent.wav: is silent (every sample is zero)" in errors[str(silent)]
    assert "floor.wav: is silent (peak -70 dBFS; sounds count from -60 dBFS)" in errors[str(hiss)]
    assert "blip.wav: is too short to index (0.020 s" in errors[str(blip)]
    assert rag.index.counts()["units"] == 0


def test_a_jingle_inside_a_long_recording_is_cited_at_its_matched_time(fake_rag, tmp_path):
    rng = np.random.default_rng(3)
    bed = (rng.normal(0, 0.05, SAMPLE_RATE * 40)).astype(np.float32)
    jingle = load_audio(SOUNDS / "oxygen_sys_app_negative.ogg")  # a real UI sound, 1.86 s
    at = 23.37
    bed[int(at * SAMPLE_RATE) : int(at * SAMPLE_RATE) + len(jingle)] += jingle
    path = write_wav(tmp_path / "episode.wav", bed.clip(-1, 1))
    rag = fake_rag(collection="episodes", whisper=CountingTranscriber())
    assert rag.ingest([path]).files[0].status == "ingested"
    query = jingle + rng.normal(0, 0.03, len(jingle)).astype(np.float32)
    hit = rag.search(audio=query, k=1)[0]
    evidence = hit.ranks["fingerprint"]
    assert abs(evidence["offset"] - at) <= 0.05 and evidence["matches"] >= 8
    assert abs(hit.start - at) <= 0.05 and abs(hit.end - (at + len(jingle) / SAMPLE_RATE)) <= 0.05
    assert hit.unit_start <= hit.start < hit.end <= hit.unit_end
    assert hit.unit_end - hit.unit_start > 2.5  # the unit is longer than the match
    assert "#t=23.38," in hit.uri  # plays the jingle, not the whole unit


def test_names_and_tags_are_read_from_every_container(tmp_path):
    tags = {"title": "Heavy door slam", "comment": "wooden door, close mic", "artist": "x"}
    for suffix in (".mp3", ".ogg", ".flac", ".wav"):
        path = write_tagged(tmp_path / f"take{suffix}", chime(300, 0.5), tags)
        assert read_tags(path) == {"title": "Heavy door slam", "comment": "wooden door, close mic"}
    assert name_words("/lib/Foley/doorSlam_03.wav") == "door slam 03 foley"
    assert name_words("Oxygen-Window-Minimize.ogg") == "oxygen window minimize"
    assert read_tags(tmp_path / "missing.wav") == {}


def test_sounds_are_found_by_name_and_tags_without_an_audio_text_model(fake_rag, tmp_path):
    lib = tmp_path / "library"
    lib.mkdir()
    paths = [
        write_wav(lib / "door_slam_03.wav", thud(0.8)),
        write_wav(lib / "glassBreak.wav", chime(2500, 0.6)),
        write_tagged(lib / "sfx_0042.mp3", chime(90, 1.2), {"title": "Thunder rumble, distant"}),
    ]
    rag = fake_rag(collection="named", whisper=CountingTranscriber())
    rag.ingest(paths)
    for query, want in [("door slam", 0), ("glass break", 1), ("distant thunder", 2)]:
        hit = rag.search(query, k=1)[0]
        assert hit.source == str(paths[want]) and hit.kind == "sound"
        assert "name" in hit.channel and hit.ranks["name"]["rank"] == 1
    assert rag.search("slam", k=3, source=str(paths[1])) == []  # filters hold
    rag.remove(paths[0])
    assert all(h.source != str(paths[0]) for h in rag.search("door slam", k=3))


def test_speech_is_not_found_by_its_file_name(fake_rag, tone_files):
    rag = fake_rag(collection="speech_names")
    rag.ingest(tone_files)  # low.wav, mid.wav, high.wav: transcribed "tone" words
    assert all("name" not in h.ranks for h in rag.search("low", k=5))


def test_a_unit_is_decoded_from_a_seek_like_the_whole_file(tmp_path):
    x = load_audio(DATA / "real_two_voices.ogg")
    for path in (DATA / "real_two_voices.ogg", write_wav(tmp_path / "v.wav", x)):
        span = load_span(path, 10.3, 12.8)
        assert len(span) == 40000
        assert np.corrcoef(span, x[int(10.3 * SAMPLE_RATE) : int(12.8 * SAMPLE_RATE)])[0, 1] > 0.99


def test_spectrograms_find_a_noisy_crop_among_other_sounds():
    rng = np.random.default_rng(4)
    sounds = [load_audio(p) for p in sorted(SOUNDS.glob("*.ogg"))]
    for i, x in enumerate(sounds):
        crop = x[len(x) // 4 : len(x) * 3 // 4]
        noisy = crop + rng.normal(0, 0.3 * np.sqrt(np.mean(crop**2)), len(crop))
        scores = [similarity(features(noisy.astype(np.float32)), features(y)) for y in sounds]
        assert int(np.argmax(scores)) == i
        assert similarity(features(x * 0.05), features(x)) > 0.9  # -26 dB: nearly the same


def test_the_second_look_reorders_candidates_and_says_so(tmp_path):
    sounds = {p.name: load_audio(p) for p in sorted(SOUNDS.glob("*.ogg"))}
    names = list(sounds)
    hits = [
        Hit(n, 0.0, 1.0, "", 0.9 - i / 10, unit_id=n, kind="sound") for i, n in enumerate(names)
    ]
    query = sounds[names[2]][::-1].copy()[::-1]  # the third candidate's sound
    looked = second_look(hits, query, lambda h: sounds[h.source], 2.0)
    at = [h.source for h in looked].index(names[2])
    assert at < 2 and looked[at].ranks["spectrum"] == {"rank": 1, "score": 1.0}
    assert [h.score for h in looked] == sorted((h.score for h in looked), reverse=True)
    broken = second_look(hits, query, lambda h: (_ for _ in ()).throw(OSError("gone")), 2.0)
    assert [h.source for h in broken] == names  # unreadable audio: first order kept
