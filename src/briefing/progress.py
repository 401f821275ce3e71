"""Live progress of model requests on stderr: one line per request in flight, with the
theme, the request and the tokens received so far.

rich draws the lines: it keeps several concurrent requests (the themes of `--theme all`)
on separate lines and prints other messages above them. It is imported only when a
request is really made on a terminal, so `--help` and cached runs do not pay for it.
When stderr is not a terminal (CI, a log file, a pipe) nothing is drawn.
"""

from __future__ import annotations

import sys


class Task:
    """One request's line."""

    def __init__(self, owner: "Progress | None" = None, task_id=None):
        self._owner, self._id = owner, task_id
        self.tokens = 0

    def advance(self, tokens: int = 1) -> None:
        self.tokens += tokens
        if self._owner is not None:
            self._owner._bar.update(self._id, completed=self.tokens)

    def done(self) -> None:
        if self._owner is not None:
            self._owner._finish(self._id)
            self._owner = None


class Progress:
    def __init__(self, enabled: bool | None = None):
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self._bar = None
        self._active = 0

    def start(self, label: str) -> Task:
        if not self.enabled:
            return Task()
        if self._bar is None:
            from rich.console import Console
            from rich.progress import Progress as Bar
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Bar(SpinnerColumn(), TextColumn("{task.description}"),
                            TextColumn("{task.completed:>6.0f} tokens"), TimeElapsedColumn(),
                            console=Console(stderr=True), transient=True)
        if self._active == 0:
            self._bar.start()
        self._active += 1
        return Task(self, self._bar.add_task(label, total=None))

    def _finish(self, task_id) -> None:
        self._bar.remove_task(task_id)
        self._active -= 1
        if self._active == 0:
            self._bar.stop()
