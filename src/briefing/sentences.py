"""Stage 2: split each source into sentences that know the exact lines they span.

A block is a run of consecutive citable lines. Its lines are joined with a space in
place of each newline, so a character offset in the block maps straight back to a
line: hard-wrapped sentences get their true line range. blingfire does the splitting
(it keeps "Vladimir V. Putin" and "U.S." whole, and is ~15x faster than pysbd, which
took 25 s of a 34 s run over 1,000 articles); we only repair what it cannot know about
scrapes: a sentence whose first words were lost ("act. leaving his hometown"), quotes
that run over several sentences, and fragments cut off at the end.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeVar

try:
    import blingfire
except (ImportError, OSError):  # its wheel carries x86-64 libraries only (no ARM, no Apple silicon)
    blingfire = None

from . import boilerplate, kinds, records, updates
from .sources import Source
from .standalone import people

OPEN_QUOTES = "“«„"
CLOSE_QUOTES = "”»"
TERMINAL = re.compile(r"[.!?…][\"”»’')\]]*$|[\"”»]$")
SPEECH = re.compile(
    r"\b(said|says|say|told|tells|explains|explained|adds|added|according to|writes|wrote|"
    r"insists|insisted|claims|claimed|stated|states|announced|reported|recalls|recalled|"
    r"asked|asks|notes|noted|continued|argues|argued|put it)\b", re.I)


@dataclass(frozen=True)
class Sentence:
    id: str  # "<source index>.<n>", stable for a given file: what a model is asked to cite
    source: int
    line_start: int
    line_end: int
    text: str  # wrapped lines joined, whitespace normalised
    kind: str  # statement | attributed_quote | quote | note | flagged | fragment
    block: int  # which run of lines in the source it came from (its paragraph)
    named_by: int = 0  # a subtitle turn's or a debate's sentence: the line of the caption or heading naming its speaker

    @property
    def whole(self) -> bool:
        return self.kind not in ("fragment", "flagged")  # (a claim its page doubts is no one's context)


# A period, a space, then a lowercase word: in scraped text the start of the next sentence was
# lost ("to act. leaving his hometown"). Two lowercase letters before the period keep
# "Vladimir V. Putin" and "U.S. officials" out of it.
LOST_START = re.compile(r"(?<=[a-z]{2}[.!?])\s+(?=[a-z])")
# "income.Along with": a scrape that lost the space after a period; "U.S.Army" is left alone.
LOST_SPACE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])")
# Page furniture glued to the first sentence of a paragraph: "By Ching Lee The state ...",
# "Biosecurity risks The reports ...". A capitalised function word after a lowercase one with
# nothing between them starts the real sentence.
GLUED = re.compile(r"^(?:By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}|[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,4})\s+"
                   r"(?=(?:The|A|An|In|On|At|This|These|Those|It|He|She|They|We|But|As|After|When|While|For)\s)")
INNER_STOP = re.compile(r"[.!?…][\"'”»’)\]]*\s")
STRAY_PERIOD = re.compile(r"(?<=[.!?”\"])\s+\.$")  # "the unit. ." in a bad scrape


def _bling_spans(flat: str) -> list[tuple[int, int]]:
    """blingfire's sentence spans. Its own `..._and_offsets` maps byte to character offsets in
    a per-byte Python loop (3 s over 1,000 articles); finding each sentence in the text
    gives the same spans in a fraction of that, and we fall back to it when a sentence
    is not found verbatim."""
    spans, pos = [], 0
    for sentence in blingfire.text_to_sentences(flat).split("\n"):
        i = flat.find(sentence, pos)
        if i < 0:
            return blingfire.text_to_sentences_and_offsets(flat)[1]
        spans.append((i, i + len(sentence)))
        pos = i + len(sentence)
    return spans


def _pysbd_spans(flat: str) -> list[tuple[int, int]]:
    """The portable splitter where blingfire's library cannot load: same sentences, ~15x slower."""
    return [(s.start, s.end) for s in _pysbd().segment(flat)]


@lru_cache(maxsize=1)
def _pysbd():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=True)


# A title before a name ("St. Brendan's", "Dr. Samuel Achterberg"): blingfire sometimes ends a
# sentence at its period, right after another sentence's end.
# "the hon. Member for ...", "the rt. hon. Gentleman": a parliament's title, never a sentence's end.
TITLE_END = re.compile(r"(?<![\w.])(?:St|Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Rev|Gov|Sen|Rep|Mt|Ft|"
                       r"hon|Hon|rt|Rt)\.$")


def _titles_joined(flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a title's period no longer taken for a sentence's end."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        tail = flat[max(out[-1][0], out[-1][1] - 16):out[-1][1]].rstrip() if out else ""  # not the whole span
        if out and TITLE_END.search(tail) and flat[start:end].lstrip()[:1].isupper():
            out[-1] = (out[-1][0], end)
        elif out and OPEN_ABBREVIATION.search(tail) and _open_bracket(flat[out[-1][0]:out[-1][1]]) \
                and ")" in flat[start:end]:
            out[-1] = (out[-1][0], end)  # "(Russian: Застава «Ладога», lit. 'Ladoga Outpost') is ..."
        else:
            out.append((start, end))
    return out


def _brackets_joined(flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans with a stop inside parentheses no longer taken for a sentence's end: "The Vyatka
    Outpost (Russian: ..., lit. 'Vyatka Guard') is a unit" is one sentence."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and (opened := flat[out[-1][0]:out[-1][1]]).count("(") > opened.count(")") \
                and end - out[-1][0] <= BRACKETED_MAX:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


BRACKETED_MAX = 600  # characters: past that the "(" was never closed, and each sentence stands
# An abbreviation that ends no sentence inside brackets: "(lit. 'Ladoga Outpost')", "(c. 1890)".
OPEN_ABBREVIATION = re.compile(r"(?<![\w.])(?:lit|c|ca|cf|fl|approx|incl|abbr|pl|sing|transl|pron)\.$")


def _open_bracket(text: str) -> bool:
    return text.count("(") > text.count(")")


def _spans(flat: str) -> list[tuple[int, int]]:
    out = []
    found = _bling_spans(flat) if blingfire is not None else _pysbd_spans(flat)
    if "." in flat:
        found = _brackets_joined(flat, _titles_joined(flat, found))
    for start, end in found:
        cut = start
        for m in sorted([*LOST_START.finditer(flat, start, end), *LOST_SPACE.finditer(flat, start, end)],
                        key=lambda m: m.start()):
            out.append((cut, m.start()))
            cut = m.end()
        out.append((cut, end))
    return out


PARAGRAPH_LINE = 150  # characters: longer than any wrap width scrapes use
PARAGRAPH_END = re.compile(r"[.!?][”\"’'»)]?\s*$")
QUOTE_CLOSED = re.compile(r"[.!?…][”\"»]\s*$")


# A turn of a transcript or an interview: a timecode ("[00:04:03]", "(4:03)") and/or a
# speaker's label ("ELLIOT MARSH:", "**Gazette:**", "**Strelnikova**:") opening a paragraph.
TIMECODE = r"\[(?:\d{1,2}:)?\d{1,2}:\d{2}\]|\((?:\d{1,2}:)?\d{1,2}:\d{2}\)|\d{1,2}:\d{2}:\d{2}"
# How the words are spoken, between the label and its colon: "**Mr DOROGIN** (through interpreter):".
MANNER = r"(?:\s*\([^()\n]{1,40}\))?"
LABEL = (rf"\*\*(?:(?P<btime>{TIMECODE})\s+)?(?P<bold>[^*\n]{{1,40}}?)(?::\*\*|\*\*{MANNER}:)"  # "**[14:20] NAME:**"
         rf"|(?P<caps>{kinds.CAPS_NAME})(?:,\s+(?P<role>{kinds.ROLE_CAPS}))?{MANNER}:"
         # an automatic transcript's "Speaker 2:": a voice it tells apart and names no one
         r"|(?P<diar>(?:[Ss]peaker|SPEAKER|[Vv]oice|VOICE|[Pp]articipant|PARTICIPANT)\s+(?:\d{1,2}|[A-H]))\s*:"
         # a chat export's sender after its stamp: "12/03/2031, 09:20 - Irina K: ...", "~ Marta: ..."
         r"|(?<=[\]-] )~?\s?(?P<sender>[^\W\d_][\w'’.-]*(?:\s[\w'’.()-]{1,20}){0,3}):")
TURN = re.compile(rf"^\s*(?:(?P<time>{TIMECODE}|(?P<chat>{kinds.CHAT_STAMP}))\s+)?(?:(?:{LABEL})\s+)?")
# An interview's "Q:" and "A:" (or "**Question:**", "**Answer:**"): whose words they are, not who.
# A press briefing's "QUESTION (Oleh Marchuk, Pivden Daily):" is a question too, its asker in brackets.
QA = re.compile(r"^\s*(?:\*\*)?(Q|A|Question|Answer|QUESTION|ANSWER)(?:\*\*)?(?:\s+\([^()\n]{1,80}\))?"
                r"(?::\*\*|\*\*:|:)\s+(?=\S)")
# What a transcript says was heard, not what was said: "[laughs]", "[CROSSTALK] [inaudible]".
CUE = re.compile(r"\[(?:laughs?|laughter|music|crosstalk|inaudible|unintelligible|indistinct|applause|pause|"
                 r"sighs?|silence|overlapping|static|phone rings|break)\]", re.I)
SPEAKER_WORD = re.compile(r"[^\W\d_][\w'’.-]*")  # fullmatch a label's word (which opens with a capital)
# Labels that open paragraphs but name no speaker.
NOT_SPEAKERS = {"summary", "update", "updated", "correction", "clarification", "note", "editor's note", "tl;dr",
                "tldr", "source", "sources", "photo", "photos", "video", "topics", "tags", "read more", "read also",
                "watch", "listen", "transcript", "disclaimer", "warning", "key points", "key events", "background",
                "context", "timeline", "breaking", "live", "analysis", "opinion", "explainer", "exclusive", "q", "a",
                "question", "answer", "ps", "p.s", "edit", "disclosure", "full disclosure", "what we know", "why",
                "how", "what", "when", "where", "who", "more", "related", "credit", "credits", "caption",
                "witnesses", "witness", "members", "members present", "present", "also present", "in attendance",
                "apologies", "annex", "annexes", "agenda", "attendees", "participants", "panel", "guests",
                "claim", "the claim", "verdict", "our verdict", "rating", "our rating", "who said it", "resolved",
                "comment", "our comment"}


@dataclass(frozen=True)
class Turn:
    """Where a turn's label ends in its first line, and who speaks (None: a timecode alone, or
    "Q:" / "A:"); `answer`: an "A:" turn, the words of an interviewee the label does not name."""

    end: int
    speaker: str | None
    answer: bool = False
    question: bool = False  # a "Q:" / "QUESTION (name, outlet):" turn: the asker's words, no fact
    named_at: int = 0  # an initials label's: the line that gives the name in full
    verb: str = "says"  # a chat message's sender "writes"


T = TypeVar("T")
PER_SOURCE = 256  # sources whose page reading (a thread, a debate, its letters ...) each cache keeps


def _per_source(read: Callable[[Source], T]) -> Callable[[Source], T]:
    """`read` worked out once per source (by path and content) and kept for the last PER_SOURCE
    sources: every sentence of a page asks what kind of page it is."""
    kept: dict[tuple[str, str], T] = {}

    @functools.wraps(read)
    def once(source: Source) -> T:
        key = (source.path, source.sha256)
        if key not in kept:
            if len(kept) >= PER_SOURCE:
                kept.pop(next(iter(kept)))
            kept[key] = read(source)
        return kept[key]

    return once


@_per_source
def _subtitles(source: Source) -> bool:
    """A subtitle file: boilerplate read its cues (kinds.cues)."""
    return any(why == "subtitle timecode" for why in source.skipped.values())


@_per_source
def _speakers(source: Source) -> dict[int, tuple[int, str]]:
    """A subtitle file's turns named by a caption after them: first line -> (caption line, name)."""
    stripped = [ln.strip() for ln in source.lines]
    return {first + 1: (cap + 1, name) for cap, (first, name) in kinds.captions(stripped).items()} \
        if _subtitles(source) else {}


def _on_screen(source: Source, first: int, speakers: dict[int, tuple[int, str]]) -> tuple[bool, int, str | None] | None:
    """Whose words a subtitle turn opening at line `first` holds: None for the programme's own
    narration ("NARRATOR: ...", or no label at all); else (True, the line that names the speaker
    or 0, their name or None): a label ("JOE TANNER: ..."), or a caption after a dialogue turn."""
    line = kinds.SUB_TAG.sub(lambda m: " " * len(m.group(0)), source.lines[first - 1])
    if m := kinds.SUB_LABEL.match(line):
        who = m.group("who").strip()
        if kinds.narration(who):
            return None
        return (True, 0, None) if kinds.generic_speaker(who) else (True, first, kinds.name_case(who))
    if DIALOGUE_LINE.match(line):
        named = speakers.get(first)
        return (True, named[0], named[1]) if named else (True, 0, None)
    return None


@_per_source
def _labels(source: Source) -> Counter:
    """How often each label opens a paragraph of the article: an interview's names recur."""
    return Counter(label for line in source.lines if (m := _opens_turn(line)) and (label := _label(m)))


@_per_source
def _roles(source: Source) -> frozenset[str]:
    """The labels that give a role ("DEV MALHOTRA, SPORTS LAWYER:"): two make a broadcast
    transcript, where a guest who speaks once is still named by the label."""
    return frozenset(_label(m) for line in source.lines if (m := _opens_turn(line)) and m.group("role"))


def _surnames(source: Source) -> frozenset[str]:
    """"DESAI" after "PRIYA DESAI, NORTHLINE 24 ANCHOR:": the surname labels her later turns."""
    return frozenset(label.split()[-1] for label in _roles(source) if label and len(label.split()) >= 2)


def _opens_turn(line: str) -> re.Match | None:
    m = TURN.match(line)
    return m if _timed(m) or m.group("bold") or m.group("caps") or m.group("diar") else None


def _timed(m: re.Match) -> bool:
    return bool(m.group("time") or m.group("btime"))


def _label(m: re.Match) -> str | None:
    sender = m.group("sender") if m.group("chat") else None  # a sender's name only after a chat stamp
    label = (m.group("bold") or m.group("caps") or sender or "").strip()
    return label or None


def turn(source: Source, line: str) -> Turn | None:
    """The turn a paragraph's first line opens, if it opens one. A label names a speaker after a
    timecode, or when it opens two paragraphs of the article or more, and when it reads as a
    name ("ELLIOT MARSH", "Strelnikova"), not as a section ("Summary", "Update", "TL;DR")."""
    if _subtitles(source):
        return None  # a cue's "NARRATOR:" and dashes are read by blocks() and _located()
    if qa := QA.match(line):
        answer = qa.group(1).lower() in ("a", "answer")
        return Turn(qa.end(), None, answer=answer, question=not answer)
    m = _opens_turn(line)
    if m is None:
        return None
    if m.group("diar"):
        return Turn(m.end(), None, answer=True)  # "Speaker 2: ...": someone's words, no one named
    label = _label(m)
    speaker = None
    if label and (initials := _initials(label)) and _labels(source)[label] >= 2:
        # "AB: 1,269. ...": a PDF interview's turns, labelled with initials the standfirst spells
        # out ("Dr Angharad Beynon"); initials nothing spells out are someone's words, no one's name
        full = _spelled_out(source, initials)
        return Turn(m.end(), full[0], named_at=full[1]) if full else Turn(m.end(), None, answer=True)
    if label and _name_like(label) and (_timed(m) or _labels(source)[label] >= 2 or (
            _transcript(source) and (HONORIFIC.match(label) or label.isupper())) or m.group("role") and (
            _labels(source)[label.split()[-1]] or len(_roles(source)) >= 2) or label in _surnames(source)):
        speaker = _speaker_name(label, source.outlet)
    if speaker is None and label and label.isupper() and (kinds.narration(label) or kinds.generic_speaker(label)):
        return Turn(m.end(), None, answer=True)  # "PRESENTER: ...", "SOLDIER: ...": someone's words, no one named
    if speaker is None and not _timed(m):
        return None  # "BREAKING: ...", "Summary: ...": the label is the sentence's own words
    return Turn(m.end(), speaker, verb="writes" if m.group("chat") and speaker else "says")


INITIALS = re.compile(r"[A-Z]{2,4}|(?:[A-Z]\.\s?){2,4}")  # "AB", "K.V." ("K.v." is no one's name)


def _initials(label: str) -> str | None:
    return re.sub(r"[.\s]", "", label) if INITIALS.fullmatch(label) else None


TITLE = r"(?:Mr|Ms|Mrs|Miss|Dr|Prof|Professor|Sir|Dame|Lord|Lady)"


def _spelled_out(source: Source, initials: str) -> tuple[str, int] | None:
    """The name a label's initials stand for and the line that gives it: "AB" -> ("Dr Angharad
    Beynon", 11); the outlet's own ("PCCR", Primary Care Cymru Review) is the outlet, which asks."""
    key = (source.path, source.sha256, initials)
    if key in _SPELLED:  # asked again by every turn the label opens
        return _SPELLED[key]
    if len(_SPELLED) >= 256:
        _SPELLED.pop(next(iter(_SPELLED)))
    _SPELLED[key] = None
    if source.outlet and "".join(w[0] for w in source.outlet.split() if w[0].isupper()) == initials:
        _SPELLED[key] = (source.outlet, 0)
        return _SPELLED[key]
    words = r"\s+".join(rf"{c}[a-z’'-]+" for c in initials)
    name = re.compile(rf"(?<![\w’'-])(?:{TITLE}\.?\s+)?{words}(?![\w’'-])")
    text = "\n".join(source.lines)  # "Dr Mair\nPennant": a wrapped standfirst breaks names too
    for m in name.finditer(text):
        n = text.count("\n", 0, m.start()) + 1
        if source.citable(n):
            _SPELLED[key] = (" ".join(m.group(0).split()), n)
            break
    return _SPELLED[key]


_SPELLED: dict[tuple[str, str, str], tuple[str, int] | None] = {}


def _name_like(label: str) -> bool:
    return label.lower().rstrip(".") not in NOT_SPEAKERS and len(label.split()) <= 4 \
        and all(SPEAKER_WORD.fullmatch(w) and w[0].isupper() for w in label.split())


# A record's speaker who speaks once still has their title: "**Ms ŽUKAUSKIENĖ:**", "**Lord Hale:**".
HONORIFIC = re.compile(r"(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Baroness|Baron|Senator|Sen|"
                       r"Rep|Judge|Justice|Minister|Commissioner|The)\.?\s")


def _transcript(source: Source) -> bool:
    """A transcript or a record of a hearing: two speakers or more who take turns again and again."""
    labels = _labels(source)
    recurring = [n for label, n in labels.items() if n >= 2 and _name_like(label)]
    return len(recurring) >= 2 and sum(recurring) >= 4


# What a chair or a speaker says to run a hearing, not about its subject: greetings and thanks,
# giving the floor, who has joined, instructions to members, breaks, announcing a reading.
PROCEDURE = re.compile(
    r"^(?:good (?:morning|afternoon|evening)\b|hello\b[^.!?]{0,12}\bwelcome\b|welcome (?:back )?to\b|"
    r"(?:thank you|thanks)\b[^.!?]{0,25}[.!]?$|i (?:thank|welcome)\b|"
    r"[\w'’ -]{1,40},\s+(?:thank you|thanks)\b(?:[^.!?]{0,40})[.!]?$|"  # "Ruth, thank you for talking to us tonight."
    r"(?:if i may|may i)\b|we (?:resume|adjourn|will now (?:hear|turn|move|take)|now turn|move on)\b|"
    r"i (?:ask|remind|invite|urge) (?:members|colleagues|witnesses|the witness|everyone)\b|"
    r"i (?:will|shall) (?:now )?read\b|let me read\b)"
    r"|\byou have the floor\b|\b(?:give|hand) (?:you |him |her )?the floor\b|\b(?:must|will|have to) stop there\b"
    r"|\b(?:joins|join|joined) us\b|\bwitness(?:es)? (?:today|this (?:morning|afternoon))\b"
    r"|\bour (?:first|second|third|fourth|next|last|final) (?:witness|guest|speaker)\b"
    r"|\bwe have (?:\w+ )?(?:witnesses|guests|speakers)\b|\bi understand you wish to\b", re.I)
# A moderator running a thread, and a post that only points at a link ("the press release is here: oqs.example/...").
FORUM_PROCEDURE = re.compile(r"\b(?:thread|topic)\b[^.]{0,30}\b(?:stays|remains|is now) (?:open|closed|locked)\b|"
                             r"\block(?:ed)? (?:replies|this (?:thread|topic|post))\b|"
                             r"\bkeep (?:the )?discussion (?:below|here|on topic)\b|"
                             r"^(?:\w+\s){0,2}here\b\s*(?:\(|[.,!]|$)|"  # "Teacher here (...)": who posts, no fact
                             r"\bhttps?://|(?<![\w-])[\w-]+\.[a-z]{2,12}/[\w/.-]+", re.I)
FIRST_PERSON = kinds.FIRST_PERSON
TURN_SPAN = 12  # lines one citation may cover (verify.MAX_SPAN): a turn's paragraphs beyond it are not voiced


QUESTION_WORDS = 20  # a bare question asked in an interview, on a paragraph of its own


@_per_source
def _answers(source: Source) -> frozenset[int]:
    """An interview printed with its questions on paragraphs of their own and no labels ("Why did
    you leave the police?" / "In March 2022 they gave us lists. ..."): the first lines of the
    answers, paragraphs in the first person under a bare question, up to the next question. No
    label names the one who answers, so their words are never printed as a fact."""
    found: set[int] = set()
    questions = sum(1 for line in source.lines if line.rstrip().endswith("?"))  # cheap: most pages ask none
    paragraphs = blocks(source) if questions >= 2 else []
    asked = [i for i, (_, lines) in enumerate(paragraphs) if _bare_question(source, lines)]
    if len(asked) >= 2:
        for i in asked:
            j = i + 1
            while j < len(paragraphs) and j not in asked and paragraphs[j][0] == paragraphs[j - 1][0] + len(
                    paragraphs[j - 1][1]) + 1 and FIRST_PERSON.search(strip_quotes(" ".join(paragraphs[j][1]))):
                found.add(paragraphs[j][0])  # (one blank line apart: the same exchange)
                j += 1
    return frozenset(found)


def _parallel_answers(source: Source) -> set[int]:
    """A parallel text's interview, a row a paragraph: the rows under its questions (kinds marks
    them), up to the table's end; an italic row ("*Shtamp comes into the room.*") is the outlet's.
    Two people may answer in turn and no label says who: never a fact."""
    asked = {n for n, why in source.skipped.items() if why == "interview question"}
    rows = {n: english.strip() for n, line in enumerate(source.lines, 1)
            if line.lstrip().startswith("|") and (english := kinds.parallel_english(line)) is not None}
    if not asked & rows.keys():
        return set()
    found, asking = set(), False
    for n in range(min(rows), max(rows) + 1):
        if n in asked:
            asking = True
        elif n not in rows:
            asking = False  # the table has ended
        elif asking and not rows[n].startswith(("*", "_")):
            found.add(n)
    return found


# The paragraph that introduces a conversation: "We spoke over two evenings; the conversation has
# been edited and condensed.", "She spoke to the Gazette from Lviv."
INTERVIEW_CUE = re.compile(r"\b(?:(?:we|I) spoke\b|(?:spoke|talked) (?:to|with) (?:us|me|the [A-Z]\w+)\b|"
                           r"(?:interview|conversation|exchange|answers)s? (?:has|have) been (?:lightly )?"
                           r"(?:edited|condensed)|edited (?:and condensed|for (?:length|clarity))|"
                           r"in an interview with (?:us|me|the [A-Z]\w+))", re.I)
INTRO_REACH = 3  # paragraphs before the first question where the conversation is introduced


@_per_source
def _interview(source: Source) -> tuple[str | None, frozenset[int]]:
    """An interview with its questions on paragraphs of their own (bare, or in bold): the first
    lines of the answers, and whose they are when the paragraph introducing the conversation names
    one person ("Chaika is Nadezhda Voronina, 38, ... We spoke over two evenings"): their
    surname, else None (the answers are then no one's named words, never a fact)."""
    found = set(_answers(source)) | _parallel_answers(source)
    asked = {n for n, why in source.skipped.items() if why == "interview question"}
    paragraphs = blocks(source) if asked or found else []
    if asked:
        starts = {first: i for i, (first, _) in enumerate(paragraphs)}
        for q in sorted(asked):
            n = q + 1 if q + 1 in starts else q + 2  # right under the question, or one blank line below
            while n not in asked and (i := starts.get(n)) is not None \
                    and not paragraphs[i][1][0].lstrip("*_ ").startswith("("):
                found.add(n)
                n += len(paragraphs[i][1])
                if n not in starts and n not in asked and n <= len(source.lines) and not source.lines[n - 1].strip():
                    n += 1  # a blank line between answers
    who = None
    if found:
        before = [lines for first, lines in paragraphs if first < min(found)][-INTRO_REACH - 1:]
        for lines in reversed(before):
            text = " ".join(lines)
            if INTERVIEW_CUE.search(text):
                full = {n for n in people(text) if len(n.split()) >= 2}
                full = {n for n in full if not any(n != m and n in m for m in full)}
                if len(full) == 1:
                    who = full.pop().split()[-1]
                break
    return (who, frozenset(found))


# A paper's section of advice: "6 Recommendations", "Our recommendations", "What should be done";
# a campaign's demands: "What we are calling for", "Our demands".
ADVICE = re.compile(r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:our |key )?(?:recommendations?|what should be done|"
                    r"demands|asks|proposals|what (?:we|they) (?:are )?(?:calling|asking) for|what (?:we|they) want|"
                    r"what (?:needs|has) to (?:happen|change)|what must (?:happen|change))\W*$", re.I)
# A lead-in whose list items are what someone asks for, not what is so: "The charity is calling for:".
ASKS_FOR = re.compile(r"\b(?:call(?:s|ed|ing)? for|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|recommend(?:s|ed|ing)?|"
                      r"propos(?:es|ed|ing)|want(?:s|ed)?|ask(?:s|ed|ing)(?: for)?|should)\b[^:.!?]{0,60}:\W*$", re.I)


@_per_source
def _advice(source: Source) -> frozenset[int]:
    """The first lines of the paragraphs under a heading of recommendations, up to the next heading."""
    found: set[int] = set()
    under = False
    asked = False  # under a lead-in that asks, while its list goes on
    for n, line in enumerate(source.lines, 1):
        why = source.skipped.get(n)
        if why == "heading":
            under, asked = bool(ADVICE.match(line.strip())), False
        elif under and why is None and line.strip():
            found.add(n)
        elif why is None and line.strip():
            if asked and ITEM.match(line):
                found.add(n)
            elif not (asked and line[:1].isspace()):  # (an item's indented second line)
                asked = bool(ASKS_FOR.search(line))
    return frozenset(first for first, _ in blocks(source) if first in found) if found else frozenset()


# A publisher's notice about what it publishes: "Borealis Monitoring summarises and translates ...
# It cannot independently verify claims made in the sources it monitors, and inclusion does not
# imply endorsement." The paragraph qualifies every claim of the page and is no point of its own.
DISCLAIMER = re.compile(r"\b(?:cannot|can ?not|can['’]t|is unable to|are unable to) (?:independently )?"
                        r"(?:verify|confirm) (?:the )?(?:claims|reports|information|material|content)\b"
                        r"[^.]{0,40}\b(?:sources?|monitors|publishes|quotes|translates)\b|"
                        r"\binclusion does not (?:imply|constitute|mean) (?:an? )?endorsement\b|"
                        r"\bwe take no position\b|\bviews expressed\b[^.]{0,80}\bare (?:solely )?(?:those of the "
                        r"(?:authors?|speakers?|writers?|contributors?)\b|"
                        r"the (?:authors?|speakers?|writers?)['’]s?['’]? own\b)", re.I)


@_per_source
def _notes(source: Source) -> frozenset[int]:
    """The first lines of the paragraphs under a paper's "Notes" heading: what they say qualifies
    the figures their markers point at ("Figure given by the press service ... We could not
    verify it."), so they are caveats for those figures, never points of their own."""
    found: set[int] = set()
    under = False
    if source.slides:
        return frozenset()  # a slide's "Notes:" are what its presenter says, not notes to figures
    for n, line in enumerate(source.lines, 1):
        why = source.skipped.get(n)
        if why == "heading":
            under = bool(NOTES.match(line.strip()))
        elif under and why is None and line.strip():
            found.add(n)
    return frozenset(first for first, _ in blocks(source) if first in found) if found else frozenset()


def _bare_question(source: Source, lines: list[str]) -> bool:
    text = " ".join(lines).strip()
    return len(lines) == 1 and text.endswith("?") and len(text.split()) <= QUESTION_WORDS \
        and _opens_turn(lines[0]) is None and not QA.match(lines[0]) and INNER_STOP.search(text) is None


@_per_source
def _thread(source: Source) -> kinds.Thread | None:
    """The posts and comments of a discussion thread (kinds.thread), worked out once per source."""
    return kinds.thread([ln.strip() for ln in source.lines])


TURN_OPENERS = ("speaker line", "operator line")
# A page's box of what its latest update changed: "What's changed in this update (7 May):".
UPDATE_BOX = re.compile(r"^(?:what['’]s (?:changed|new) in this update|what['’]s changed|what['’]s new|latest update|"
                        r"changes in this update)\s*\((?P<date>[^()]{3,30})\)\s*:\s*(?=\S)", re.I)
# The same note as a sentence reads, before or after it is given to its publisher ("[Carnmoor
# County Council’s update of 7 May:] ..."), or opening "Update:": it holds for the whole page.
UPDATE_NOTE = re.compile(r"^\W*(?:What['’]s changed|What has changed|Latest|Update|Updated|UPDATE)\b|"
                         r"^\[[^\[\]]{1,80}['’]s update of [^\[\]]{1,40}:\]")
# A speaker taking back words mid-sentence: "He - sorry, the council's director of highways - has ...",
# "for the last two weeks of it - sorry, for the last two weeks of April". What was said first is wrong.
# A newsletter's contents for the issue: "This week: a unit declared dead, three questions for ...".
ISSUE_CONTENTS = re.compile(r"^\W*(?:this week|in this (?:issue|edition)|today|inside|coming up)\s*:\s", re.I)
SELF_CORRECTION = re.compile(r"\s[-–—]+\s*(?:sorry|I mean|I'm sorry|pardon(?: me)?|my mistake|correction|rather)\b",
                             re.I)
# An advert read in the programme or the newsletter: "This episode of Clydebeat Daily is supported
# by SecureStep Academy." From it to the end of its paragraph (or turn) is the sponsor's copy.
_OURS = r"(?:our|today['’]s|this week['’]s)"
SPONSOR_READ = re.compile(r"\b(?:(?:episode|show|podcast|programme|program|newsletter|edition|issue|bulletin|"
                          r"segment|briefing)\b[^.!?]{0,60}?\b(?:is|was|comes to you|are)\s+(?:(?:supported|sponsored|"
                          r"brought to you|made possible|presented|powered)\s+by|in partnership with)|"
                          rf"(?:a (?:quick )?word|a message) from {_OURS} (?:sponsors?|partners?)|"
                          rf"thanks to {_OURS} sponsors?)\b", re.I)
# A sentence that opens on a link: "<https://.../signup> -- it's free, every weekday at 6am".
URL_OPENING = re.compile(r"^\W{0,3}(?:https?://|www\.)\S+")


def _service_turns(source: Source) -> dict[int, int]:
    """A transcript service's turns: each line (1-based) -> the speaker line that opens its turn."""
    if not any(why in TURN_OPENERS for why in source.skipped.values()):
        return {}
    return {j + 1: i + 1 for j, i in kinds.turn_lines([ln.strip() for ln in source.lines]).items()}


def _poster(source: Source, first: int) -> str | None:
    """The handle on a forum post's header, when the paragraph at line `first` is a post that
    opens there (boilerplate found the post and bridged its header to its text); on a discussion
    thread, who wrote the post or the comment the paragraph is (the name the opening post gives
    its author, an organisation's verified account as the organisation); the speaker a transcript
    service's speaker line names ("Helen Marchbank - Vantry ... - Chief Executive")."""
    if (found := _thread(source)) is not None:
        return found.speakers.get(first - 1)
    if first not in source.bridges:
        return None
    why = source.skipped.get(first)
    if why == "operator line":
        return "Operator"
    if why == "speaker line":
        return kinds.speaker(source.lines[first - 1])
    if why == "forwarded post header":  # a chat post forwarded from another channel: that channel's words
        m = kinds.FORWARDED.match(source.lines[first - 1].strip())
        if m is None:
            return None  # a channel named as a body is "the Siberian Battalion" in a sentence
        return f"the {m.group('name')}" if CHANNEL_BODY.search(m.group("name")) else m.group("name")
    if why != "forum post header":
        return None
    m = boilerplate.POST_HEADER.match(source.lines[first - 1].strip())
    return m.group("handle") if m else None


COMMENT_SPAN = 12  # lines: how far below its header a comment's paragraph may stand


def _under_header(source: Source, first: int) -> tuple[int, str] | None:
    """(header line, writer) for a paragraph of a thread's comment that stands below its header, a
    blank line or a state line between ("**Gwen Lloyd** · 10:12, Saturday 21 November 2037" / "" /
    "Signs up at the B4518 end only."); None past a heading or a rule, where the page goes on."""
    found = _thread(source)
    if found is None:
        return None
    for i in range(first - 2, max(-1, first - 2 - COMMENT_SPAN), -1):  # 0-based, nearest first
        if i in found.headers:
            who = found.speakers.get(i)
            return (i + 1, who) if who else None
        if source.lines[i].lstrip().startswith(("#", "---", "***")):
            return None
    return None


@_per_source
def _debate(source: Source) -> dict[int, tuple[int, str]]:
    """A debate record's turns: each line (1-based) -> (its speaker heading's line, who speaks)."""
    found: dict[int, tuple[int, str]] = {}
    if "debate speaker" in source.skipped.values():
        stripped = [ln.strip() for ln in source.lines]
        heads = records.speakers(stripped)
        found = {j + 1: (i + 1, heads[i]) for j, i in records.turns(stripped, heads).items()}
        found.update((i + 1, (i + 1, who)) for i, who in heads.items())  # (a paragraph right under it)
    return found


# A statement an article reprints in a box under its issuer: "| STATEMENT FROM EAST RIDING OF
# YORKSHIRE COUNCIL, 9 MARCH 2027", then "| The council responded swiftly ...".
STATEMENT_HEAD = re.compile(r"^\W*(?:(?:joint|full|official)\s+)?(?:statement|press release)\s+(?:from|by|of)\s+"
                            r"(?P<who>[^\W\d][\w'’&. -]{2,60}?)\s*(?:[,:–—-]|\s\d|$)", re.I)


def _statements(source: Source) -> dict[int, tuple[int, str]]:
    """A boxed statement's lines (1-based) -> (its heading's line, its issuer as the article spells it)."""
    found: dict[int, tuple[int, str]] = {}
    lines = source.lines
    for i, ln in enumerate(lines):
        if not BAR_MARK.match(ln) or not (m := STATEMENT_HEAD.match(ln.lstrip("| \t"))):
            continue
        who = _spelled(source, m.group("who").strip())
        j = i + 1
        while j < len(lines) and BAR_MARK.match(lines[j]):
            found[j + 1] = (i + 1, who)
            j += 1
    return found


def _spelled(source: Source, name: str) -> str:
    """A heading's CAPITALISED name as the article's prose writes it, else in title case."""
    for ln in source.lines:
        for m in re.finditer(re.escape(name), ln, re.I):
            if not m.group(0).isupper():
                return m.group(0)
    small = {"of", "and", "the", "for", "on"}
    return " ".join(w.lower() if w.lower() in small else w.capitalize() for w in name.split())
# What a member says to run a debate, not about its matter: the courtesies to the chair and to
# the member who secured it, giving way, signposts to what comes next.
COURTESY = re.compile(
    r"^(?:it is (?:a|always a) (?:pleasure|privilege|honour)\b|i (?:congratulate|thank|pay tribute)\b|"
    r"i (?:start|begin|want to start|will start|would like to start) by (?:thanking|congratulating|paying)\b|"
    r"i am (?:grateful|most grateful|very grateful)\b|i (?:will|shall|do|give|am happy to) (?:give way|"
    r"happily give way)\b|i will(?:, briefly)?\.$|i beg to move\b|"
    r"(?:let me|i (?:will|shall|want to|would like to)) (?:now |first |briefly )?(?:(?:turn|come(?: back)?|return|"
    r"move|go back) to|deal (?:first )?with|add a word)\b|"
    r"i have (?:\w+ )?(?:questions|points) for\b|the hon\. (?:lady|gentleman|member) (?:has been|is) generous\b|"
    r"the hon\. (?:lady|gentleman|member) (?:also )?(?:asked|raised|mentioned|referred)\b|"
    r"on the hon\. (?:lady|gentleman|member)['’]s (?:\w+ )?(?:questions|points)\b)",
    re.I)


CHANNEL_BODY = re.compile(r"(?<!^The )\b(?:Legion|Battalion|Corps|Brigade|Regiment|Company|Detachment|Squadron|Militia|"
                       r"Council|Service|Ministry|Agency|Office|Committee|Union|Party)$")


@dataclass(frozen=True)
class Letter:
    """A letter on a letters page: its writer (None: "Name and address supplied"), the line of its
    signature, whether the letter is cited down to it, and whether an editor's note answers it."""

    writer: str | None
    signature: int
    bridged: bool
    note: frozenset[str] = frozenset()  # the content words of the editor's note that answers it


@_per_source
def letters_of(source: Source) -> dict[int, Letter]:
    """Each line of a letters page's letters -> its letter (the verifier asks whose words they are)."""
    stripped = [ln.strip() for ln in source.lines]
    found: dict[int, Letter] = {}
    for sig in kinds.signatures(stripped):
        if (span := kinds.letter(stripped, source.skipped, sig)) is None:
            continue
        note = kinds.content(stripped[span[1]]) if span[1] is not None else frozenset()
        it = Letter(kinds.signer(stripped[sig]), sig + 1, (sig + 1) in source.bridges, note)
        found.update((n + 1, it) for n in range(span[0], sig))
    for first, end, sender, at in kinds.digest_posts(stripped):
        # a digest's post is its sender's; too far below the "From:" line to cite down to, it is
        # never printed as a fact (the list's own words are none of it)
        found.update((n + 1, Letter(sender, at + 1, False)) for n in range(first, end))
    return found


@_per_source
def on_talk_page(source: Source) -> bool:
    """Whether the source is a wiki talk page, whose comments are its editors' (the verifier asks too)."""
    return kinds.talk_page([ln.strip() for ln in source.lines])


def _wholly_quoted(text: str) -> bool:
    """One quote and nothing else: a clip's transcript, '"We have run out of road. ..."'."""
    return len(text) > 2 and text[0] in "\"“" and text[-1] in "\"”" and sum(text.count(q) for q in QUOTES) == 2


def continued_turns(source: Source) -> frozenset[int]:
    """In a transcript, the blank lines between a speaker's labelled paragraph and the paragraphs
    without a label that go on with the turn ("**Dr FISCHER:** ..." / "" / "Two of the eleven
    gauges ..."): the turn reads as one paragraph, each sentence theirs, cited from the label."""
    if not _transcript(source):
        return frozenset()
    lines, out = source.lines, set()

    def paragraph_end(n: int) -> int:  # the last line of the paragraph starting at line n
        while n < len(lines) and lines[n].strip() and source.citable(n + 1):
            n += 1
        return n

    n = 1
    while n <= len(lines):
        said = turn(source, lines[n - 1]) if source.citable(n) else None
        if said is None or said.speaker is None:
            n += 1
            continue
        end = paragraph_end(n)
        while True:
            k = end + 1
            while k <= len(lines) and not lines[k - 1].strip():
                k += 1
            if k == end + 1 or k > len(lines) or not source.citable(k) or _opens_turn(lines[k - 1]) \
                    or QA.match(lines[k - 1]):
                break  # a label of any kind opens someone else's words
            stop = paragraph_end(k)
            text = strip_quotes(" ".join(lines[k - 1:stop]))
            surname = said.speaker.split()[-1].lower()
            if stop - n + 1 > TURN_SPAN or not FIRST_PERSON.search(text) or surname in text.lower():
                break  # the outlet's narration after the turn ("The unit's press officer confirmed ...")
            out.update(range(end + 1, k))
            end = stop
        n = end + 1
    return frozenset(out)


# Who asks, in a transcript or an interview: "Presented by Elliot Marsh | Produced by ...".
ASKER_NAME = r"([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
ASKER = re.compile(rf"\b(?:[Pp]resented|[Hh]osted|[Ii]nterview(?:ed)?|[Mm]oderated)\s+by\s+{ASKER_NAME}"
                   rf"|\b(?:Host|Presenter|Interviewer):\s*{ASKER_NAME}")
_ASKERS: dict[tuple, set[str]] = {}
SHORT_TURN = 6  # words: a short spoken sentence that opens so answers what was said before it
REPLY = re.compile(r"(?:Then|And|So|Yes|No|Well|Right|Exactly|Sure|Maybe|Of course)\b")


def _askers(source: Source) -> set[str]:
    """The names whose turns are prompts, not facts: the outlet ("Gazette:"), the byline's
    presenter or interviewer, and the article's author."""
    key = (source.path, source.lines[:1])
    if key not in _ASKERS:
        # (the author asks only in a transcript: a columnist's or an observer's reply in the comments is theirs)
        names = {n for n in (source.outlet, source.author if _transcript(source) and not source.opinion else None) if n}
        names |= {m.group(1) or m.group(2) for line in source.lines[:40] for m in ASKER.finditer(line)}
        _ASKERS[key] = {n.lower() for n in names}
    return _ASKERS[key]


def _speaker_name(label: str, outlet: str | None) -> str:
    """How a briefing names the speaker: "ELLIOT MARSH" -> "Elliot Marsh"; the outlet's own
    label ("Gazette" in The Lowlands Gazette) -> the outlet, whose question it is."""
    words = label.lower().split()
    if outlet and all(w in outlet.lower().split() for w in words):
        return outlet
    # "ELLIOT MARSH" -> "Elliot Marsh", "Mr DOROGIN" -> "Mr Dorogin", "The CHAIR" -> "The Chair"
    return " ".join(w[:1] + w[1:].lower() if len(w) > 1 and w.isupper() else w for w in label.split())


QUOTES = "\"“”«»„"
DIALOGUE_LINE = re.compile(r"^\s*(?:\{\\[^{}]{0,40}\}\s*)*[-–—]\s+\S")  # a cue's "- My mother still calls me"


def voiced(text: str, speaker: str, verb: str = "says") -> str:
    """A sentence of a speaker's turn as what it is, their words: "“I was mobilised in October
    2022,” [Sarma] says." A question stays as it is (the verifier leaves it out: it states no
    fact); a sentence with quotes of its own says whose it is at its end instead. `verb`: how
    they say it ("writes in [The Sentinel]" for a columnist)."""
    if not TERMINAL.search(text) or text.endswith("?"):
        return text
    if _wholly_quoted(text) and text[-2:-1] in ".!":  # a clip: '"Please stay away."' -> “Please stay away,” [X] says.
        text = text[1:-1]
    if any(q in text for q in QUOTES):
        end = text[-1] if text[-1] in ".!…" else ""
        said = f"according to {speaker}" if verb == "says" else f"{speaker} {verb.replace('[', '').replace(']', '')}"
        return f"{text[:len(text) - len(end)]}, [{said}]{end or '.'}"
    if text.endswith(".") and not text.endswith(".."):
        return f"“{text[:-1]},” [{speaker}] {verb}."
    return f"“{text}” [{speaker}] {verb}."


def according(text: str, who: str) -> str:
    """A sentence given as someone's account: "..., [according to CNN]."; '... “Caesar.”' ->
    '... “Caesar,” [according to CNN].'."""
    text = text.rstrip()
    end = text[-1] if text[-1] in ".!?" else ""
    if not end and text[-2:-1] in ".!?" and text[-1] in "”\"»":
        return f"{text[:-2]},{text[-1]} [according to {who}]{text[-2]}"
    return f"{text[:len(text) - len(end)]}, [according to {who}]{end or '.'}"


def written(text: str, writer: str, outlet: str | None) -> str:
    """A sentence of an opinion column as what it is, its writer's view: "“Four minutes is all the
    thieves needed,” [Miles Tennant] writes in [The Sentinel]."."""
    return voiced(text, writer, f"writes in [{outlet}]" if outlet and outlet != writer else "writes")


# A columnist's call to act ("Fit the glass now, not in the autumn.", "Start with the guard.",
# "Let the council publish it."): the writer's demand, no fact an editor can use.
# A page's advice to its readers, of its day: "If you see a wolf, call 999.", "Do not approach it."
ADVICE_LINE = re.compile(r"^\W*(?:(?:If|When) you\b[^.?!]{0,120},\s*(?:please\s+)?(?:call|ring|dial|phone|contact|"
                         r"report|tell|text|email|do not|don['’]t|stay|keep|go|visit|check|follow)\b|"
                         r"(?:Please\s+)?(?:Call|Ring|Dial|Phone)\s+(?:999|911|112|101|111|us|the police)\b|"
                         r"(?:Please\s+)?(?:Do not|Don['’]t|Never)\s+(?:approach|touch|try|attempt|go|travel|drive)\b|"
                         # "If you want the decision itself, it's on the panel's website.": a pointer, no fact
                         r"(?:If|When) you (?:want|['’]d like|would like)\b[^.?!]{0,80},\s*(?:it|they)"
                         r"(?:['’]s|['’]re| is| are)\s+(?:on|at|here|in|online)\b)")
EXHORTS_NEXT = frozenset("""the a an this that these those it them him her us me your our their its every all no
some more less any with up out back down on off now away again""".split())
# What makes a columnist's sentence a fact an editor can check: a name, a figure, a month, a
# season or a year ("In 2021 my firm tendered for ..."). "One guard cannot be in two places." and
# "When money is short, security is the budget line nobody sees ..." have none: a maxim.
CALENDAR = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                      r"December|spring|summer|autumn|winter)\b")
NOT_NAMES = frozenset("""I I'm I’m I've I’ve I'd I’d I'll I’ll Monday Tuesday Wednesday Thursday Friday Saturday
Sunday""".split())


def exhorts(text: str) -> bool:
    """Whether a sentence is an imperative: its first word a verb's base form, a call to act."""
    from . import lexicon  # lexicon needs retrieval, which needs this module

    words = re.findall(r"[\w’'-]+", strip_quotes(text))
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    first, second = words[0].lower(), words[1].lower()
    if first in ("let", "let's", "let’s", "don't", "don’t") or first == "do" and second == "not":
        return True
    return second in EXHORTS_NEXT and first in lexicon.lemmas(first).get("VERB", ()) \
        and not set(lexicon.lemmas(first)) & {"PROPN"}


CLAUSE_WORDS = 6
ELLIPTIC = {"not", "no", "only", "and", "but", "or", "also", "except", "plus", "then"}


def _clause(text: str) -> bool:
    """Whether an unpunctuated line is a whole clause: a subject, then a verb that is not its
    base form ("The course as run was 271 m short"), not "Not 264 m, the figure announced ..."."""
    from . import lexicon

    words = re.findall(r"[\w’'-]+", strip_quotes(text))
    if len(words) < CLAUSE_WORDS or not words[0][:1].isupper() or words[0].lower() in ELLIPTIC:
        return False
    for i, w in enumerate(words[1:], 1):
        forms = lexicon.lemmas(w.lower())
        bases = {*forms.get("VERB", ()), *forms.get("AUX", ())}
        to_be = [x.lower() for x in words[max(0, i - 2):i]] == ["to", "be"]  # "entries to be flagged": a wish
        if bases and w.lower() not in bases and "NOUN" not in forms and not to_be:
            return True  # ("positions", "results": a plural as much as a verb)
    return False


# A list's lead-in that asks for what the list holds: an FOI request's "please provide:", "I request
# the following:", "We ask the council for:".
REQUEST_LEADIN = re.compile(r"\b(?:please\s+(?:provide|send|disclose|release|supply|give|let me have)|"
                            r"I\s+(?:request|would like|am requesting|ask for|am asking for)|"
                            r"(?:request|requesting|ask|asks|asking|asked)\s+(?:\w+\s+){0,3}?for|"
                            r"requests?\s+the\s+following)\b[^.!?]*:\s*$", re.I)
LEADIN_REACH = 40  # lines


def _asked_for(source: Source, n: int) -> bool:
    """Whether line `n` is in a numbered or bulleted list whose lead-in asks for its items."""
    in_list = False
    for m in range(n, max(0, n - LEADIN_REACH), -1):
        line = source.lines[m - 1]
        if not line.strip():
            return False
        in_list = in_list or ITEM.match(line) is not None
        if m < n and line.rstrip().endswith(":"):
            return in_list and REQUEST_LEADIN.search(line) is not None
    return False


def _bidding(text: str) -> bool:
    """Whether a line opens with a verb that can only be a verb, in its base form: "Recommend what
    should change", "Establish how ...": a brief's task, no fact."""
    from . import lexicon

    first = re.match(r"\W*([A-Z][a-z]+)\b", text)
    forms = lexicon.lemmas(first.group(1).lower()) if first else {}
    return bool(forms) and set(forms) == {"VERB"} and first.group(1).lower() in forms["VERB"]


def checkable(text: str) -> bool:
    """Whether a sentence states something an editor could check (see CALENDAR), not a maxim."""
    from . import lexicon, numbers

    plain = strip_quotes(text)
    if re.search(r"\d", plain) or CALENDAR.search(plain) or QUOTE_SPAN.search(text) and len(plain.split()) < len(
            text.split()) - 1:
        return True  # (a quote of two words or more: someone's words, as the writer gives them)
    words = re.findall(r"[\w’'-]+", plain)
    for i, w in enumerate(words):
        if not w[:1].isupper() or w in NOT_NAMES:
            continue
        base = re.sub(r"[’']s$", "", w).lower()
        if i > 0 or not lexicon.lemmas(base) and base not in lexicon.STOPWORDS and base not in numbers.WORDS:
            return True  # "Wrenford", "Clare Fenwick": a name, not a capital that only opens the sentence
    return False


@_per_source
def _column(source: Source) -> kinds.Column | None:
    """The opinion column the source is (sources.read_source found it), with the lines not its writer's."""
    if not source.opinion:
        return None
    return kinds.column([ln.strip() for ln in source.lines], source.author)


# A list item's marker: "* ", "- ", "• ", "1. ", "2) ", "a) ", "(b) ". It is the page's
# furniture, never a word of the sentence.
ITEM = re.compile(r"^\s*(?:[-–•*·▪‣◦]|\d{1,2}[.)]|\(?[a-z]\))\s+(?=\S)")
# A Markdown quote's marker ("> ") and a post's edit stamp ("**Edit 7 Nov, 10:20:** Westmark has ...").
QUOTE_MARK = re.compile(r"^\s*>(?:\s?>)*\s+(?=[^\d\s])")  # ("> 50% of ..." is "more than 50 %": kept)
# (with its day or time: "Updated: Aug. 15" is a dateline)
EDIT_STAMP = re.compile(r"^\s*(?:\*\*|__)?(?:edit(?:ed)?|update[ds]?)\b[^:\n\d]{0,20}\d"
                        r"(?:[^:\n]|(?<=\d):(?=\d\d)){0,20}:(?:\*\*|__)?\s+(?=\S)", re.I)
# A label that opens a paragraph and is no word of it: an editor's note answering a letter ("*Editor's
# note: The administrators ... told the Gazette ...*"), a minute's "RESOLVED: that the report be noted",
# a written answer's "Corrected answer: OPSS is aware of 17 incidents" (the answer as it now stands).
NOTE_LABEL = re.compile(r"^\s*[*_]*(?:(?i:editor['’]?s['’]? note)|RESOLVED|AGREED|SUMMARY|COMMENT|"
                        r"(?i:corrected (?:answer|statement)))\s*:\s*(?=\S)|"
                        r"^\s*(?:>\s?)*(?:\*\*|__)(?i:edit|update)(?:\s*\d{1,2})?(?:\s*\([^()]{0,20}\))?\s*:\s*"
                        r"(?:\*\*|__)\s*(?=\S)|"  # a post's "**EDIT:**", "**EDIT 2 (next day):**"
                        r"^\W{0,2}(?:\*\*|__)(?i:mod(?:erator)?['’]?s?\s+note)\s*(?:\([^()]{0,40}(?:\([^()\s]{0,300}\))?\))?"
                        r"\s*:\s*(?:\*\*|__)\s*(?=\S)")  # a moderator's "**Mod note (u/…):**"
# The notes at the end of a paper, numbered without a stop under their heading: "Notes" / "2 Figure
# given by the press service ...". The number is no word of the note.
NOTES = re.compile(r"^\W*(?:notes|endnotes|footnotes|references)\W*$", re.I)
NOTE_ITEM = re.compile(r"^\s*\d{1,3}\s+(?=[^\W\d_])")
# A box's row: a label of a few words, a colon, its value ("Accepted: 131", "Vychegda Company: formed 2027").
FIELD_ROW = re.compile(r"^\s*[A-Z][\w’'()-]*(?: [\w’'()-]+){0,5}: +\S[^\n]{0,140}$")
ENDS_CLAUSE = re.compile(r"[.!?:;…][\"”»’')\]]*\s*$")
# A statement set off by a bar in the margin ("| The council responded ..."): not a table's row.
BAR_MARK = re.compile(r"^\s*\|\s+(?=\S)(?!.*\|\s*$)")


def _barred(source: Source, n: int) -> bool:
    """Line n is in a run of two lines or more that open with the bar."""
    return any(1 <= k <= len(source.lines) and BAR_MARK.match(source.lines[k - 1]) for k in (n - 1, n + 1))


HEADING_WORDS = 6  # a line this short with no stop above a list is its heading ("Summary", "Key points")


# A question reported with no answer in the sentence: "Marić asked Kuusk whether the Artel's men
# were different", "A third participant asked whether it would fight in Russia itself".
ASKED_WHETHER = re.compile(r"^[^.;:!?]{1,160}?\basked\s+(?:[\w'’-]+\s+){0,4}?(?:whether|if)\b[^.;:!?]*[.?]?$")
# A publisher's editorial note inside the text: "[Ed.: the translator asked him this question in a
# letter.]", "[Editor's note: ...]": the outlet's words in someone else's, no words of theirs.
ED_NOTE = re.compile(r"\[(?:Ed\.?|Eds\.?|Editor['’]?s note|Translator['’]?s note|Trans\.?)\s*:[^\[\]]{0,600}\]")
ED_LABEL = re.compile(r"\[[^:]*:\s*")
# A thread's post counter at the end of its line: "... ended in three or four years. 3/17", "🧵 1/17".
POST_COUNTER = re.compile(r"\s(?:🧵\s*)?\d{1,3}\s?/\s?\d{1,3}\s*$")


def blocks(source: Source) -> list[tuple[int, list[str]]]:
    """Runs of consecutive citable lines, as (first line number, lines). A page saved with one
    paragraph per line has no blank lines between them: a long line that ends a sentence ends
    its paragraph (a hard-wrapped line is never that long). A list item's marker is blanked
    (same length, so offsets still map to the line); an item that opens with a capital is a
    paragraph of its own, one in lowercase goes on the sentence that leads into the list
    ("Recruits must: * pass a check ...; * in the Legion, take ..."), and an item's indented
    or lowercase lines go on the item. A transcript's or an interview's turn
    ("[00:04:03] ELLIOT MARSH: ...", "**Gazette:** ...") starts a paragraph."""
    out: list[tuple[int, list[str]]] = []
    run: list[str] = []
    start = 0
    in_list = notes = boxed = False
    prev = ""
    cues = _subtitles(source)
    turns = _service_turns(source)
    posts = sum(1 for line in source.lines if POST_COUNTER.search(line)) >= 3
    status = updates.status_page(source.lines)
    paragraph_lines = one_paragraph_a_line(source)
    for n, line in enumerate(source.lines, 1):
        post_end = False
        if n in source.bridges:  # furniture inside a sentence or a turn: its words are no one's
            if source.skipped.get(n) in (*TURN_OPENERS, "comment header"):
                if run:  # a transcript service's speaker line opens a turn of its own, a comment's header a comment
                    out.append((start, run))
                run, in_list, prev = [], False, ""
            if not run:
                start = n
            run.append(" " * len(line))
            continue
        if not source.citable(n):
            if run:
                out.append((start, run))
                run = []
            in_list, boxed, prev = False, False, ""
            why = source.skipped.get(n, "")
            notes = why == "heading" and bool(NOTES.match(line)) or notes and why.startswith("running")
            continue
        if cues:  # a cue's line: its tags are no words; a dash or a "NARRATOR:" opens someone's words
            line = kinds.SUB_TAG.sub(lambda m: " " * len(m.group(0)), line)
            if opens := kinds.SUB_LABEL.match(line) or kinds.DIALOGUE.match(line):
                if run:
                    out.append((start, run))
                    run = []
                line = " " * opens.end() + line[opens.end():]
            if not run:
                start = n
            run.append(line)
            continue
        if (bar := BAR_MARK.match(line)) and _barred(source, n):
            if run and (in_list or prev.strip().isupper()):
                out.append((start, run))  # a boxed statement's heading and items are lines of their own
                run = []
            line = " " * bar.end() + line[bar.end():]  # "| ": a boxed statement's margin, no word of it
        item = None
        if not run or in_list or ENDS_CLAUSE.search(prev) or len(prev.split()) <= HEADING_WORDS:
            item = ITEM.match(line) or (NOTE_ITEM.match(line) if notes else None)
        new = False
        if item:
            body = line[item.end():]
            new = not body[:1].islower()  # a capitalised item is a paragraph of its own
            prev, line, in_list = line, " " * item.end() + body, True
        else:
            if in_list and not (line[:1].isspace() or line.lstrip()[:1].islower()):
                new, in_list = True, False  # the list has ended
            new = new or turn(source, line) is not None
            # A box's rows ("Fighters: about 120 (unit's figure)", "Helpline: 0808 157 0412") are lines
            # of their own, and so is the prose after the box: no stop ends them, yet no sentence runs on
            # (two rows or more: "Correction: An earlier version said the" is a wrapped paragraph)
            field = _row(source, n) and (_row(source, n - 1) or _row(source, n + 1))
            if run and (field or boxed and line.lstrip()[:1].isupper()):
                new = True
            # A page with a paragraph a line wraps nothing: a short line with no stop over a
            # capitalised one is a heading ("KEY EVENT", "Sotnya commander sentenced to 20
            # years"), not the start of the sentence below it
            if run and paragraph_lines and line.lstrip()[:1].isupper() and _heading_line(prev):
                new = True
            boxed = field
            prev = line
            if (english := kinds.parallel_english(line)) is not None:
                line, new = english, True  # each row of a parallel text is a paragraph
            if n > 1 and source.skipped.get(n - 1, "").startswith("photo caption") and (
                    cut := kinds.credit_tail(source.lines[n - 2], line)):
                line = " " * cut + line[cut:]  # "DORAN Skipper Bill Rance": the credit's name, wrapped
            if mark := QUOTE_MARK.match(line) or EDIT_STAMP.match(line) or NOTE_LABEL.match(line) or (
                    status and updates.STATUS.match(line)):  # a status page's "Update - ": no word of it
                line = " " * mark.end() + line[mark.end():]  # "> ", "**Edit 7 Nov, 10:20:**": no words of it
            if posts and (counter := POST_COUNTER.search(line)):
                # "... in 2027. 3/17": a thread's post ends there, and its counter is no word of it
                line, post_end = line[:counter.start()] + " " * (len(line) - counter.start()), True
        if new and run:
            out.append((start, run))
            run = []
        if not run:
            start = n
        run.append(line)
        # A quote's credit line ("— Gleb Arsentyev, Yamshchik") ends the quote's paragraph, not the quote
        credited = n < len(source.lines) and QUOTE_CLOSED.search(line) and kinds.CREDIT_LINE.match(source.lines[n])
        post_end = post_end or bool(kinds.CREDIT_LINE.match(line))
        if post_end or len(line) > PARAGRAPH_LINE and PARAGRAPH_END.search(line[-4:]) and n + 1 not in source.bridges \
                and not credited and not (n in turns and turns.get(n + 1) == turns[n]):  # (a turn's lines are one)
            out.append((start, run))
            run = []
    if run:
        out.append((start, run))
    return out


def _row(source: Source, n: int) -> bool:
    """Line n reads as a box's row ("Accepted: 131"), not a turn ("AB: Anyone affected can")."""
    if not 1 <= n <= len(source.lines) or not source.citable(n):
        return False
    line = source.lines[n - 1]
    return FIELD_ROW.match(line) is not None and not ENDS_CLAUSE.search(line) and not QA.match(line) \
        and _opens_turn(line) is None


def _heading_line(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= HEADING_LINE_WORDS and not ENDS_CLAUSE.search(line) and not line.rstrip().endswith(",") \
        and words[-1].lower() not in FUNCTION_WORDS


HEADING_LINE_WORDS = 14
# Words a wrapped sentence breaks after ("... said the"), fewer than retrieval's STOPWORDS: a
# heading may end on "all" or "them" ("Show all", "How the war changed them")
FUNCTION_WORDS = {"the", "a", "an", "of", "to", "in", "on", "at", "for", "and", "or", "but", "with", "by", "from",
                  "that", "as", "is", "was", "said", "says"}


def one_paragraph_a_line(source: Source) -> bool:
    """Whether the page puts each paragraph on a line of its own, long lines and short (no wrap
    width). A short line there is still kept in its block (a one-sentence paragraph often goes
    on the one before it: "“I am afraid of letting in the man who works for it.” / That was
    Yevgenia Lobanova"), but `referents` joins across it only a line that is one sentence."""
    lines = [line for n, line in enumerate(source.lines, 1) if source.citable(n) and len(line) >= 40]
    long = sum(len(line) > PARAGRAPH_LINE for line in lines)
    return long >= 3 and long * 10 >= len(lines) * 3


def _quote_counts(text: str) -> tuple[int, int]:
    """(opening minus closing curly/angle marks, straight marks)."""
    return (sum(text.count(q) for q in OPEN_QUOTES) - sum(text.count(q) for q in CLOSE_QUOTES), text.count('"'))


def _balance(counts: tuple[int, int], text: str) -> int:
    balance, straight = counts
    if balance == 0 and straight % 2:
        balance = 1 if text.lstrip().startswith('"') or _opens(text) else -1
    return balance


def _opens(text: str) -> bool:
    """Whether the last straight quote mark of `text` opens a quote: 'Helen Marchetti said: "Making'."""
    i = text.rfind('"')
    return 0 < i < len(text) - 1 and text[i - 1] in " \t(:[—–" and not text[i + 1].isspace()


def _quote_balance(text: str) -> int:
    """>0: a quote is left open; <0: a quote closes that never opened."""
    return _balance(_quote_counts(text), text)


def classify(text: str, last_in_block: bool) -> str:
    body = text.lstrip(OPEN_QUOTES + "\"'‘ (")
    if not body or body[0].islower():
        return "fragment"  # the scrape lost the sentence's first words
    if last_in_block and not TERMINAL.search(text):
        return "fragment"  # cut off at the end
    balance = _quote_balance(text)
    if balance != 0:
        return "fragment"  # part of a quote whose other end is missing
    outside = strip_quotes(text)
    if outside != text:
        if SPEECH.search(outside):
            return "attributed_quote"
        if len(re.findall(r"\w+", outside)) <= 2:
            return "quote"  # a quote with no speaker: never presented as a fact
    return "statement"


LOW_QUOTE = re.compile(r"„([^“”„\"]{1,3000}?)“")
QUOTE_SPAN = re.compile(r"[“«„\"][^”»\"]*[”»\"]")
CLOSERS = "”»\""


def last_closer(text: str) -> int:
    """Where the last closing quote mark is (-1: none). A regex that looks for a quote's end
    scans to the end of the text from every opening mark after it: quadratic on a run of «."""
    return max(text.rfind(c) for c in CLOSERS)


def strip_quotes(text: str) -> str:
    """The text with every quoted passage replaced by a space. Linear: the pattern only runs
    where a closing mark is still ahead."""
    cut = last_closer(text) + 1
    return QUOTE_SPAN.sub(" ", text[:cut]) + text[cut:]


def merge_open_quotes(flat: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge sentences while a quote stays open: a quote of several sentences is one claim.
    The counts of quote marks grow with each merged sentence instead of being recounted
    over the whole merged text, which was quadratic when a quote never closed."""
    merged: list[tuple[int, int]] = []
    counts, head = (0, 0), ""
    for start, end in spans:
        if merged and _balance(counts, head) > 0:
            extra = _quote_counts(flat[merged[-1][1]:end])
            counts = (counts[0] + extra[0], counts[1] + extra[1])
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
            counts, head = _quote_counts(flat[start:end]), flat[start:end]
    return merged


# Markdown a scrape keeps: "[Siberian Battalion](https://...)" reads "Siberian Battalion" (a
# bracket in a claim is a referent the tool inserted), "**Advertisement**" reads "Advertisement".
MD_LINK = re.compile(r"!?\[([^\[\]]{1,300})\]\((?:[a-z]+:|/|#|www\.)[^()\s]{0,2000}\)")
MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.{1,300}?)(?<=\S)\1")
# A place dateline before the first sentence ("KYIV — The questions start ...", "KYIV, Nov 12
# (Meridian) - The number ..."): a page's furniture, and it hides the sentence's own opening
# from the stand-alone check.
# Only before an opening word of a sentence: "NATO – Russia talks" is not a dateline.
# After the agency's name in brackets ("KELMSFORD, England, Nov 6 (NPA) - Crews ..."), any capital opens it;
# the region may take a few words ("HOOK MARSH, East Riding of Yorkshire, March 2 (NNA) - ").
DATELINE = re.compile(r"^[A-Z][A-Z.'’-]{3,}(?:[ ,]+[A-Z][A-Z.'’-]+){0,2}"
                      r"(?:,\s+[A-Z][a-z]+(?:\s+(?:[a-z]+|[A-Z][a-z]+)){0,3}(?=,))?"
                      r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                      r"(?:\s+\([A-Z][\w .&'-]{1,30}\)\s+[—–-]\s+(?=[“\"‘]?[A-Z])|\s+[—–-]\s+"
                      r"(?=[“\"‘]|(?:The|A|An|In|On|At|As|When|After|Before|For|From|With|It|This|"
                      r"Some|Most|Many|More|Two|Three|Four|Five|Several|Hundreds|Thousands)\b))")


# A note marker set as a superscript after a stop or a word ("members”.²", "fighters.³"); a unit's
# "km²" keeps its square. Blanked before splitting, so the sentence after it starts on its own.
SUPERSCRIPTS = re.compile(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]")
NOTE_MARK = re.compile(r"(?<=[.,;:!?”\"’)\]])[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?<=[^\W\d_]{4})[¹²³⁴⁵⁶⁷⁸⁹⁰]+(?=[\s.,;:!?”\"’)]|$)")
# A PDF's typographic ligatures read as their letters: "ﬁghters" is "fighters" (the verifier reads
# both as one: it compares NFKC text).
LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})

# A footnote marker in the text: "were among the stolen data [2]." The footnote is not cited.
FOOTNOTE_MARK = re.compile(r"\s?\[\^?\d{1,3}\](?=[\s.,;:!?)”\"’']|$)|\[\^?\d{1,3}\](?=\(#)")
ANCHOR = re.compile(r"\(#[\w:.-]{1,60}\)")
# A PDF's note number glued to the end of a sentence or a clause ("said.40", "owe.”33", "sapper.\"49"),
# read only in a text with notes at its pages' feet (boilerplate's "footnote" lines)
PDF_MARK = re.compile(r"(?:(?<=[a-z][.,;:!?])|(?<=[.,;:!?][”\"’]))\d{1,3}(?=\s|$)")
NOTE_LINK = re.compile(r"(?<=[.,;:!?”\"’)])\[\^?\d{1,3}\]\(#[\w:.-]{1,60}\)")


def plain(text: str) -> str:
    """A sentence's text without a scrape's Markdown, note markers and ligatures."""
    return _plain(text)


def _plain(text: str) -> str:
    text = text.translate(LIGATURES)
    if "[" in text:
        text = FOOTNOTE_MARK.sub("", text)
    if "(#" in text:
        text = ANCHOR.sub("", text)  # "killed.[4](#footnote-4)": the marker's link, its "[4]" already gone
    if "](" in text:
        text = MD_LINK.sub(r"\1", text)
    if "**" in text or "__" in text:
        text = MD_EMPHASIS.sub(r"\2", text)
    if text[:1] in "*_" and (bare := text.lstrip("*_"))[:1].strip():  # "*Figures are the units' own.": an
        text = bare  # italic paragraph's marks (str.strip, not a regex: a run of "*" would be quadratic)
    if text[-1:] in "*_" and (bare := text.rstrip("*_"))[-1:].strip():
        text = bare
    if " —" in text[:60] or " –" in text[:60] or " - " in text[:60]:
        text = DATELINE.sub("", text, count=1)
    return text


# A word the wrap split with a hyphen: "citi-" at a line's end, "zens" at the next one's start.
WRAP_HYPHEN = re.compile(r"(?<![^\W\d_])([^\W\d_]+)-$")
WORD_START = re.compile(r"[^\W\d_]+")


def join_lines(parts: list[str]) -> str:
    """Wrapped lines (or parts of them) read as one text: a space at each break, except where
    the wrap split a word with a hyphen. "citi-" + "zens" reads "citizens" when that is a word
    (lemminflect knows it); "well-" + "known" and "pro-" + "Kremlin" keep their hyphen and lose
    the space. The verifier joins cited lines the same way, so the joined word is in them."""
    out: list[str] = []  # pieces joined once at the end: linear over many lines
    for part in parts:
        part = part.strip()
        if not part:
            continue
        m = WRAP_HYPHEN.search(out[-1][-64:]) if out and out[-1].endswith("-") else None
        nxt = WORD_START.match(part) if m else None
        if not out:
            out.append(part)
        elif nxt is None:
            out += [" ", part]
        elif part[0].islower() and _is_word(m.group(1) + nxt.group(0)):
            out[-1] = out[-1][:-1]
            out.append(part)
        else:
            out.append(part)
    return "".join(out)


@lru_cache(maxsize=4096)
def _is_word(word: str) -> bool:
    from . import lexicon  # lexicon needs retrieval, which needs this module

    return bool(lexicon.lemmas(word.lower())) or word.lower() in CALENDAR_WORDS


# Words a dictionary of lemmas lacks but a wrap splits as often as any other: "Fri-" + "day".
CALENDAR_WORDS = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march
april may june july august september october november december""".split())


def _line_parts(flat: str, starts: list[int], start: int, end: int) -> list[str]:
    """The parts of flat[start:end] on each line of its block (`starts`: where each line begins)."""
    first = bisect_right(starts, start) - 1
    parts = []
    for k in range(first, len(starts)):
        if starts[k] >= end:
            break
        hi = starts[k + 1] - 1 if k + 1 < len(starts) else len(flat)
        parts.append(flat[max(start, starts[k]):min(end, hi)])
    return parts


def split_text(text: str) -> list[str]:
    """A text (a claim) cut into sentences the way `split` cuts an article's lines."""
    text = " ".join(text.split())
    if not INNER_STOP.search(text):
        return [text] if text else []  # one sentence: no stop before its end
    return [t for start, end in merge_open_quotes(text, _spans(text)) if (t := text[start:end].strip())]


def split(source: Source) -> list[Sentence]:
    located = _located(source)
    if len(_RECENT) >= 256:
        _RECENT.pop(next(iter(_RECENT)))
    by_block: dict[int, list] = {}
    for x in located:
        by_block.setdefault(x[0].block, []).append(x)
    _RECENT[(source.path, source.sha256)] = by_block
    return [s for s, _ in located]


# The sources split last, by paragraph, with where each sentence lies: the verifier asks
# again for the paragraphs it cites, and a page on one line takes seconds to split.
_RECENT: dict[tuple[str, str], dict[int, list]] = {}


Block = tuple[int, tuple[int, list[str]]]  # (block number, (first line, lines)), as enumerate(blocks(...))


def pieces(source: Source, only: list[Block] | None = None) -> dict[int, list[tuple[int, str]]]:
    """Per citable line, the parts of sentences on it as (sentence number, text), in order:
    what the verifier needs to tell which words of a cited range share one sentence. `only`:
    split just these blocks (paragraphs)."""
    out: dict[int, list[tuple[int, str]]] = {}
    known = _RECENT.get((source.path, source.sha256))
    if known is not None:
        located = [x for b in (sorted(known) if only is None else [b for b, _ in only]) for x in known.get(b, [])]
    else:
        located = _located(source, only)
    for k, (s, (flat, starts, top, start, end)) in enumerate(located):
        for n in range(s.line_start, s.line_end + 1):
            lo = starts[n - top]
            hi = starts[n - top + 1] - 1 if n - top + 1 < len(starts) else len(flat)
            part = flat[max(start, lo):min(end, hi)].strip()
            if part:
                out.setdefault(n, []).append((k, part))
    if "debate speaker" in source.skipped.values():  # a debate's heading: where a speaker's name is read
        for _, (first, _lines) in only if only is not None else enumerate(blocks(source)):
            if source.skipped.get(first) == "debate speaker":
                out.setdefault(first, []).append((-first, source.lines[first - 1].replace("*", " ").strip()))
    return out


def _located(source: Source, only: list[Block] | None = None):
    """Each sentence with where it lies: (flat block text, line offsets, first line, start, end).
    A turn's timecode and label and a transcript's cues are blanked (same length: offsets still
    map to the lines); each sentence of a speaker's turn is given as theirs (`voiced`)."""
    out = []
    advice, notes, letters = _advice(source), _notes(source), letters_of(source)
    interviewee, answers = _interview(source)
    column = _column(source)
    speakers = _speakers(source)
    cues = _subtitles(source)
    debate = _debate(source)
    statements = _statements(source) if "|" in "".join(source.lines[:400]) else {}
    talk = on_talk_page(source)
    footnoted = "footnote" in source.skipped.values()
    broken, tails = kinds.spliced([ln.strip() for ln in source.lines], source.skipped) \
        if kinds.SPLICED in source.skipped.values() else (frozenset(), frozenset())
    for b, (first, lines) in (only if only is not None else enumerate(blocks(source))):
        doubts: list[int] = []  # where the page doubts what is said ("[citation needed]"), in `flat`
        if "[" in "".join(lines):  # a wiki's citation markers and its own tags: no words of a sentence
            at = 0
            marked = []
            for ln in lines:
                if "](#" in ln:  # "killed.[4](#footnote-4) Every": the marker's link, blanked with it
                    ln = NOTE_LINK.sub(lambda m: " " * len(m.group(0)), ln)
                ln, found = kinds.wiki_marks(ln)
                doubts += [at + k for k in found]
                marked.append(ln)
                at += len(ln) + 1
            lines = marked
        if footnoted:  # "[Markelova] said.40 The applicant ...": the note's number, no word of the text
            lines = [PDF_MARK.sub(lambda m: " " * len(m.group(0)), ln) for ln in lines]
        said = turn(source, lines[0])
        on_screen = _on_screen(source, first, speakers) if cues else None
        shown_cue = " ".join([kinds.SUB_TAG.sub(lambda m: " " * len(m.group(0)), source.lines[first - 1]),
                              *lines[1:]]) if on_screen and on_screen[1] == first else ""
        if poster := _poster(source, first):
            said = Turn(0, poster)  # a forum post: its words are its poster's, named on its header line
        heading, member = debate.get(first, (0, None))
        if not poster and not member and (under := _under_header(source, first)):
            heading, member = under  # a comment's text set apart from its header by a blank line
        if member:
            said = Turn(0, member)  # a debate's paragraph: the words of the speaker heading above it
        elif said is None and (issued := statements.get(first)):
            heading, said = issued[0], Turn(0, issued[1])  # the box's words are its issuer's
        elif said is not None and said.named_at:
            heading = said.named_at  # "AB:" is Dr Angharad Beynon where the standfirst names her
        letter = letters.get(first)
        # An FAQ's answer, cited from its question: an opening that only answers it ("Yes, from 9 May
        # ...", "Only after the permanent repair ...") is printed with the question it answers.
        asked = kinds.question_of(source.lines[first - 1]) if source.skipped.get(first) == "question" else None
        # The verifier reads the lines with the label: it is where "[Sarma]" comes from.
        shown = " ".join(lines) if said is not None and said.speaker else None
        if poster:  # the header's handle, not its stamp or the quotes under it
            shown = " ".join([source.lines[first - 1], *lines[1:]])
        if said is not None:
            lines = [" " * said.end + lines[0][said.end:], *lines[1:]]
        if "[" in "".join(lines):
            lines = [CUE.sub(lambda m: " " * len(m.group(0)), ln) for ln in lines]
        if SUPERSCRIPTS.search("".join(lines)):  # a PDF's note markers: "... in 1987.¹ The ferry ..."
            lines = [NOTE_MARK.sub(lambda m: " " * len(m.group(0)), ln) for ln in lines]
        flat = " ".join(lines)
        # An editor's note is no word of the writer's, but it is the outlet's own: its sentences
        # are read after the paragraph's ("[Ed.: the Artel requires two serving members ...]")
        ed_notes = [(flat, m) for m in ED_NOTE.finditer(flat)] if "[" in flat else []
        if ed_notes:
            flat = ED_NOTE.sub(lambda m: " " * len(m.group(0)), flat)
        if "„" in flat:  # „Czech and German quotes“ as “English ones” (one character for one: spans hold)
            flat = LOW_QUOTE.sub(lambda m: f"“{m.group(1)}”", flat)
        starts = [0]
        for ln in lines[:-1]:
            starts.append(starts[-1] + len(ln) + 1)
        merged = merge_open_quotes(flat, _spans(flat))
        # the publisher on itself: a caveat, no point (a column's own notice is read with the column)
        disclaimed = column is None and DISCLAIMER.search(flat) is not None
        clips: dict[int, tuple[str, int]] = {}  # a clip -> who speaks it, and where the line naming them ends
        intros: dict[int, tuple[str, int]] = {}  # a quote -> who the sentence before introduces, and where it starts
        if said is None and letter is None and ('"' in flat or "“" in flat):
            for k in range(len(merged) - 1):
                clip, after = flat[slice(*merged[k])].strip(), flat[slice(*merged[k + 1])].strip()
                if _wholly_quoted(clip) and (who := kinds.clip_speaker(after)):
                    clips[k] = (who, merged[k + 1][0] + len(flat[slice(*merged[k + 1])].rstrip()))
                elif _wholly_quoted(after) and (who := kinds.introduced(clip)):
                    # "Rinat, 31, is a welder from Almetyevsk. "My brother was mobilised ..."": the
                    # quote is the man just introduced; cited from the sentence that names him
                    raw = flat[slice(*merged[k])]
                    intros[k + 1] = (who, merged[k][0] + len(raw) - len(raw.lstrip()))
        sponsored = False  # past an advert's opening, the rest of the paragraph is its copy
        for k, (start, end) in enumerate(merged):
            raw = flat[start:end]
            lead = len(raw) - len(raw.lstrip())
            start, end = start + lead, start + len(raw.rstrip())
            if m := STRAY_PERIOD.search(flat, start, end):
                end = m.start()
            if not re.search(r"\w", flat[start:end]):
                continue  # stray punctuation split off as a sentence of its own
            doubted = any(start <= d <= end or d > end and not flat[end:d].strip() for d in doubts)
            if k == 0 and (glued := GLUED.match(flat, start, end)) and not SPEECH.search(glued.group(0)):
                start = glued.end()  # a byline or subheading the scrape glued to the paragraph
            raw = flat[start:end]
            if "- " in raw:  # a word the wrap may have split
                raw = join_lines(_line_parts(flat, starts, start, end))
            text = _plain(" ".join(raw.split()))
            line_start = first + bisect_right(starts, start) - 1
            line_end = first + bisect_right(starts, end - 1) - 1
            where = (flat, starts, first, start, end)
            rebutted = letter is not None and kinds.rebuts(letter.note, raw)
            if k in clips:  # a radio clip whose speaker the next sentence names: their words, cited with it
                who, named = clips[k]
                text, line_end = voiced(text, who), first + bisect_right(starts, named - 1) - 1
                where = (flat, starts, first, start, named)
            elif k in intros:
                who, named = intros[k]
                text, line_start = voiced(text, who), first + bisect_right(starts, named) - 1
                where = (flat, starts, first, named, end)
            elif letter is not None and letter.bridged:
                # The last sentence's piece holds the signature, whatever is printed of it: the name
                # the letter's sentences are given is read on the cited lines.
                signed = " ".join([*lines[:-1], source.lines[letter.signature - 1]])
                where = (signed, starts, first, start, len(signed) if k == len(merged) - 1 else end)
                line_end = letter.signature  # cited down to the signature that names whose words they are
                if letter.writer and not rebutted:
                    text = voiced(text, letter.writer, "writes")  # a letter's sentence: its writer's words
            if k == 0 and source.outlet and (box := UPDATE_BOX.match(text)):
                # "What's changed in this update (7 May): reopening to cars is now expected ...": the
                # publisher's own account of what is new, as of that update
                text = f"[{source.outlet}’s update of {box.group('date').strip()}:] {text[box.end():]}"
            if asked and k == 0 and shown is None and (kinds.REPLY_OPENING.match(text) or len(text.split()) <= 3):
                if source.outlet and TERMINAL.search(text) and not any(q in text for q in QUOTES):
                    text, line_start = f"To “{asked}”, [{source.outlet}] says: “{text}”", first
                    where = (" ".join(source.lines[first - 1:first - 1 + len(lines)]), starts, first, 0, end)
                else:
                    asked = None  # no one to give the answer to: not printed without its question
            if first in answers and interviewee and shown is None and letter is None:
                text = voiced(text, interviewee)  # an interview's answer: the interviewee's words
            if shown is not None and letter is None:
                # The speaker's words: cited from the line that names the speaker, whose label
                # is part of the turn's first sentence as the verifier reads it.
                text, line_start = voiced(text, said.speaker, said.verb), first
                where = (shown, starts, first, 0 if k == 0 else start, end)
            elif said is not None and said.answer and TERMINAL.search(text) and not any(q in text for q in QUOTES):
                text = f"“{text}”"  # someone's words, not the outlet's; with no name, never a fact
            if on_screen and on_screen[2]:  # a caption or a label names who speaks: their words
                text = voiced(text, on_screen[2])
                if k == 0 and on_screen[1] == first:  # "JOE TANNER: ...": the label is read with it
                    where = (shown_cue, starts, first, 0, end)
            kind = classify(text, k == len(merged) - 1)
            if source.slides and kind == "fragment" and k == len(merged) - 1 and ITEM.match(source.lines[first - 1]) \
                    and _clause(text):
                kind = "statement"  # a slide's bullet: a whole clause that no stop ends
            if kind == "statement" and _asked_for(source, line_start):
                kind = "fragment"  # "1. The course measurement certificate ...": what a request asks for, no fact
            if source.slides and (exhorts(text) or _bidding(text)):
                kind = "fragment"  # "Thank the chair.", "Recommend what should change": the brief, no fact
            if sponsored or SPONSOR_READ.search(raw):
                sponsored = True
                kind = "fragment"  # "SecureStep trains event stewards in five days": the sponsor's copy
            elif talk and kind != "fragment":
                kind = "quote"  # a talk page's comment: an editor's words on the article, never a fact
            elif doubted and kind != "fragment":
                kind = "flagged"  # "[citation needed]": the page itself doubts it, never a fact
            elif said is not None and said.question and kind != "fragment":
                kind = "quote"  # "Russian television says your men are paid ...": a reporter's question
            elif said is not None and said.answer and not said.speaker and kind != "fragment":
                kind = "quote"  # "PRESENTER: ...", initials no one spells out: someone's words, never a fact
            elif on_screen and not on_screen[2] and kind != "fragment":
                kind = "quote"  # someone on screen no caption names: their words, never a fact
            elif letter is not None and kind != "fragment" and (rebutted or not letter.writer or not letter.bridged):
                # An editor's note answers it, or no one signs the letter, or it is too long to cite
                # down to its name: its words are never printed as a fact.
                kind = "fragment" if rebutted else "quote"
            elif k - 1 in clips and kinds.clip_speaker(raw):
                kind = "fragment"  # "That was the chief executive, Dominic Farrow.": who spoke, no point
            elif said is not None and said.speaker and said.speaker.lower() in _askers(source):
                kind = "fragment"  # the host's or the outlet's prompt: "Let's start with the biggest"
            elif poster == "Operator" and source.skipped.get(first) == "operator line":
                kind = "fragment"  # "Our next question comes from ...": the call's running, not its matter
            elif first in source.bridges and source.skipped.get(first) == "question" and k == 0 and not asked \
                    and (kinds.REPLY_OPENING.match(raw.strip()) or len(raw.split()) <= 3):
                kind = "fragment"  # "Only after the permanent repair ...": nothing without its question
            elif line_start in broken or (k == 0 and line_start in tails):
                kind = "fragment"  # a sentence an advert broke, or what was spliced into it
            elif URL_OPENING.match(raw):
                kind = "fragment"  # "<https://.../signup> -- it's free, every weekday": a link's blurb, no fact
            elif ISSUE_CONTENTS.match(raw):
                kind = "fragment"  # what the issue holds, said by its editor: no point of its own
            elif SELF_CORRECTION.search(raw):
                kind = "fragment"  # "He - sorry, the council's director - has been ...": half of it was wrong
            elif ASKED_WHETHER.match(strip_quotes(raw.strip())):
                kind = "fragment"  # "Marić asked Kuusk whether ...": a question, and its answer is elsewhere
            elif ADVICE_LINE.match(raw.strip()):
                kind = "fragment"  # "If you see a wolf, call 999.": the page's advice to its readers, no fact
            elif shown is not None and (PROCEDURE.search(raw.strip()) or poster and FORUM_PROCEDURE.search(raw)):
                kind = "fragment"  # "Mr Roux, you have the floor.": the hearing's running, not its matter
            elif member and (COURTESY.search(raw.strip()) or raw.strip().endswith("?")
                             or len(raw.split()) < SHORT_TURN and not re.search(r"\d", raw)):
                # "It is a pleasure to serve under your chairmanship", "I agree entirely.", "Will the
                # hon. Lady give way?": the debate's running and its questions, no point of fact
                kind = "fragment"
            elif first in answers and kind != "fragment" and not interviewee:
                kind = "quote"  # an answer under a bare question: someone's words, and no one names them
            elif first in advice:
                kind = "fragment"  # "The directive should be published.": a paper's advice, not what is so
            elif (first in notes or disclaimed) and kind != "fragment":
                kind = "note"  # a paper's note: a caveat for the figure it qualifies, not a point
            elif (shown is not None or first in answers and interviewee) and len(raw.split()) < SHORT_TURN \
                    and not re.search(r"\d", raw) and (len(raw.split()) <= 2 or REPLY.match(raw.strip()) or (
                        shown is None and not re.search(r"(?<!^)\b[A-Z]", raw.strip()))):
                # "Then I wrote the application.", "Pereprava.", an answer's "I have mine.": a reply, no point
                kind = "fragment"
            if column is not None and kind == "statement" and said is None and letter is None:
                who = column.writer or source.outlet
                if kinds.VIEWS_OWN.search(text):
                    kind = "fragment"  # "The views expressed in this column are the author's own.": the page's notice
                elif column.not_theirs & set(range(line_start, line_end + 1)):
                    pass  # the outlet's correction, the writer's bio: not the writer's view
                elif column.others & set(range(line_start, line_end + 1)):
                    kind = "quote"  # a recommendation quoted on a profile: someone's words, no header names them
                elif exhorts(text):
                    kind = "fragment"  # "Fit the glass now, not in the autumn.": the writer's demand, no fact
                elif SPEECH.search(strip_quotes(text)):
                    pass  # "Police say 26 of the coins were found ...": theirs, and it says so
                elif not checkable(text) and not (column.own and FIRST_PERSON.search(strip_quotes(text))):
                    # "One guard cannot be in two places.": a maxim, no fact to check; on a person's own
                    # page "We do not take prisoners of war from the camps" is their account of themselves
                    kind = "fragment"
                elif who is None:
                    kind = "quote"  # an opinion no one signs: never printed as a fact
                else:
                    text = written(text, who, source.outlet)
                    # on a person's own page, the header over the post (or the page's headline) names them
                    heading = max((h for h in column.headers if h <= line_start), default=heading)
            out.append((Sentence(id=f"{source.index}.{len(out) + 1}", source=source.index, line_start=line_start,
                                 line_end=line_end, text=text, kind=kind, block=b,
                                 named_by=on_screen[1] if on_screen else heading), where))
        for note, m in ed_notes:
            inner = m.start() + ED_LABEL.match(m.group(0)).end()
            for start, end in _spans(note[inner:m.end() - 1]):
                raw = note[inner + start:inner + end].strip()
                if not re.search(r"\w", raw):
                    continue
                start = inner + start + note[inner + start:].find(raw[:1])
                end = start + len(raw)
                if "- " in raw:  # a word the wrap may have split
                    raw = join_lines(_line_parts(note, starts, start, end))
                text = _plain(" ".join(raw.split()))
                text = text[:1].upper() + text[1:]  # "the Artel requires ...": the note's first word
                out.append((Sentence(id=f"{source.index}.{len(out) + 1}", source=source.index,
                                     line_start=first + bisect_right(starts, start) - 1,
                                     line_end=first + bisect_right(starts, end - 1) - 1,
                                     text=text, kind=classify(text, False), block=b),
                            (note, starts, first, start, end)))
    return out
