"""Tiny randomly initialised transformers audio models, saved like hub checkpoints.

Each builder writes a model folder (config, weights, feature extractor, tokenizer
for CLAP) that the encoder registry loads by path, exercising the same loading and
inference code as a hub id. Nothing is downloaded.
"""

from __future__ import annotations

from pathlib import Path

WORDS = "a dog barking bird song rain engine piano tone noise speech music car bell".split()


def whisper(path: Path) -> Path:
    from transformers import WhisperConfig, WhisperFeatureExtractor, WhisperModel

    cfg = WhisperConfig(
        vocab_size=64,
        d_model=16,
        encoder_layers=2,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        num_mel_bins=80,
        max_target_positions=16,
        pad_token_id=0,
        bos_token_id=1,
        eos_token_id=2,
        decoder_start_token_id=1,
    )
    WhisperModel(cfg).save_pretrained(path)
    WhisperFeatureExtractor(feature_size=80).save_pretrained(path)
    return path


def _ssl_config(cls, **kw):
    return cls(
        hidden_size=16,
        num_hidden_layers=2,
        num_attention_heads=2,
        intermediate_size=32,
        conv_dim=(16, 16, 16),
        conv_stride=(5, 4, 4),
        conv_kernel=(10, 4, 4),
        num_conv_pos_embeddings=16,
        num_conv_pos_embedding_groups=2,
        vocab_size=32,
        **kw,
    )


def ssl(path: Path, kind: str) -> Path:
    """wav2vec2 (no attention mask: encoded unpadded), hubert, wavlm (attention mask)."""
    import transformers as tf

    cls, cfg_cls = {
        "wav2vec2": (tf.Wav2Vec2Model, tf.Wav2Vec2Config),
        "hubert": (tf.HubertModel, tf.HubertConfig),
        "wavlm": (tf.WavLMModel, tf.WavLMConfig),
    }[kind]
    extra = {"num_buckets": 16, "max_bucket_distance": 32} if kind == "wavlm" else {}
    masked = kind != "wav2vec2"
    cfg = _ssl_config(cfg_cls, feat_extract_norm="layer" if masked else "group", **extra)
    cls(cfg).save_pretrained(path)
    tf.Wav2Vec2FeatureExtractor(return_attention_mask=masked, do_normalize=True).save_pretrained(
        path
    )
    return path


def ast(path: Path) -> Path:
    from transformers import ASTConfig, ASTFeatureExtractor, ASTModel

    cfg = ASTConfig(
        hidden_size=16,
        num_hidden_layers=1,
        num_attention_heads=2,
        intermediate_size=32,
        patch_size=16,
        frequency_stride=16,
        time_stride=16,
        max_length=96,
        num_mel_bins=64,
    )
    ASTModel(cfg).save_pretrained(path)
    ASTFeatureExtractor(num_mel_bins=64, max_length=96).save_pretrained(path)
    return path


def clap(path: Path) -> Path:
    from tokenizers import Tokenizer, models, pre_tokenizers
    from transformers import ClapConfig, ClapFeatureExtractor, ClapModel, PreTrainedTokenizerFast

    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    vocab = {w: i for i, w in enumerate(specials + WORDS)}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<s>",
        pad_token="<pad>",
        eos_token="</s>",
        unk_token="<unk>",
    )
    cfg = ClapConfig(
        text_config={
            "vocab_size": len(vocab),
            "hidden_size": 16,
            "num_hidden_layers": 1,
            "num_attention_heads": 2,
            "intermediate_size": 32,
            "max_position_embeddings": 40,
            "pad_token_id": 1,
            "projection_dim": 16,
        },
        audio_config={
            "spec_size": 128,
            "num_mel_bins": 64,
            "window_size": 4,
            "patch_size": 4,
            "patch_stride": (4, 4),
            "hidden_size": 32,
            "patch_embeds_hidden_size": 16,
            "depths": (1, 1),
            "num_attention_heads": (2, 2),
            "projection_dim": 16,
        },
        projection_dim=16,
    )
    ClapModel(cfg).save_pretrained(path)
    ClapFeatureExtractor(feature_size=64, max_length_s=1).save_pretrained(path)
    fast.save_pretrained(path)
    return path


BUILDERS = {
    "whisper": whisper,
    "wav2vec2": lambda p: ssl(p, "wav2vec2"),
    "hubert": lambda p: ssl(p, "hubert"),
    "wavlm": lambda p: ssl(p, "wavlm"),
    "ast": ast,
    "clap": clap,
}


def build_all(root: Path) -> dict[str, Path]:
    """kind -> folder of a tiny random model of that kind."""
    import torch

    torch.manual_seed(0)
    out = {}
    for kind, build in BUILDERS.items():
        folder = root / kind
        folder.mkdir(parents=True, exist_ok=True)
        out[kind] = build(folder)
    return out
