"""What an engine hands the verifier: sections of claims, each claim with its citations."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Citation:
    path: str  # the source file, as in Source.path
    line_start: int  # 1-based, inclusive
    line_end: int

    def to_json(self) -> dict:
        return {"path": self.path, "line_start": self.line_start, "line_end": self.line_end}


@dataclass(frozen=True)
class Claim:
    text: str
    citations: tuple[Citation, ...]
    label: str | None = None  # a short tag shown before the text (a figure in a disagreement)


@dataclass(frozen=True)
class Heading:
    """A table row: the entity's one canonical name and the other names it goes by."""

    name: str
    aka: tuple[str, ...] = ()


@dataclass(frozen=True)
class Pointer:
    """A table cell whose statement another cell already prints: "see Founding". It says where
    to look, it claims nothing, so nothing verifies it; it is shown only while that cell is."""

    label: str  # this cell, "row|column"
    to: str  # the cell that prints the statement, "row|column"

    def to_json(self) -> dict:
        return {"label": self.label, "see": self.to}


@dataclass
class Section:
    title: str
    kind: str  # lead | points | contrasts | disagreement | table
    claims: list[Claim] = field(default_factory=list)
    columns: tuple[str, ...] = ()  # table sections: claims are cells labelled "row|column"
    rows: tuple[Heading, ...] = ()  # table sections: every row, in order, filled or not
    about: str | None = None  # disagreement sections: the table cell ("row|column") they flag
    pointers: tuple[Pointer, ...] = ()  # table sections: cells left empty because another cell holds it
    # table sections: cells whose only statements count from an undated article's day, with the
    # phrase ("six months ago"): in the sources, but not as a fact a reader can date
    undated: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Repair:
    """A model sentence that failed a check before the draft was handed on, and what became of it."""

    outcome: str  # repaired | replaced | dropped
    text: str
    reason: str
    result: str | None = None  # the sentence that took its place

    def to_json(self) -> dict:
        return {"outcome": self.outcome, "text": self.text, "reason": self.reason, "result": self.result}


@dataclass
class Draft:
    theme_id: str
    title: str
    engine: str
    sections: list[Section]
    usage: dict | None = None  # tokens, requests and cost, for engines that call a model
    repairs: list[Repair] = field(default_factory=list)  # engine-side repairs, for the audit
    note: str | None = None  # said instead of sections: "No material on this theme in the sources."
