"""The one lazy-model helper: a value (a loaded model) made on first use, then kept.

Every model in audio_rag loads this way, so importing or constructing anything is
cheap and a model that is never used is never loaded."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")


class Lazy(Generic[T]):
    """`factory()` called once, on the first `get()` (thread-safe); `what` names the
    value in the log line that reports its loading time."""

    def __init__(self, factory: Callable[[], T], what: str = "") -> None:
        self._factory, self._what = factory, what
        self._value: T | None = None
        self._ready = False
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._ready

    def get(self) -> T:
        if not self._ready:
            with self._lock:
                if not self._ready:
                    t0 = time.perf_counter()
                    self._value = self._factory()
                    self._ready = True
                    if self._what:
                        logger.info("loaded %s in %.1f s", self._what, time.perf_counter() - t0)
        return self._value  # type: ignore[return-value]
