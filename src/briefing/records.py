"""Two page kinds that speak in someone's name throughout: a parliament's record of a debate
(Hansard) and an organisation's press release.

A debate record is turns under speaker headings ("**Helen Atherby** (Westmorland and Lonsdale)
(LD)", "**The Parliamentary Under-Secretary of State for ... (Sarah Quennell)**"): every paragraph
is the words of the nearest heading above it, and the record itself (Hansard) only hosts them.
Its column markers, time stamps, motions and "Question put and agreed to." are the sitting's
running, never a point.

A press release is its issuer's own account: the letterhead names the issuer, the headline is the
title, "FOR IMMEDIATE RELEASE: <date>" dates it; "ENDS", media contacts and the issuer's "About X"
are no part of it. Its own sentences, its notes to editors' items too, are the issuer's account.
"""

from __future__ import annotations

import re

from . import meta

# --- a debate record ------------------------------------------------------------------------------
NAME = (r"(?:(?:Mr|Ms|Mrs|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Baroness|Baron|Viscount|Earl|Rt Hon\.?)\s+)?"
        r"[A-Z][\w'’.-]+(?:\s+(?:[A-Z][\w'’.-]+|of|de|van|von|du|la|le|da|di))*?(?:\s+[A-Z][\w'’.-]+)?")
OFFICE_WORDS = (r"Minister|Secretary|Speaker|Chair|Chairman|Chairwoman|Leader|Attorney|Solicitor|Advocate|"
                r"President|Deputy|Chancellor|Whip|Spokesperson|Spokesman|Spokeswoman")
# "(Westmorland and Lonsdale) (LD)": a member's seat and party after the name.
TAIL = r"(?:\s*\([^()]{1,60}\)){1,2}"
BOLD = re.compile(r"^(?:\*\*|__)(?P<head>[^*_]{2,200}?)(?:\*\*|__)(?P<tail>(?:\s*\([^()]{1,60}\)){0,2})\s*:?$")
PERSON = re.compile(rf"^{NAME}$")
OFFICE = re.compile(rf"^(?:The\s+(?:[\w,'’]+[\s-]+){{0,16}}?(?:{OFFICE_WORDS})\b[^()]{{0,160}}?|"
                    rf"(?:Mr|Madam)\s+(?:Deputy\s+)?Speaker|(?:Mr|Madam)\s+Chair(?:man)?)"
                    rf"(?:\s*\((?P<name>{NAME})\))?$")
PLAIN_MEMBER = re.compile(rf"^(?P<name>{NAME}){TAIL}\s*:?$")
COLUMN = re.compile(r"^[*_\s]*(?:Column|Col\.)\s+\d{1,5}\s*(?:WH|WS|W|GC|CH|HL)?[*_\s]*$", re.I)
TIME_STAMP = re.compile(r"^[*_\s]*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?[*_\s]*$", re.I)
# The sitting's running: who is in the chair, the motion, its outcome, divisions, "rose—".
PROCEDURE = re.compile(
    r"^[*_\s\[]*(?:(?:Mr|Madam|Sir|Dame|Mrs|Ms|Dr)\s.{1,60}\s+in the Chair\b|"
    r"I beg to move\b|That this House\b|Motion made\b|Question (?:put|proposed|agreed|accordingly)\b|"
    r"Resolved\b|Ordered\b|The (?:House|Committee) (?:divided|proceeded|adjourned)\b|Division\b|Ayes\b|Noes\b|"
    r"Sitting (?:suspended|resumed)\b|Hon\. Members\b|Several hon\. Members\b|.{2,80}\brose\s*[—–-]+)",
    re.I)
RECORD_NAME = re.compile(r"\b(?:Hansard|Official Report)\b", re.I)
HOUSE_WORDS = re.compile(r"\bhon\.\s+(?:and\s+(?:gallant|learned)\s+)?(?:Member|Lady|Gentleman|Friend)\b|"
                         r"\bWestminster Hall\b|\bthe Chair\b")
HEADINGS_NEEDED = 3


def _heading(s: str, known: set[str]) -> str | None:
    """Who a speaker heading names, or None when the line is no speaker heading. `known`: names a
    full heading has given, which a later heading may give alone ("Helen Atherby")."""
    s = s.strip()
    if m := BOLD.match(s):
        head = " ".join(m.group("head").split()).rstrip(":")
        if TIME_STAMP.match(head) or COLUMN.match(head):
            return None
        if o := OFFICE.match(head):
            return o.group("name") or _office(head)
        if inner := PLAIN_MEMBER.match(head):  # "**Helen Atherby (Westmorland and Lonsdale) (LD)**"
            return inner.group("name")
        if PERSON.match(head) and 2 <= len(head.split()) <= 6:
            return head  # a member's name alone: a speaker once a full heading has named them too
        return None
    if m := PLAIN_MEMBER.match(s):
        return m.group("name")
    if (o := OFFICE.match(s)) and o.group("name"):
        return o.group("name")
    return s if s in known else None


def _office(head: str) -> str:
    """An office heading with no name: "The Minister for Housing" -> "the Minister for Housing"."""
    return "the " + head[4:] if head.startswith("The ") else head


def _prose_after(stripped: list[str], i: int) -> bool:
    j = i + 1
    while j < len(stripped) and (not stripped[j] or COLUMN.match(stripped[j]) or TIME_STAMP.match(stripped[j])):
        j += 1
    return j < len(stripped) and len(stripped[j].split()) >= 2 and not BOLD.match(stripped[j])


def speakers(stripped: list[str]) -> dict[int, str]:
    """A debate record's speaker headings (0-based line -> who speaks), or {} when the page is no
    debate record: three headings or more, one speaker heard twice, and the record's own marks
    (a member's seat and party, an office, "hon. Member", "Hansard", column markers)."""
    known: set[str] = set()
    found: dict[int, str] = {}
    for i, s in enumerate(stripped):
        if not s or len(s) > 260 or (i and stripped[i - 1]):
            continue
        who = _heading(s, known)
        if who and _prose_after(stripped, i):
            found[i] = who
            # (a plain office heading with the name in brackets is full too: "The Parliamentary
            # Under-Secretary of State for the Home Department (Daniel Okafor-Hale)")
            full = bool(PLAIN_MEMBER.match(s) or (o := OFFICE.match(s)) and o.group("name") or (m := BOLD.match(s))
                        and (m.group("tail") or OFFICE.match(m.group("head").strip())))
            if full:
                known.add(who)
                if m := BOLD.match(s):
                    known.add(" ".join(m.group("head").split()))
    names = list(found.values())
    if len(names) < HEADINGS_NEEDED or max(names.count(n) for n in set(names)) < 2 or not known:
        return {}
    page = "\n".join(stripped)
    if not (RECORD_NAME.search(page) or HOUSE_WORDS.search(page) or any(COLUMN.match(s) for s in stripped)):
        return {}
    return {i: who for i, who in found.items() if who in known}


def turns(stripped: list[str], heads: dict[int, str] | None = None) -> dict[int, int]:
    """Each line (0-based) of a debate record's turn -> its speaker heading: the nearest heading
    above it, down to the next heading or the end of the sitting ("Question put and agreed to.")."""
    heads = speakers(stripped) if heads is None else heads
    out: dict[int, int] = {}
    current = None
    for i, s in enumerate(stripped):
        if i in heads:
            current = i
        elif current is not None and s and re.match(r"^[*_\s]*(?:Question put|Resolved|Ordered|The (?:House|"
                                                      r"Committee|sitting) (?:divided|adjourned))\b|^-{3,}$", s, re.I):
            current = None
        elif current is not None:
            out[i] = current
    return out


def mark_debate(stripped: list[str], skipped: dict[int, str]) -> None:
    """A debate record's furniture, over what the general rules said of these lines (a heading
    repeated reads to them as a running header, a bold name under a paragraph as a signature):
    speaker headings, column markers, time stamps and the sitting's procedure."""
    heads = speakers(stripped)
    if not heads:
        return
    for i, s in enumerate(stripped):
        if not s:
            continue
        if i in heads:
            skipped[i + 1] = "debate speaker"
        elif COLUMN.match(s):
            skipped[i + 1] = "column marker"
        elif TIME_STAMP.match(s):
            skipped[i + 1] = "timestamp"
        elif PROCEDURE.match(s):
            skipped[i + 1] = "debate procedure"
    inside = turns(stripped, heads)
    for j in inside:  # inside a turn, what the general rules took for furniture is speech
        if stripped[j] and skipped.get(j + 1, "").startswith(("photo caption", "heading", "running header",
                                                              "truncated fragment", "letter signature")):
            del skipped[j + 1]
    for j in range(min(heads), len(stripped)):  # after the first speaker, what no one says is the record's own
        if stripped[j] and j not in heads and j not in inside:
            skipped.setdefault(j + 1, "debate procedure")


def debate_bridges(stripped: list[str]) -> frozenset[int]:
    """A debate record's speaker headings (1-based): each sentence is cited with the heading that
    names its speaker, though no sentence holds the heading's words."""
    return frozenset(i + 1 for i in speakers(stripped))


def debate_meta(stripped: list[str]) -> tuple[str | None, str | None, str | None]:
    """(the record's name, the sitting's day, the debate's title above its day): "Hansard", from
    "debated on Thursday 26 November 2026"; the title only where it stands right above that line."""
    page = "\n".join(stripped)
    record = meta.title_case(m.group(0)) if (m := RECORD_NAME.search(page)) else None
    day = title = None
    for i, s in enumerate(stripped[:40]):
        if re.search(r"\b(?:debated|sitting|sat) on\b|\bvolume \d", s, re.I) and (day := meta.parse_date(s)):
            above = next((x for x in reversed(stripped[:i]) if x), "")
            if 2 <= len(above.split()) <= 16 and not RECORD_NAME.search(above) and not above.endswith(".") \
                    and not re.search(r"\b(?:House of|Parliament)\b", above):
                title = above.strip(" #*_")
            break
    if day is None:
        day = next((d for s in stripped[:30] if (d := meta.parse_date(s))), None)
    return record, day, title


# --- a press release ------------------------------------------------------------------------------
MARK = re.compile(r"^[*_#\s]*(?:(?:press|news|media) release|for immediate release|(?:embargoed|under embargo)\s+"
                  r"(?:until|till|to)\b)", re.I)
MARK_HEAD = 15  # non-blank lines from the top in which the release says what it is
ENDS = re.compile(r"^[-–—*_\s]*(?:ENDS?|Ends)[-–—*_\s]*$|^\s*#{3}\s*$")
# What follows a release's text: notes to editors, contacts, the issuer's boilerplate.
AFTER = re.compile(r"^[*_#\s]*(?:notes? (?:to|for) (?:editors?|news desks?)|editors?['’]? notes?|"
                   r"(?:media|press) (?:contacts?|enquiries|inquiries|office)|for (?:further|more) information\b|"
                   r"contacts?\b|about (?:the )?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,8})[*_:\s]*$", re.I)
# A notes-to-editors item is the issuer's background ("2. Candidates with access arrangements ... are
# entitled to ..."): its account like the rest, printed as theirs; not a contact or an "About X".
NOTES_HEAD = re.compile(r"^[*_#\s]*(?:notes? (?:to|for) (?:editors?|news desks?)|editors?['’]? notes?)[*_:\s]*$",
                        re.I)
CONTACT = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+|\b(?:tel|phone|mobile|out of hours)\b|\b0\d{3,4} ?\d{3} ?\d{3,4}\b",
                     re.I)
ABOUT = re.compile(r"^[*_#\s]*about\s+(?P<n>(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,8}?)[*_:\s]*$", re.I)
IMAGES = re.compile(r"\b(?:images?|photos?|photographs?|pictures?|footage|b-?roll)\b[^.]{0,80}\bavailable\b|"
                    r"\bavailable\b[^.]{0,40}\b(?:images?|photos?|photographs?|pictures?|footage)\b", re.I)
ISSUED = re.compile(r"\b(?:issued|released|published) (?:by|on behalf of)\s+(?P<n>[A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*"
                    r"|\s+(?:of|for|and|the)){0,8})")
HEADLINE_WORDS = 25
# "From: Department for Regional Transport": the issuer, on a page that says so.
FROM = re.compile(r"^[*_\s]*(?:from|issued by|published by)\s*:\s*(?P<n>[A-Z].{2,80})$", re.I)
SMALL = {"of", "for", "and", "the", "on", "in", "at", "&"}
NAV = re.compile(r"\b(?:skip|cookies?|menu|home|search|sign in|log in|main content|subscribe)\b", re.I)


def release(stripped: list[str]) -> int | None:
    """The line (0-based) where a press release says what it is ("PRESS RELEASE", "FOR IMMEDIATE
    RELEASE: ..."), near its top; None for any other page."""
    top = [i for i, s in enumerate(stripped) if s][:MARK_HEAD]
    return next((i for i in top if MARK.match(stripped[i]) and len(stripped[i].split()) <= 14), None)


def _end(stripped: list[str]) -> int:
    """Where the release's own text ends (0-based, exclusive): at "ENDS", else at its notes."""
    ends = next((i for i, s in enumerate(stripped) if ENDS.match(s)), None)
    if ends is not None:
        return ends
    return next((i for i, s in enumerate(stripped) if i > 3 and AFTER.match(s) and len(s.split()) <= 10),
                len(stripped))


def _marks(stripped: list[str], at: int) -> int:
    """The last line (0-based) of the release's marks: "PRESS RELEASE" and the dated line under it."""
    last = at
    j = at + 1
    while j < len(stripped) and stripped[j] and (MARK.match(stripped[j]) or meta.parse_date(stripped[j])) \
            and len(stripped[j].split()) <= 14:
        last = j
        j += 1
    return last


def headline(stripped: list[str], at: int | None = None) -> int | None:
    """The release's headline (0-based): the first short line after its marks that is no sentence."""
    at = release(stripped) if at is None else at
    if at is None:
        return None
    for i in range(_marks(stripped, at) + 1, min(_end(stripped), len(stripped))):
        s = stripped[i]
        wrapped = i + 1 < len(stripped) and stripped[i + 1][:1].islower()  # a hard-wrapped paragraph's line
        if s and len(s.split()) <= HEADLINE_WORDS and (s.isupper() or not re.search(r"[.!]$", s)) and not wrapped \
                and not MARK.match(s) and not FROM.match(s) and not meta.parse_date(s):
            return i
    return None


def issuer(stripped: list[str], at: int | None = None) -> str | None:
    """Who issues the release: its letterhead's first line ("HOLLINBECK WILDLIFE PARK"), else
    the organisation its "About X" notes or an "Issued by X" line name."""
    at = release(stripped) if at is None else at
    if at is None:
        return None
    for s in stripped[:at + MARK_HEAD]:
        if m := FROM.match(s):
            return m.group("n").strip(" .*_")
    for s in stripped[:at]:
        name = s.strip(" *_#")
        if name and all(w[:1].isupper() or w in SMALL for w in name.split()) and len(name.split()) <= 8 \
                and not re.search(r"https?:|www\.|@|\d|[|·•>›:]", name) and not NAV.search(name):
            return meta.title_case(name) if name.isupper() else name
    for s in stripped:
        if (m := ABOUT.match(s)) or (m := ISSUED.search(s)):
            return m.group("n").strip()
    return None


def release_meta(stripped: list[str]) -> tuple[str | None, str | None, str | None]:
    """(headline, issuer, day) of a press release; all None for any other page."""
    at = release(stripped)
    if at is None:
        return None, None, None
    head = headline(stripped, at)
    title = stripped[head].strip(" *_#") if head is not None else None
    day = next((d for s in stripped[at:_marks(stripped, at) + 1] if (d := meta.parse_date(s))), None)
    if day is None:  # a dateline opening the text: "KENDAL, 3 March 2026 – ..."
        start = (head if head is not None else _marks(stripped, at)) + 1
        first = next((s for s in stripped[start:] if s), "")
        day = meta.parse_date(first[:60])
    return title, issuer(stripped, at), day


def mark_release(stripped: list[str], skipped: dict[int, str]) -> None:
    """A press release's furniture: the letterhead and the marks above its headline, any notice
    between them and the headline (a corrected version's), "ENDS" and the headings after it, the
    issuer's "About X" and its contacts to the end of the page, and lines that only offer images.
    The notes to editors' items stay: the issuer's background, printed as its account."""
    at = release(stripped)
    if at is None:
        return
    head = headline(stripped, at)
    top = head if head is not None else _marks(stripped, at) + 1
    for i in range(top):  # (what the general rules said of a line stands)
        if stripped[i] and skipped.get(i + 1) in (None, "headline"):  # (the letterhead is no headline)
            skipped[i + 1] = "press release letterhead" if i < at else "press release marks"
    if head is not None:
        skipped[head + 1] = "headline"
    closing = False  # in the issuer's "About X" or its contacts: to the end of the page
    for i in range(_end(stripped), len(stripped)):
        s = stripped[i]
        if not s:
            continue
        if ENDS.match(s) or AFTER.match(s) and len(s.split()) <= 10:
            skipped.setdefault(i + 1, "press release notes")
            closing = closing or not (ENDS.match(s) or NOTES_HEAD.match(s))
        elif closing or CONTACT.search(s):
            skipped.setdefault(i + 1, "press release notes")
    for i, s in enumerate(stripped):
        if s and IMAGES.search(s) and len(s.split()) <= 25:
            j = i  # the whole paragraph offering them
            while j < len(stripped) and stripped[j]:
                skipped.setdefault(j + 1, "press release notes")
                j += 1
