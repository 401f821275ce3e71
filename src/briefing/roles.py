"""Who holds a role in an article: "the defendant" is the one person the article pairs with
that word ("Defendant: Owen Marlowe" in a case box, "Owen Marlowe, the defendant,", "the
witness, Ruth Fenwick"), or whose name is the role ("Witness K.", "Judge Helen Ashby"). A
sentence lifted out of a court report then says who, in brackets: "[Owen Marlowe], the
defendant, kept a notebook", "[Witness K.] said". Two people paired with one role settle
nothing, and a role nobody is paired with is not named: `referents.Referents` never guesses.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from .standalone import MEDIA, NAME, NOT_NAMES, QUOTE, ROLES

_ROLE = "|".join(sorted(ROLES))
_LINE_NAME = NAME.replace(r"\s", "[ \t]")  # a label's value ends with its line
# "Defendant: Denis Kalyuzhny, 31", "Presiding judge: Olena Rudenko": a case box's label
LABEL = re.compile(rf"^[ \t>*|-]*(?:[A-Z][a-z]+[ \t]+)?(?P<role>(?i:{_ROLE}))[ \t]*:[ \t]*(?P<n>{_LINE_NAME})", re.M)
# "Witness K.", "Judge Helen Ashby": the role is part of the name the article gives
TITLED = re.compile(rf"(?<![\w’'-])(?P<role>{'|'.join(r.capitalize() for r in sorted(ROLES))})\s+"
                    rf"(?P<n>[A-Z]\.(?![\w’'-])|{NAME})")
# "Owen Marlowe, 46, the defendant", "the defendant, Owen Marlowe", "the defendant Owen Marlowe"
NAME_FIRST = re.compile(rf"(?P<n>{NAME}),\s+(?:\d{{1,3}},\s+)?the\s+(?P<role>{_ROLE})(?![\w’'-])")
ROLE_FIRST = re.compile(rf"(?<![\w’'-])[Tt]he\s+(?P<role>{_ROLE}),?\s+(?P<n>{NAME})")


@dataclass(frozen=True)
class Holder:
    name: str  # as the article writes it: "Owen Marlowe", "Witness K."
    titled: bool  # the role is part of the name: "[Witness K.] said", not "[Witness K.], the witness,"
    line_start: int  # the lines that pair the name with the role
    line_end: int
    known: bool = True  # a name the article gives a person (or initials): one to print in brackets

    @property
    def key(self) -> str:
        return self.name.split()[-1].rstrip(".")  # "Judge Olena Rudenko" and "Olena Rudenko" are one


def holders(lines: list[str], citable, persons: frozenset[str]) -> dict[str, list[Holder]]:
    """Each role the article pairs with a name, and every pairing, in the article's order.
    `citable(n)`: whether line n may be cited (a pairing on page furniture is no evidence);
    `persons`: the names the article gives people ("Victim Support" is none)."""
    text = "\n".join(lines)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    found: dict[str, list[Holder]] = {}
    for pattern in (LABEL, TITLED, NAME_FIRST, ROLE_FIRST):
        for m in pattern.finditer(text):
            name = _trimmed(m.group("n"))
            titled = pattern is TITLED
            if not _a_name(name) or pattern is not LABEL and _quoted(text, m.start("n")) and not titled:
                continue
            start = m.start("n") + m.group("n").rfind(name) if pattern is NAME_FIRST else m.start()
            first, last = bisect_right(starts, start), bisect_right(starts, m.end() - 1)
            # (a pairing on a line that may not be cited still says the role is not one person's)
            known = all(citable(n) for n in range(first, last + 1)) and (
                _initials(name) or any(w in persons for w in name.split()))
            shown = f"{m.group('role')} {name}" if titled else name
            found.setdefault(m.group("role").lower(), []).append(Holder(shown, titled, first, last, known))
    for pairs in found.values():
        pairs.sort(key=lambda h: h.line_start)
    return found


def _initials(name: str) -> bool:
    return re.fullmatch(r"[A-Z]\.|[A-Z]{1,3}", name) is not None  # "Witness K.", "the appellant, MV,"


def _trimmed(name: str) -> str:
    """The name without words run into it from the line before ("Court" of "... Crown Court /
    Ann Lowe, the defendant"): the words after the last that is no name's."""
    words = name.split()
    while len(words) > 1 and not _a_name(" ".join(words)):
        words = words[1:]
    return " ".join(words)


def _a_name(name: str) -> bool:
    """A name, not a heading in capitals ("CASE FILE"), an outlet or a body."""
    return _initials(name) or all(
        w not in NOT_NAMES and w not in MEDIA and not (w.isupper() and len(w) > 1) for w in name.split())


def _quoted(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return any(m.start() < pos - line_start < m.end() for m in QUOTE.finditer(text[line_start:text.find("\n", pos)]))


def the_one(pairs: list[Holder]) -> bool:
    """Whether every pairing names the same person, one the article names as a person: two
    defendants settle nothing, even if only one of them is known for a person."""
    return len({h.key for h in pairs}) == 1 and any(h.known for h in pairs)


def name_role(text: str, role: str, holder: Holder) -> str | None:
    """The first bare "the <role>" outside quotes and brackets named: "[Owen Marlowe], the
    defendant, had kept", "[Witness K.] said", "[Owen Marlowe’s] lawyer"; None if there is none."""
    for m in re.finditer(rf"(?<![\w’'\[-])[Tt]he\s+{role}(?P<pos>['’]s)?(?![\w’'-])", text):
        if any(q.start() < m.start() < q.end() for q in QUOTE.finditer(text)) or _in_bracket(text, m.start()):
            continue
        if holder.titled or m.group("pos"):
            label = f"[{holder.name}’s]" if m.group("pos") else f"[{holder.name}]"
        else:
            rest = text[m.end():]
            label = f"[{holder.name}], the {role}" + ("" if re.match(r"\s*[,.;:!?)”\"]", rest) else ",")
        return text[:m.start()] + label + text[m.end():]
    return None


def _in_bracket(text: str, pos: int) -> bool:
    return text.rfind("[", 0, pos) > text.rfind("]", 0, pos)
