"""Fuzz the audio decoder for a set time and report what broke it.

    python scripts/fuzz_decoder.py --seconds 60 [--seed 0] [--out benchmarks/out/fuzz]

Inputs are valid recordings (generated WAVs of several layouts, FLAC/MP3/OGG made
with PyAV, the bundled sample's head) damaged at random: bytes flipped, cut short,
chunks repeated, deleted or spliced in from another file. Each is decoded the way
ingest does (`iter_blocks`, small blocks) in a worker process, so a crash inside
FFmpeg is caught too. The decoder's contract is: samples that are finite float32,
or `AudioDecodeError`. Reported, with the input saved under --out:
  error  any other exception        crash  the worker died (signal)
  hang   no answer within --timeout seconds
Exit status 1 when anything was found.
"""

from __future__ import annotations

import argparse
import io
import json
import multiprocessing as mp
import random
import sys
import time
import traceback
import wave
from pathlib import Path

import numpy as np


def seeds() -> list[bytes]:
    """Valid inputs of several containers and codecs, made here (no files needed)."""
    rate = 16000
    t = np.arange(rate) / rate
    sig = (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32)
    out = []
    for channels, width, r in [(1, 2, 16000), (2, 2, 44100), (1, 1, 8000), (6, 4, 48000)]:
        buf = io.BytesIO()
        with wave.open(buf, "wb") as w:
            w.setnchannels(channels)
            w.setsampwidth(width)
            w.setframerate(r)
            n = int(r * 0.5)
            x = np.resize(sig, n)
            pcm = {1: (x * 127 + 128).astype(np.uint8), 2: (x * 32767).astype("<i2")}.get(
                width, (x * 2**31 * 0.9).astype("<i4")
            )
            w.writeframes(np.repeat(pcm[:, None], channels, axis=1).tobytes())
        out.append(buf.getvalue())
    codecs = [("flac", "flac"), ("mp3", "libmp3lame"), ("ogg", "libopus"), ("adts", "aac")]
    for fmt, codec in codecs:
        try:
            out.append(_encode(sig, rate, fmt, codec))
        except Exception:  # an encoder missing from this FFmpeg build
            pass
    try:
        from importlib.resources import files

        out.append((files("audio_rag") / "data" / "sample_podcast.mp3").read_bytes()[:40_000])
    except OSError:
        pass
    return out


def _encode(sig: np.ndarray, rate: int, fmt: str, codec: str) -> bytes:
    import av

    buf = io.BytesIO()
    with av.open(buf, "w", format=fmt) as c:
        s = c.add_stream(codec, rate={"libmp3lame": 44100, "libopus": 48000}.get(codec, rate))
        s.layout = "mono"
        src = (sig * 32767).astype(np.int16)[None, :]
        frame = av.AudioFrame.from_ndarray(src, format="s16", layout="mono")
        frame.sample_rate = rate
        resampler = av.AudioResampler(format=s.format.name, layout="mono", rate=s.rate)
        for f in resampler.resample(frame):
            for p in s.encode(f):
                c.mux(p)
        for p in s.encode(None):
            c.mux(p)
    return buf.getvalue()


def mutate(data: bytes, rng: random.Random, corpus: list[bytes]) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        n = len(b)
        if op == 0 and n:  # flip bytes
            for _ in range(rng.randint(1, 16)):
                b[rng.randrange(n)] = rng.randrange(256)
        elif op == 1 and n:  # cut short
            del b[rng.randrange(n) :]
        elif op == 2 and n > 1:  # repeat a chunk
            i = rng.randrange(n)
            j = min(n, i + rng.randint(1, 4096))
            b[j:j] = b[i:j] * rng.randint(1, 4)
        elif op == 3 and n > 1:  # delete a chunk
            i = rng.randrange(n)
            del b[i : i + rng.randint(1, 2048)]
        elif op == 4:  # splice in another file's bytes
            other = rng.choice(corpus)
            i = rng.randrange(len(other) + 1)
            b[rng.randrange(n + 1) : rng.randrange(n + 1)] = other[i : i + rng.randint(1, 4096)]
        elif op == 5 and n > 8:  # header fields to extremes
            i = rng.randrange(min(n - 4, 64))
            b[i : i + 4] = rng.choice(
                [b"\xff\xff\xff\xff", b"\x00\x00\x00\x00", b"\x7f\xff\xff\xff"]
            )
    return bytes(b)


def worker(inbox, outbox) -> None:
    """Decode each case; answer ("ok" | "clean" | "error", detail)."""
    import logging

    from audio_rag.audio import iter_blocks

    logging.disable(logging.WARNING)  # "decoding stopped early" on most damaged inputs
    from audio_rag.errors import AudioDecodeError

    while (case := inbox.get()) is not None:
        try:
            total = 0
            for _, block in iter_blocks(case, block_seconds=0.5, search_seconds=0.1):
                if block.dtype != np.float32 or block.ndim != 1 or not np.isfinite(block).all():
                    raise AssertionError(f"bad samples: {block.dtype} {block.shape}")
                total += len(block)
            outbox.put(("ok", str(total)))
        except AudioDecodeError as e:
            outbox.put(("clean", e.reason[:80]))
        except Exception:
            outbox.put(("error", traceback.format_exc(limit=4)))


def run(seconds: float, seed: int, out: Path, timeout: float) -> dict:
    ctx = mp.get_context("spawn")
    corpus = seeds()
    rng = random.Random(seed)
    counts = {"ok": 0, "clean": 0, "error": 0, "crash": 0, "hang": 0}
    found: list[dict] = []

    def start():
        inbox, outbox = ctx.Queue(), ctx.Queue()
        p = ctx.Process(target=worker, args=(inbox, outbox), daemon=True)
        p.start()
        return p, inbox, outbox

    proc, inbox, outbox = start()
    t_end = time.monotonic() + seconds
    i = 0
    while time.monotonic() < t_end:
        case = mutate(rng.choice(corpus), rng, corpus) if i else corpus[0]
        inbox.put(case)
        try:
            kind, detail = outbox.get(timeout=timeout)
        except Exception:  # queue.Empty: the worker died or hangs
            kind = "crash" if not proc.is_alive() else "hang"
            detail = f"exit code {proc.exitcode}" if kind == "crash" else f"> {timeout:g} s"
            proc.kill()
            proc.join()
            proc, inbox, outbox = start()
        counts[kind] += 1
        if kind in ("error", "crash", "hang"):
            out.mkdir(parents=True, exist_ok=True)
            saved = out / f"case_{seed}_{i}.bin"
            saved.write_bytes(case)
            found.append({"case": i, "kind": kind, "detail": detail, "input": str(saved)})
        i += 1
    inbox.put(None)
    proc.join(timeout=5)
    return {
        "seconds": seconds,
        "seed": seed,
        "seeds": len(corpus),
        "cases": i,
        "counts": counts,
        "found": found,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--seconds", type=float, default=60.0)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--timeout", type=float, default=20.0, help="seconds one case may take")
    p.add_argument("--out", type=Path, default=Path("benchmarks/out/fuzz"))
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    args = p.parse_args(argv)
    report = run(args.seconds, args.seed, args.out, args.timeout)
    if args.json:
        print(json.dumps(report, indent=1))
    else:
        c = report["counts"]
        print(
            f"{report['cases']} cases from {report['seeds']} valid files in {args.seconds:g} s "
            f"(seed {args.seed}): {c['ok']} decoded, "
            f"{c['clean']} refused with AudioDecodeError, {c['error']} other exceptions, "
            f"{c['crash']} crashes, {c['hang']} hangs"
        )
        for f in report["found"]:
            print(f"  case {f['case']} {f['kind']}: {f['detail'].strip()} -> {f['input']}")
    return 1 if report["found"] else 0


if __name__ == "__main__":
    sys.exit(main())
