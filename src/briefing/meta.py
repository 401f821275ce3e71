"""When an article was published, who wrote it and which outlet published it, and the words
in a sentence that only mean something next to that date ("last week", "on Wednesday").

Pages carry this in their metadata (pages.py). A scraped `.txt` carries it, if at all,
as a byline ("By Jane Doe", or the name on a line of its own, repeated), a dateline
("Published 14 June 2023") and the outlet's name in a masthead, a copyright line or a
credit (`outlet`); nothing here guesses a date from the article's prose.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from datetime import date

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], 1)}
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
MONTH = rf"(?P<month>{_MON})"
DATES = [
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)? {MONTH},? (?P<year>(?:19|20)\d\d)\b", re.I),
    re.compile(rf"\b{MONTH} (?P<day>\d{{1,2}})(?:st|nd|rd|th)?,? (?P<year>(?:19|20)\d\d)\b", re.I),
    # A transcript service's or a database's stamp: "Tue 28-Apr-2026 08:30 BST"
    re.compile(rf"\b(?P<day>\d{{1,2}})-{MONTH}-(?P<year>(?:19|20)\d\d)\b", re.I),
    # ISO, and the stamp of a wire or a feed: "2025-11-06T18:42Z"
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>\d\d)-(?P<day>\d\d)(?:\b|(?=T\d))"),
    # Day first with dots, as European sites and records write it: "16.01.2026", Czech "14. 4. 2027"
    # (a scrape may glue it to the word before: "Ukraine14. 4. 2027")
    re.compile(r"(?<![\d.])(?P<day>\d{1,2})\. ?(?P<mon>\d{1,2})\. ?(?P<year>(?:19|20)\d\d)\b"),
]
DATELINE = re.compile(r"^\s*(published|posted|first published|date|sent|filed|issued|aired|broadcast|"
                      r"updated|last updated|last modified|modified|decision promulgated|promulgated|date of decision|"
                      r"decision date|judgment (?:date|delivered|handed down)|date of judgment|printed|"
                      r"day(?=\s*:))\b\s*:?", re.I)
# A journal article's history line: its fields are set apart by commas.
HISTORY = re.compile(r"^\W*Received\b.{0,80}\b(?:Accepted|Published)\b", re.I)
# Below the title block a dateline is a line of its own ("Last updated: 7 May 2026 at 10:32 BST"); a
# search result's "Last updated Jan 15, 2038 — Type: engineer ..." dates another page.
DATELINE_REST = 7
UPDATED = ("updated", "last updated", "last modified", "modified", "printed")
# A rundown's or a log's day with a two-digit year, after its label only: "Day: TUE 03.03.26".
SHORT_DATE = re.compile(r"\b(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{2})\b(?![.\d])")
BYLINE = re.compile(r"^\s*[*_]*(?i:by|words by|written by|text by|story by|author:|words:|(?:live )?coverage by|"
                    r"por|par|von)\s+(?P<name>[A-Z][\w.'’-]+(?:\s+(?:and\s+)?[A-Z][\w.'’-]+){1,5})"
                    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){0,3}?"  # "By Jane Doe in Kyiv"
                    r"(?:\s+and\s+(?P<second>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})"  # "... and P. Lysenko in Kyiv"
                    r"(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[a-zA-Z][\w'’-]*){0,3}?)?)?)?\s*(?:$|[,|·•–—*_-])")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# A line that opens with a full date: the page's date set on its own line.
# (a news agency's stamp may give the time first: "11:47 03.12.2029 (updated: 15:20 03.12.2029)")
BARE_DATE = re.compile(rf"^(?:\d{{1,2}}:\d\d\s+)?(?:(?:{WEEKDAY}),?\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MON}|"
                       rf"{_MON}\s+\d{{1,2}}(?:st|nd|rd|th)?,?)\s+(?:19|20)\d\d\b|"
                       rf"^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?\d{{1,2}}-{_MON}-(?:19|20)\d\d\b|"
                       r"^(?:\d{1,2}:\d\d\s+)?\d{1,2}\. ?\d{1,2}\. ?(?:19|20)\d\d\b", re.I)  # "18.02.2027 19:45"
MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_DAYTIME = "(?:morning|afternoon|evening|night|lunchtime|teatime|midday)"  # "by Sunday lunchtime" goes whole
RELATIVE = re.compile(
    rf"\b(?:yesterday|today|tonight|currently|at present|at the moment|recently|lately|"
    rf"(?:last|this|next|earlier this|later this|this past) (?:week|weekend|month|year|spring|summer|autumn|fall|"
    rf"winter|morning|afternoon|evening|night|{WEEKDAY}|{MONTH_NAME})|"
    rf"(?:on|since|until|by|as of) {WEEKDAY}(?: {_DAYTIME})?|{WEEKDAY} {_DAYTIME}|{WEEKDAY}['’]s|"
    rf"(?<=[a-z] ){WEEKDAY}(?=[.,;]| (?:and|but|to|in|at|after|before)\b)|"
    rf"this season|"
    rf"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|few|\d+) (?:days?|weeks?|months?|years?) ago|"
    rf"(?:the )?(?:past|last|coming|next|recent) (?:(?:few|two|three|four|five|six|seven|eight|nine|ten|several|"
    rf"\d+) )?(?:days|weeks|months|years)(?! of)|"
    rf"(?:start|beginning|end) of (?:the|this|last) (?:year|month|week))\b", re.I)
QUOTED = re.compile(r"“[^”]{0,3000}”|\"[^\"]{0,3000}\"|«[^»]{0,3000}»")  # bounded: a run of “ is no quote
# What a cut relative date may leave of its clause: "In June [last year]" keeps "In June".
KEPT = re.compile(rf"^(?:in|on|by|since|during|around|early|late|in early|in late|in mid-?) ?{MONTH_NAME}$"
                  rf"|^(?:in|during) (?:the )?(?:spring|summer|autumn|fall|winter)$", re.I)
SUBJECT_VERB = re.compile(r"^\s*(?:'s|’s|has|have|is|was|will|saw|sees|marks|marked|had|were|are)\b", re.I)
OPENER = re.compile(r"^(?:In|At|On|By|Since|During|Earlier|Later|Around|As of|Back|Until|[A-Z][a-z]+ed)\b")
PAIRED = re.compile(rf"\s*,?\s*(?:and|or|to|[-–])\s+(?:on\s+|last\s+|this\s+)?{WEEKDAY}\b", re.I)
# A cut that leaves a word wanting what followed it: "closed for [the next two weeks]." is no sentence.
DANGLING = re.compile(r"\b(?:and|or|but|nor|of|to|the|a|an|from|between|on|in|at|for|by|with|within|into|onto|"
                      r"about|than|over|under|until|till|since|during|before|after|through|across|towards?|per|via)"
                      r"\s*[.,;:!?]", re.I)
SNAPSHOT = ("currently", "at present", "at the moment")  # the present tense without them still says "now"
LOST_BY_CUT = ("until", "till", "before", "after", "from")  # "closed until last week" cut is "closed"


def parse_date(text: str) -> str | None:
    """The first full date (day, month, year) in `text`, as ISO "2023-06-14"."""
    for pattern in DATES:
        for m in pattern.finditer(text):
            g = m.groupdict()
            month = int(g["mon"]) if g.get("mon") else MONTHS.get(_month_name(g["month"]))
            try:
                return date(int(g["year"]), month or 0, int(g["day"])).isoformat()
            except ValueError:
                continue
    return None


def _short_date(text: str) -> str | None:
    m = SHORT_DATE.search(text[:40])
    if not m:
        return None
    try:
        return date(2000 + int(m.group("year")), int(m.group("mon")), int(m.group("day"))).isoformat()
    except ValueError:
        return None


def _month_name(prefix: str) -> str | None:
    prefix = prefix.lower().rstrip(".")[:3]
    return next((m for m in MONTHS if m.startswith(prefix)), None)


# A title block's month: "Policy Paper No. 31 · January 2026" (a paper dated by month alone).
MONTH_YEAR = re.compile(rf"^{MONTH_NAME},?\s+(?:19|20)\d\d$", re.I)
# A title block's line of authors: "Ingrid Holm and Tomas Wyrwa", "A. Berg, K. Lund and P. Sato".
PERSON = r"[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}"
AUTHORS_LINE = re.compile(rf"^{PERSON}(?:(?:,\s+|\s+and\s+|\s+&\s+){PERSON}){{1,4}}$")
# Where a byline without "By" says the writer works: "Katharina Steindl, DPB Vienna", "..., Staff Reporter".
BUREAU = re.compile(r"^(?:[A-Z]{3,5}\b(?:\s+[A-Z][a-z]+){0,2}|(?:[A-Z][a-z]+\s+)?(?i:staff|correspondent|reporter|"
                    r"editor|writer)(?:\s+\w+){0,2})$")
# ... or where they filed from: "Rhiannon Vale, Odesa region", "..., Kyiv", "..., Odesa region, Ukraine".
PLACE = re.compile(r"^[A-Z][a-z][\w'’-]*(?:\s+(?:of\s+|on\s+)?[A-Z][a-z][\w'’-]*)?(?:\s+(?:region|province|oblast|"
                   r"district|county|area))?(?:,\s+[A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*)?)?$")  # "Isle of Skye"
# A name's words that make it a place or a body, not a writer ("Kharkiv Oblast, Ukraine", "Mediterranean
# Press Agency · 8 May 2027"); NEWSROOM, KNOWN and INSTITUTION add the rest.
PLACE_WORDS = {"street", "road", "square", "avenue", "oblast", "region", "province", "district", "county", "city",
               "island", "islands", "republic", "kingdom", "state", "north", "south", "east", "west", "central",
               "agency", "media", "newsroom", "desk", "team"}


def _signed(field: str) -> str | None:
    """The writer's name in a byline field without "By": "Yulia Marchenko", "Katharina Steindl, DPB
    Vienna", "Rhiannon Vale, Odesa region"; not a place ("New York, NY", "Kharkiv Oblast, Ukraine"), a
    body or a section."""
    name, _, where = field.partition(", ")
    if not re.fullmatch(PERSON, name) or NOT_NAMES.match(name) or where and not (BUREAU.match(where)
                                                                                or PLACE.match(where)):
        return None
    if any(w in PLACE_WORDS or w in NEWSROOM or w in KNOWN or w in INSTITUTION for w in name.lower().split()):
        return None
    return name


# A byline the scrape glued to its dateline: "Miles TennantSaturday June 20 2026, 5.00am, The Sentinel".
GLUED_BYLINE = re.compile(rf"^(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){{0,2}}?[a-z])"
                          rf"(?P<date>(?=[A-Z])(?i:{WEEKDAY}|{MONTH_NAME})\b.*)$")
SECTION_BYLINE = 3  # prose lines above a byline that has prose under it too: it signs a section, not the piece
# Where a scrape glued a byline's fields together ("Ondřej SmetánkaOdesa region, Ukraine14. 4. 2027
# 6:45Updated: ...", "By Dr Marta LindqvistSenior Fellow, ...Security9 June 2027"): three lower-case letters
# then a capital or a figure, or a time then a word ("McDonald", "iPhone" are no seam).
GLUE = re.compile(r"(?<=[^\W\d_A-Z]{3})(?=[A-Z\d])|(?<=\d)(?=[A-Z][a-z])")


def _unglued(line: str) -> str:
    """A title-block line whose fields the scrape glued, with a separator at each seam, when one of
    them is then a date; else the line as it is."""
    if not GLUE.search(line):
        return line
    seamed = GLUE.sub(" · ", line)
    fields = SEPARATOR.split(seamed)
    return seamed if any(BARE_DATE.match(f.strip(" ,")) or DATELINE.match(f) for f in fields[1:]) else line


def byline(line: str) -> bool:
    """A title block's byline of fields, its writer first and its date after: "By Dr Marta
    LindqvistSenior Fellow, ...Security9 June 2027 · 9 min read", "Ondřej SmetánkaOdesa region,
    Ukraine14. 4. 2027 6:45", "Yulia Marchenko | 18.02.2027 19:45 | Kyiv"."""
    s = _unglued(re.sub(r"[*_]{2,}", "", line).strip())
    fields = SEPARATOR.split(s)
    # (not a status in capitals: "FIRST REPORT | Friday 6 June 2025 07:45 BST" heads a wire's first version)
    return len(fields) >= 2 and not fields[0].isupper() and bool(BYLINE.match(fields[0]) or _signed(fields[0])) and any(
        BARE_DATE.match(f.strip(" ,")) or DATELINE.match(f) for f in fields[1:])


def _named(field: str) -> bool:
    """A field that opens with a name, a writer's or a source's: "By Dr Marta Lindqvist", "Rhiannon
    Vale, Odesa region", "MPA Mediterranean Press Agency"."""
    words = re.sub(r"^(?i:by)\s+", "", field).partition(", ")[0].split()
    return 0 < len(words) <= 6 and all(w[:1].isupper() or w in SMALL for w in words)


def _prose(line: str) -> bool:
    """A line of running text, not a title block's: a sentence of eight words or more (a Markdown
    heading never is: "### They came 7,000 km ..." is a standfirst)."""
    if line.startswith("#"):
        return False
    words = line.split()
    return len(words) > 16 or len(words) >= 8 and bool(re.search(r"[.!?…][\"”’»)]*$", line))


def from_text(lines: tuple[str, ...], skipped: dict[int, str]) -> tuple[str | None, str | None]:
    """(published, author) from a scrape's dateline and byline, when it has them. A date set
    apart in the title block above the prose counts too ("Riga · Wednesday, 14 January 2026",
    a paper's "January 2026"), and so does a title block's line of authors; a byline with prose
    above and below it signs a section (a newsletter's field notes), not the whole piece."""
    published = updated = month = author = None
    first = False  # dated "First published": a page kept up to date, whose date is its last update
    prose = [n for n, line in enumerate(lines, 1) if n not in skipped and _prose(line.strip())]
    first_prose = prose[0] if prose else len(lines) + 1
    # A title block may hold one paragraph, the standfirst, above its byline ("By Jane Doe · 9 June 2027").
    head_end = prose[1] if len(prose) > 1 else len(lines) + 1

    def section(n: int) -> bool:  # prose above (SECTION_BYLINE lines) and below line n
        return bisect_left(prose, n) >= SECTION_BYLINE and bisect_right(prose, n) < len(prose)

    for n, line in enumerate(lines, 1):
        s = re.sub(r"[*_]{2,}", "", line).strip()  # "**By Tomasz Wereszczak** | Published: ..."
        if not s:
            continue
        if n <= 30 and len(s.split()) <= 30:
            s = _unglued(s)
        # A title block's line of fields ("Hearing: ...   Decision promulgated: 2 March 2026", "By A and B ·
        # Published 12.02.2026 · Updated ..."): each field read on its own.
        head = n <= 30 or n < first_prose  # the title block
        fields = SEPARATOR.split(s) if head else [s]
        if n <= 30 and HISTORY.match(s):  # "Received 14 Nov 2027, Accepted 02 Mar 2028, Published online: ..."
            fields = re.split(r"[,;]\s+", s)
        long = len(s.split()) > 16  # read only as fields: "MPA Mediterranean Press Agency · Follow source · 8 May ..."
        if long:
            if n > 30 or len(fields) < 2 or any(len(f.split()) > 16 for f in fields):
                continue
            if m := BYLINE.match(fields[0]):
                author = author or m.group("name") + (f" and {m.group('second')}" if m.group("second") else "")
        for k, field in enumerate(fields):
            if (m := DATELINE.match(field)) and (head or len(field[m.end():].split()) <= DATELINE_REST):
                # (the first field as the whole line was read before: "Published · 14 June 2023")
                found = parse_date(field[m.end():]) or _short_date(field[m.end():]) or (
                    parse_date(s[m.end():]) if k == 0 else None)
                if m.group(1).lower() in UPDATED:
                    updated = updated or found
                else:
                    first = first or (published is None and found is not None
                                      and m.group(1).lower() == "first published")
                    published = published or found
        parts = SEPARATOR.split(s) if head else [s]
        if long and not _named(parts[0]):
            continue  # "Exported from Telegram Desktop on 31.01.2026 · ...": a line of fields that opens with no name
        if published is None and n <= 30 and len(parts[0].split()) <= 10 and (
                BARE_DATE.match(s) or n < head_end and any(BARE_DATE.match(p.strip(" ,")) for p in parts[1:])):
            published = parse_date(s)  # "Aug. 12, 2025 | Updated 7:42 p.m." under the byline
        if month is None and n < first_prose and (m := next((d for p in parts if (d := _month_year(p))), None)):
            month = f"{m.split()[-1]}-{MONTHS[m.split()[0].rstrip(',').lower()]:02d}"
        if author is None and n < head_end and len(parts) >= 2 and (who := _signed(parts[0])) and \
                not BYLINE.match(s) and any(BARE_DATE.match(p.strip(" ,")) for p in parts[1:]):
            author = who  # "Yulia Marchenko | 18.02.2027 19:45 | Kyiv": a byline without "By"
        elif author is None and n <= 30 and (m := GLUED_BYLINE.match(s)) and " " in m.group("name") \
                and (day := parse_date(m.group("date"))):
            author, published = m.group("name"), published or day
        elif (m := BYLINE.match(s)) and not section(n) and (author is None or n <= 30):
            # (a byline under front matter that named the author still dates the piece:
            # "By **Imogen Vale**, Democracy Reporter · Tuesday 8 March 2033, 6.02pm")
            author = author or m.group("name") + (f" and {m.group('second')}" if m.group("second") else "")
            published = published or parse_date(s[m.end():])
        elif author is None and not long and skipped.get(n) == "author byline" and not section(n) and \
                not s.lower().rstrip(":").endswith(("by", "author", "authors", "words")):
            # (not "Written by" alone: the name is next); "Graham Oduya | 12 December 2028 | 7 min read":
            # the name is the first field, the date another
            name, *rest = SEPARATOR.split(s)
            author = re.sub(r"^[*_\s]*(?i:by)\s+|[*_\s]+$", "", name)
            published = published or next((d for p in rest if (d := parse_date(p))), None)
            author = title_case(author) if author.isupper() else author  # "DANA WHITCOMBE" over her e-mail
    if author is None:
        author = next((s for n, line in enumerate(lines[:first_prose - 1], 1)
                       if n <= 15 and AUTHORS_LINE.match(s := line.strip())), None)
    if published is None and updated is None:
        # A print page's running head over the masthead: "THE FELDHAM CHRONICLE Tuesday, Apri1 21, 2026 3".
        published = next((d for n, line in enumerate(lines[:3], 1) if skipped.get(n) == "masthead"
                          and RUNNING_HEAD.search(line) and (d := parse_date(ocr_months(line)))), None)
    if first and updated:
        return updated, author  # "First published: 17 April · Last updated: 7 May": what it says now is of 7 May
    return published or updated or month, author


def _month_year(part: str) -> str | None:
    """A title block's month: "January 2026", or a report's imprint "Tallinn, September 2026"."""
    part = part.strip()
    if MONTH_YEAR.match(part):
        return part
    place, _, tail = part.rpartition(", ")
    return tail if place and len(place.split()) <= 3 and place[:1].isupper() and MONTH_YEAR.match(tail) else None


# A print page's running head ends with its page number after the date: "... Tuesday, April 21, 2026 3".
RUNNING_HEAD = re.compile(r"\b(?:19|20)\d\d\s+\d{1,3}\s*$")
OCR_MONTH = re.compile(r"\b[A-Za-z0][A-Za-z01|]{2,8}\b")
OCR_LETTERS = str.maketrans("01|", "oll")


def ocr_months(text: str) -> str:
    """A month's name as OCR misread it, read as the month: "Apri1" -> "April", "0ctober" -> "october"."""
    def fixed(m: re.Match) -> str:
        word = m.group(0)
        if not any(c in word for c in "01|"):
            return word
        mended = word.translate(OCR_LETTERS)
        return mended if mended.lower() in MONTHS else word

    return OCR_MONTH.sub(fixed, text)


def relative_phrase(text: str) -> str | None:
    """The first phrase in `text` that counts from the day it was written ("last week")."""
    m = RELATIVE.search(text)
    return m.group(0) if m else None


def human(iso: str) -> str:
    """ "2023-06-14" -> "14 June 2023", "2026-01" -> "January 2026"; a bare year is shown as it is."""
    try:
        d = date.fromisoformat(iso)
    except ValueError:
        if m := re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", iso):
            if 1 <= int(m.group(2)) <= 12:
                return f"{list(MONTHS)[int(m.group(2)) - 1].capitalize()} {m.group(1)}"
        return iso
    return f"{d.day} {list(MONTHS)[d.month - 1].capitalize()} {d.year}"


def _unquoted(text: str):
    """The relative-date phrases of `text` outside quotes: a quote's "last week" is the
    speaker's, and a quote is never cut."""
    quoted = [m.span() for m in QUOTED.finditer(text)]
    return [m for m in RELATIVE.finditer(text) if not any(a <= m.start() < b for a, b in quoted)]


def undated_phrase(text: str) -> str | None:
    """The first phrase outside quotes that counts from the day the article was written."""
    found = _unquoted(text)
    return found[0].group(0) if found else None


def undate(text: str) -> str | None:
    """`text` without the phrases that count from an unknown day ("Last week, X filed" ->
    "X filed"; "In June last year, Y said" -> "In June, Y said"), for an article whose date
    nobody knows: it under-dates the sentence instead of mis-dating it. None when a phrase
    cannot go without changing what the sentence says ("until last week", "last year's war",
    "This year has been ...", "currently consists of"). A quote is left as it is."""
    for _ in range(4):
        if not RELATIVE.search(text):
            return text
        found = _unquoted(text)
        if not found:
            return text  # only inside a quote: the speaker's "last week", never cut
        cut = _cut(text, found[0])
        if cut is None or DANGLING.search(cut) and not DANGLING.search(text):
            return None  # "... 1,400 calls about Larkspur and.": a cut that leaves a word hanging is no sentence
        text = cut
    return None


def _cut(text: str, m: re.Match) -> str | None:
    if m.group(0).lower() in SNAPSHOT or m.group(0)[-2:] in ("'s", "’s"):
        return None  # cut, "consists of a few dozen fighters" still claims today's size; "in raid" is no English
    a, b = m.span()
    if pair := PAIRED.match(text, b):  # "on Tuesday and Wednesday": the pair goes whole
        b = pair.end()
    after = text[b:]
    if after[:2] in ("'s", "’s") or SUBJECT_VERB.match(after) and _sentence_start(text, a):
        return None
    before = text[:a]
    word_before = re.search(r"(\w+)\s*$", before)
    if word_before and word_before.group(1).lower() in LOST_BY_CUT:
        return None
    # The clause the phrase sits in, when it opens a sentence and ends at a comma: "Last week, ..."
    start = max(before.rfind(". ") + 2 if ". " in before else 0, 0)
    comma = text.find(",", b)
    if _sentence_start(text, a) or (start <= a and before[start:].count(",") == 0
                                     and 0 <= comma and len(text[start:comma].split()) <= 10
                                     and before[start:].strip() and _opening(text[start:comma])):
        rest_of_clause = (text[start:a] + text[b:comma if comma >= 0 else b]).strip(" ,")
        if comma >= 0 and len(text[start:comma].split()) <= 10 and not re.search(r"\b(?:said|says|told)\b",
                                                                                  text[start:comma]):
            if KEPT.match(rest_of_clause):
                return _tidy(text[:start] + rest_of_clause + text[comma:])
            if not re.search(r"\b[A-Z]|\b(?:the|an?)\b", text[b:comma]) and len(text[start:a].split()) <= 2:
                tail = text[comma + 1:].lstrip()
                return _tidy(text[:start] + _capital(tail))
            # Otherwise only the phrase goes: "On Monday the British Retail Alliance, which ..." (the
            # comma ends a subject), "In a pine forest in the Kyiv region [last week], a group ..."

        if not rest_of_clause or text[b:b + 1] == " ":
            tail = after.lstrip(" ,")
            return _tidy(text[:start] + _capital(tail))
    # In the middle: the phrase goes with the word that introduces it ("on Wednesday", "since last week").
    lead = re.search(r"(?:\s*\b(?:in|since|during|over|as of))?\s*$", before, re.I)  # always matches
    if not before[:lead.start()].strip():  # "This week: after a court ..." -> "After a court ..."
        return _tidy(_capital(after.lstrip(" ,:;–—-")))
    return _tidy(before[:lead.start()] + after)


def _capital(text: str) -> str:
    """The first letter capitalised, past an opening bracket or quote: "[The Steppe Battalion]"."""
    m = re.search(r"[^\W\d_]", text)
    return text if m is None else text[:m.start()] + text[m.start()].upper() + text[m.start() + 1:]


def _sentence_start(text: str, at: int) -> bool:
    head = text[:at].rstrip()
    return not head or head.endswith((".", "!", "?", "”", "\""))


def _opening(clause: str) -> bool:
    """An opening phrase before the subject ("Formed six months ago", "At the beginning of this
    year"), not a clause with its own subject and verb."""
    return bool(OPENER.match(clause.strip())) and not re.search(
        r"\b(?:is|are|was|were|has|have|had|said|says|will)\b", clause)


def _tidy(text: str) -> str:
    text = re.sub(r"\(\s*\)\s*", "", text)  # "(last week)" cut whole
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r",\s*([,.;:])", r"\1", text)
    return re.sub(r"\s{2,}", " ", text).strip()


# --- The outlet -------------------------------------------------------------------------
#
# Where a scrape names its outlet, strongest evidence first. The strongest kind found decides;
# within a kind the name found most often wins. Every name is a string of the article itself
# (only its case may change), so a citation may name it ("[according to the Baltic Dispatch]").
#   1. a syndication credit: "This article first appeared in Y", "Reporting by X for Y",
#      "Source: Y", "Read Y online". On a page that reprints an article it says whose
#      reporting it is, which the site's own masthead and copyright do not;
#   2. a copyright line naming a publication: "© 2025 The Mereford Gazette";
#   3. the masthead: a short all-caps or title-case line above the headline that names a
#      newsroom ("THE BALTIC DISPATCH", "MEREFORD GAZETTE  |  Est. 1871");
#   4. a copyright line naming a company: "Copyright 2025 Mereford Media Ltd.";
#   5. the outlet in its own reporting and credits: "CNN has not been able to confirm",
#      "| Vasco Sousa Cotovio/CNN", "Photo: Baltic Dispatch".
SYNDICATION, COPYRIGHT_PUBLICATION, MASTHEAD, COPYRIGHT_COMPANY, IN_THE_TEXT = range(5)

# A name as written: capitalised words, with "of", "and", "&" between them ("Sky News", "The Times of India").
NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+|de\s+|del\s+|la\s+)?[A-Z][\w&'’.-]*){0,5}"
# Words that make a short line a newsroom's name, not a kicker or a place ("UKRAINE", "Baltic Dispatch").
NEWSROOM = {
    "times", "post", "gazette", "dispatch", "courier", "herald", "ledger", "news", "journal", "tribune",
    "chronicle", "express", "mail", "telegraph", "guardian", "observer", "standard", "star", "mirror",
    "review", "weekly", "daily", "radio", "tv", "television", "press", "record", "echo", "argus",
    "bulletin", "independent", "register", "inquirer", "examiner", "monitor", "wire", "magazine",
    "sentinel", "advertiser", "messenger", "mercury", "reporter", "insider", "broadcasting", "zeitung",
    "gazeta", "kurier", "pravda", "nouvelles", "tageblatt", "courant", "dagbladet", "beacon", "globe", "banner",
    "clarion", "enquirer", "voz", "diario", "noticias", "gaceta", "correo", "heraldo", "prensa", "corriere", "gazzetta",
}
# Outlets whose name is no newsroom word; kept short, the shape rules do the rest.
KNOWN = {"bbc", "cnn", "reuters", "newsweek", "politico", "axios", "bloomberg", "afp", "npr", "euronews",
         "meduza", "interfax", "tass", "ukrinform", "watson", "propublica", "semafor", "vox", "slate"}
# A site's sections and menu words: a line made only of them is navigation, never an outlet.
SECTION = {
    "home", "news", "world", "europe", "uk", "us", "africa", "asia", "americas", "sport", "sports",
    "politics", "business", "money", "opinion", "analysis", "culture", "lifestyle", "travel", "science",
    "tech", "technology", "health", "environment", "climate", "local", "general", "latest", "breaking",
    "live", "video", "videos", "podcast", "podcasts", "newsletter", "newsletters", "weather", "letters",
    "comment", "features", "entertainment", "property", "jobs", "announcements", "exclusive", "top",
    "stories", "more", "menu", "search", "international", "national", "war", "daily", "today", "the",
    "and", "&", "of", "in", "on", "what's", "whats",
}
SMALL = {"the", "of", "and", "for", "in", "on", "de", "del", "la", "le", "el", "der", "die", "das", "am", "an", "&"}
COMMON_SHORT = SMALL | {"new", "sun", "day", "age", "our", "my", "one", "top", "big", "bay", "sky", "fox", "now",
                        "red", "way", "oak", "key"}
# Picture agencies and stock libraries: a photo credit that names one says nothing of the outlet.
AGENCY = re.compile(r"\b(?:images?|pictures?|photos?|photography|stock|getty|reuters|afp|ap|epa|pa|alamy|"
                    r"shutterstock|anadolu|sipa|zuma|tass|ria|xinhua)\b", re.I)
COMPANY = re.compile(r"\b(?:media|group|newspapers|publishing|publications|publishers|holdings|communications|"
                     r"company|enterprises|partners|networks|corporation|limited|ltd|plc|inc|llc|gmbh)\b", re.I)
LEGAL = re.compile(r"(?<![\s,]),?\s+(?:ltd|limited|plc|inc|llc|gmbh|co|corp|corporation|pty|ag|llp|s\.a|ab|oy|bv|nv|"
                   r"srl|spa|sarl|kg)\.?$", re.I)
# A company's legal form in several words, dropped from a copyright line before its name is read:
# "© 2025 Lantern Media Sp. z o.o." names "Lantern Media", not "Lantern Media Sp".
LEGAL_WORDS = re.compile(r"(?<![\s,]),?\s+(?:Sp\.\s*z\s*o\.\s*o\.|S\.\s*r\.\s*o\.|S\.\s*[AL]\.|S\.\s*p\.\s*A\.|"
                         r"GmbH\s*&\s*Co\.\s*KG|a\.\s?s\.)(?=[\s,;|]|$)")  # (Czech and Slovak "a.s.")
# A masthead's tail: a founding year, a date, a weekday ("MEREFORD GAZETTE Est. 1871").
# (a weekday only before a date: "THE SUNDAY LEDGER" is a name, "GAZETTE Friday, 9 October" a tail)
TAIL = re.compile(rf"\b(?:(?:est(?:ablished)?\.?|founded|since)\s*(?:in\s*)?1[6-9]\d\d|\d{{4}}|"
                  rf"{WEEKDAY}(?=\s*,|\s+\d|\s+{MONTH_NAME}\b)|\d{{1,2}}"
                  rf"(?:st|nd|rd|th)?\s+{MONTH_NAME}|{MONTH_NAME}\s+\d)", re.I)
FREQUENCY = re.compile(r"\s+\d{2,3}(?:\.\d{1,2})?(?:\s*(?:&|and|/|,)\s*\d{2,3}(?:\.\d{1,2})?)*\s*(?:FM|AM|MHz|DAB\+?)"
                       r"(?![\w])", re.I)
SEPARATOR = re.compile(r"\s*(?:[|·•]|\s[-–—]\s|\s//\s|\s{2,})\s*")
# A body's name may hold "for": "© Halden Institute for Conflict Studies, 2026".
BODY_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|&\s+|for\s+|de\s+|del\s+|la\s+)?[A-Z][\w&'’.-]*){0,6}"
COPYRIGHT = re.compile(
    r"(?:^|[|·•]\s*|\s{3,})\W{0,3}(?i:copyright\s*(?:©|\(c\))?|©|\(c\))\s*(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s+)?"
    r"(?:(?i:information(?:al)?|news|press) (?i:agency)\s+)?[\"“«]?"  # © 2024 Information agency "DNIPRO-INFORM"
    rf"(?P<n>(?:the )?{BODY_NAME})[\"”»]?\s*(?:,?\s*(?:19|20)\d\d\b|[.,;|·•](?:\s|$)|$|\s+(?i:all rights))")
# The sender at the top of a mail or a government page: "From: Office for Qualifications Standards",
# "From: Kolokol Weekly <weekly@kolokol.example>". It names the outlet when it names a body, not a person.
FROM_LINE = re.compile(rf"^\W*From:\W*(?P<n>{BODY_NAME})\s*(?:<[^<>\s]+@[^<>\s]+>)?\s*$")
FROM_LINES = 20
INSTITUTION = {"office", "ministry", "department", "agency", "institute", "council", "commission", "authority",
               "service", "bureau", "government", "police", "university", "foundation", "centre", "center",
               "committee", "parliament", "assembly", "forum", "association", "union", "board", "court", "trust",
               "society", "secretariat", "inspectorate", "regulator"}
SYNDICATED = re.compile(
    r"\b(?i:this (?:article|story|piece|report|column|interview) (?:was |has been )?(?:first |originally )?"
    rf"(?:appeared|published|ran|appears)(?: first| originally)? (?:in|on|by)) (?:the )?(?P<n>{NAME})")
REPORTING_FOR = re.compile(rf"^\W*(?i:(?:additional )?reporting by|written by|reported by) [^.;]{{1,80}}? for "
                           rf"(?:the )?(?P<n>{NAME})")
SOURCE_CREDIT = re.compile(r"^(source|soource|sources|via|credit)\s*:", re.I)
READ_ONLINE = re.compile(r"\bRead (The [A-Z][\w]*(?: [A-Z][\w]*){0,3}) online")
# A name starts a word: otherwise every capital of a long word starts an attempt that scans the rest of it.
# "Pellow & Strand has not been able to verify it": the outlet speaks of itself, by its whole name.
SELF_REFERENCE = re.compile(
    r"(?<![\w.])((?:The )?[A-Z][\w.]*(?:(?: (?:&|and|of))? [A-Z][\w.]*){0,3}) (?:has contacted|has not been able|"
    r"is still attempting|agreed not to|was keeping|could not independently|"
    r"has reached out|reached out|is not disclosing)")
# The site's logo: a Markdown link to the site's front page at the top ("[THE LANTERN](https://thelantern.example/)").
LOGO = re.compile(r"\[([^\[\]]{2,60})\]\((?:https?://[^/\s()]+)?/?\)")  # a link to the front page, "(/)" too
LOGO_LINES = 10
# The logo as an image, linked or not: "[![The Athens Observer](#)](#)".
LOGO_IMAGE = re.compile(r"\[?!\[([^\[\]]{1,80})\]\([^()\s]{0,300}\)(?:\]\([^()\s]{0,300}\))?")
CREDIT_OUTLET = re.compile(r"\|\s*[^|/]*/\s*([A-Z][\w .&-]{1,40})\s*$")  # "| Vasco Sousa Cotovio/CNN"
PHOTO_CREDIT = re.compile(r"\b(?:photo|photograph|picture|image)s?\s*:\s*(?P<n>[^()]{2,60}?)\s*(?:\)|$)", re.I)
DOMAIN_MARK = re.compile(r"([A-Za-z][A-Za-z-]{3,30})\.(?:[a-z]{2,3}|[A-Z]{2,3})")
RECORD_NUMBER = re.compile(r"\b[A-Z]{1,3}-\d{2,}\b|\bNo\.?\s*\d|#\d")
# A journal's line over its article: "**Borderlands: A Journal of ...** · Volume 11, 2028 - Issue 2".
JOURNAL = re.compile(r"^\W*(?P<n>[A-Z][^·|*\[\]]{2,90}?)\W*\s+[·|,]\s+(?:Vol\.|Volume)\s*\d")
NOT_NAMES = re.compile(rf"^(?:{MONTH_NAME}|{WEEKDAY}|He|She|They|It|We|I|This|That|There|All)\b", re.I)


def masthead(line: str, logo: bool = False) -> str | None:
    """The outlet a masthead line names ("THE BALTIC DISPATCH" -> "The Baltic Dispatch"), or
    None when the line is not one: a menu ("Home | News | Sport"), a section ("WORLD"), a
    headline or a kicker names no newsroom, or reads as a sentence. `logo`: the text of a link to
    the site's front page, which names the site whatever its words ("THE LANTERN")."""
    s = LOGO_IMAGE.sub(r"\1  ", line)  # "[![The Athens Observer](#)](#) **THE ATHENS OBSERVER**": the logo's alt text
    s = re.sub(r"^[#*_\s]+|[*_\s]+$", "", s)
    s = re.sub(r"\*\*\s*", "  ", s)  # "**DPB** Danube Public Broadcasting": the bold sets the wordmark apart
    if re.search(r"[›»>\\]|(?<!/)/(?!/)", s):
        return None  # a breadcrumb ("NEWS › CAMPUS") names a section, not the newsroom ("//" sets off a tagline)
    items = SEPARATOR.split(s)
    if len(items) >= 4 and all(len(i.split()) <= 2 for i in items) and not items[0].isupper():
        return None  # a menu ("Wire | UK | World | Business | Sport"): its first item is a section
    parts = SEPARATOR.split(s, maxsplit=1)
    name = parts[0]
    if len(parts) > 1 and len(name) <= 5 and _acronym(name):
        return masthead(parts[1], logo) or _masthead_name(name, logo)  # "NNA | NORTHGATE NEWS AGENCY"
    return _masthead_name(name, logo, wordmark=name.islower() and len(parts) > 1)


def _masthead_name(name: str, logo: bool, wordmark: bool = False) -> str | None:
    if RECORD_NUMBER.search(name):
        return None  # "Record K-4471 · created 02.03.2028": a record's number, not the site's name
    if m := DOMAIN_MARK.fullmatch(name.strip(" *_")):
        name, logo = m.group(1), True  # "KURJERIS.LT": the site's address set as its wordmark
    station = FREQUENCY.search(name)  # "WESTMOOR SOUND 97.4 & 103.1 FM": a radio station's name
    if station:
        name = name[:station.start()]
    if m := TAIL.search(name):
        name = name[:m.start()]
    name = name.strip(" ,-–—*_")  # "**THE LOWLANDS GAZETTE** — *Your region ...*"
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"[,;:!?\"“”«»()\[\]*_]|\.$", name):
        return None
    lower = [w.lower() for w in words]  # wordmark: "cobalt ledger  //  notes on breaches", set in lowercase
    if not name.isupper() and not wordmark and any(not w[0].isupper() and w not in SMALL for w in words):
        return None  # "Ukraine war", "Water cuts begin": a kicker or a headline, not a name
    if all(w in SECTION for w in lower) or not (logo or station) and not any(w in NEWSROOM or w in KNOWN
                                                                            for w in lower):
        return None
    return title_case(name) if name.isupper() else name


def title_case(name: str) -> str:
    """ "THE BALTIC DISPATCH" -> "The Baltic Dispatch"; an acronym stays one ("BBC NEWS" -> "BBC News")."""
    out = []
    for i, word in enumerate(name.split()):
        low = word.lower()
        if _acronym(word):
            out.append(word)
        elif i and low in SMALL:
            out.append(low)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in low.split("-")))
    return " ".join(out)


def _acronym(word: str) -> bool:
    letters = re.sub(r"\W", "", word)
    return letters.isupper() and (not re.search(r"[AEIOUYÀ-Ý]", letters)
                                  or len(letters) <= 3 and letters.lower() not in COMMON_SHORT)


def _copyright(line: str) -> tuple[str, bool] | None:
    """(name, names a company) from a copyright line: "© 2025 Mereford Media Ltd." -> ("Mereford Media", True)."""
    m = COPYRIGHT.search(LEGAL_WORDS.sub("", line))
    if not m:
        return None
    raw = re.split(r"(?<=[a-z]{2})\.\s+(?=[A-Z])", m.group("n").strip())[0].rstrip(".")  # not "... Marwood. Privacy"
    company = bool(COMPANY.search(raw))
    while (cut := LEGAL.sub("", raw)) != raw:
        raw = cut.strip()
    name = re.sub(r"^the ", "The ", raw)
    # ("Sunday Ledger Media" opens with a weekday and is a name: a newsroom's word follows it)
    if not name or NOT_NAMES.match(name) and not any(w in NEWSROOM for w in name.lower().split()[1:]) or \
            name.lower() in SECTION:
        return None
    known = any(w in NEWSROOM or w in KNOWN for w in name.lower().split()) or "agency" in m.group(0).lower()
    return (title_case(name) if name.isupper() else name), company or not known


def _photo_credit(line: str) -> str | None:
    """The outlet of a photo credit that names one: "Photo: Baltic Dispatch", "(Photo: Jane Doe/Farm
    Weekly)"; never a picture agency ("Photograph: Agri Review Images", "AP Photo") or a person."""
    m = PHOTO_CREDIT.search(line)
    if not m:
        return None
    name = m.group("n").rsplit("/", 1)[-1].strip(" .")
    if AGENCY.search(name) or not re.fullmatch(NAME, name) or len(name.split()) > 5:
        return None
    return name if any(w in NEWSROOM or w in KNOWN for w in name.lower().split()) else None


def outlet(lines: tuple[str, ...] | list[str], skipped: dict[int, str]) -> str | None:
    """The outlet a scrape names, by the strongest evidence it holds (the order above);
    `skipped` is boilerplate's furniture, whose "masthead" line names the site."""
    found: list[Counter[str]] = [Counter() for _ in range(5)]
    for n, raw in enumerate(lines, 1):
        s = raw.strip()
        if not s:
            continue
        if skipped.get(n) == "masthead" and (name := masthead(s, logo=True)):  # (boilerplate judged the line)
            found[MASTHEAD][name] += 1
        if n <= LOGO_LINES and (m := LOGO.search(s)) and (name := masthead(m.group(1), logo=True)):
            found[MASTHEAD][name] += 1
        if n <= LOGO_LINES * 3 and (m := JOURNAL.match(s)):
            found[MASTHEAD][m.group("n").split(": ")[0].strip()] += 1  # "Borderlands: A Journal of ...": Borderlands
        if n <= FROM_LINES and (m := FROM_LINE.match(s)) and any(
                w in NEWSROOM or w in KNOWN or w in INSTITUTION for w in m.group("n").lower().split()):
            found[MASTHEAD][m.group("n")] += 1
        short = s.count(" ") < 30  # a credit or a copyright is a line of its own, not a paragraph
        for m in (SYNDICATED.search(s) if short and "his " in s else None, REPORTING_FOR.match(s)):
            if m and not NOT_NAMES.match(m.group("n")):
                found[SYNDICATION][m.group("n").rstrip(".")] += 1
        # A chart's or a table's "Source: unit statements to BFSR" says where its figures came
        # from; a credit that opens in lower case is such a description, not a name.
        if (m := SOURCE_CREDIT.match(s)) and skipped.get(n) != "chart note":
            name = s[m.end():].strip(" :")
            if name and not name[:1].islower() and not re.search(r"read|link|article", name, re.I) and len(name) < 40:
                found[SYNDICATION][name] += 1
        for m in READ_ONLINE.finditer(s):
            found[SYNDICATION][m.group(1)] += 1
        if short and ("©" in s or "(c)" in s or "(C)" in s or "opyright" in s) and (c := _copyright(s)):
            found[COPYRIGHT_COMPANY if c[1] else COPYRIGHT_PUBLICATION][c[0]] += 1
        if m := CREDIT_OUTLET.search(s):
            found[IN_THE_TEXT][m.group(1).strip()] += 2
        if short and ":" in s and (name := _photo_credit(s)):
            found[IN_THE_TEXT][name] += 2
        if skipped.get(n) == "running header or footer" and (m := RUNNING_NAME.match(s)) \
                and _as_written(m.group(1), lines) != m.group(1):
            # "PRIMARY CARE CYMRU REVIEW · JULY 2027 · INTERVIEW": a PDF's running head names the
            # publication, when the text also writes that name as a name ("Primary Care Cymru Review is ...")
            found[IN_THE_TEXT][m.group(1)] += 1
        for m in SELF_REFERENCE.finditer(s):
            name = m.group(1)
            if name.split()[-1].lower() not in SMALL and not NOT_NAMES.match(name):
                found[IN_THE_TEXT][re.sub(r"^the ", "The ", name)] += 1
    for votes in found:
        if votes:
            return _as_written(_most_named(votes), lines)
    return None


RUNNING_NAME = re.compile(r"^([A-Z][A-Z’'&-]+(?: [A-Z][A-Z’'&-]+){1,5})\s*(?:[·|•–—]|\s{3,})")


def _as_written(name: str, lines) -> str:
    """The name as the article writes it in running text, when it does ("MCCLATCHY" -> "McClatchy")."""
    pattern = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)", re.I)
    for m in pattern.finditer("\n".join(lines)):
        if m.group(0)[0].isupper() and not m.group(0).isupper():
            return m.group(0)
    return name


def _most_named(votes: Counter[str]) -> str:
    for name in list(votes):  # "Ledger" (a wrapped "The Northern / Ledger") is "The Northern Ledger"
        longer = [o for o in votes if o != name and o.endswith(f" {name}")]
        if longer:
            votes[max(longer, key=votes.__getitem__)] += votes.pop(name)
    return votes.most_common(1)[0][0]
