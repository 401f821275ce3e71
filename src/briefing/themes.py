"""Stage 3: themes and the units they compare, loaded from an editable TOML file."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

BUILTIN = "themes.toml"


class ThemeError(Exception):
    """A themes file that cannot be used, or a theme that does not exist."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entity(_Strict):
    name: str
    aliases: list[str] = Field(min_length=1)
    generic: list[str] = []


class Subtopic(_Strict):
    title: str
    terms: list[str] = Field(min_length=1)


class Theme(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: str
    description: str
    aliases: list[str] = []
    terms: list[str] = Field(min_length=1)
    sections: Literal["subtopics", "entities"] = "subtopics"
    subtopics: list[Subtopic] = []
    figures: bool = False  # a "Where sources disagree" block for the units' size figures

    def names(self) -> list[str]:
        return [self.id, *self.aliases]


class ThemeBook(_Strict):
    entity: list[Entity] = []
    theme: list[Theme] = []
    own: list[str] = []  # ids of the themes a user's file brought: what 'all' means then

    def everything(self) -> list[Theme]:
        """What `--theme all` runs: a user's themes file's own themes, else every built-in one."""
        return [t for t in self.theme if t.id in self.own] or list(self.theme)

    def get(self, name: str) -> Theme:
        key = name.strip().lower()
        for t in self.theme:
            if key in (n.lower() for n in t.names()):
                return t
        valid = ", ".join(t.id for t in self.theme)
        raise ThemeError(f"unknown theme '{name}'; valid themes: {valid} (or 'all')")


def _read(text: str, where: str) -> ThemeBook:
    try:
        return ThemeBook.model_validate(tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        raise ThemeError(f"{where}: not valid TOML ({e})") from None
    except ValidationError as e:
        err = e.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise ThemeError(f"{where}: {loc}: {err['msg']}") from None


def load(extra: Path | None = None) -> ThemeBook:
    """Built-in themes, with those of `extra` replacing or adding by id (entities by name)."""
    book = _read(resources.files("briefing").joinpath(BUILTIN).read_text("utf-8"), BUILTIN)
    if extra is None:
        return book
    try:
        text = extra.read_text("utf-8")
    except OSError as e:
        raise ThemeError(f"{extra}: cannot be read ({e.strerror or e})") from None
    user = _read(text, str(extra))
    themes = {t.id: t for t in book.theme} | {t.id: t for t in user.theme}
    entities = {e.name: e for e in book.entity} | {e.name: e for e in user.entity}
    merged = ThemeBook(entity=list(entities.values()), theme=list(themes.values()), own=[t.id for t in user.theme])
    _check_aliases(merged, str(extra))
    return merged


def _check_aliases(book: ThemeBook, where: str) -> None:
    owner: dict[str, str] = {}
    for t in book.theme:
        for n in t.names():
            if owner.setdefault(n.lower(), t.id) != t.id:
                raise ThemeError(f"{where}: name '{n}' is used by both '{owner[n.lower()]}' and '{t.id}'")
