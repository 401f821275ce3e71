"""Stage 3: themes and the units they compare, loaded from an editable TOML file.

The aspects an entities theme compares say in `patterns` what a sentence must state to
fill their column: regular expressions with a few placeholders ({unit}, {name},
{number}, {date}) that `aspect_pattern` expands, so the rule is data an editor can read
and change, not code.
"""

from __future__ import annotations

import re
import tomllib
from importlib import resources
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

BUILTIN = "themes.toml"


class ThemeError(Exception):
    """A themes file that cannot be used, or a theme that does not exist."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Entity(_Strict):
    name: str  # the one name used in headings and table rows
    aliases: list[str] = Field(min_length=1)
    generic: list[str] = []
    aka: list[str] | None = None  # names shown under `name`; None: the aliases the sources use


class Value(_Strict):
    """One answer an aspect can have ("integrated", "unconfirmed"): rows with different
    values are a contrast an editor points out."""

    label: str
    patterns: list[str] = Field(min_length=1)

    _check = field_validator("patterns")(lambda cls, v: _compiles(v))


class Subtopic(_Strict):
    title: str
    terms: list[str] = Field(min_length=1)
    description: str = ""  # what the aspect is, for the model and for editors
    # subtopics themes: words one of which a sentence must also use to go under this subtopic,
    # when its terms name who or what it is about rather than what happens to them
    about: list[str] = []
    patterns: list[str] = []  # entities themes: what a sentence must state to fill this column
    values: list[Value] = []
    figures: bool = False  # this column is a headcount: conflicting figures are flagged in its cells

    _check = field_validator("patterns")(lambda cls, v: _compiles(v))

    def rules(self) -> list[str]:
        """The patterns, or when there are none the terms: the entity, then a term, in one clause."""
        if self.patterns:
            return self.patterns
        return [rf"{{unit}}[^.;:]{{0,60}}\b{re.escape(t)}{'' if ' ' in t else r'[a-z]*'}\b" for t in self.terms]


class Theme(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_-]*$")
    title: str
    description: str
    aliases: list[str] = []
    terms: list[str] = Field(min_length=1)
    sections: Literal["subtopics", "entities"] = "subtopics"
    subtopics: list[Subtopic] = []
    figures: bool = False  # a "Where sources disagree" block for the units' size figures
    entities: list[str] = []  # entities themes: the rows compared, in order; empty: every entity
    # entities themes: head nouns ("Company", "Brigade") of names the sources use for an entity
    # the file does not list; each such entity gets a row of its own (compare.discovered)
    discover: list[str] = []

    def names(self) -> list[str]:
        return [self.id, *self.aliases]


class ThemeBook(_Strict):
    entity: list[Entity] = []
    theme: list[Theme] = []
    own: list[str] = []  # ids of the themes a user's file brought: what 'all' means then
    found: list[str] = []  # entities no file lists, found in the sources (compare.discovered)

    @model_validator(mode="after")
    def _known_entities(self):
        names = {e.name for e in self.entity}
        for t in self.theme:
            if unknown := [n for n in t.entities if n not in names]:
                raise ValueError(f"theme '{t.id}' compares '{unknown[0]}', which no [[entity]] names")
        return self

    def rows(self, theme: Theme) -> list[Entity]:
        """The entities an entities theme compares, in the theme's order."""
        by_name = {e.name: e for e in self.entity}
        listed = [by_name[n] for n in theme.entities] if theme.entities else \
            [e for e in self.entity if e.name not in self.found]
        nouns = {n.lower() for n in theme.discover}
        return listed + [e for e in self.entity if e.name in self.found and e not in listed
                         and (set(e.generic) & nouns or nouns and e.generic == ["unit"])]  # "Pereprava"

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
        raise ThemeError(f"{where}: {loc + ': ' if loc else ''}{err['msg'].removeprefix('Value error, ')}") from None


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


# -- the pattern language of aspects -----------------------------------------------------------
# A pattern is a regular expression, matched without regard to case, in which these stand for:
#   {unit}    the row's entity: any alias (quoted, possessive or in [brackets]), or "the legion",
#             "the unit" (its generic words) in a sentence whose subject it is. Never "it" or
#             "its": in "stand with Ukraine in its fight" the "its" is Ukraine.
#   {name}    a capitalised name ("Denis Nikitin", "Caesar")
#   {number}  a figure: "4,000", "a few dozen", "several hundred", "over 100"
#   {date}    "in February 2022", "last August", "six months ago", "in early 2023"
#   {aside}   after {unit}: an appositive that may stand between it and its verb (", the largest
#             of the units,"), left out of the cell; never one that says whose claim it is
CAPS = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
NUMBER_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|"
                "fifty|sixty|seventy|eighty|ninety")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
PLACEHOLDERS = {
    "{name}": rf"(?-i:[{CAPS}][\w’'-]+(?:\s+[{CAPS}][\w’'-]+){{0,2}})",
    "{number}": (r"[“\"]?(?:(?:around|about|over|more than|some|nearly|almost|up to|at least|roughly|only|a few|"
                 # a figure starts where a number starts: else each digit of a long run starts an attempt
                 r"several|a|an)\s+){0,2}[“\"]?(?:(?<![\d,])\d[\d,]*|" + NUMBER_WORDS +
                 r"|dozens?|hundreds?|thousands?)"
                 r"(?:\s+(?:dozen|hundred|thousand))?[”\"]?"),
    "{date}": (r"(?:(?:(?:in|on|since|by|last|this|early|late|mid|the|of|end|beginning|start)\s+){0,3}"
               rf"(?:{MONTHS}|spring|summer|autumn|fall|winter|year|month|week)(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?"
               r"|(?:in|since)\s+(?:(?:early|late|mid)[\s-]+)?\d{4}|(?:\w+|a|an)\s+(?:days?|weeks?|months?|years?)\s+ago)"),
    "{aside}": (r"(?P<aside>,\s+(?![^,]*\b(?:according|said|says|told|claim\w*|report\w*|alleged\w*|verif\w*|"
                r"confirm\w*|not)\b)[^,.;:“”\"«»()]{3,80},)?"),
}
QUOTE_OPEN, QUOTE_CLOSE = "[“\"«‘']?", "[”\"»’']?"


def _unit(entity: Entity | None) -> str:
    if entity is None:  # for checking a pattern's syntax
        return "(?P<unit>unit)"
    names = "|".join(re.escape(n) for n in sorted({entity.name, *entity.aliases}, key=len, reverse=True))
    generic = "|".join(re.escape(g) for g in sorted(entity.generic, key=len, reverse=True)) or "unit"
    # "The Russian Volunteer Corps (RDK)": the abbreviation in brackets is part of the name
    named = rf"(?:the\s+)?{QUOTE_OPEN}(?:{names}){QUOTE_CLOSE}(?:[’']s)?(?:\s\([^()\s]{{2,12}}\))?"
    pointer = rf"(?:the|this|its|their)\s+(?:{generic}|unit|group)(?:[’']s)?"
    return rf"(?P<unit>\[{named}\]|\[{pointer}\]|{named}|\b{pointer})"


_CACHE: dict[tuple, re.Pattern] = {}


def aspect_pattern(pattern: str, entity: Entity | None = None) -> re.Pattern:
    """An aspect's pattern with its placeholders expanded for one row's entity (compiled once)."""
    key = (pattern, entity.name, *entity.aliases, "|", *entity.generic) if entity else (pattern,)
    if key not in _CACHE:
        text = pattern
        for k, v in PLACEHOLDERS.items():
            text = text.replace(k, v)
        text = text.replace("{unit}", _unit(entity), 1).replace("{unit}", _unit(entity).replace("?P<unit>", ""))
        _CACHE[key] = re.compile(text, re.I)
    return _CACHE[key]


def _compiles(patterns: list[str]) -> list[str]:
    for p in patterns:
        try:
            aspect_pattern(p)
        except re.error as e:
            raise ValueError(f"pattern {p!r} is not a valid regular expression ({e})") from None
    return patterns
