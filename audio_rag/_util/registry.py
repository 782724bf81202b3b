"""The one registry mechanism for pluggable backends (transcribers, audio encoders,
speaker encoders, rerankers, diarizers): names -> factories, and an error that lists
the valid names when a name is unknown."""

from __future__ import annotations

import inspect
from collections.abc import Callable
from typing import Generic, TypeVar

from ..errors import UnknownNameError

F = TypeVar("F", bound=Callable)


class Registry(Generic[F]):
    """Factories of one kind of backend by name. `fallback`, when given, builds any
    name not registered (e.g. a hub id for a reranker)."""

    def __init__(self, kind: str, fallback: F | None = None) -> None:
        self.kind, self.fallback = kind, fallback
        self._factories: dict[str, F] = {}

    def register(self, name: str, factory: F) -> F:
        self._factories[name] = factory
        return factory

    def unregister(self, name: str) -> None:
        """Forget a registered name (a plugin that is no longer wanted)."""
        self._factories.pop(name, None)

    def names(self) -> list[str]:
        return sorted(self._factories)

    def __contains__(self, name: str) -> bool:
        return name in self._factories

    def get(self, name: str) -> F:
        """The factory registered as `name` (else the fallback); an unknown name without
        a fallback raises UnknownNameError listing the valid names."""
        if name in self._factories:
            return self._factories[name]
        if self.fallback is not None:
            return self.fallback
        raise UnknownNameError(self.kind, name, self.names())

    def make(self, name: str, *args, **options):
        """The backend `name` built from `args` and those keyword `options` its factory
        takes (a plugin written before an option existed still builds)."""
        factory = self.get(name)
        return factory(*args, **accepted(factory, **options, _all_to_kwargs=True))


def accepted(fn: Callable, _all_to_kwargs: bool = False, **options) -> dict:
    """The keyword `options` that `fn` names as parameters (a transcriber may take
    progress, regions and boundaries, or none of them; a factory a device, or not);
    with `_all_to_kwargs`, every option for a `fn` that takes **kwargs."""
    try:
        params = inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return options if _all_to_kwargs else {}
    if _all_to_kwargs and any(p.kind is p.VAR_KEYWORD for p in params.values()):
        return options
    return {k: v for k, v in options.items() if k in params}
