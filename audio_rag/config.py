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
SHORT_SOUND_SECONDS = 0.05
"""A stretch with no speech and no long sound still becomes a sound unit from this length,
when nothing else in its block is a unit (a sound library's clicks, chimes, hits)."""
AUDIBLE_PEAK_DBFS = -60.0
"""Audible from this peak level; below it a file is taken for digital silence."""
SOUND_RANGE_DB = 40.0
"""In a stretch with no speech, a sound lasts while its level stays within this many dB
of the stretch's peak (relative, so quiet sounds and decays are kept whole)."""
MIN_VOICED_SECONDS = 0.5
"""Voice activity no transcribed unit covers becomes an untranscribed speech unit from this
length (shorter scraps are breaths and clicks)."""
CONTEXT_GAP = 5.0
"""A unit starting more than this after the previous one ends is embedded without it."""

# ---- voice activity (audio/vad.py) -----------------------------------------------------
VAD_THRESHOLD = 0.5
VAD_MIN_SILENCE_MS = 300
VAD_PAD_MS = 200
VAD_CONFIDENT = 0.8
"""A block holds speech only if Silero is this sure somewhere in it; else its regions are
taken for a sound that resembles speech (a chime, a sweep) and Whisper is not run. On
the real-speech development files (126 files, 439 regions, 31 min) every file has
regions peaking above it (7 regions, 5 s, peak below); regions found on generated UI-like
sounds peaked at 0.51-0.71."""

# ---- made-up text (asr/hallucination.py) ------------------------------------------
MIN_LOGPROB = -1.0
"""Whisper's own failure threshold on a segment's mean token log-probability (its
`log_prob_threshold`). English speech decoded by tiny.en: median -0.2, 10th percentile
-0.36; Italian and Russian speech decoded by tiny.en: median -1.1."""
MIN_WORD_PROBABILITY = 0.5
"""A segment's words' mean probability below this is made up (English: 10th percentile
0.8; Italian and Russian with tiny.en: median 0.53)."""
MAX_COMPRESSION = 2.4
"""Whisper's own repetition threshold (`compression_ratio_threshold`)."""
NO_SPEECH = 0.6
"""Whisper's own `no_speech_threshold`, together with a low log-probability."""
MIN_VOICED_SHARE = 0.5
"""Text whose words lie mostly outside voice activity is made up."""
MAX_WORD_SECONDS = 2.5
"""A word stretched longer than this lost its timing (tiny.en on foreign speech: median
longest word 3 s)."""
SURE_WORD_PROBABILITY = 0.8
"""A known hallucination phrase is kept only when its words are at least this probable."""

# ---- diarization (speakers/) -----------------------------------------------------------
DIARIZE_WINDOW = 1.6
DIARIZE_HOP = 0.8
MIN_EMBED_SECONDS = 1.0
"""Windows shorter than this are not clustered (their voice vectors are noise on real
speech: short prompts of telephone voices formed clusters of their own); they take the
nearest voice. Measured on benchmarks/data/speakers_real/dev (benchmarks/speakers_real.py)."""
MAX_SPEAKERS = 8
"""Largest speaker count the clustering considers in one recording."""
MIN_SPEAKER_SECONDS = 4.0
"""A cluster with less speech is not a speaker; its windows join the nearest voice."""
MIN_TURN_SECONDS = 1.6
ONE_VOICE = 0.87
"""Within one recording, clusters whose centroids are at least this similar are merged.
One voice split by the clustering: centroids 0.88-0.96 apart (real and TTS monologues);
two people in one recording: at most 0.79 (real) and 0.86 (two espeak-ng variants of one
voice). Monologues counted as one speaker: 30/31 real, 22/22 TTS (23/31 and 12/22
without the merge)."""
SAME_VOICE = 0.75
"""Cosine similarity of two voice vectors (means of GE2E window vectors) from which they
are one person, for linking voices across recordings, enrollment and verification. On real
voices (benchmarks/data/speakers_real: trials and cross-recording centroids) the EER
threshold is about 0.76 and same-person centroids across files have p5 0.76, different
people p95 0.75; TTS voices sit higher (same > 0.9), so TTS regression sets link at any
value in 0.7-0.9."""

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
SPECTRUM_DEPTH = 30
SPECTRUM_RRF_K = 2.0
"""Query by example without a fingerprint match reads its best 30 candidates again as
spectrograms, fused by RRF (k = 2) with the first order. On the real sound library's
copies (benchmarks/sounds.py --part library) recall@1 0.918 without, 0.938 with 10
candidates, 0.952 with 30 (second draw of copies, --seed 1: 0.909, 0.947, 0.962); the
spectrogram order alone (10) gave 0.928. With a fingerprint match it is not applied:
there the match decides (letting the spectrograms vote cost music the right time)."""
NAME_WEIGHT = 8.0
"""The name channel holds files without any transcript (a sound library's effects) and
nothing else, so it reorders nothing among speech. It weighs as much as the transcript
channels together (4 + 3 + 1), because those always return their nearest units: with
weight 1, a library holding two spoken samples put them first for every name query (the
right sound first for 1 of 52 names of benchmarks/data/sounds, in the top 5 for all)."""
RERANK_WEIGHT = 8.0
"""The reranker's RRF weight: with the bundled reranker over the top 10, best recall@1
over both development question sets pooled; 4 gained less, 12 lost more."""
PHRASE_WEIGHT = 0.0
"""RRF weight of the phrase channel (`audio_rag.store.phrases`) for questions and other
queries that do not read as a quote: those keep the ranking they had before the channel
(on the paraphrased-question sets, weight 1 or 4 changed nothing, 8 lost recall@1
0.638 -> 0.623, and a question put its own words on air above the reply)."""
LOOKUP_WEIGHTS = {"phrase": 8.0, "context": 0.0}
"""Channel weights of a quote lookup (see `QUOTE_SCORE`), over the others: the phrase
channel leads, context vectors (which find a reply through its question) are off.
Known-item recall@1 on the real telephone menus (benchmarks/retrieval.py --only menus):
0.77 with today's weights, 0.84 with the phrase channel at 1, 0.94 at 4, 0.99 at 8 and
16; context off added 0.01 there and 0.04 on the held-out menus."""
QUOTE_SCORE = 0.5
"""A query that asks nothing reads as a quote when some unit holds this share of its
words in order (the phrase channel's best alignment score): 0.5, 0.6, 0.8 and 0.9 gave
recall@1 0.99, 0.98, 0.97, 0.97 on the development menus and 1.00, 0.96-1.00, 0.96, 0.96
on the TTS known-item set (a remembered detail, not a quote); the held-out menus 0.96
for all."""
PHRASE_MIN = 0.5
"""The phrase channel keeps units whose best alignment covers at least this share of the
query's words."""
PHRASE_CANDIDATES = 150
"""Units the phrase channel reads from its trigram index and aligns word by word."""
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

BATCH_FILES = 32
"""Files whose writes (and encoder calls) go together in one ingest batch."""
