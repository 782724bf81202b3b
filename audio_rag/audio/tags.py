"""What a file says about itself in words: its name and its embedded tags.

A sound library names its files ("door_slam_03.wav", "Oxygen-Window-Minimize.ogg") and
often tags them (ID3 title and comment in mp3, Vorbis comments in Ogg, RIFF INFO and BWF
description in WAV, read through FFmpeg's metadata). `describe` turns both into one
plain text, searched as the "name" channel, so a sound is found by what it is called
without an audio-text model.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

logger = logging.getLogger(__name__)

TAG_KEYS = ("title", "comment", "description", "keywords", "subject", "genre")
"""FFmpeg's metadata keys kept (ID3, Vorbis comments, RIFF INFO INAM/ICMT/IKEY/ISBJ,
BWF bext description all arrive under these names, in any case)."""
MAX_TAG_CHARS = 500


def name_words(path: str | Path) -> str:
    """The words of a file's name and its folder's: separators, camelCase and
    letter-digit boundaries split ("doorSlam_03.wav" in "Foley" -> "door slam 03 foley")."""
    p = Path(path)
    return " ".join(_split(part) for part in (p.stem, p.parent.name) if part).strip()


def read_tags(path: str | Path) -> dict[str, str]:
    """The container's and first audio stream's tags among `TAG_KEYS` ({} if none or
    unreadable: tags never stop an ingest)."""
    try:
        import av

        with av.open(str(path), metadata_errors="ignore") as c:
            found = dict(c.metadata)
            stream = next((s for s in c.streams if s.type == "audio"), None)
            if stream is not None:
                found.update(stream.metadata)
    except Exception as e:  # the decoder reports unreadable files, not this
        logger.debug("no tags from %s: %s", path, e)
        return {}
    tags = {k.lower(): str(v).strip() for k, v in found.items()}
    return {k: tags[k][:MAX_TAG_CHARS] for k in TAG_KEYS if tags.get(k)}


def describe(path: str | Path, tags: dict[str, str] | None = None) -> str:
    """Name words, then the tags' text: what the name channel searches."""
    parts = [name_words(path), *(tags or {}).values()]
    return " ".join(p for p in parts if p)


def _split(name: str) -> str:
    name = re.sub(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=\d)|(?<=\d)(?=[A-Za-z])", " ", name)
    return " ".join(re.split(r"[\W_]+", name.lower())).strip()
