"""Every tuned constant of audio_rag in one place, with the set it was measured on.

The option dataclasses (`UnitOptions`, `DiarizeOptions`, `SearchOptions`, ...) take
their defaults from here, so each value can be overridden per index or per call. The
figures behind them are in docs/benchmarks.md; "dev" sets are generated TTS speech
(scripts/make_*_devset.py), so a value tuned on them alone is a regression guard, not
a claim about real recordings.
"""

from __future__ import annotations

# ---- units (ingest/units.py) -----------------------------------------------------------
UNIT_MAX_SECONDS = 20.0
"""A unit closes before it would exceed this (citations stay short enough to play)."""
UNIT_MAX_WORDS = 60
UNIT_MIN_SECONDS = 4.0
"""A unit closes at a sentence end once it is this long."""
UNIT_PAUSE_SECONDS = 2.0
"""Units never join across a pause this long."""
SOUND_UNIT_SECONDS = 10.0
SOUND_MIN_SECONDS = 1.0
SOUND_DBFS = -50.0
"""Non-speech stretches louder than this (and at least SOUND_MIN_SECONDS) are sound units."""
CONTEXT_GAP = 5.0
"""A unit starting more than this after the previous one ends is embedded without it."""

# ---- voice activity (audio/vad.py) -----------------------------------------------------
VAD_THRESHOLD = 0.5
VAD_MIN_SILENCE_MS = 300
VAD_PAD_MS = 200

# ---- diarization (speakers/) -----------------------------------------------------------
DIARIZE_WINDOW = 1.6
DIARIZE_HOP = 0.8
DIARIZE_THRESHOLD = 0.28
"""Cosine distance where average linkage stops merging: calibrated on the TTS dev set and
a held-out TTS set (benchmarks/speakers.py --sweep)."""
MIN_SPEAKER_SECONDS = 4.0
"""A cluster with less speech is not a speaker; its windows join the nearest voice."""
MIN_TURN_SECONDS = 1.6
LINK_THRESHOLD = 0.85
"""Centroid cosine similarity at which a recording's voice is a known speaker: middle of
the 0.8-0.9 plateau where the TTS dev set links 100% of clusters (0.75: 94%, 0.7: 59%)."""
VERIFY_THRESHOLD = 0.81
"""Clip-against-clip score from which two clips are the same voice: middle of the TTS dev
trials' gap (0.79-0.83)."""

# ---- hybrid text search (search/) ------------------------------------------------------
RRF_K = 2.0
"""Measured on the dev questions (benchmarks/retrieval.py): a small constant keeps the
transcript-vector order in charge, keywords breaking near-ties; the paper's 60 with equal
weights lost to dense-only search there."""
TEXT_WEIGHT = 4.0
"""Transcript vectors count 4x keywords and text-to-audio: best on the dev questions."""
CONTEXT_WEIGHT = 3.0
"""Best recall@1 over both development question sets pooled; higher gained on coherent
dialogues and lost more on shuffled-sentence conversations."""
KEYWORD_WEIGHT = 1.0
AUDIO_TEXT_WEIGHT = 1.0
RERANK_WEIGHT = 8.0
"""The reranker's RRF weight: with the bundled reranker over the top 10, best recall@1
over both development question sets pooled; 4 gained less, 12 lost more."""
CHANNEL_DEPTH = 50
RERANK_DEPTH = 10
QUESTION_PENALTY = 0.2
"""Cosine similarity a question unit loses on the transcript channels (dialogue dev set)."""
REPLY_MARGIN = 0.05
"""The reply after a question scores at least the question's score less this."""
MMR_LAMBDA = 0.7

# ---- query by example (search/by_example.py) --------------------------------------------
FINGERPRINT_WEIGHT = 2.0
"""RRF weight of a fingerprint match against the audio-vector ranking (qbe dev set)."""

# ---- keyword index (store/keyword.py) ----------------------------------------------------
BM25_K1 = 1.2
BM25_B = 0.75
"""Lucene's defaults, not tuned here."""
