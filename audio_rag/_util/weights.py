"""Quiet model loading: transformers draws a "Loading weights" bar over the tensors of
every model it loads, a fraction of a second that would show on every CLI call.
`quiet_weights()` hides that bar (and only that one: download bars still show) while
audio_rag loads a model, then puts back whatever tqdm hook was set before."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

BAR = "Loading weights"


def hide_weight_bars(previous=None):
    """A transformers tqdm hook that disables the weight-loading bar and passes every
    other bar on (to `previous`, the hook set before, if any)."""

    def hook(factory, args, kwargs):
        if kwargs.get("desc") == BAR:
            kwargs = {**kwargs, "disable": True}
        return previous(factory, args, kwargs) if previous else factory(*args, **kwargs)

    return hook


@contextlib.contextmanager
def quiet_weights() -> Iterator[None]:
    """Hide transformers' weight-loading bar inside the block (a no-op with a
    transformers that has no tqdm hook)."""
    try:
        from transformers.utils import logging as hf_logging
    except ImportError:  # pragma: no cover - installed with sentence-transformers
        yield
        return
    if not hasattr(hf_logging, "set_tqdm_hook"):
        yield
        return
    previous = getattr(hf_logging, "_tqdm_hook", None)
    hf_logging.set_tqdm_hook(hide_weight_bars(previous))
    try:
        yield
    finally:
        hf_logging.set_tqdm_hook(previous)
