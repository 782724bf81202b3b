"""Bad input matrix: each odd file gets a clear per-file error or works, the rest of the
batch is ingested, and nothing stored is lost or duplicated."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import numpy as np
import pytest

from audio_rag import AudioDecodeError
from audio_rag.audio import SAMPLE_RATE
from audio_rag.store import index_problems
from tests.helpers import SAMPLE, tone, write_wav


def write_float_wav(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """IEEE-float 32-bit WAV (format tag 3); samples shaped (n,) or (n, channels)."""
    data = np.asarray(samples, np.float32)
    channels = 1 if data.ndim == 1 else data.shape[1]
    body = data.astype("<f4").tobytes()
    fmt = struct.pack("<HHIIHH", 3, channels, rate, rate * channels * 4, channels * 4, 32)
    fact = struct.pack("<I", len(data))
    chunks = b"fmt " + struct.pack("<I", len(fmt)) + fmt
    chunks += b"fact" + struct.pack("<I", 4) + fact
    chunks += b"data" + struct.pack("<I", len(body)) + body
    path.write_bytes(b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WAVE" + chunks)
    return path


def speechy(rate: int = SAMPLE_RATE) -> np.ndarray:
    """Two 'sentences' of a tone with a pause: enough for the fake transcriber's units."""
    pause = np.zeros(rate * 3, np.float32)
    return np.concatenate([tone(440, 4, rate), pause, tone(440, 4, rate)])


@pytest.fixture
def good(tmp_path):
    return write_wav(tmp_path / "good.wav", speechy())


def ingest_beside_good(rag, odd: Path, good: Path):
    """Ingest [odd, good]; the good file must always go in and the index stay sound.
    Returns the odd file's result."""
    before = {r["source_id"] for r in rag.index.sources.all()} if rag.index.exists() else set()
    report = rag.ingest([odd, good])
    assert len(report.files) == 2
    assert report.files[1].status in ("ingested", "unchanged"), report.files[1].error
    assert index_problems(rag.index) == []
    after = {r["source_id"] for r in rag.index.sources.all()}
    assert before <= after  # nothing that was there is lost
    return report.files[0]


def assert_failed_clearly(result, path: Path, *words: str) -> None:
    assert result.status == "failed"
    assert str(path) in result.error, result.error
    for w in words:
        assert w.lower() in result.error.lower(), result.error


# ---- files that cannot be indexed: a clear error naming the file ---------------------
def test_zero_byte_file(fake_rag, tmp_path, good):
    odd = tmp_path / "empty.mp3"
    odd.write_bytes(b"")
    assert_failed_clearly(ingest_beside_good(fake_rag(), odd, good), odd, "empty")


def test_text_file_named_wav(fake_rag, tmp_path, good):
    odd = tmp_path / "notes.wav"
    odd.write_text("meeting notes, not a recording\n" * 40)
    assert_failed_clearly(ingest_beside_good(fake_rag(), odd, good), odd, "not a readable")


@pytest.mark.parametrize("name", ["noise.mp3", "noise.ogg", "noise.m4a", "program.wav"])
def test_non_audio_binary(fake_rag, tmp_path, good, name):
    odd = tmp_path / name
    if name == "program.wav":
        shutil.copyfile(shutil.which("ls") or "/bin/ls", odd)  # an executable
    else:
        odd.write_bytes(np.random.default_rng(1).bytes(50_000))
    result = ingest_beside_good(fake_rag(), odd, good)
    assert_failed_clearly(result, odd, "not a readable audio file")
    assert "Errno" not in result.error and result.error.count(str(odd)) == 1


def test_truncated_to_a_header_mp3(fake_rag, tmp_path, good):
    odd = tmp_path / "cut.mp3"
    odd.write_bytes(SAMPLE.read_bytes()[:300])
    assert_failed_clearly(ingest_beside_good(fake_rag(), odd, good), odd)


def test_silence_only(fake_rag, tmp_path, good):
    odd = write_wav(tmp_path / "silence.wav", np.zeros(SAMPLE_RATE * 20))
    assert_failed_clearly(ingest_beside_good(fake_rag(), odd, good), odd, "silent")


def test_one_sample_file(fake_rag, tmp_path, good):
    odd = write_wav(tmp_path / "one.wav", np.array([0.5]))
    assert_failed_clearly(ingest_beside_good(fake_rag(), odd, good), odd, "too short")


def test_missing_file(fake_rag, tmp_path, good):
    gone = tmp_path / "gone.flac"
    result = ingest_beside_good(fake_rag(), gone, good)
    assert_failed_clearly(result, gone, "no such file or directory")


def test_unreadable_file(fake_rag, tmp_path, good, monkeypatch):
    odd = write_wav(tmp_path / "locked.wav", speechy())
    odd.chmod(0)
    if os.geteuid() == 0:  # root reads anything: simulate the kernel's refusal instead
        import builtins

        import audio_rag.audio.decode as audio_mod

        def refuse(path, *a, **kw):
            if Path(path) == odd:
                raise PermissionError(13, "Permission denied", str(path))
            return builtins.open(path, *a, **kw)

        monkeypatch.setattr(audio_mod, "open", refuse, raising=False)
    try:
        result = ingest_beside_good(fake_rag(), odd, good)
    finally:
        odd.chmod(0o644)
    assert_failed_clearly(result, odd, "cannot read", "Permission denied")


# ---- odd but valid audio: it works ------------------------------------------------
def ingested(result):
    assert result.status == "ingested", result.error
    assert result.units > 0
    return result


def test_truncated_mp3_keeps_what_decodes(fake_rag, tmp_path, good, caplog):
    data = SAMPLE.read_bytes()
    odd = tmp_path / "half.mp3"
    odd.write_bytes(data[: len(data) // 2 + 77])  # cut in the middle of a frame
    rag = fake_rag()
    result = ingested(ingest_beside_good(rag, odd, good))
    full = rag.ingest([SAMPLE]).files[0]
    assert 0.4 * full.duration < result.duration < 0.6 * full.duration


def test_wrong_extension(fake_rag, tmp_path, good):
    """An mp3 named .wav and a wav named .txt (given explicitly) are decoded by content."""
    mp3_as_wav = tmp_path / "episode.wav"
    mp3_as_wav.write_bytes(SAMPLE.read_bytes())
    wav_as_txt = tmp_path / "take.txt"
    wav_as_txt.write_bytes(write_wav(tmp_path / "w.wav", speechy(), 22050).read_bytes())
    rag = fake_rag()
    ingested(ingest_beside_good(rag, mp3_as_wav, good))
    ingested(ingest_beside_good(rag, wav_as_txt, good))


@pytest.mark.parametrize("rate", [8000, 96000])
def test_unusual_sample_rates(fake_rag, tmp_path, good, rate):
    odd = write_wav(tmp_path / f"r{rate}.wav", speechy(rate), rate)
    rag = fake_rag()
    result = ingested(ingest_beside_good(rag, odd, good))
    assert result.duration == pytest.approx(11.0, abs=0.05)
    assert "tone400" in " ".join(u.text for u in rag.transcript(odd))  # pitch survives


def test_eight_channels(fake_rag, tmp_path, good):
    sig = speechy()
    chans = np.stack([sig * (0.2 + 0.1 * c) for c in range(8)], axis=1)
    chans[:, 5] = 0  # one dead channel changes nothing
    odd = write_wav(tmp_path / "surround.wav", chans, channels=8)
    ingested(ingest_beside_good(fake_rag(), odd, good))


def test_eight_bit_wav(fake_rag, tmp_path, good):
    odd = write_wav(tmp_path / "u8.wav", speechy(11025), 11025, width=1)
    ingested(ingest_beside_good(fake_rag(), odd, good))


def test_float_wav_with_nan_and_inf_samples(fake_rag, tmp_path, good):
    sig = speechy(48000)
    sig[1000] = np.nan
    sig[2000], sig[3000] = np.inf, -np.inf
    odd = write_float_wav(tmp_path / "f32.wav", sig, 48000)
    rag = fake_rag()
    ingested(ingest_beside_good(rag, odd, good))
    clean = write_float_wav(tmp_path / "f32clean.wav", speechy(48000), 48000)
    ingested(ingest_beside_good(rag, clean, good))


def test_nan_and_inf_in_array_inputs_are_refused_clearly(fake_rag, good):
    rag = fake_rag()
    rag.ingest([good])
    for bad in (np.nan, np.inf, -np.inf):
        clip = tone(440, 1.0)
        clip[100] = bad
        with pytest.raises(AudioDecodeError, match="NaN or infinite"):
            rag.search(audio=clip)
        with pytest.raises(AudioDecodeError, match="NaN or infinite"):
            rag.speaker_service.voice(clip)
    with pytest.raises(AudioDecodeError, match="no audio samples"):
        rag.search(audio=np.zeros(0, np.float32))
    assert rag.search(audio=tone(440, 1.0), k=1)  # the index still answers


def test_path_with_spaces_and_non_ascii(fake_rag, tmp_path, good):
    folder = tmp_path / "Épisodes 2024" / "日本語 ポッドキャスト"
    folder.mkdir(parents=True)
    odd = write_wav(folder / "ep 1 — café ñ.wav", speechy())
    rag = fake_rag()
    result = ingested(ingest_beside_good(rag, odd, good))
    assert rag.transcript(odd)[0].source == str(odd.resolve())
    assert rag.resolve_source(odd) == result.source_id
    (hit,) = rag.search("tone400", k=1, source=odd)
    assert hit.source_id == result.source_id and "#t=" in hit.uri
    report = rag.ingest([tmp_path / "Épisodes 2024"])  # found when walking folders too
    assert [f.status for f in report.files] == ["unchanged"]


def test_whole_matrix_in_one_batch(fake_rag, tmp_path, good):
    """One folder holding every kind of bad file: only the good files go in."""
    d = tmp_path / "archive"
    d.mkdir()
    (d / "empty.wav").write_bytes(b"")
    (d / "notes.wav").write_text("not audio\n" * 30)
    (d / "junk.mp3").write_bytes(np.random.default_rng(2).bytes(20_000))
    (d / "cut.mp3").write_bytes(SAMPLE.read_bytes()[:300])
    write_wav(d / "silence.wav", np.zeros(SAMPLE_RATE * 5))
    write_wav(d / "one.wav", np.array([0.1]))
    write_wav(d / "a.wav", speechy())
    write_wav(d / "b 8k.wav", speechy(8000) * 0.5, 8000)
    (d / "readme.txt").write_text("skipped: not an audio extension")
    rag = fake_rag()
    report = rag.ingest([d])
    status = {Path(f.path).name: f.status for f in report.files}
    assert status.pop("a.wav") == status.pop("b 8k.wav") == "ingested"
    assert set(status.values()) == {"failed"} and "readme.txt" not in status
    assert len(report.failed) == 6 and all(f.error for f in report.failed)
    assert index_problems(rag.index) == []
    again = rag.ingest([d])
    assert sum(f.status == "unchanged" for f in again.files) == 2
    assert rag.index.counts()["sources"] == 2


@pytest.mark.slow
def test_three_hour_file_in_bounded_memory():
    """A generated 3-hour recording (quiet, with speech and tones) goes in, and peak
    memory is what a 1-minute file needs plus a bounded block, not the whole file."""
    import json
    import subprocess
    import sys

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "memory.py"
    done = subprocess.run(
        [sys.executable, str(script), "--fake", "--hours", "3", "--json", "--limit-gb", "1.0"],
        capture_output=True,
        text=True,
        timeout=900,
    )
    figures = json.loads(done.stdout)
    assert figures["long"]["status"] == "ingested", figures["long"]["error"]
    assert figures["long"]["duration"] == pytest.approx(3 * 3600, abs=1)
    assert figures["peak_gb"] < 1.0  # the decoded file alone would be 0.69 GB
    assert figures["peak_gb"] - figures["baseline_peak_gb"] < 0.4
    assert done.returncode == 0
