"""Prompt templates: Jinja2 files under prompts/, rendered in a sandbox.

Editors change the wording without touching code. The sandbox matters because a
template is data someone else may hand you: it cannot reach Python internals.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from jinja2 import FileSystemLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment

NAMES = ("system", "map", "reduce", "repair")


class PromptError(Exception):
    """A prompts folder that is missing a template or holds a broken one."""


def default_dir() -> Path:
    """The repository's prompts/ in a checkout; the copy inside the package when installed."""
    repo = Path(__file__).resolve().parents[2] / "prompts"
    if (repo / "map.j2").exists():
        return repo
    return Path(str(resources.files("briefing") / "prompts"))


class Prompts:
    def __init__(self, folder: Path | None = None):
        self.folder = folder or default_dir()
        missing = [n for n in NAMES if not (self.folder / f"{n}.j2").exists()]
        if missing:
            raise PromptError(f"{self.folder}: missing prompt template(s) {', '.join(m + '.j2' for m in missing)}")
        self.env = SandboxedEnvironment(loader=FileSystemLoader(str(self.folder)), undefined=StrictUndefined,
                                        autoescape=False, keep_trailing_newline=False)

    def render(self, name: str, **variables) -> str:
        try:
            return self.env.get_template(f"{name}.j2").render(**variables).strip()
        except TemplateError as e:
            raise PromptError(f"{self.folder / (name + '.j2')}: {e}") from None


@lru_cache(maxsize=4)
def load(folder: Path | None = None) -> Prompts:
    return Prompts(folder)
