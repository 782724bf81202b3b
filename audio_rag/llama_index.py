"""`audio_rag.llama_index` is `audio_rag.integrations.llama_index` (the older import path)."""

import sys

from .integrations import llama_index as _module

sys.modules[__name__] = _module
