"""tqdm progress bars for the CLI: ingest (driven by the pipeline's progress hook) and
evaluation (one step per search)."""

from __future__ import annotations

import contextlib
from pathlib import Path

from .audio import probe_duration


class IngestProgress:
    """Progress over the total audio duration of `files` (from their headers)."""

    def __init__(self, files: list[Path], enabled: bool = True) -> None:
        self.total = sum(probe_duration(f) for f in files) if enabled else 0.0
        self.enabled = enabled
        self.bar = None

    def __enter__(self) -> IngestProgress:
        if self.enabled:
            from tqdm import tqdm

            self.bar = tqdm(
                total=round(self.total, 1) or None,
                unit="s audio",
                bar_format="{l_bar}{bar}| {n:.0f}/{total:.0f} s audio "
                "[{elapsed}<{remaining}] {postfix}",
            )
        return self

    def __exit__(self, *exc) -> None:
        if self.bar is not None:
            self.bar.close()

    def __call__(self, event: str, **info) -> None:
        if self.bar is None:
            return
        if event == "file_start":
            self.bar.set_postfix_str(Path(info["path"]).name[-40:])
        elif event == "audio":
            self.bar.update(info["seconds"])
        elif event == "file_done" and info["result"].status != "ingested":
            self.bar.update(probe_duration(info["result"].path))


@contextlib.contextmanager
def question_bar(total: int, enabled: bool = True):
    """A progress callback over `total` searches (a tqdm bar on stderr), or None when
    not enabled."""
    if not enabled:
        yield None
        return
    from tqdm import tqdm

    with tqdm(total=total, unit="question", leave=False) as bar:
        yield lambda: bar.update(1)
