"""tqdm progress bars for the CLI: ingest (driven by the pipeline's progress hook) and
evaluation (one step per search).

A progress bar must never stop the work it reports on: every update is guarded, and a
failing bar turns itself off with one log line. The ingest bar counts whole seconds of
audio; it never goes backwards and never past its total, which grows when a file turns
out longer than its header said (a VBR mp3 without a Xing header, say).
"""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path

from ..audio import probe_duration

logger = logging.getLogger(__name__)

BAR_FORMAT = (
    "{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} s [{elapsed}<{remaining}{postfix}]"
)
"""Whole seconds of audio; tqdm shows "?" for an unknown total."""
QUIET_INTERVAL = 10.0
"""Seconds between bar redraws when stderr is not a terminal (a log file, nohup, CI)."""


class IngestProgress:
    """Progress over the total audio duration of `files` (from their headers)."""

    def __init__(self, files: list[Path], enabled: bool = True) -> None:
        self.enabled = enabled
        self.probed = {str(f): probe_duration(f) for f in files} if enabled else {}
        self.total = sum(self.probed.values())
        self.done = 0.0  # seconds of audio accounted for, over all files
        self.file_done = 0.0  # of the current file
        self.bar = None
        self._logs = contextlib.ExitStack()

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            self._guard(self._open)
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self._guard(self.bar.close)
        self._guard(self._logs.close)

    def __call__(self, event: str, **info) -> None:
        if self.bar is not None:
            self._guard(self._on, event, info)

    def _open(self) -> None:
        from tqdm import tqdm

        tty = bool(getattr(sys.stderr, "isatty", lambda: False)())
        self.bar = tqdm(
            total=round(self.total) or None,
            desc="audio",
            bar_format=BAR_FORMAT,
            mininterval=0.1 if tty else QUIET_INTERVAL,
            dynamic_ncols=tty,
        )
        from tqdm.contrib.logging import logging_redirect_tqdm

        self._logs.enter_context(logging_redirect_tqdm())  # log lines above the bar

    def _on(self, event: str, info: dict) -> None:
        if event == "file_start":
            self.file_done = 0.0
            self.bar.set_postfix_str(Path(info["path"]).name[-40:], refresh=False)
        elif event == "audio":
            self._advance(float(info["seconds"]))
        elif event == "file_done":
            promised = self.probed.get(str(info["result"].path), 0.0)
            if info["result"].status != "ingested":  # failed or unchanged: count it once
                self._advance(max(promised - self.file_done, 0.0))
            else:  # the file's real length replaces its header's in the total
                self._retotal(self.total + self.file_done - promised)

    def _advance(self, seconds: float) -> None:
        if not seconds > 0:
            return
        self.done += seconds
        self.file_done += seconds
        n = round(self.done)
        if n > self.bar.n:
            self._retotal(self.total)  # longer than the headers said: grow first
            self.bar.update(n - self.bar.n)

    def _retotal(self, total: float) -> None:
        """A new total estimate, never below what is done (the bar never overflows)."""
        self.total = max(total, self.done)
        if self.bar.total is not None and round(self.total) != self.bar.total:
            self.bar.total = round(self.total)
            self.bar.refresh()

    def _guard(self, fn, *args) -> None:
        try:
            fn(*args)
        except Exception:  # noqa: BLE001 - progress must not stop an ingest
            logger.warning("progress display failed; continuing without it", exc_info=True)
            self.bar = None


@contextlib.contextmanager
def question_bar(total: int, enabled: bool = True):
    """A progress callback over `total` searches (a tqdm bar on stderr), or None when
    not enabled."""
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="question", leave=False) as bar:

        def step() -> None:
            with contextlib.suppress(Exception):
                bar.update(1)

        yield step
