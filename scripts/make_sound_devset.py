"""Build the real-sound development set of issue 22 (sound libraries: every sound indexed,
found by example, found where it sits in a long recording).

Everything comes from Debian packages, fetched with `apt-get download` into a cache
folder (default /tmp/sound_pkgs) and unpacked there with `dpkg-deb -x`; nothing is
installed. Needs apt-get, dpkg-deb and the ffmpeg CLI (libvorbis; `apt-get install
ffmpeg`) and the project's .venv (numpy, PyAV for decoding).

Packages (Debian 12 "bookworm") and the licence of the files taken, as read from each
package's /usr/share/doc/PKG/copyright:

  sound effects (library/, fixtures/)
    oxygen-sounds        KDE Oxygen desktop sounds, Nuno Povoa    LGPL-3.0-or-later
    deepin-sound-theme   Deepin desktop sounds, Deepin Technology GPL-3
    yaru-theme-sound     Ubuntu Yaru sounds, Mads Rosendahl       CC-BY-SA-4.0
    teeworlds-data       Teeworlds game effects (WavPack)         CC-BY-SA-3.0
    frozen-bubble-data   Frozen Bubble game effects               GPL-2
    tuxpaint-data        Tux Paint tool sounds                    GPL-2+
    pingus-data          Pingus game effects                      GPL-2+
    chromium-bsu-data    Chromium B.S.U. game effects             Expat
  speech (long/)
    asterisk-core-sounds-en-wav  Asterisk prompts, Allison Smith  CC-BY-SA-3.0
    pocketsphinx-testdata        CMU Sphinx test recordings       BSD-2
  music (music/, beds in long/)
    xmoto-data           X-Moto game music (ogg)                   GPL-2+
    frozen-bubble-data   Frozen Bubble music (ogg)                 GPL-2
    wesnoth-1.16-music   Battle for Wesnoth orchestral score (ogg) GPL-2+

sound-theme-freedesktop is never used: it is kept apart for evaluation.

How files are chosen (all seeded, from sorted file lists, so a rebuild is identical):

- library/: every candidate effect is decoded to 16 kHz mono, its silent edges trimmed
  (below -60 dBFS); 0.1-3.0 s long ones qualify. Numbered variants (teeworlds
  `wp_gun_fire-01..03`) count as one family and one member is drawn. Each package gives
  a fixed number (QUOTA), drawn very short (< 0.5 s) and quiet (peak < -20 dBFS) ones
  first (up to a quarter / a fifth of its quota), the rest at random. Names keep the
  original's: `oxygen_sys_warning.ogg` from Oxygen-Sys-Warning.ogg. Peaks above -0.1
  dBFS (some decode a little over full scale) are scaled down to it.
- long/: recordings of 60-120 s: concatenated Asterisk prompts (two), the pocketsphinx
  recordings topped up with prompts, a music bed, and prompts over a quiet music bed.
  2-4 library sounds of >= 0.4 s and peak >= -20 dBFS go into each, at their library
  level, at seeded times (one per equal slice of the recording, 3 s from either end);
  no sound goes into two recordings.
- music/: 5 produced (not MIDI) game tracks of >= 1 MB, 2 from X-Moto, 1 from Frozen
  Bubble, 2 from Wesnoth, a seeded 45-75 s excerpt of each; one more Frozen Bubble and
  one more Wesnoth track are the beds in long/.
- fixtures/: 4 tiny effects the library does not hold: two UI sounds, a quiet one
  (peak < -20 dBFS) and one shorter than 0.2 s.

Output: benchmarks/data/sounds/{library,long,music}/*.ogg (libvorbis, 16 kHz mono) with
library.json, long.json, music.json; the fixtures go to tests/data/sounds/ (fixtures.json).

    .venv/bin/python scripts/make_sound_devset.py [--cache /tmp/sound_pkgs] [--seed N]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "sounds"
FIXTURES = ROOT / "tests" / "data" / "sounds"
SR = 16000
SEED = 22
FORBIDDEN = "sound-theme-freedesktop"

# package -> (glob inside the unpacked package, name prefix, licence)
EFFECTS = {
    "oxygen-sounds": ("usr/share/sounds/Oxygen-*.ogg", "oxygen", "LGPL-3.0-or-later"),
    "deepin-sound-theme": ("usr/share/sounds/deepin/stereo/*.wav", "deepin", "GPL-3"),
    "yaru-theme-sound": ("usr/share/sounds/Yaru/stereo/*.oga", "yaru", "CC-BY-SA-4.0"),
    "teeworlds-data": ("usr/share/games/teeworlds/data/audio/*.wv", "teeworlds", "CC-BY-SA-3.0"),
    "frozen-bubble-data": ("usr/share/games/frozen-bubble/snd/*.ogg", "frozenbubble", "GPL-2"),
    "tuxpaint-data": ("usr/share/tuxpaint/sounds/*.wav", "tuxpaint", "GPL-2+"),
    "pingus-data": ("usr/share/games/pingus/data/sounds/*.wav", "pingus", "GPL-2+"),
    "chromium-bsu-data": ("usr/share/games/chromium-bsu/wav/*.wav", "chromiumbsu", "Expat"),
}
QUOTA = {
    "oxygen-sounds": 10,
    "deepin-sound-theme": 6,
    "yaru-theme-sound": 6,
    "teeworlds-data": 10,
    "frozen-bubble-data": 6,
    "tuxpaint-data": 7,
    "pingus-data": 4,
    "chromium-bsu-data": 3,
}
UI_PACKAGES = ("oxygen-sounds", "deepin-sound-theme", "yaru-theme-sound")
# package -> (glob, name prefix, licence, tracks for music/, beds for long/)
MUSIC = {
    "xmoto-data": ("usr/share/games/xmoto/Textures/Musics/*.ogg", "xmoto", "GPL-2+", 2, 0),
    "frozen-bubble-data": (
        "usr/share/games/frozen-bubble/snd/*zik*.ogg",
        "frozenbubble",
        "GPL-2",
        1,
        1,
    ),
    "wesnoth-1.16-music": (
        "usr/share/games/wesnoth/1.16/data/core/music/*.ogg",
        "wesnoth",
        "GPL-2+",
        2,
        1,
    ),
}
MIN_TRACK_BYTES = 1_000_000  # skips jingles such as wesnoth's victory.ogg
ASTERISK = ("asterisk-core-sounds-en-wav", "usr/share/asterisk/sounds/en_US_f_Allison/*.wav")
SPHINX = ("pocketsphinx-testdata", "usr/share/pocketsphinx/test/data")
SPEECH_LICENCE = {"asterisk-core-sounds-en-wav": "CC-BY-SA-3.0", "pocketsphinx-testdata": "BSD-2"}
# what the copyright file says where it is not machine-readable (DEP-5)
EVIDENCE = {
    "pingus-data": "either version 2 of the License, or",
    "wesnoth-1.16-music": "General Public License version 2 or at your option any later",
}
QUIET_DB, SHORT_S = -20.0, 0.5
# ffmpeg libvorbis quality per part: effects get more bits, long files fewer
QUALITY = {"library": "2", "fixtures": "2", "long": "0", "music": "1"}
MAX_BYTES, TOTAL_BYTES, FIXTURE_BYTES = 1_000_000, 8_000_000, 100_000


@dataclass
class Sound:
    package: str
    original: str  # path inside the package, from /
    name: str  # output stem
    audio: np.ndarray

    @property
    def seconds(self) -> float:
        return len(self.audio) / SR

    @property
    def peak_dbfs(self) -> float:
        return float(20 * np.log10(max(float(np.abs(self.audio).max()), 1e-9)))


# ----------------------------------------------------------------------------- packages


def ensure_apt_lists() -> None:
    probe = subprocess.run(["apt-cache", "show", "oxygen-sounds"], capture_output=True)
    if probe.returncode != 0:
        subprocess.run(["apt-get", "update"], check=True)


def unpack(package: str, cache: Path) -> Path:
    """The package's unpacked tree under cache/x/PACKAGE (downloaded first if needed)."""
    if package == FORBIDDEN:
        raise SystemExit(f"{FORBIDDEN} is kept for evaluation")
    tree = cache / "x" / package
    if tree.is_dir():
        return tree
    if not list(cache.glob(f"{package}_*.deb")):
        subprocess.run(["apt-get", "download", package], cwd=cache, check=True)
    deb = sorted(cache.glob(f"{package}_*.deb"))[-1]
    tmp = tree.with_name(package + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    subprocess.run(["dpkg-deb", "-x", str(deb), str(tmp)], check=True)
    tmp.rename(tree)
    return tree


def check_licence(tree: Path, package: str, licence: str) -> None:
    text = (tree / "usr/share/doc" / package / "copyright").read_text(errors="replace")
    if EVIDENCE.get(package, licence).lower() not in " ".join(text.split()).lower():
        raise SystemExit(f"{package}: licence {licence} not found in its copyright file")


# ----------------------------------------------------------------------------- audio


def decode(path: Path) -> np.ndarray:
    """Any file PyAV reads (or a 16 kHz s16 .raw) as 16 kHz mono float32."""
    if path.suffix == ".raw":
        return np.fromfile(path, dtype="<i2").astype(np.float32) / 32768.0
    chunks = []
    with av.open(str(path)) as f:
        resampler = av.AudioResampler(format="fltp", rate=SR)
        for frame in f.decode(audio=0):
            chunks += [o.to_ndarray().mean(axis=0) for o in resampler.resample(frame)]
        chunks += [o.to_ndarray().mean(axis=0) for o in resampler.resample(None)]
    return np.concatenate(chunks).astype(np.float32) if chunks else np.zeros(0, np.float32)


def trim(x: np.ndarray, floor_db: float = -60.0, pad: float = 0.01) -> np.ndarray:
    loud = np.flatnonzero(np.abs(x) > 10 ** (floor_db / 20))
    if not len(loud):
        return x[:0]
    margin = int(pad * SR)
    return x[max(loud[0] - margin, 0) : loud[-1] + margin + 1]


def tame(x: np.ndarray, ceiling: float = 0.99) -> np.ndarray:
    """Scaled down to `ceiling` where a decoded peak exceeds it (no clipping)."""
    peak = float(np.abs(x).max()) if len(x) else 0.0
    return x * (ceiling / peak) if peak > ceiling else x


def write_ogg(x: np.ndarray, path: Path, quality: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pcm = np.clip(x, -1, 1).astype("<f4").tobytes()
    args = ["ffmpeg", "-y", "-loglevel", "error", "-f", "f32le", "-ar", str(SR), "-ac", "1"]
    args += ["-i", "-", "-c:a", "libvorbis", "-q:a", quality, "-map_metadata", "-1"]
    args += ["-fflags", "+bitexact", "-flags:a", "+bitexact", str(path)]
    subprocess.run(args, input=pcm, check=True)


def level_rms(x: np.ndarray, dbfs: float) -> np.ndarray:
    return x * (10 ** (dbfs / 20) / max(float(np.sqrt(np.mean(x**2))), 1e-9))


# ----------------------------------------------------------------------------- library


def stem_name(prefix: str, path: Path) -> str:
    stem = re.sub(r"^Oxygen-", "", path.stem)
    return prefix + "_" + re.sub(r"[^a-z0-9]+", "_", stem.lower()).strip("_")


def family(path: Path) -> str:
    return re.sub(r"-\d+$", "", path.stem)


def effect_candidates(package: str, tree: Path, rng) -> list[Sound]:
    """One qualifying (0.1-3 s after trimming) member per family, in sorted order."""
    pattern, prefix, _ = EFFECTS[package]
    families: dict[str, list[Sound]] = {}
    for path in sorted(tree.glob(pattern)):
        audio = tame(trim(decode(path)))
        if 0.1 <= len(audio) / SR <= 3.0:
            sound = Sound(
                package, "/" + str(path.relative_to(tree)), stem_name(prefix, path), audio
            )
            families.setdefault(family(path), []).append(sound)
    return [members[int(rng.integers(len(members)))] for _, members in sorted(families.items())]


def draw(pool: list[Sound], n: int, rng) -> list[Sound]:
    return [pool[i] for i in sorted(rng.permutation(len(pool))[:n])]


def pick_effects(cands: list[Sound], quota: int, rng) -> list[Sound]:
    short = [s for s in cands if s.seconds < SHORT_S]
    quiet = [s for s in cands if s.peak_dbfs < QUIET_DB and s.seconds >= SHORT_S]
    chosen = draw(short, max(1, quota // 4), rng) + draw(quiet, max(1, quota // 5), rng)
    longer = [s for s in cands if s not in chosen and s.seconds >= SHORT_S]
    chosen += draw(longer, quota - len(chosen), rng)
    rest = [s for s in cands if s not in chosen]  # a package with too few longer ones
    chosen += draw(rest, quota - len(chosen), rng)
    return sorted(chosen, key=lambda s: s.name)


def entry(sound: Sound, file: str, licence: str) -> dict:
    return {
        "file": file,
        "package": sound.package,
        "original_path": sound.original,
        "seconds": round(sound.seconds, 3),
        "peak_dbfs": round(sound.peak_dbfs, 1),
        "license": licence,
    }


def build_library(trees: dict[str, Path], rng) -> list[dict]:
    """Writes library/ and returns its entries."""
    entries = []
    for package in EFFECTS:
        cands = effect_candidates(package, trees[package], rng)
        for s in pick_effects(cands, QUOTA[package], rng):
            write_ogg(s.audio, OUT / "library" / f"{s.name}.ogg", QUALITY["library"])
            entries.append(entry(s, f"{s.name}.ogg", EFFECTS[package][2]))
    return entries


# ----------------------------------------------------------------------------- fixtures


def all_candidates(trees: dict[str, Path], packages) -> list[Sound]:
    """Every effect of these packages, trimmed, 0.05-3 s (no family grouping)."""
    out = []
    for package in packages:
        pattern, prefix, _ = EFFECTS[package]
        for path in sorted(trees[package].glob(pattern)):
            audio = tame(trim(decode(path)))
            if 0.05 <= len(audio) / SR <= 3.0:
                rel = "/" + str(path.relative_to(trees[package]))
                out.append(Sound(package, rel, stem_name(prefix, path), audio))
    return out


def build_fixtures(trees: dict[str, Path], library: list[dict], rng) -> list[dict]:
    taken = {e["original_path"] for e in library}
    pool = [s for s in all_candidates(trees, EFFECTS) if s.original not in taken]
    ui = [s for s in pool if s.package in UI_PACKAGES]
    tiny = [s for s in pool if s.seconds < 0.2 and s.package in (*UI_PACKAGES, "tuxpaint-data")]
    quiet = [s for s in ui if s.peak_dbfs < QUIET_DB and s.seconds >= 0.2]
    loud = [s for s in ui if s.peak_dbfs >= QUIET_DB and 0.3 <= s.seconds <= 2.0]
    picks = draw(tiny, 1, rng) + draw(quiet, 1, rng)
    picks += draw([s for s in loud if s.package == "yaru-theme-sound"], 1, rng)
    picks += draw([s for s in loud if s.package != "yaru-theme-sound"], 1, rng)
    entries = []
    for s in picks:
        write_ogg(s.audio, FIXTURES / f"{s.name}.ogg", QUALITY["fixtures"])
        entries.append(entry(s, f"{s.name}.ogg", EFFECTS[s.package][2]))
    return entries


# ----------------------------------------------------------------------------- speech, music


def asterisk_prompts(tree: Path) -> list[tuple[str, np.ndarray]]:
    """Sentence-length prompts (1.5-8 s after trimming), sorted by path."""
    out = []
    for path in sorted(tree.glob(ASTERISK[1])):
        audio = trim(decode(path), -45.0)
        if 1.5 <= len(audio) / SR <= 8.0:
            out.append(("/" + str(path.relative_to(tree)), audio))
    return out


def sphinx_clips(tree: Path) -> list[tuple[str, np.ndarray]]:
    base = tree / SPHINX[1]
    paths = sorted(base.glob("*.raw")) + sorted(base.glob("*/*.wav"))
    return [("/" + str(p.relative_to(tree)), trim(decode(p), -45.0)) for p in paths]


def concat_speech(clips, seconds: float, rng) -> tuple[np.ndarray, list[str]]:
    """Clips (popped from the front of `clips`) with 0.3-0.9 s pauses, cut to `seconds`."""
    parts, used, n = [], [], 0
    while n < seconds * SR and clips:
        origin, audio = clips.pop(0)
        gap = np.zeros(int(rng.uniform(0.3, 0.9) * SR), np.float32)
        parts += [level_rms(audio, -22.0), gap]
        used.append(origin)
        n += len(audio) + len(gap)
    return np.concatenate(parts)[: int(seconds * SR)], used


def music_tracks(trees: dict[str, Path], rng) -> tuple[list[Sound], list[Sound]]:
    """(tracks for music/, beds for long/), drawn per package from its tracks >= 1 MB."""
    music, beds = [], []
    for package, (pattern, prefix, _, n_music, n_beds) in MUSIC.items():
        paths = [
            p for p in sorted(trees[package].glob(pattern)) if p.stat().st_size >= MIN_TRACK_BYTES
        ]
        drawn = [paths[i] for i in rng.permutation(len(paths))[: n_music + n_beds]]
        tracks = [
            Sound(
                package, "/" + str(p.relative_to(trees[package])), stem_name(prefix, p), decode(p)
            )
            for p in drawn
        ]
        music += tracks[:n_music]
        beds += tracks[n_music:]
    return music, beds


def excerpt(track: Sound, seconds: float, rng) -> tuple[np.ndarray, float]:
    """A `seconds` excerpt starting at a seeded offset (>= 5 s in, when it fits); a track
    too short is looped."""
    n = int(seconds * SR)
    audio = track.audio if len(track.audio) >= n else np.resize(track.audio, n)
    lo, hi = min(5 * SR, len(audio) - n), len(audio) - n
    start = int(rng.integers(lo, hi + 1))
    return audio[start : start + n], start / SR


def build_music(tracks: list[Sound], rng) -> list[dict]:
    entries = []
    for track in tracks:
        audio, offset = excerpt(track, float(rng.uniform(45, 75)), rng)
        file = f"{track.name}.ogg"
        write_ogg(audio, OUT / "music" / file, QUALITY["music"])
        licence = MUSIC[track.package][2]
        item = {"file": file, "package": track.package, "original_path": track.original}
        item |= {"offset": round(offset, 3), "seconds": round(len(audio) / SR, 3)}
        entries.append(item | {"license": licence})
    return entries


# ----------------------------------------------------------------------------- long recordings


def jingles(library: list[dict]) -> list[tuple[str, np.ndarray]]:
    """Library sounds fit to insert, as written (decoded back from library/)."""
    fit = [e for e in library if e["seconds"] >= 0.4 and e["peak_dbfs"] >= QUIET_DB]
    return [(e["file"], decode(OUT / "library" / e["file"])) for e in fit]


def insert_sounds(bed: np.ndarray, pool: list, rng) -> tuple[np.ndarray, list[dict]]:
    """Mixes 2-4 sounds popped at random from `pool` into `bed`, one per equal slice."""
    y, n = bed.copy(), int(rng.integers(2, 5))
    edges = np.linspace(3 * SR, len(bed) - 3 * SR, n + 1).astype(int)
    inserts = []
    for lo, hi in zip(edges[:-1], edges[1:]):
        file, sound = pool.pop(int(rng.integers(len(pool))))
        start = int(rng.integers(lo, hi - len(sound)))
        y[start : start + len(sound)] += sound
        inserts.append({"sound": file, "start": round(start / SR, 3)})
        inserts[-1]["end"] = round((start + len(sound)) / SR, 3)
    peak = float(np.abs(y).max())
    return (y * (0.95 / peak) if peak > 0.95 else y), inserts


def long_beds(trees, beds: list[Sound], rng) -> list[tuple[str, np.ndarray, list[str]]]:
    """(name, bed, provenance) of the five long recordings before the inserts."""
    prompts = asterisk_prompts(trees[ASTERISK[0]])
    prompts = [prompts[i] for i in rng.permutation(len(prompts))]
    a, a_src = concat_speech(prompts, rng.uniform(85, 100), rng)
    b, b_src = concat_speech(prompts, rng.uniform(105, 118), rng)
    prompts[:0] = sphinx_clips(trees[SPHINX[0]])  # the pocketsphinx clips first, then prompts
    c, c_src = concat_speech(prompts, rng.uniform(70, 80), rng)
    music, m_off = excerpt(beds[0], float(rng.uniform(80, 95)), rng)
    speech, d_src = concat_speech(prompts, rng.uniform(95, 110), rng)
    under, u_off = excerpt(beds[1], len(speech) / SR, rng)
    mixed = speech + level_rms(under, -36.0)
    return [
        ("speech_allison_a", a, a_src),
        ("speech_allison_b", b, b_src),
        ("speech_sphinx_and_allison", c, c_src),
        (
            f"music_bed_{beds[0].name}",
            level_rms(music, -20.0),
            [f"{beds[0].original}@{m_off:.3f}s"],
        ),
        ("speech_over_music", mixed, d_src + [f"{beds[1].original}@{u_off:.3f}s"]),
    ]


def build_long(trees, beds: list[Sound], library: list[dict], rng) -> list[dict]:
    pool, entries = jingles(library), []
    for name, bed, provenance in long_beds(trees, beds, rng):
        audio, inserts = insert_sounds(bed, pool, rng)
        write_ogg(audio, OUT / "long" / f"{name}.ogg", QUALITY["long"])
        item = {"file": f"{name}.ogg", "seconds": round(len(audio) / SR, 3)}
        entries.append(item | {"inserts": inserts, "sources": provenance})
    return entries


# ----------------------------------------------------------------------------- main


def dump(obj, path: Path) -> None:
    path.write_text(json.dumps(obj, indent=1) + "\n")


def check_sizes() -> int:
    files = [p for p in OUT.rglob("*") if p.is_file()]
    big = [p for p in files if p.stat().st_size > MAX_BYTES]
    big += [p for p in FIXTURES.glob("*.ogg") if p.stat().st_size > FIXTURE_BYTES]
    total = sum(p.stat().st_size for p in files)
    if big or total > TOTAL_BYTES:
        raise SystemExit(f"too big: {[str(p) for p in big]}, total {total} bytes")
    return total


def fetch_all(cache: Path) -> dict[str, Path]:
    ensure_apt_lists()
    cache.mkdir(parents=True, exist_ok=True)
    trees = {}
    licences = {p: v[2] for p, v in {**EFFECTS, **MUSIC}.items()} | SPEECH_LICENCE
    for package, licence in sorted(licences.items()):
        trees[package] = unpack(package, cache)
        check_licence(trees[package], package, licence)
    return trees


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sound_pkgs"))
    ap.add_argument("--seed", type=int, default=SEED)
    args = ap.parse_args()
    if shutil.which("ffmpeg") is None:
        sys.exit("needs the ffmpeg CLI with libvorbis: apt-get install ffmpeg")
    trees = fetch_all(args.cache)
    rng = np.random.default_rng(args.seed)
    for part in ("library", "long", "music"):
        shutil.rmtree(OUT / part, ignore_errors=True)
    for old in FIXTURES.glob("*.ogg"):
        old.unlink()
    library = build_library(trees, rng)
    dump(library, OUT / "library.json")
    dump(build_fixtures(trees, library, rng), FIXTURES / "fixtures.json")
    music, beds = music_tracks(trees, rng)
    dump(build_music(music, rng), OUT / "music.json")
    dump(build_long(trees, beds, library, rng), OUT / "long.json")
    short = sum(e["seconds"] < SHORT_S for e in library)
    quiet = sum(e["peak_dbfs"] < QUIET_DB for e in library)
    print(f"library: {len(library)} sounds ({short} under {SHORT_S} s, {quiet} quiet)")
    print(f"wrote {OUT}: {check_sizes() / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
