"""Query-by-example benchmark: find the original of a real-world copy.

The originals are benchmarks/data/qbe/*.ogg (scripts/make_qbe_devset.py: tones,
sweeps, soundfont chords, noises, TTS speech). Each gets four copies made here with a
fixed seed: `noisy` (pink noise at 10 dB SNR), `quiet` (-24 dB), `mp3` (re-encoded at
32 kbit/s) and `cropped` (a random 40-60 % excerpt). recall@1: the share of copies
whose best hit comes from their original.

Two levels:
  index   (default) the originals are ingested into an AudioRAG index with the real
          pipeline (units, Chroma) and each copy is a `search(audio=...)` query; run
          with and without the fingerprint channel (the embedding alone is the baseline)
  encoder whole originals and copies embedded directly (no units, no Chroma): quick
          comparison of encoders and poolings

    .venv/bin/python benchmarks/qbe.py [--level encoder] [--encoder SPEC ...] [--seed N]
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from audio_rag.audio import SAMPLE_RATE, load_audio  # noqa: E402

DATA = ROOT / "benchmarks" / "data" / "qbe"
COPIES = ("noisy", "quiet", "mp3", "cropped")


def pink(n: int, rng) -> np.ndarray:
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1 / SAMPLE_RATE)
    x = np.fft.irfft(spec / np.sqrt(np.maximum(f, 20)), n)
    return (x / np.sqrt(np.mean(x**2))).astype(np.float32)


def mp3_roundtrip(x: np.ndarray, bitrate: int = 32000) -> np.ndarray:
    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format="mp3") as out:
        st = out.add_stream("libmp3lame", rate=SAMPLE_RATE, layout="mono")
        st.bit_rate = bitrate
        pcm = (np.clip(x, -1, 1) * 32767).astype(np.int16)[None]
        frame = av.AudioFrame.from_ndarray(pcm, format="s16", layout="mono")
        frame.sample_rate = SAMPLE_RATE
        for p in st.encode(frame):
            out.mux(p)
        for p in st.encode(None):
            out.mux(p)
    return load_audio(buf.getvalue())


def make_copy(x: np.ndarray, kind: str, rng) -> np.ndarray:
    if kind == "noisy":
        rms = np.sqrt(np.mean(x**2))
        return np.clip(x + pink(len(x), rng) * rms / 10 ** (10 / 20), -1, 1)
    if kind == "quiet":
        return x * 10 ** (-24 / 20)
    if kind == "mp3":
        return mp3_roundtrip(x)
    if kind == "cropped":
        n = int(len(x) * rng.uniform(0.4, 0.6))
        start = int(rng.integers(0, len(x) - n))
        return x[start : start + n]
    raise ValueError(kind)


def dev_set(seed: int = 0):
    """[(name, original waveform, {copy kind: waveform})]."""
    rng = np.random.default_rng(seed)
    out = []
    for path in sorted(DATA.glob("*.ogg")):
        x = load_audio(path)
        out.append((path, x, {k: make_copy(x, k, rng).astype(np.float32) for k in COPIES}))
    return out


def recall_table(hits: dict[str, list[bool]]) -> dict[str, float]:
    table = {k: float(np.mean(v)) for k, v in hits.items()}
    table["all"] = float(np.mean([x for v in hits.values() for x in v]))
    return table


def encoder_level(spec: str, data) -> dict[str, float]:
    from audio_rag.encoders import make_audio_encoder

    enc = make_audio_encoder(spec)
    refs = enc.embed_audio([x for _, x, _ in data])
    hits: dict[str, list[bool]] = {k: [] for k in COPIES}
    for kind in COPIES:
        q = enc.embed_audio([c[kind] for _, _, c in data])
        best = np.argmax(q @ refs.T, axis=1)
        hits[kind] = list(best == np.arange(len(data)))
    return recall_table(hits)


def index_level(spec: str | None, data, channel_opts: dict) -> dict[str, float]:
    from audio_rag import AudioRAG, IngestOptions

    with tempfile.TemporaryDirectory() as db:
        options = IngestOptions(diarize=False, **channel_opts)
        rag = AudioRAG(db, "qbe", audio_encoder=spec, ingest=options)
        t0 = time.perf_counter()
        report = rag.ingest([p for p, _, _ in data])
        print(f"  ingest: {report.summary()} ({time.perf_counter() - t0:.1f} s)")
        hits: dict[str, list[bool]] = {k: [] for k in COPIES}
        t0 = time.perf_counter()
        for path, _, copies in data:
            for kind in COPIES:
                got = rag.search(audio=copies[kind], k=1)
                hits[kind].append(bool(got) and Path(got[0].source).name == path.name)
        n = len(data) * len(COPIES)
        print(f"  {n} queries in {time.perf_counter() - t0:.1f} s")
    return recall_table(hits)


def show(label: str, table: dict[str, float]) -> None:
    cells = "  ".join(f"{k} {v:.3f}" for k, v in table.items())
    print(f"{label:<45} recall@1  {cells}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--level", choices=["index", "encoder"], default="index")
    ap.add_argument("--encoder", action="append", help="encoder spec(s); default: the default")
    ap.add_argument("--seed", type=int, default=0, help="seed of the copies (default 0)")
    args = ap.parse_args()
    data = dev_set(args.seed)
    print(f"{len(data)} originals, {len(data) * len(COPIES)} copies ({', '.join(COPIES)})")
    specs = args.encoder or ["whisper-encoder:tiny.en"]
    for spec in specs:
        if args.level == "encoder":
            show(spec, encoder_level(spec, data))
        else:
            show(f"{spec} (embedding only)", index_level(spec, data, {"fingerprints": False}))
            show(f"{spec} + fingerprints", index_level(spec, data, {}))


if __name__ == "__main__":
    main()
