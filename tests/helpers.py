"""Test helpers: generated signals, test doubles for the models, the sample audio."""

from __future__ import annotations

import hashlib
import json
import wave
from importlib.resources import files
from pathlib import Path

import numpy as np

from audio_rag._util.vectors import l2_normalize
from audio_rag.asr import Segment, Transcript, Word
from audio_rag.audio import SAMPLE_RATE

SAMPLE = Path(str(files("audio_rag") / "data" / "sample_podcast.mp3"))
SAMPLE_TRUTH = json.loads((SAMPLE.with_suffix(".json")).read_text())


def write_wav(
    path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE, channels: int = 1, width: int = 2
) -> Path:
    """Write int PCM WAV (samples in [-1, 1], shape (n,) or (n, channels))."""
    data = np.asarray(samples, dtype=np.float64)
    if data.ndim == 1 and channels > 1:
        data = np.repeat(data[:, None], channels, axis=1)
    scale = {1: 127, 2: 32767, 4: 2**31 - 1}[width]
    pcm = np.round(data * scale).astype({1: np.int8, 2: np.int16, 4: np.int32}[width])
    if width == 1:
        pcm = (pcm.astype(np.int16) + 128).astype(np.uint8)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(channels)
        w.setsampwidth(width)
        w.setframerate(rate)
        w.writeframes(pcm.tobytes())
    return path


def tone(freq: float, seconds: float, rate: int = SAMPLE_RATE, amp: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (amp * np.sin(2 * np.pi * freq * t)).astype(np.float32)


class FakeTranscriber:
    """Treats every 1 s of non-silent audio as one word named after its loudest pitch."""

    name = "fake-whisper"

    def transcribe(self, audio: np.ndarray) -> Transcript:
        words = []
        for i in range(len(audio) // SAMPLE_RATE):
            sec = audio[i * SAMPLE_RATE : (i + 1) * SAMPLE_RATE]
            if np.sqrt(np.mean(sec**2)) < 0.01:
                continue
            pitch = int(np.argmax(np.abs(np.fft.rfft(sec))))
            end = "." if i % 4 == 3 else ""
            words.append(Word(i + 0.1, i + 0.9, f" tone{pitch // 100 * 100}{end}"))
        segs = [Segment(w.start, w.end, w.text.strip(), (w,)) for w in words]
        return Transcript(segs, "en", [(w.start, w.end) for w in words])


class FakeTextEmbedder:
    """Hashed bag of words: same words → same vector."""

    name, dim = "fake-text", 32

    def embed(self, texts):
        out = np.zeros((len(texts), self.dim), np.float32)
        for i, t in enumerate(texts):
            for w in t.lower().replace(".", " ").split():
                out[i, int(hashlib.md5(w.encode()).hexdigest(), 16) % self.dim] += 1
        out[:, 0] += 1e-3
        return l2_normalize(out)


class FakeReranker:
    """Neutral second stage: every candidate scores the same, so the first-stage order
    stands (tests of the reranker itself use their own doubles)."""

    name = "fake-rerank"

    def score(self, query, passages):
        return np.zeros(len(passages), np.float32)


class FakeAudioEncoder:
    """Coarse spectrum: clips with the same pitch get similar vectors."""

    name, dim = "fake-audio", 16

    def embed_audio(self, waveforms):
        rows = []
        for w in waveforms:
            spec = np.abs(np.fft.rfft(w, n=SAMPLE_RATE))[: SAMPLE_RATE // 2]
            rows.append(spec.reshape(self.dim, -1).sum(axis=1) + 1e-6)
        return l2_normalize(np.stack(rows))

    def embed_spans(self, audio, spans, offset=0.0):
        return self.embed_audio(
            [
                audio[int((s - offset) * SAMPLE_RATE) : int((e - offset) * SAMPLE_RATE)]
                for s, e in spans
            ]
        )


class FakeSpeakerEncoder:
    """A 'voice' is the pitch: windows of the same tone get the same vector."""

    name, dim = "fake-speaker", 8

    def embed(self, waveforms):
        rows = []
        for w in waveforms:
            spec = np.abs(np.fft.rfft(w, n=SAMPLE_RATE))[:4000]
            rows.append(spec.reshape(self.dim, -1).sum(axis=1) + 1e-6)
        return l2_normalize(np.stack(rows))


def write_vbr_mp3(path: Path, samples: np.ndarray, rate: int = SAMPLE_RATE) -> Path:
    """A VBR mp3 without a Xing header: FFmpeg then estimates its duration from the
    first frames' bitrate, so loud noise first and quiet tones after make the header
    under-report the length (as many real VBR files do)."""
    import av

    with av.open(str(path), "w", format="mp3", options={"write_xing": "0"}) as c:
        stream = c.add_stream("libmp3lame", rate=rate)
        stream.layout = "mono"
        stream.codec_context.qscale = 1  # variable bitrate at quality 4
        stream.codec_context.global_quality = 4 * 118
        frame = av.AudioFrame.from_ndarray(
            np.asarray(samples, np.float32)[None, :], format="flt", layout="mono"
        )
        frame.sample_rate = rate
        for packet in [*stream.encode(frame), *stream.encode(None)]:
            c.mux(packet)
    return path


def lying_vbr_episode(rate: int = SAMPLE_RATE) -> np.ndarray:
    """8 s of loud noise, then 40 s of tone turns with pauses: as a VBR mp3 without a
    Xing header its header says well under its length."""
    noise = np.clip(0.5 * np.random.default_rng(0).standard_normal(rate * 8), -1, 1)
    turns = [tone(f, 6, rate) for f in (220, 660, 220, 660, 220)]
    gap = np.zeros(rate * 2, np.float32)
    return np.concatenate([noise, *[x for t in turns for x in (t, gap)]]).astype(np.float32)


def write_tagged(path: Path, samples: np.ndarray, tags: dict[str, str]) -> Path:
    """Write `samples` (16 kHz mono) with metadata tags, in the container the suffix
    names (.mp3: ID3, .ogg: Opus with Vorbis comments, .flac, .wav: RIFF INFO)."""
    import av

    codec = {".mp3": "libmp3lame", ".ogg": "libopus", ".flac": "flac", ".wav": "pcm_s16le"}
    with av.open(str(path), "w", format=path.suffix[1:]) as out:
        out.metadata.update(tags)
        rate = 48000 if path.suffix == ".ogg" else SAMPLE_RATE
        stream = out.add_stream(codec[path.suffix], rate=rate, layout="mono")
        pcm = (np.clip(samples, -1, 1) * 32767).astype(np.int16)[None]
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        resampler = av.AudioResampler(format=stream.format.name, layout="mono", rate=rate)
        for piece in [*resampler.resample(frame), None]:
            for packet in stream.encode(piece):
                out.mux(packet)
    return path


class FakeModels:
    """The fake models as an index's models object (what a Ray actor builds), picklable.
    `die_seconds`: the first transcription of a block that long kills the process (a
    worker dying mid-file), once: `marker` is written first."""

    def __init__(self, die_seconds: float = 0.0, marker: str = "") -> None:
        self.die_seconds, self.marker = die_seconds, marker
        self.transcriber = _Dying(die_seconds, marker) if die_seconds else FakeTranscriber()
        self.text_embedder, self.audio_encoder = FakeTextEmbedder(), FakeAudioEncoder()
        self.speaker_encoder = FakeSpeakerEncoder()

    def __call__(self) -> FakeModels:
        return FakeModels(self.die_seconds, self.marker)


class _Dying(FakeTranscriber):
    def __init__(self, seconds: float, marker: str) -> None:
        self.seconds, self.marker = seconds, Path(marker)

    def transcribe(self, audio: np.ndarray) -> Transcript:
        import os

        if abs(len(audio) / SAMPLE_RATE - self.seconds) < 0.01 and not self.marker.exists():
            self.marker.write_text("died once")
            os._exit(1)
        return super().transcribe(audio)
