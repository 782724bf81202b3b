"""Audio encoders: registry, pooling, and every transformers backend's real loading and
inference code on tiny random models saved to a temp folder (nothing downloads)."""

from __future__ import annotations

import numpy as np
import pytest

from audio_rag.audio import SAMPLE_RATE
from audio_rag.encoders import (
    AUDIO_ENCODERS,
    AudioEncoder,
    NoTextSideError,
    make_audio_encoder,
    parse_spec,
)
from audio_rag.encoders.base import pieces_of
from audio_rag.encoders.pooling import (
    attention_pool,
    attention_weights,
    max_pool,
    mean_pool,
    pool,
    pooled_dim,
    stats_pool,
)
from audio_rag.errors import AudioRAGError, UnknownNameError
from tests.tiny_models import BUILDERS

KINDS = list(BUILDERS)


@pytest.fixture
def tiny(tiny_models):
    return tiny_models


@pytest.fixture(autouse=True)
def _offline(monkeypatch):
    """Hub access is off: a model that is not a local folder fails at once."""
    from huggingface_hub import constants

    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(constants, "HF_HUB_OFFLINE", True)


def _waves(seed=0):
    rng = np.random.default_rng(seed)
    t = np.arange(SAMPLE_RATE * 2) / SAMPLE_RATE
    return [
        (0.1 * rng.standard_normal(800)).astype(np.float32),  # 50 ms
        (0.3 * np.sin(2 * np.pi * 440 * t)).astype(np.float32),  # 2 s tone
        (0.1 * rng.standard_normal(SAMPLE_RATE * 3)).astype(np.float32),  # 3 s noise
    ]


# ---- pooling (pure) ----------------------------------------------------------------
def test_poolings_on_known_frames():
    f = np.array([[1.0, 0.0], [3.0, 2.0]], np.float32)
    assert mean_pool(f).tolist() == [2.0, 1.0]
    assert max_pool(f).tolist() == [3.0, 2.0]
    assert stats_pool(f).tolist() == [2.0, 1.0, 1.0, 1.0]
    assert pooled_dim(2, "stats") == 4 and pooled_dim(2, "max") == 2


def test_attention_pooling_weights_frames_by_score():
    f = np.array([[1.0, 0.0], [0.0, 1.0]], np.float32)
    w = attention_weights(f, np.array([10.0, 0.0]))
    assert w.sum() == pytest.approx(1.0) and w[0] > 0.99
    assert attention_pool(f, np.zeros(2)).tolist() == pytest.approx([0.5, 0.5])


def test_pool_errors_name_the_choices():
    with pytest.raises(UnknownNameError, match="attention, max, mean, stats"):
        pool(np.ones((2, 2)), "median")
    with pytest.raises(ValueError, match="learned weights"):
        pool(np.ones((2, 2)), "attention")
    with pytest.raises(ValueError, match="shape"):
        pool(np.zeros((0, 3)))


def test_pieces_cover_long_audio_and_drop_short_tails():
    wave = np.zeros(int(2.55 * SAMPLE_RATE), np.float32)
    assert [len(p) for p in pieces_of(wave, 1.0, 0.6)] == [SAMPLE_RATE, SAMPLE_RATE]
    assert [len(p) for p in pieces_of(wave, 1.0, 0.5)] == [SAMPLE_RATE] * 2 + [8800]
    assert len(pieces_of(np.zeros(10, np.float32), 1.0, 0.5)) == 1


# ---- registry ------------------------------------------------------------------------
def test_unknown_encoder_lists_valid_names():
    with pytest.raises(UnknownNameError, match="ast, clap, hubert, wav2vec2, wavlm, whisper"):
        make_audio_encoder("beats:foo")


def test_spec_options_and_names_round_trip(tmp_path):
    spec = parse_spec(f"wav2vec2:{tmp_path};layer=3;pooling=stats")
    assert (spec.layer, spec.pooling, spec.source) == (3, "stats", str(tmp_path.resolve()))
    assert parse_spec(spec.name) == spec
    assert parse_spec("clap").source == "laion/clap-htsat-unfused"
    assert parse_spec("whisper-encoder:tiny.en").name == "whisper-encoder:tiny.en"
    with pytest.raises(ValueError, match="layer=N, pooling=P"):
        parse_spec("wav2vec2:x;depth=3")
    with pytest.raises(UnknownNameError, match="pooling"):
        parse_spec("wav2vec2:x;pooling=median")


def test_missing_model_is_a_clear_error_not_a_download():
    enc = make_audio_encoder("wav2vec2:no-such-org/no-such-model-xyz")
    with pytest.raises(AudioRAGError, match="cannot load wav2vec2 model"):
        enc.embed_audio(_waves()[:1])


def test_default_whisper_encoder_has_no_text_side():
    enc = make_audio_encoder("whisper-encoder:tiny.en")  # nothing loads until used
    assert enc.name == "whisper-encoder:tiny.en" and not enc.has_text
    assert enc.sample_rate == SAMPLE_RATE
    with pytest.raises(NoTextSideError, match="clap"):
        enc.embed_text(["dog"])


# ---- backends on tiny random models -----------------------------------------------------
@pytest.mark.parametrize("kind", KINDS)
def test_backend_loads_by_path_and_embeds(tiny, kind):
    enc = make_audio_encoder(f"{kind}:{tiny[kind]}")
    assert isinstance(enc, AudioEncoder)
    waves = _waves()
    vecs = enc.embed_audio(waves)
    assert vecs.shape == (3, enc.dim) and vecs.dtype == np.float32
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-5)
    # a waveform embeds the same alone as in a batch with others (padding is harmless)
    alone = enc.embed_audio(waves[1:2])
    assert np.allclose(alone[0], vecs[1], atol=1e-4)
    assert not np.allclose(vecs[1], vecs[2], atol=1e-3)  # different sounds, different vectors
    assert enc.embed_audio([]).shape == (0, enc.dim)
    # the recorded name rebuilds the same encoder
    again = make_audio_encoder(enc.name)
    assert again.name == enc.name
    assert np.allclose(again.embed_audio(waves[1:2]), alone, atol=1e-5)


@pytest.mark.parametrize("kind", ["whisper", "wav2vec2", "wavlm"])
def test_layer_and_pooling_choices(tiny, kind):
    base = make_audio_encoder(f"{kind}:{tiny[kind]}")
    first = make_audio_encoder(f"{kind}:{tiny[kind]};layer=1")
    stats = make_audio_encoder(f"{kind}:{tiny[kind]};pooling=stats")
    wave = _waves()[1:2]
    assert not np.allclose(base.embed_audio(wave), first.embed_audio(wave), atol=1e-4)
    assert stats.dim == 2 * base.dim and stats.embed_audio(wave).shape == (1, 2 * base.dim)
    with pytest.raises(ValueError, match="out of range"):
        make_audio_encoder(f"{kind}:{tiny[kind]};layer=40").embed_audio(wave)


def test_long_input_is_encoded_in_pieces(tiny):
    enc = make_audio_encoder(f"wavlm:{tiny['wavlm']}")
    enc.max_seconds = 1.0
    frames = enc.frames_of([np.zeros(int(2.5 * SAMPLE_RATE), np.float32)])[0]
    whole = make_audio_encoder(f"wavlm:{tiny['wavlm']}").frames_of(
        [np.zeros(int(2.5 * SAMPLE_RATE), np.float32)]
    )[0]
    assert abs(len(frames) - len(whole)) <= 3  # same frame rate, pieces joined


def test_clap_text_and_audio_share_one_space(tiny):
    enc = make_audio_encoder(f"clap:{tiny['clap']}")
    assert enc.has_text and enc.sample_rate == 48000
    t = enc.embed_text(["a dog barking", "rain", "a dog barking"])
    a = enc.embed_audio(_waves())
    assert t.shape == (3, enc.dim) == (3, a.shape[1])
    assert np.allclose(np.linalg.norm(t, axis=1), 1.0, atol=1e-5)
    assert np.allclose(t[0], t[2]) and not np.allclose(t[0], t[1])
    with pytest.raises(ValueError, match="own pooling"):
        make_audio_encoder(f"clap:{tiny['clap']};pooling=max")


def test_every_registered_backend_is_tested():
    assert set(AUDIO_ENCODERS.names()) - {"whisper-encoder"} == set(KINDS)


def test_model_loading_hides_only_the_weight_bar():
    from transformers.utils import logging as hf_logging

    from audio_rag._util.weights import hide_weight_bars, quiet_weights

    def factory(*args, **kwargs):
        return kwargs

    assert hide_weight_bars()(factory, (), {"desc": "Loading weights"})["disable"] is True
    assert "disable" not in hide_weight_bars()(factory, (), {"desc": "Downloading"})
    seen = []
    chained = hide_weight_bars(lambda f, a, kw: seen.append(kw) or f(*a, **kw))
    chained(factory, (), {"desc": "Loading weights"})
    assert seen == [{"desc": "Loading weights", "disable": True}]  # the earlier hook still runs
    before = getattr(hf_logging, "_tqdm_hook", None)
    with quiet_weights():
        assert getattr(hf_logging, "_tqdm_hook", None) is not before
    assert getattr(hf_logging, "_tqdm_hook", None) is before  # put back
