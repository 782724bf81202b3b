"""Real-speech speaker set: conversations and verification trials from recorded human voices.

Needs these Debian packages (and the project's .venv for numpy, scipy and PyAV):

    apt-get update && apt-get install -y asterisk-core-sounds-it-wav asterisk-core-sounds-it \
        asterisk-core-sounds-ru-wav asterisk-core-sounds-ru pocketsphinx-testdata ffmpeg

Writes, deterministically (seeded):

- benchmarks/data/speakers_real/dev/: 12 conversations (60-150 s, 2-4 voices, 4 with a
  quiet synthetic music bed) in ogg/opus/mp3/m4a/flac, each with NAME.json ground truth;
- benchmarks/data/speakers_real/heldout/: 6 more, from prompts the dev set never uses;
- benchmarks/data/speakers_real/trials/ and trials.json: 300 verification trials between
  2-8 s clips (half same-person, half different-person);
- tests/data/real_two_voices.{ogg,json} and tests/data/real_three_voices_music.{opus,json}.

Voices: the Italian Asterisk prompts (Carlo Flora), the Russian Asterisk prompts
(IvrvoiceRU) and the English recordings in pocketsphinx-testdata (a LibriVox reader, the
"cards" speaker and the "go forward" speaker). Every prompt is trimmed to its voiced extent
(10 ms frames above max(-45 dBFS, the prompt's noise floor + 10 dB), runs of >= 30 ms) before
it is placed, so the truth's start/end are exact by construction. Each JSON is
{"source", "turns": [{"person", "language", "start", "end", "text"}], "music_bed",
"duration", "provenance"} (provenance: the source prompts of each turn, in order).
See benchmarks/data/speakers_real/README.md. Rebuild (it verifies what it wrote at the end),
or only verify the committed files:

    .venv/bin/python scripts/make_real_speaker_devset.py
    .venv/bin/python scripts/make_real_speaker_devset.py --verify
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import shutil
import subprocess
import sys
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from scipy.signal import lfilter, resample_poly

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "speakers_real"
TESTS = ROOT / "tests" / "data"
SR = 16000
SEED = 20250611
APT = (
    "apt-get update && apt-get install -y asterisk-core-sounds-it-wav asterisk-core-sounds-it "
    "asterisk-core-sounds-ru-wav asterisk-core-sounds-ru pocketsphinx-testdata ffmpeg"
)
AST = Path("/usr/share/asterisk/sounds")
PS = Path("/usr/share/pocketsphinx/test/data")
DOC = Path("/usr/share/doc")
IT_DIR = AST / "it_IT_m_Carlo"
RU_DIR = AST / "ru_RU_f_IvrvoiceRU"
IT_TXT = DOC / "asterisk-core-sounds-it" / "core-sounds-it.txt.gz"
RU_TXT = DOC / "asterisk-core-sounds-ru" / "core-sounds-ru.txt.gz"
REQUIRED = [  # (path, Debian package that installs it)
    (IT_DIR / "auth-thankyou.wav", "asterisk-core-sounds-it-wav"),
    (IT_TXT, "asterisk-core-sounds-it"),
    (RU_DIR / "auth-thankyou.wav", "asterisk-core-sounds-ru-wav"),
    (RU_TXT, "asterisk-core-sounds-ru"),
    (PS / "librivox" / "transcription", "pocketsphinx-testdata"),
]
SOURCE = {
    "it": "asterisk-core-sounds-it-wav 1.6.1 (Carlo Flora, CC-BY-3.0)",
    "ru": "asterisk-core-sounds-ru-wav 1.6.1 (IvrvoiceRU / Maxim Topal, CC-BY-3.0)",
    "en": "pocketsphinx-testdata (CMU Sphinx test recordings incl. LibriVox, BSD-2)",
}
# person -> language. Sex: it_carlo male (folder it_IT_m_Carlo), ru_ivrvoice female (folder
# ru_RU_f_IvrvoiceRU), the three English speakers male (median F0 about 100-120 Hz).
LANG = {
    "it_carlo": "it",
    "ru_ivrvoice": "ru",
    "en_librivox": "en",
    "en_cards": "en",
    "en_goforward": "en",
}
# ffmpeg output options per container; 16 kHz mono everywhere
CODEC = {
    "ogg": ["-c:a", "libvorbis", "-q:a", "1"],
    "opus": ["-c:a", "libopus", "-b:a", "24k"],
    "mp3": ["-c:a", "libmp3lame", "-b:a", "32k"],
    "m4a": ["-c:a", "aac", "-b:a", "32k"],
    "flac": ["-c:a", "flac", "-compression_level", "12"],
}
CLIP_CODEC = {"ogg": ["-c:a", "libvorbis", "-q:a", "0"], "opus": ["-c:a", "libopus", "-b:a", "16k"]}
REF_DB = -26.0  # active-speech level every voice is normalised to before its own +-6 dB offset
PEAK = 0.89  # mixes are scaled down (as a whole) so that no sample exceeds this
MAX_BYTES = 1_000_000
FIXTURE_BYTES = 300_000
TRIALS_BYTES = 6_000_000


# ----------------------------------------------------------------------------- sources


def check_installed() -> None:
    missing = sorted({pkg for path, pkg in REQUIRED if not path.exists()})
    if shutil.which("ffmpeg") is None:
        missing.append("ffmpeg")
    if missing:
        sys.exit(
            "missing Debian package(s): " + ", ".join(missing) + f"\ninstall them with:\n    {APT}"
        )


@dataclass
class Utt:
    person: str
    key: str  # provenance, e.g. "it:agent-pass" or "en:librivox/...-0870"
    text: str
    audio: np.ndarray  # trimmed to its voiced extent, 16 kHz float32

    @property
    def dur(self) -> float:
        return len(self.audio) / SR

    @property
    def language(self) -> str:
        return LANG[self.person]


def read_audio(path: Path) -> tuple[np.ndarray, int]:
    if path.suffix == ".raw":  # pocketsphinx raw files: 16 kHz 16-bit little-endian mono
        return np.fromfile(path, "<i2").astype(np.float64) / 32768, 16000
    with wave.open(str(path)) as w:
        assert w.getnchannels() == 1 and w.getsampwidth() == 2, path
        data = np.frombuffer(w.readframes(w.getnframes()), "<i2")
        return data.astype(np.float64) / 32768, w.getframerate()


def frame_db(x: np.ndarray, sr: int) -> np.ndarray:
    fr = sr // 100
    n = len(x) // fr
    frames = x[: n * fr].reshape(n, fr)
    return 20 * np.log10(np.sqrt(np.mean(frames**2, axis=1)) + 1e-10)


def voiced_extent(x: np.ndarray, sr: int) -> tuple[int, int] | None:
    """Sample range of the voiced part: 10 ms frames above max(-45 dBFS, floor + 10 dB).

    The floor is the prompt's 10th-percentile frame level (the English recordings have a
    noise floor near -45 dBFS; the Asterisk prompts near -65). Only runs of at least three
    frames count, so an isolated click does not extend the extent.
    """
    lev = frame_db(x, sr)
    if len(lev) < 3:
        return None
    thr = max(-45.0, float(np.percentile(lev, 10)) + 10.0)
    on = lev > thr
    run = on[:-2] & on[1:-1] & on[2:]
    idx = np.nonzero(run)[0]
    if len(idx) == 0:
        return None
    fr = sr // 100
    return int(idx[0]) * fr, (int(idx[-1]) + 3) * fr


def prepare(x: np.ndarray, sr: int) -> np.ndarray | None:
    """Trim to the voiced extent, resample to 16 kHz, 3 ms raised-cosine edges."""
    ext = voiced_extent(x, sr)
    if ext is None:
        return None
    y = x[ext[0] : ext[1]]
    if sr != SR:
        g = np.gcd(SR, sr)
        y = resample_poly(y, SR // g, sr // g)
    n = int(0.003 * SR)
    ramp = 0.5 - 0.5 * np.cos(np.linspace(0, np.pi, n))
    y = y.copy()
    y[:n] *= ramp
    y[-n:] *= ramp[::-1]
    return y.astype(np.float32)


def read_transcripts(path: Path) -> dict[str, str]:
    out = {}
    with gzip.open(path, "rt", encoding="utf-8-sig") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith(";"):
                continue
            key, sep, text = line.partition(":")
            key, text = key.strip(), text.strip()
            if text.startswith(key + ":"):  # "conf-adminmenu: conf-adminmenu: ..." in ru
                text = text[len(key) + 1 :].strip()
            if sep and text:
                out[key] = " ".join(text.split())
    return out


def usable_text(text: str, lang: str) -> bool:
    if any(c in text for c in "[]()"):  # tones, sound effects, symbols, translator's notes
        return False
    # the Italian file lost its accented letters to "?" ("pu?", "sar?"); skip those prompts
    return not (lang == "it" and "?" in text)


def load_asterisk(person: str, folder: Path, transcripts: Path) -> list[Utt]:
    lang = LANG[person]
    out = []
    for key, text in read_transcripts(transcripts).items():
        path = folder / f"{key}.wav"
        if not path.exists() or key.startswith("silence/") or not usable_text(text, lang):
            continue
        x, sr = read_audio(path)
        if np.max(np.abs(x)) >= 32767 / 32768:  # a few prompts clip; leave them out
            continue
        y = prepare(x, sr)
        if y is not None and 0.3 <= len(y) / SR <= 12.0:
            out.append(Utt(person, f"{lang}:{key}", text, y))
    return out


def read_sphinx_transcription(path: Path) -> dict[str, str]:
    out = {}
    for line in path.read_text().splitlines():
        text, _, utt = line.rpartition("(")
        text = text.replace("<s>", "").replace("</s>", "")
        out[utt.strip(" )")] = " ".join(text.split())
    return out


def load_english() -> dict[str, list[Utt]]:
    def utt(person: str, path: Path, text: str) -> Utt:
        x, sr = read_audio(path)
        y = prepare(x, sr)
        assert y is not None, path
        return Utt(person, "en:" + str(path.relative_to(PS)), text, y)

    libri = read_sphinx_transcription(PS / "librivox" / "transcription")
    cards = read_sphinx_transcription(PS / "cards" / "cards.transcription")
    return {
        "en_librivox": [
            utt("en_librivox", PS / "librivox" / f"{k}.wav", t) for k, t in libri.items()
        ],
        "en_cards": [utt("en_cards", PS / "cards" / f"{k}.wav", t) for k, t in cards.items()],
        # transcript: goforward.gram, "public <move> = go forward ten meters;"
        "en_goforward": [utt("en_goforward", PS / "goforward.raw", "go forward ten meters")],
    }


def split(utts: list[Utt], rng: np.random.Generator, budgets: dict[str, float]) -> dict:
    """Disjoint random subsets by voiced seconds; the last budget name takes the rest."""
    order = [utts[i] for i in rng.permutation(len(utts))]
    names = list(budgets)
    out: dict[str, list[Utt]] = {n: [] for n in names}
    i, total = 0, 0.0
    for u in order:
        while i < len(names) - 1 and total >= budgets[names[i]]:
            i, total = i + 1, 0.0
        out[names[i]].append(u)
        total += u.dur
    return out


# ----------------------------------------------------------------------------- composition


class Pool:
    def __init__(self, utts: list[Utt]):
        self.items = list(utts)

    def take(self, lo: float, hi: float) -> Utt | None:
        for i, u in enumerate(self.items):
            if lo <= u.dur <= hi:
                return self.items.pop(i)
        return None


KINDS = {  # kind -> (prompts per turn, shortest prompt, longest prompt)
    "short": ((1, 1), 0.3, 1.7),
    "medium": ((2, 3), 0.5, 6.0),
    "long": ((3, 4), 1.5, 9.0),
}


def main_turn(rng: np.random.Generator, pool: Pool, kind: str) -> list[Utt] | None:
    (k_lo, k_hi), lo, hi = KINDS[kind]
    out = []
    for _ in range(int(rng.integers(k_lo, k_hi + 1))):
        u = pool.take(lo, hi)
        if u is None:
            break
        out.append(u)
    return out or None


@dataclass
class Plan:
    name: str
    fmt: str
    main: list[str]  # persons with a large prompt pool (it_carlo, ru_ivrvoice)
    guests: dict[str, list[list[Utt]]]  # person -> its turns (few English recordings)
    music: bool
    dur: tuple[float, float] = (60.0, 150.0)
    target: tuple[float, float] = (64.0, 110.0)
    n_turns: tuple[int, int] = (2, 1000)
    shape: bool = True  # require a turn under 2 s and one over 8 s
    p_same: float = 0.1  # chance that a speaker goes on after a pause (never 3 turns in a row)
    room_tone: bool = True  # half the conversations without music get a faint noise floor


def turn_dur(utts: list[Utt]) -> float:
    return sum(u.dur for u in utts) + 0.25 * (len(utts) - 1)


def sequence(rng: np.random.Generator, plan: Plan, pools: dict[str, Pool]):
    """Turns as (person, utts): main voices irregularly, guest turns inserted between them."""
    guest_turns = [(p, t) for p, ts in plan.guests.items() for t in ts]
    guest_est = sum(turn_dur(t) + 0.9 for _, t in guest_turns)
    target = rng.uniform(*plan.target)
    weights = rng.dirichlet(np.full(len(plan.main), 3.0))
    turns: list[tuple[str, list[Utt]]] = []
    est, prev = 0.8, None
    while est + guest_est < target:
        again = len(turns) >= 2 and turns[-2][0] == prev  # at most two turns in a row
        if prev is not None and not again and rng.random() < plan.p_same:
            person = prev  # the same speaker goes on after a longer pause
        else:
            cand = [p for p in plan.main if p != prev]
            w = np.array([weights[plan.main.index(p)] for p in cand])
            person = cand[int(rng.choice(len(cand), p=w / w.sum()))]
        kind = str(rng.choice(list(KINDS), p=[0.3, 0.45, 0.25]))
        utts = main_turn(rng, pools[person], kind)
        if utts is None:
            return None
        turns.append((person, utts))
        est += turn_dur(utts) + 0.9
        prev = person
    if len(turns) < 2:
        return None
    # guests go between main turns, never first and never next to each other
    slots = sorted(rng.choice(np.arange(1, len(turns)), size=len(guest_turns), replace=False))
    for k, (slot, gt) in enumerate(zip(slots, rng.permutation(len(guest_turns)))):
        turns.insert(int(slot) + k, guest_turns[int(gt)])
    return turns


def active_rms(x: np.ndarray) -> float:
    lev = frame_db(x.astype(np.float64), SR)
    act = lev[lev > -50]
    return float(10 * np.log10(np.mean(10 ** (act / 10)))) if len(act) else -99.0


def voice_gains(rng: np.random.Generator, persons: list[str]) -> dict[str, float]:
    """Distinct per-voice offsets in [-6, +6] dB, at least 2 dB apart."""
    for _ in range(1000):
        g = rng.uniform(-6, 6, size=len(persons))
        if all(abs(a - b) >= 2.0 for a, b in itertools.combinations(g, 2)):
            break
    return {p: float(v) for p, v in zip(persons, g)}


def music_bed(rng: np.random.Generator, n: int) -> np.ndarray:
    """Sustained chords with soft attacks plus a slow soft arpeggio, deterministic."""
    t = np.arange(n) / SR
    root = int(rng.choice([45, 46, 47, 48, 50, 52, 53]))  # MIDI A2..F3
    major = [[0, 4, 7], [9, 12, 16], [5, 9, 12], [7, 11, 14]]  # I vi IV V
    minor = [[0, 3, 7], [8, 12, 15], [3, 7, 10], [10, 14, 17]]  # i VI III VII
    prog = major if rng.random() < 0.5 else minor
    chord_len = rng.uniform(3.5, 5.5)
    step = rng.uniform(0.3, 0.5)

    def hz(m: float) -> float:
        return 440.0 * 2 ** ((m - 69) / 12)

    out = np.zeros(n)
    k = 0
    while k * chord_len < n / SR:
        s0 = int(k * chord_len * SR)
        s1 = min(n, int(((k + 1) * chord_len + 1.2) * SR))  # release overlaps the next chord
        seg = t[s0:s1] - t[s0]
        env = np.minimum(1.0, seg / 0.9)  # soft attack
        env = 0.5 - 0.5 * np.cos(np.pi * env)
        rel = np.clip((seg[-1] - seg) / 1.2, 0, 1)
        env *= 0.5 - 0.5 * np.cos(np.pi * rel)
        chord = prog[k % len(prog)]
        notes = [root - 12 + chord[0]] + [root + 12 + c for c in chord]
        for j, m in enumerate(notes):
            f = hz(m) * (1 + 0.0015 * (j - 1.5))
            ph = rng.uniform(0, 2 * np.pi)
            w = np.sin(2 * np.pi * f * seg + ph) + 0.3 * np.sin(4 * np.pi * f * seg + ph)
            w += 0.1 * np.sin(6 * np.pi * f * seg + ph)
            out[s0:s1] += (0.9 if j == 0 else 0.5) * env * w
        # arpeggio: chord tones an octave up, soft 40 ms attack and exponential decay
        arp = [root + 24 + c for c in chord] + [root + 24 + chord[1]]
        a = 0
        while (a * step) < chord_len and s0 + int(a * step * SR) < n:
            b0 = s0 + int(a * step * SR)
            b1 = min(n, b0 + int(1.2 * SR))
            u = t[b0:b1] - t[b0]
            e = np.minimum(1.0, u / 0.04) * np.exp(-u / 0.35)
            out[b0:b1] += 0.35 * e * np.sin(2 * np.pi * hz(arp[a % len(arp)]) * u)
            a += 1
        k += 1
    out = lfilter([0.25], [1, -0.75], out)  # gentle low-pass
    fade = np.minimum(1.0, np.minimum(t, t[-1] - t) / 1.5)
    return out * fade


def room_tone(rng: np.random.Generator, n: int) -> np.ndarray:
    white = rng.standard_normal(n)
    tone = lfilter([1.0], [1, -0.97], white) * 0.2 + white * 0.3
    tone += 0.3 * np.sin(2 * np.pi * 50 * np.arange(n) / SR)  # faint mains hum
    return tone / np.sqrt(np.mean(tone**2))


def render(rng: np.random.Generator, plan: Plan, turns):
    persons = sorted({p for p, _ in turns})
    gains = voice_gains(rng, persons)
    level = {
        p: active_rms(np.concatenate([u.audio for q, ts in turns if q == p for u in ts]))
        for p in persons
    }
    lead, tail = rng.uniform(0.3, 1.2), rng.uniform(0.4, 1.2)
    pieces, truth, prov = [], [], []
    pos = int(round(lead * SR))
    prev = None
    for person, utts in turns:
        if prev is not None:
            gap = rng.uniform(1.0, 1.5) if person == prev else rng.uniform(0.3, 1.5)
            pos += int(round(gap * SR))
        start = pos
        for j, u in enumerate(utts):
            if j:
                pos += int(round(rng.uniform(0.1, 0.4) * SR))
            g = 10 ** ((REF_DB - level[person] + gains[person]) / 20)
            pieces.append((pos, u.audio * g))
            pos += len(u.audio)
        truth.append((person, start, pos, " ".join(u.text for u in utts)))
        prov.append([u.key for u in utts])
        prev = person
    n = -(-(pos + int(round(tail * SR))) // 1024) * 1024  # whole AAC frames: exact length
    mix = np.zeros(n)
    for p0, a in pieces:
        mix[p0 : p0 + len(a)] += a
    speech = np.concatenate([mix[s:e] for _, s, e, _ in truth])
    speech_db = active_rms(speech)
    if plan.music:
        bed = music_bed(rng, n)
        bed_db = speech_db - rng.uniform(20, 25)
        mix += bed / np.sqrt(np.mean(bed**2)) * 10 ** (bed_db / 20)
    elif rng.random() < 0.5 and plan.room_tone:
        mix += room_tone(rng, n) * 10 ** (rng.uniform(-68, -60) / 20)
    peak = np.max(np.abs(mix))
    if peak > PEAK:
        mix *= PEAK / peak
    doc = {
        "source": "real speech: "
        + "; ".join(SOURCE[lang] for lang in sorted({LANG[p] for p in persons})),
        "turns": [
            {
                "person": p,
                "language": LANG[p],
                "start": round(s / SR, 3),
                "end": round(e / SR, 3),
                "text": text,
            }
            for p, s, e, text in truth
        ],
        "music_bed": plan.music,
        "duration": round(n / SR, 3),
        "provenance": prov,
    }
    return mix.astype(np.float32), doc, gains


def compose(plan: Plan, pools: dict[str, Pool], index: int):
    rng = np.random.default_rng([SEED, index])
    for _ in range(200):
        saved = {p: list(pools[p].items) for p in plan.main}
        turns = sequence(rng, plan, pools)
        if turns is not None:
            mix, doc, gains = render(rng, plan, turns)
            voiced = [t["end"] - t["start"] for t in doc["turns"]]
            ok = plan.dur[0] <= doc["duration"] <= plan.dur[1]
            ok &= plan.n_turns[0] <= len(voiced) <= plan.n_turns[1]
            if plan.shape:
                ok &= min(voiced) < 2.0 and max(voiced) > 8.0
            if ok:
                return mix, doc, gains
        for p in plan.main:
            pools[p].items = saved[p]
    raise RuntimeError(f"could not compose {plan.name} from the remaining prompts")


# ----------------------------------------------------------------------------- files


def encode(x: np.ndarray, path: Path, args: list[str]) -> None:
    pcm = np.round(np.clip(x, -1, 1) * 32767).astype("<i2").tobytes()
    cmd = ["ffmpeg", "-nostdin", "-hide_banner", "-loglevel", "error", "-y"]
    cmd += ["-f", "s16le", "-ar", str(SR), "-ac", "1", "-i", "pipe:0", *args]
    cmd += ["-ar", str(SR), "-ac", "1", "-map_metadata", "-1"]
    cmd += ["-fflags", "+bitexact", "-flags:a", "+bitexact", str(path)]
    subprocess.run(cmd, input=pcm, check=True)


def decode(path: Path) -> tuple[np.ndarray, int]:
    import av

    chunks = []
    with av.open(str(path)) as c:
        stream = c.streams.audio[0]
        sr = stream.codec_context.sample_rate
        for frame in c.decode(stream):
            a = frame.to_ndarray()
            if a.dtype == np.int16:
                a = a / 32768.0
            elif a.dtype == np.int32:
                a = a / 2147483648.0
            chunks.append(a.reshape(frame.layout.nb_channels, -1).mean(axis=0))
    return np.concatenate(chunks).astype(np.float32), sr


def alignment(ref: np.ndarray, path: Path) -> tuple[float, int, float]:
    """Decoded duration, lag in 16 kHz samples against the mix, and correlation."""
    y, sr = decode(path)
    dur = len(y) / sr
    if sr != SR:
        g = np.gcd(SR, sr)
        y = resample_poly(y, SR // g, sr // g)
    n = min(len(ref), len(y), 30 * SR)
    a, b = ref[:n].astype(np.float64), y[:n].astype(np.float64)
    size = 1 << int(np.ceil(np.log2(2 * n)))
    xc = np.fft.irfft(np.fft.rfft(b, size) * np.conj(np.fft.rfft(a, size)), size)
    lags = np.concatenate([np.arange(0, 800), np.arange(size - 800, size)])
    best = lags[np.argmax(xc[lags])]
    lag = int(best if best < size // 2 else best - size)
    corr = float(xc[best] / (np.linalg.norm(a) * np.linalg.norm(b) + 1e-12))
    return dur, lag, corr


def write_item(mix: np.ndarray, doc: dict, audio: Path, args: list[str], limit: int) -> dict:
    encode(mix, audio, args)
    audio.with_suffix(".json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    dur, lag, corr = alignment(mix, audio)
    size = audio.stat().st_size
    problems = []
    if abs(dur - doc["duration"]) > 0.05:
        problems.append(f"decoded {dur:.3f} s, expected {doc['duration']} s")
    if abs(lag) > 80:
        problems.append(f"decoded audio shifted by {lag / SR * 1000:.1f} ms")
    if corr < 0.8:
        problems.append(f"decoded audio correlates only {corr:.2f} with the mix")
    if size >= limit:
        problems.append(f"{size} bytes >= {limit}")
    if problems:
        raise RuntimeError(f"{audio}: " + "; ".join(problems))
    return {
        "file": str(audio.relative_to(ROOT)),
        "bytes": size,
        "lag_ms": lag / SR * 1000,
        "corr": corr,
    }


def clear(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for f in folder.iterdir():
        if f.suffix in {".json", *(f".{k}" for k in CODEC)}:
            f.unlink()


# ----------------------------------------------------------------------------- sets

DEV_FORMATS = [
    "ogg",
    "opus",
    "mp3",
    "m4a",
    "flac",
    "ogg",
    "opus",
    "mp3",
    "m4a",
    "flac",
    "ogg",
    "opus",
]
DEV_MUSIC = {2, 5, 8, 11}
# dev conversations -> English guest turns (utterance indices); all others are it + ru only
DEV_GUESTS = {
    1: {"en_librivox": [[0]]},
    3: {"en_librivox": [[2]], "en_cards": [[4]]},
    5: {"en_cards": [[0, 1], [2]]},
    7: {"en_librivox": [[3]], "en_cards": [[3]]},
    10: {"en_librivox": [[4]]},
}
HELD_FORMATS = ["ogg", "opus", "mp3", "m4a", "flac", "opus"]
HELD_MUSIC = {1, 3}
HELD_GUESTS = {2: {"en_librivox": [[1]]}, 5: {"en_goforward": [[0]]}}
# LibriVox utterances: 0 -0870, 1 -0880 (held out), 2 -0890, 3 -0920, 4 -0930


def build() -> None:
    check_installed()
    rng = np.random.default_rng(SEED)
    it = load_asterisk("it_carlo", IT_DIR, IT_TXT)
    ru = load_asterisk("ru_ivrvoice", RU_DIR, RU_TXT)
    en = load_english()
    budgets = {"fixtures": 60.0, "trials": 190.0, "heldout": 220.0, "dev": 0.0}
    parts = {"it_carlo": split(it, rng, budgets), "ru_ivrvoice": split(ru, rng, budgets)}
    print(
        f"usable prompts: it_carlo {len(it)} ({sum(u.dur for u in it) / 60:.1f} min voiced), "
        f"ru_ivrvoice {len(ru)} ({sum(u.dur for u in ru) / 60:.1f} min voiced)"
    )
    mains = ["it_carlo", "ru_ivrvoice"]
    report = []

    def guests(spec: dict) -> dict:
        return {p: [[en[p][i] for i in turn] for turn in ts] for p, ts in spec.items()}

    for name, fmts, music, guest_spec, split_name, folder in [
        ("dev", DEV_FORMATS, DEV_MUSIC, DEV_GUESTS, "dev", OUT / "dev"),
        ("heldout", HELD_FORMATS, HELD_MUSIC, HELD_GUESTS, "heldout", OUT / "heldout"),
    ]:
        clear(folder)
        pools = {p: Pool(parts[p][split_name]) for p in mains}
        for i, fmt in enumerate(fmts):
            order = mains if i % 2 == 0 else mains[::-1]
            plan = Plan(f"{name}{i:02d}", fmt, order, guests(guest_spec.get(i, {})), i in music)
            if fmt == "flac":  # lossless 16 kHz: keep it short enough for 1 MB
                plan.target, plan.dur, plan.room_tone = (55.0, 59.0), (60.0, 64.0), False
            mix, doc, gains = compose(plan, pools, 1000 * (name == "heldout") + i)
            stem = ("c" if name == "dev" else "h") + f"{i:02d}"
            info = write_item(mix, doc, folder / f"{stem}.{fmt}", CODEC[fmt], MAX_BYTES)
            report.append(
                {
                    **info,
                    "gains_db": gains,
                    "duration": doc["duration"],
                    "voices": sorted({t["person"] for t in doc["turns"]}),
                }
            )
        left = {p: len(pools[p].items) for p in mains}
        print(f"{name}: prompts left unused {left}")

    # test fixtures
    TESTS.mkdir(parents=True, exist_ok=True)
    pools = {p: Pool(parts[p]["fixtures"]) for p in mains}
    fixture = {"shape": False, "p_same": 0.0}  # small and clean: strict alternation
    two = Plan(
        "real_two_voices", "ogg", mains, {}, False, (25.0, 40.0), (27.0, 34.0), (5, 8), **fixture
    )
    mix, doc, gains = compose(two, pools, 2001)
    report.append(write_item(mix, doc, TESTS / "real_two_voices.ogg", CODEC["ogg"], FIXTURE_BYTES))
    three_guests = guests({"en_cards": [[4]]})
    three = Plan(
        "real_three_voices_music",
        "opus",
        mains[::-1],
        three_guests,
        True,
        (30.0, 45.0),
        (31.0, 38.0),
        (5, 10),
        **fixture,
    )
    mix, doc, gains = compose(three, pools, 2002)
    report.append(
        write_item(mix, doc, TESTS / "real_three_voices_music.opus", CODEC["opus"], FIXTURE_BYTES)
    )

    build_trials(np.random.default_rng([SEED, 3000]), parts, en)
    for r in report:
        print(json.dumps(r))


def build_trials(rng: np.random.Generator, parts: dict, en: dict) -> None:
    folder = OUT / "trials"
    clear(folder)
    clips: dict[str, list[list[Utt]]] = {}
    for person in ["it_carlo", "ru_ivrvoice"]:
        pool = Pool(parts[person]["trials"])
        out = []
        while len(out) < 40:
            target = rng.uniform(2.0, 6.0)
            first = pool.take(0.5, 7.0)
            if first is None:
                break
            clip = [first]
            while turn_dur(clip) < target:
                u = pool.take(0.3, 7.4 - turn_dur(clip) - 0.4)
                if u is None:
                    break
                clip.append(u)
            if 1.7 <= turn_dur(clip) <= 7.4:
                out.append(clip)
        clips[person] = out
    clips["en_librivox"] = [[u] for u in en["en_librivox"]]
    c = en["en_cards"]
    clips["en_cards"] = [[c[0], c[1]], [c[2], c[3]], [c[4]]]
    meta, names = {}, {}
    for person, cl in clips.items():
        for k, utts in enumerate(cl):
            fmt = "opus" if k % 2 == 0 else "ogg"
            rel = f"trials/{person}_{k:02d}.{fmt}"
            parts_ = [np.zeros(int(rng.uniform(0.1, 0.2) * SR))]
            for j, u in enumerate(utts):
                if j:
                    parts_.append(np.zeros(int(rng.uniform(0.1, 0.4) * SR)))
                parts_.append(u.audio.astype(np.float64))
            parts_.append(np.zeros(int(rng.uniform(0.1, 0.2) * SR)))
            x = np.concatenate(parts_)
            x = np.pad(x, (0, -len(x) % 1024))
            x *= 10 ** ((REF_DB - active_rms(x) + rng.uniform(-6, 6)) / 20)
            if np.max(np.abs(x)) > PEAK:
                x *= PEAK / np.max(np.abs(x))
            path = OUT / rel
            encode(x.astype(np.float32), path, CLIP_CODEC[fmt])
            dur, lag, corr = alignment(x.astype(np.float32), path)
            assert abs(dur - len(x) / SR) <= 0.05 and abs(lag) <= 80 and corr > 0.8, (rel, dur, lag)
            meta[rel] = {
                "person": person,
                "language": LANG[person],
                "duration": round(len(x) / SR, 3),
                "text": " ".join(u.text for u in utts),
                "provenance": [u.key for u in utts],
            }
            names.setdefault(person, []).append(rel)

    def pairs(a: str, b: str, n: int) -> list[tuple[str, str]]:
        if a == b:
            allp = list(itertools.combinations(names[a], 2))
        else:
            allp = list(itertools.product(names[a], names[b]))
        pick = rng.choice(len(allp), size=min(n, len(allp)), replace=False)
        return [allp[int(i)] for i in sorted(pick)]

    same = [
        ("it_carlo", "it_carlo", 69),
        ("ru_ivrvoice", "ru_ivrvoice", 68),
        ("en_librivox", "en_librivox", 10),
        ("en_cards", "en_cards", 3),
    ]
    diff = [
        ("it_carlo", "ru_ivrvoice", 70),
        ("it_carlo", "en_librivox", 15),
        ("it_carlo", "en_cards", 15),
        ("ru_ivrvoice", "en_librivox", 18),
        ("ru_ivrvoice", "en_cards", 17),
        ("en_librivox", "en_cards", 15),
    ]
    trials = []
    for spec, flag in [(same, True), (diff, False)]:
        for a, b, n in spec:
            for x, y in pairs(a, b, n):
                if rng.random() < 0.5:
                    x, y = y, x
                trials.append({"a": x, "b": y, "same": flag})
    trials = [trials[int(i)] for i in rng.permutation(len(trials))]
    doc = {"trials": trials, "clips": meta}
    (OUT / "trials.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n")
    size = sum(f.stat().st_size for f in folder.iterdir())
    print(
        f"trials: {len(trials)} ({sum(t['same'] for t in trials)} same), {len(meta)} clips, "
        f"{size} bytes"
    )
    if size >= TRIALS_BYTES:
        raise RuntimeError(f"trials folder is {size} bytes")


# ----------------------------------------------------------------------------- checks


def verify() -> int:
    """Decode every file, compare durations, check turns and sizes; print per-set totals."""
    errors = []
    sets = {
        "dev": sorted((OUT / "dev").glob("*.json")),
        "heldout": sorted((OUT / "heldout").glob("*.json")),
        "fixtures": [TESTS / "real_two_voices.json", TESTS / "real_three_voices_music.json"],
    }
    for name, docs in sets.items():
        minutes, size, voices = 0.0, 0, []
        limit = FIXTURE_BYTES if name == "fixtures" else MAX_BYTES
        for j in docs:
            doc = json.loads(j.read_text())
            audio = [p for p in j.parent.glob(j.stem + ".*") if p.suffix != ".json"]
            if len(audio) != 1:
                errors.append(f"{j}: expected one audio file, found {audio}")
                continue
            y, sr = decode(audio[0])
            dur = len(y) / sr
            if abs(dur - doc["duration"]) > 0.05:
                errors.append(f"{audio[0]}: {dur:.3f} s decoded, truth says {doc['duration']}")
            prev_end = 0.0
            for t in doc["turns"]:
                if not (prev_end <= t["start"] < t["end"] <= dur):
                    errors.append(f"{j}: turn {t['start']}-{t['end']} overlaps or lies outside")
                prev_end = t["end"]
            if not doc["music_bed"]:  # outside the turns the file is (near) silent
                lev = frame_db(y.astype(np.float64), sr)
                inside = np.zeros(len(lev), bool)
                for t in doc["turns"]:
                    inside[max(0, int(t["start"] * 100) - 3) : int(t["end"] * 100) + 3] = True
                loud = np.mean(lev[~inside] > -45)
                if loud > 0.01:
                    errors.append(f"{audio[0]}: {loud:.1%} of the pauses are above -45 dBFS")
            b = audio[0].stat().st_size
            if b >= limit:
                errors.append(f"{audio[0]}: {b} bytes")
            minutes += dur / 60
            size += b
            voices.append(len({t["person"] for t in doc["turns"]}))
        print(
            f"{name}: {len(docs)} files, {minutes:.1f} min, voices per file {voices}, "
            f"{size / 1e6:.2f} MB"
        )
    tj = json.loads((OUT / "trials.json").read_text())
    for t in tj["trials"]:
        for k in ("a", "b"):
            if not (OUT / t[k]).exists():
                errors.append(f"trial clip missing: {t[k]}")
    durs = []
    for rel in tj["clips"]:
        y, sr = decode(OUT / rel)
        durs.append(len(y) / sr)
    tsize = sum(f.stat().st_size for f in (OUT / "trials").iterdir())
    same = sum(t["same"] for t in tj["trials"])
    print(
        f"trials: {len(tj['trials'])} ({same} same), clips {len(durs)} of "
        f"{min(durs):.1f}-{max(durs):.1f} s, {tsize / 1e6:.2f} MB"
    )
    if not (2.0 <= min(durs) and max(durs) <= 8.0):
        errors.append("a trial clip is outside 2-8 s")
    if tsize >= TRIALS_BYTES:
        errors.append(f"trials folder is {tsize} bytes")
    for e in errors:
        print("ERROR", e)
    return 1 if errors else 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--verify", action="store_true", help="only check the written files")
    args = ap.parse_args()
    if not args.verify:
        build()
    sys.exit(verify())


if __name__ == "__main__":
    main()
