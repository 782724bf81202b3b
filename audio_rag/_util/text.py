"""Text utilities shared by ingest and search: sentences, words, and the one source of
stop words and stemmers per language (bm25s' stop lists, Snowball stemmers from
PyStemmer), keyed by ISO 639-1 code."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

SENTENCE_END = (".", "?", "!", "…")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")
_WORD = re.compile(r"\w+", re.UNICODE)

_STOP_LISTS = {
    "en": "STOPWORDS_EN_PLUS",
    "da": "STOPWORDS_DANISH",
    "nl": "STOPWORDS_DUTCH",
    "fr": "STOPWORDS_FRENCH",
    "de": "STOPWORDS_GERMAN",
    "it": "STOPWORDS_ITALIAN",
    "no": "STOPWORDS_NORWEGIAN",
    "pt": "STOPWORDS_PORTUGUESE",
    "ru": "STOPWORDS_RUSSIAN",
    "es": "STOPWORDS_SPANISH",
    "sv": "STOPWORDS_SWEDISH",
    "tr": "STOPWORDS_TURKISH",
}
_CONTENT_WORDS = {"en": frozenset({"won"})}
"""Words of a stop list that are also content words (English "won", a fragment of
"won't" in the list)."""
_STEMMERS = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german",
    "el": "greek", "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish",
    "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian", "hy": "armenian",
    "id": "indonesian", "it": "italian", "lt": "lithuanian", "ne": "nepali", "nl": "dutch",
    "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sr": "serbian", "sv": "swedish", "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip


def sentences(text: str) -> list[str]:
    """The sentences of a transcript passage: split after ".", "?" or "!" and a space."""
    return [s for s in _SENTENCE_BREAK.split(text.strip()) if s]


def fold(text: str) -> str:
    """Lower case without accents or apostrophes ("Café's" -> "cafes")."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("'", "").replace("’", ""))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> list[str]:
    """The words of `text`, folded (see `fold`)."""
    return _WORD.findall(fold(text))


@lru_cache(maxsize=16)
def stop_words(language: str = "en") -> frozenset[str]:
    """The stop words of a language (folded; empty for a language without a list)."""
    import bm25s.stopwords

    name = _STOP_LISTS.get(base_language(language))
    listed = getattr(bm25s.stopwords, name, ()) if name else ()
    return frozenset(fold(w) for w in listed) - _CONTENT_WORDS.get(base_language(language), set())


@lru_cache(maxsize=16)
def stemmer(language: str = "en"):
    """A Snowball stemmer (PyStemmer) for a language, or None where Snowball has none."""
    import Stemmer

    name = _STEMMERS.get(base_language(language))
    return Stemmer.Stemmer(name) if name else None


def base_language(language: str | None) -> str:
    """ "en-GB" -> "en"; None -> "en"."""
    return (language or "en").split("-")[0].split("_")[0].lower()
