"""`audio_rag.langchain` is `audio_rag.integrations.langchain` (the older import path)."""

import sys

from .integrations import langchain as _module

sys.modules[__name__] = _module
