import subprocess
import sys

import numpy as np
import pytest

from audio_rag.audio import SAMPLE_RATE, find_audio_files, iter_blocks, load_audio
from audio_rag.errors import AudioDecodeError
from tests.helpers import SAMPLE, tone, write_wav


@pytest.mark.parametrize(
    "rate,channels,width",
    [(8000, 1, 2), (44100, 2, 2), (48000, 8, 2), (96000, 1, 4), (22050, 1, 1)],
)
def test_any_rate_channels_and_width_becomes_16k_mono(tmp_path, rate, channels, width):
    path = write_wav(tmp_path / "x.wav", tone(440, 2.0, rate=rate), rate, channels, width)
    audio = load_audio(path)
    assert audio.dtype == np.float32 and audio.ndim == 1
    assert abs(len(audio) - 2 * SAMPLE_RATE) <= SAMPLE_RATE // 100
    spectrum = np.abs(np.fft.rfft(audio[:SAMPLE_RATE]))
    assert abs(int(np.argmax(spectrum)) - 440) <= 2  # the pitch survives resampling


def test_bytes_and_array_inputs(tmp_path):
    path = write_wav(tmp_path / "x.wav", tone(300, 1.0))
    from_bytes = load_audio(path.read_bytes())
    assert np.allclose(from_bytes, load_audio(path))
    arr = tone(300, 1.0)
    assert load_audio(arr) is not None and load_audio(arr[None, :]).shape == (SAMPLE_RATE,)


@pytest.mark.parametrize(
    "content,reason",
    [
        (b"", "empty"),
        (b"hello, I am text\n" * 50, "not a readable"),
        (bytes(range(256)) * 40, "not a readable"),
    ],
)
def test_bad_files_raise_errors_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad file.wav"
    path.write_bytes(content)
    with pytest.raises(AudioDecodeError) as e:
        load_audio(path)
    assert str(path) in str(e.value) and reason in str(e.value)


def test_missing_file_and_bad_arrays(tmp_path):
    with pytest.raises(AudioDecodeError, match="no such file"):
        load_audio(tmp_path / "nope.mp3")
    with pytest.raises(AudioDecodeError, match="NaN"):
        load_audio(np.array([0.0, np.nan], np.float32))
    with pytest.raises(AudioDecodeError, match="no audio samples"):
        load_audio(np.zeros(0, np.float32))
    with pytest.raises(AudioDecodeError, match="unsupported"):
        load_audio(12345)


def test_truncated_mp3_keeps_what_decodes():
    data = SAMPLE.read_bytes()
    audio = load_audio(data[: len(data) // 3])
    assert 20 * SAMPLE_RATE < len(audio) < 40 * SAMPLE_RATE


def test_blocks_cover_the_file_exactly_and_cut_in_quiet(tmp_path):
    whole = load_audio(SAMPLE)
    blocks = list(iter_blocks(SAMPLE, block_seconds=20, search_seconds=4))
    assert len(blocks) >= 3
    assert np.array_equal(np.concatenate([b for _, b in blocks]), whole)
    for (off, b), (nxt, _) in zip(blocks, blocks[1:]):
        assert nxt == pytest.approx(off + len(b) / SAMPLE_RATE)
        assert 16 <= len(b) / SAMPLE_RATE <= 20
        edge = b[-320:]
        assert np.sqrt(np.mean(edge**2)) < np.sqrt(np.mean(whole**2))  # cut in a quiet spot


def test_find_audio_files_recurses_and_keeps_explicit_files(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    write_wav(tmp_path / "a" / "b" / "deep.wav", tone(200, 0.1))
    (tmp_path / "a" / "notes.txt").write_text("x")
    explicit = tmp_path / "odd.name"
    explicit.write_text("x")
    found = find_audio_files([tmp_path / "a", explicit])
    assert [p.name for p in found] == ["deep.wav", "odd.name"]


def test_import_is_light():
    code = (
        "import sys, audio_rag; assert 'torch' not in sys.modules and 'chromadb' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
