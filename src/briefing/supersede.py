"""What later lines take back: a corrected figure ("from one to two", "at 4.15pm, not 10pm",
"Before the break I said one hundred and forty. That is not right."), a withdrawn or postponed
plan ("That plan has been withdrawn", "the hearing was postponed to 17 March"), a claim the next
lines deny or rate false ("Posts claimed ... The RDK called it “invented”", "... Neither was true",
"We have rated it FALSE").

A sentence that states what a later line of its article, or an article dated later, takes back
is no longer true as written. It may be printed only with the line that takes it back cited
beside it; the verifier holds every engine to that, and the extractive engine does not pick it.
Rules about English news prose, not about one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import numbers, updates
from .retrieval import stems
from .sentences import SPEECH, UPDATE_NOTE, Sentence, strip_quotes
from .sources import Corpus
from .standalone import NOT_NAMES, VOICED_WHOLE

_NUMWORD = "|".join([*numbers.ONES, *numbers.TENS, "hundred", "thousand", "million", "billion"])
# A figure as written: "48,000", "4.15pm", "one hundred and forty", "some 300".
NUM = (rf"(?:\d[\d,.]*(?:\s?(?:am|pm|%))?(?:\s(?:hundred|thousand|million|billion))?|"
       rf"(?:{_NUMWORD})(?:(?:[\s-]+|\s+and\s+)(?:{_NUMWORD}))*)")
_LEAD = (r"(?:a |an |the |about |around |some |roughly |nearly |almost |approximately |up to |more than |"
         r"fewer than |over )*")
# The old figure of a correction said in one sentence.
OLD_FIGURE = [
    re.compile(rf",\s+not\s+{_LEAD}(?P<old>{NUM})\b", re.I),  # "at 4.15pm, not 10pm"; "about 38,000, not 48,000"
    re.compile(rf"\b(?:rather than|instead of)\s+{_LEAD}(?P<old>{NUM})\b", re.I),
    re.compile(rf"\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:\w+\s+){{1,8}}?{_LEAD}(?P<old>{NUM})\b",
               re.I),
]
# "the figure of "approximately 2,100" residents should read "approximately 1,200"".
SHOULD_READ = re.compile(rf"(?P<old>{NUM})\b[^.;\d]{{0,80}}?\bshould (?:have )?(?:read|said|been|say)\b"
                         rf"[\s\"“]*{_LEAD}(?P<new>{NUM})", re.I)
# "Corrected the number ... from 412 to 312": a change of figure only where the sentence says it
# corrects ("rose from 100 to 200" is news, not a correction).
FROM_TO = re.compile(rf"\bfrom\s+{_LEAD}(?P<old>{NUM})\s+to\s+{_LEAD}(?P<new>{NUM})\b", re.I)
CORRECTS = re.compile(r"\b(?:correct(?:ed|s|ion)?|amend(?:ed|s)?|revised?|wrong(?:ly)?|incorrect(?:ly)?|"
                      r"mistaken(?:ly)?|error)\b", re.I)
# A sentence that says what was said before is wrong: "That is not right.", "It does not.", "we got
# a number wrong"; the figures of the sentence before that reported it ("I said …") are the old ones.
WAS_WRONG = re.compile(r"^(?:That|This|It)\s+(?:is|was|does|did)\s+not(?:\s+(?:right|true|correct|so))?\s*[.!]$|"
                       r"^(?:That|This)\s+(?:is|was)\s+not\s+what\s+(?:I|we|he|she|they)\s+(?:said|say|meant|wrote)\b|"
                       r"\b(?:(?:is|was|(?<=\w)['’]s)\s+(?:wrong|incorrect|not right|not true|a mistake|an error)|"
                       r"got\s+(?:a|the|that|this|one)\s+(?:\w+\s+)?wrong)\b", re.I)
REPORTED = re.compile(r"\b(?:(?:I|we)\s+(?:said|wrote|reported|stated|gave|told you)|"
                      r"(?:your|our|the|this|that)\s+(?:report|story|article|headline|piece)\s+(?:\w+\s+){0,3}?"
                      r"(?:said|stated|claimed|reported|had))\b", re.I)
# A figure given anew, the older one standing down: "The Authority now puts the number ... at",
# "His addendum revises the first figure", "They now say it will open on 23 March", "We now think",
# "OPSS is now aware of 17 incidents".
NOW = re.compile(r"\b(?:now (?:puts?|says?|estimates?|has|have|stands? at|numbers?|counts?|reckons?|"
                 r"expects?|thinks?|believes?|knows?(?: of)?|plans?|aware of)|"
                 r"(?:revises?|revised|updates?|updated|raises?|raised|lowers?|lowered) "
                 r"(?:the|its|their|his|her|this|that|our) (?:first |earlier |previous |own |initial )?"
                 r"(?:figure|estimate|number|count|total|forecast|date))\b", re.I)
MIN_UPDATE = 2  # words a figure's context shares with its update's, so it is the same quantity
# A figure said to have changed: "the number of homes evacuated ... rose to 230", "the insurer doubled
# its reward to £100,000", "The cordon was widened from 400 to 800 metres". What it was before is old.
CHANGED = re.compile(
    rf"\b(?:rose|risen|rises|climbed|increased|grew|grown|jumped|fell|fallen|dropped|doubled|tripled|trebled|"
    rf"halved|widened|extended|raised|cut|reduced|lowered|narrowed|revised)"
    # "its count of passengers"
    rf"(?:\s+(?:the|its|their|his|her)\s+(?P<thing>[a-z][\w’'-]+)(?:\s+of\s+[a-z][\w’'-]+)?)?"
    rf"(?:\s+(?:up|down|again))?"
    rf"(?:\s+from\s+{_LEAD}[£$€]?(?P<old>{NUM}))?\s+to\s+{_LEAD}(?=[£$€]?\d|(?:{_NUMWORD})\b)", re.I)
# What a party said first, in the sentence that gives its figure anew: "Humbergate Freight, the
# operator, first said under 4,000; it now says about 6,500".
FIRST_SAID = re.compile(rf"\b(?:first|initially|originally|earlier|previously)\s+(?:said|put|estimated|gave|"
                        rf"reported|claimed|told)\b[^.;:]{{0,40}}?\b{_LEAD}[£$€]?(?P<old>{NUM})", re.I)
# Words a figure is followed by that say nothing of what it counts: "from 400 to 800 metres".
NOT_NOUNS = {"to", "of", "and", "or", "per", "in", "on", "at", "from", "the", "a", "an", "by", "for", "with", "than",
             "more", "less", "were", "was", "is", "are", "had", "have", "has", "who", "which", "that", "as", "after",
             "before", "when", "while", "since", "until", "into", "out", "up", "down", "percent", "cent"}
# A date given anew: "reopening to cars is now expected no earlier than mid-August".
NOW_DUE = re.compile(r"\b(?:(?:is|are)\s+now\s+(?:expected|due|scheduled|set|planned|forecast)|now\s+(?:expects?|"
                     r"plans?|aims?|hopes?)\s+to)\b", re.I)
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
# When something is due, however loosely: "by the end of June", "mid-August", "in late 2027".
WHEN = re.compile(rf"\b(?:{'|'.join(m.capitalize() for m in MONTHS)})\b|\b(?:19|20)\d\d\b")
# What was not known then: "Ardent would not put a date on reopening", "no date has been set for
# the hearing", "it is not yet clear when the line will reopen". A later date answers it.
UNKNOWN = re.compile(
    r"\b(?:would|will|did|could|does|do|has|have|had)\s*(?:not|n['’]t)\s+(?:yet\s+)?(?:put|give|set|name|say|"
    r"confirm|offer|commit to)\s+(?:a\s+|any\s+)?(?:date|timetable|timescale|timeline|time ?frame|when)\s*"
    r"(?:on|for|of|to)?\s+(?P<a>[^.;,]{3,60})|"
    r"\b(?:declined|refused)\s+to\s+(?:say|give|put a date on|set a date for)\s+(?:when\s+)?(?P<b>[^.;,]{3,60})|"
    r"\bno\s+(?:date|timetable|timescale)\s+(?:has|had|have)\s+(?:yet\s+)?been\s+(?:set|given|announced|agreed|"
    r"fixed)\s+(?:for|on)\s+(?P<c>[^.;,]{3,60})|"
    r"\b(?:it is|it was|it remains)\s+(?:not\s+(?:yet\s+)?(?:known|clear)|unclear|unknown)\s+when\s+"
    r"(?P<d>[^.;,]{3,60})", re.I)

# Someone or something not found yet, as of its article: "Runa is believed to be on or near Wild
# Boar Fell", "the park will stay closed until Runa is safely home", "Kostya has not been found".
# A later article that has them found, caught or returned answers it.
STILL_OUT = re.compile(
    r"\b(?:is|are|remains?|was|were)\s+(?:still\s+)?(?:believed|thought|understood)\s+to\s+be\b|"
    r"\b(?:is|are|remains?)\s+(?:still\s+)?(?:at large|missing|on the run|unaccounted for|loose|not (?:yet )?"
    r"(?:found|caught|located|recaptured))\b|"
    r"\b(?:has|have)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:found|caught|located|recaptured|traced|seen)\b|"
    r"\buntil\s+[A-Z][\w’'-]+\s+is\s+(?:safely\s+)?(?:home|back|found|caught|recaptured)\b", re.I)
FOUND = re.compile(r"\b(?:was|were|has been|have been|had been)\s+(?:finally\s+|safely\s+|eventually\s+)?"
                   r"(?:found|caught|recaptured|darted|returned|located|rescued|arrested|traced|captured)\b", re.I)
# Who is still out: the sentence's subject ("Runa, a four-year-old female, is believed ...") or
# whom something waits for ("until Runa is safely home"), not a place it names
OUT_NAME = re.compile(r"^\W*(?P<a>[A-Z][a-z’'-]{2,})(?=[\s,])|\buntil\s+(?P<b>[A-Z][a-z’'-]{2,})\s+is\b")

# A place or a service shut "until further notice", and the later line that has it open again:
# "The Haugh is closed until further notice ..." is stale once "The ground reopens ... on 5 September".
CLOSED = re.compile(r"\b(?:closed|shut|suspended|halted|cancell?ed|off)\s+(?:[^.;]{0,40}?\s+)?"
                    r"until\s+further\s+notice\b|"
                    r"\b(?:remains?|remained|will\s+(?:stay|remain)|is\s+to\s+(?:stay|remain))\s+(?:closed|shut|"
                    r"suspended)\b", re.I)
REOPENED = re.compile(r"\b(?:re-?open(?:s|ed)|will\s+re-?open\s+(?:on|for)|resume[sd]|(?:has|have)\s+been\s+lifted|"
                      r"(?:was|were)\s+lifted)\b", re.I)
NOT_REOPENED = re.compile(r"\b(?:not|no|never|until|before|unless|if|when)\b[^.;]{0,30}?\b(?:re-?open|resume|lift)",
                          re.I)

# A plan or an event taken back: "That plan has been withdrawn", "the hearing was postponed to 17
# March", "Westmark withdrew its plan". Only plans and events: "troops were withdrawn" is news.
PLAN_NOUNS = (r"plans?|proposals?|decisions?|hearings?|trials?|votes?|ballots?|meetings?|events?|resits?|"
              r"exams?|matche?s?|flights?|offers?|deals?|bids?|sales?|schemes?|polic(?:y|ies)|requirements?|"
              r"announcements?|statements?|posts?|reports?|visits?|talks|summits?|strikes?|deadlines?|"
              r"launch|openings?|ceremon(?:y|ies)|rall(?:y|ies)|concerts?|screenings?|conferences?|sessions?")
OFF = (r"withdrawn|cancell?ed|scrapped|dropped|abandoned|called off|postponed|put off|delayed|rescheduled|"
       r"pushed back|shelved|retracted|deleted|moved")
TAKEN_BACK = re.compile(
    rf"\b(?P<noun>{PLAN_NOUNS})\b[^.;:]{{0,60}}?\b(?:has|have|had|was|were|is|are)\s+(?:now\s+|since\s+)?"
    rf"(?:been\s+)?(?P<verb>{OFF})\b|"
    rf"\b(?:withdrew|cancell?ed|scrapped|dropped|abandoned|called off|postponed|shelved|retracted)\s+"
    rf"(?:the|its|their|his|her|that|this|our)\s+(?:\w+\s+){{0,2}}?(?P<noun2>{PLAN_NOUNS})\b", re.I)
# A sentence that says the one before it is false, whatever that one was: "Neither was true",
# "That is not the case", "This is false", "We have rated it FALSE", "The Courier rated the claim
# misleading". A rating word of a fact-check's scale counts as a denial unless it is "true".
VERDICT = (r"(?:mostly |half |partly |largely )?false|misleading|unproven|unsupported|unsubstantiated|"
           r"(?:missing|lacking|lacks|needs) context|out of context|fake|fabricated|baseless|untrue|not true|"
           r"pants on fire|exaggerated|inaccurate|incorrect|wrong")
_POINTER = (r"(?:it|this|that|these|those|them|both|the (?:claims?|reports?|rumou?rs?|story|stories|allegations?|"
            r"posts?|video|figure|number|statement|assertion))")
DENIES = re.compile(
    rf"^\W*(?:neither|none)(?:\s+of\s+{_POINTER})?\s+(?:was|were|is|are)\s+(?:true|correct|accurate|right)\b|"
    rf"^\W*{_POINTER}\s+(?:is|was|are|were)\s+(?:also\s+|simply\s+)?(?:{VERDICT}|not (?:the case|correct|accurate|"
    rf"right))\b|"
    rf"^\W*(?:that|this|it)(?:['’]s| is| was) not (?:the case|so|what happened)\b|"
    rf"\brated\s+{_POINTER}\s+(?:as\s+)?[“\"‘*_]*(?:{VERDICT})\b|"
    rf"\b(?:rating|verdict)\s*(?::|is|was)\s*[“\"‘*_]*(?:{VERDICT})\b|"
    rf"\b(?:found|has|have|had|saw|seen|is|was)\s+no\s+(?:source|evidence|basis|proof|record)\s+(?:for|of|to support)"
    rf"\s+{_POINTER}", re.I)
# A party's denial: "The ministry denied this", "Lubinets rejected it". One side against another,
# not the article's finding.
DENIED = re.compile(rf"\b(?:denied|rejected|refuted|debunked)\s+{_POINTER}(?!\s+(?:of|for|about|to)\b)", re.I)
# A dismissal, which only counts after a sentence that reports a claim (below): "The RDK called
# it “a fantasy”", "disputed the report", had “never heard of it”, "did not give evidence for it".
DISMISSES = re.compile(
    rf"\b(?:called|dismissed|described|branded)\s+{_POINTER}\s+(?:as\s+)?(?:an?\s+|the\s+)?[“\"‘]|"
    rf"\b(?:disputed|dismissed)\s+{_POINTER}\b|\bnever heard of (?:it|this|that|them|the \w+)\b|"
    rf"\b(?:did|does|do|could|would)\s*(?:not|n['’]t)\s+(?:give|provide|offer|produce)\s+(?:any\s+)?evidence\b", re.I)
# A sentence that reports a claim: what a denial after it may be about.
CLAIMED = re.compile(r"\b(?:claim(?:ed|s|ing)?|alleg(?:ed|es|ing|ations?)|rumou?r(?:s|ed)?|announced|asserted|"
                     r"insisted|purported(?:ly)?|(?:was|were) (?:shared|circulated|reported)|(?:went|gone) viral|"
                     r"circulat(?:ed|ing)|posts?\b.{0,60}\b(?:said|say|showed|show)|reports? that)\b", re.I)
DENIAL_REACH = 3  # sentences a denial may stand after its claim (other denials between)
# A rumour, reported as one: "Russian Telegram channels reported that ...", "Rumours that tap water
# ... were also raised", "told on social media that ...". The next sentence of its paragraph is how
# the page answers it ("He was in the dock on Wednesday"), in whatever words: it goes with it.
RUMOUR = re.compile(
    r"\brumou?rs?\s+(?:that|of|about)\b|"
    # one such channel as the teller, not the unit's own ("a pro-Kremlin Telegram channel reported",
    # not "on its Telegram channel ... said", "In a Telegram post ... it said")
    r"\b(?:an?|one|another)\s+(?:[\w-]+\s+){0,2}?(?:Telegram|social[- ]media|online|anonymous)\s+"
    r"(?:channel|account|blogger|user|group)\s+(?:\w+\s+)?(?:reported|claimed|alleged|suggested|said|wrote)\b|"
    r"\b(?:(?:Telegram|social[- ]media|online|anonymous)\s+(?:channels|posts|accounts|bloggers|users|groups)|"
    r"posts?\s+on\s+(?:social media|Telegram|Facebook|TikTok|X))\b[^.;]{0,40}?\b(?:reported|claimed|claiming|"
    r"alleged|alleging|suggested|suggesting|announced|said|saying|circulated|spread)\b|"
    r"\b(?:told|claimed|reported|said)\s+on\s+(?:social media|Telegram|Facebook|TikTok)\b", re.I)
CLAIM_HOLDS = 0.6  # share of a denied claim's words a text carries to count as printing it

POINTING = re.compile(r"^(?:That|This|The original|The earlier|The first|Its|Their)\b", re.I)
# How a sentence states a plan or an event as still to come.
FUTURE = re.compile(r"\b(?:will|would|shall|is to|are to|(?:is|are|was|were) due|scheduled|set for|planned|"
                    r"plans? to|to be held|(?:is|are) expected to|must)\b", re.I)
# Days spoken as words, as transcripts and bulletins write them: "the sixteenth of March".
_UNITS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
ORDINALS = {w: n for n, w in enumerate([*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                        "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth",
                                        "twentieth", *(f"twenty-{u}" for u in _UNITS), "thirtieth", "thirty-first"], 1)}
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|"
                   r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|"
                   rf"\b(?:{_ORDINAL})\s+of\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)
# A date or a day, which a briefing may cut from an undated article ("He was in the dock [on Wednesday]").
DAY = re.compile(rf"{MONTH.pattern}|\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
# Words of a correction that say it corrects, not what: no topic of their own.
NOT_TOPIC = set(stems("number figure figures total count correct corrected corrects correction said says wrote "
                      "reported first earlier previously original wrong not right true update updated page "
                      "version story article post statement show shows now new"))
# Plans named by what they are, not by an event: the earlier sentence need not use the word.
GENERIC = set(stems("plan proposal decision scheme policy requirement announcement statement post report offer deal"))
WINDOW = 8  # words either side of an old figure that say what it counts
WIDE = 12  # words either side of a figure an update block repeats: its noun says more than its words
HOLDS = 0.8  # share of a retraction's words a claim carries to count as printing it
MIN_SHARED = 2  # topic words a plan's earlier statement shares with its withdrawal


@dataclass(frozen=True)
class Retraction:
    source: int  # corpus index of the article that takes it back
    line: int  # the last line of the sentence that takes it back
    sentence: int  # position of that sentence in its article
    text: str
    old: frozenset  # figure keys no longer true (a corrected figure)
    about: frozenset[str]  # stems: what the figure counts, or what the plan is
    plan: str = ""  # the plan or event noun taken back ("hearing"); "" for a corrected figure
    new: frozenset = frozenset()  # figure keys given anew (an update): other figures of the same thing are old
    new_dates: frozenset = frozenset()  # a postponed event's new date
    dates: frozenset = frozenset()  # the dates of the plan taken back ("on 20 November")
    speaker: str = ""  # who takes back what they said ("[Mr Dorogin]"): their own words are about it
    first: int = 0  # the first line of the sentence that takes it back
    local: bool = False  # only its own article's earlier words: the figure stands, what was said of it does not
    due: frozenset[str] = frozenset()  # the months or years a date update gives anew ("mid-August")
    answers: bool = False  # it gives the date an earlier sentence said was not known
    page: bool = False  # a page's own update note ("What's changed in this update"): it holds for all the page
    claim: tuple = ()  # a denied claim's (first line, last line): a denial is about that sentence only
    claimed: frozenset[str] = frozenset()  # stems of the denied claim's own words
    alone: bool = False  # a denial printed without the claim it denies
    verdict: bool = False  # the denial is the article's own finding ("Neither was true"), not a party's
    noun: str = ""  # what the figure counts, when only that says it is the same quantity ("ten wagons")
    newer: bool = False  # a later update block of the page gives it: only its older blocks are taken back
    thing: str = ""  # what a change names ("doubled its reward to"): a figure beside that word is old
    money: bool = False  # the changed figure is a sum ("£100,000"): only a sum beside `thing` is old
    rumour: bool = False  # the sentence after a rumour, answering it: printed alone it is news of its own
    change: bool = False  # a figure that changed ("rose to 230"): a figure dated in its own words still holds
    reopens: bool = False  # what was shut "until further notice" is open again


def _inner(text: str) -> str:
    """A transcript turn's own words ("“That is not right,” [Mr Dorogin] says." -> "That is not right.")."""
    voice = VOICED_WHOLE.match(text)
    return f"{voice.group('inner')}." if voice else strip_quotes(text)


def _speaker(text: str) -> str:
    voice = VOICED_WHOLE.match(text)
    return voice.group("who") if voice else ""


def _keys(text: str) -> frozenset:
    return frozenset(q.key for q in numbers.parse(text)[0])


def _window(text: str, start: int, end: int, width: int = WINDOW) -> frozenset[str]:
    """The words either side of a figure that say what it counts: not its date or other figures,
    not who says it (a name, "says"): "Oyun says the battalion now has 400" and "Oyun says the
    battalion sends one in seven" count different things."""
    before = text[:start].split()[-width:]
    after = text[end:].split()[:width]
    plain = [w for w in before + after if not re.match(r"[\[(“\"'‘]*[A-Z]", w) and not SPEECH.search(w)]
    return frozenset(w for w in stems(" ".join(plain)) if not w[0].isdigit()) - NOT_TOPIC


def _dates(text: str) -> frozenset[str]:
    return frozenset(re.sub(r"\s+", " ", m.group(0).lower()) for m in MONTH.finditer(text))


def _date_keys(text: str) -> frozenset[tuple[str, str]]:
    """Dates as (day, month prefix), however written: "17 March", "March 17th", "Nov 20"."""
    out = set()
    for d in _dates(text):
        spoken = re.match(rf"(?:{_ORDINAL})\b", d)
        day = str(ORDINALS[spoken.group(0)]) if spoken else re.search(r"\d{1,2}", d).group(0)
        mon = re.search(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?=[a-z]*\.?(?:\s+\d|$))", d).group(0)
        out.add((str(int(day)), mon))
    return frozenset(out)


def find(sents: list[Sentence], corpus: Corpus) -> list[Retraction]:
    """Every line of the corpus that takes back a figure or a plan stated before it."""
    found: list[Retraction] = []
    by_source: dict[int, list[Sentence]] = {}
    for s in sents:
        by_source.setdefault(s.source, []).append(s)
    for src, own in by_source.items():
        for i, s in enumerate(own):
            text = s.text
            for pattern in OLD_FIGURE:
                for m in pattern.finditer(text):
                    found.append(Retraction(src, s.line_end, i, text, _keys(m.group("old")),
                                            _window(text, m.start(), m.end())))
            for m in SHOULD_READ.finditer(text):
                old = _keys(m.group("old")) - _keys(m.group("new"))
                if old:
                    found.append(Retraction(src, s.line_end, i, text, old, _window(text, m.start(), m.end())))
            if (cue := NOW.search(text)) is not None:
                found.extend(_updates(src, s, i, text, cue.end(), own[i - 1] if i else None))
                for m in FIRST_SAID.finditer(text[:cue.start()]):  # "first said under 4,000; it now says"
                    owner = stems(" ".join(re.findall(r"\b[A-Z][\w’'-]+", text[:m.start()])))
                    found.append(Retraction(src, s.line_end, i, text, _keys(m.group("old")),
                                            _window(text, m.start("old"), m.end()) | frozenset(owner)))
            found.extend(_changes(src, s, i, text))
            if REOPENED.search(_inner(text)) and not NOT_REOPENED.search(_inner(text)):
                found.append(Retraction(src, s.line_end, i, text, frozenset(), _topic(text), reopens=True,
                                        page=bool(UPDATE_NOTE.match(text))))
            if (cue := NOW_DUE.search(text)) is not None and (due := _when(text[cue.end():cue.end() + 60])):
                about = _window(text, cue.start(), cue.end())
                if len(about) >= MIN_UPDATE:
                    found.append(Retraction(src, s.line_end, i, text, frozenset(), about, due=due,
                                            page=bool(UPDATE_NOTE.match(text))))
            if CORRECTS.search(text):
                for m in FROM_TO.finditer(text):
                    old = _keys(m.group("old")) - _keys(m.group("new"))
                    if old:
                        found.append(Retraction(src, s.line_end, i, text, old, _window(text, m.start(), m.end())))
            if WAS_WRONG.search(_inner(text)) and i:
                said = next((x for x in (own[i - 1], s) if REPORTED.search(x.text) and _keys(x.text)), None)
                if said is not None:
                    words = said.text
                    rest = _keys(own[i + 1].text) if i + 1 < len(own) else frozenset()
                    for q in numbers.parse(words)[0]:
                        at = words.find(q.text)
                        if at >= 0 and q.key not in _keys(text if said is not s else ""):
                            # "Your report said 300 jobs at the airport. That is not what I said. Up to
                            # 300 jobs at businesses on the site ...": the misquote goes, not the 300
                            found.append(Retraction(src, s.line_end, i, text, frozenset({q.key}),
                                                    _window(words, at, at + len(q.text)), speaker=_speaker(text),
                                                    local=q.key in rest))
            for m in TAKEN_BACK.finditer(text):
                noun = (m.group("noun") or m.group("noun2")).lower()
                about = set(stems(text)) - NOT_TOPIC
                if i and POINTING.match(text):  # "That plan has been withdrawn": the plan is the sentence before
                    about |= set(stems(own[i - 1].text)) - NOT_TOPIC
                plan_text = f"{own[i - 1].text} {text[:m.start()]}" if POINTING.match(text) and i else text[:m.start()]
                found.append(Retraction(src, s.line_end, i, text, frozenset(), frozenset(about),
                                        plan=stems(noun)[0] if stems(noun) else noun,
                                        new_dates=_date_keys(text[m.end():]), dates=_date_keys(plan_text)))
        # (a denial that corrects a figure, "That is not right" after "I said 140", is that figure's)
        found.extend(d for d in _denials(src, own)
                     if not any((r.source, r.sentence) == (src, d.sentence) for r in found))
        denied = {r.claim for r in found if r.source == src and r.claim}
        found.extend(r for r in _rumours(src, own) if r.claim not in denied)
        if updates.blocks(corpus.sources[src - 1]):
            found.extend(_block_updates(src, own, corpus.sources[src - 1]))
    return [replace(r, first=by_source[r.source][r.sentence].line_start) for r in found]


def denies(text: str) -> bool:
    """Whether `text` denies, rates false or dismisses what was said before it."""
    return bool(DENIES.search(_inner(text)) or DENIED.search(text) or DISMISSES.search(text))


def _denials(src: int, own: list[Sentence]) -> list[Retraction]:
    """The claims of an article that a sentence after them denies or rates false, in the same
    paragraph or opening the next: "Posts claimed ... that the RDK would be absorbed ... The RDK
    called it “invented from start to finish” ... Northline found no source for the claim." The
    claim is the nearest sentence before the denial that is no denial itself."""
    out = []
    for i, s in enumerate(own):
        verdict = DENIES.search(_inner(s.text)) is not None
        strong = verdict or DENIED.search(s.text) is not None
        if not strong and not DISMISSES.search(s.text):
            continue
        j = i - 1
        while j >= 0 and i - j <= DENIAL_REACH and own[j].block == s.block and denies(own[j].text):
            j -= 1
        if j < 0 or i - j > DENIAL_REACH:
            continue
        claim = own[j]
        if claim.block != s.block and (j + 1 != i or claim.block + 1 != s.block):
            continue  # a denial opening its paragraph is about the one before it, nothing further
        if not strong and not CLAIMED.search(claim.text):
            continue  # "called it “a fantasy”" denies only what is reported as a claim
        words = frozenset(stems(_inner(claim.text)))
        if words:
            out.append(Retraction(src, s.line_end, i, s.text, frozenset(), frozenset(),
                                  claim=(claim.line_start, claim.line_end), claimed=words, verdict=verdict))
    return out


def rumour(text: str) -> bool:
    """Whether `text` reports a rumour and does not itself rate it ("Posts on social media claiming
    ... were “completely untrue”, police said" needs nothing after it)."""
    return bool(RUMOUR.search(text)) and not denies(text) \
        and not re.search(rf"\b(?:{VERDICT}|denied|lies?)\b", text, re.I)


def _rumours(src: int, own: list[Sentence]) -> list[Retraction]:
    """A rumour and the sentence after it in its paragraph, which answers it: "Russian Telegram
    channels reported that Kalyuzhny had been quietly exchanged ... He was in the dock on
    Wednesday to hear the verdict."."""
    out = []
    for i, s in enumerate(own[:-1]):
        nxt = own[i + 1]
        if nxt.block != s.block or not rumour(s.text):
            continue
        if words := frozenset(stems(_inner(s.text))):
            out.append(Retraction(src, nxt.line_end, i + 1, nxt.text, frozenset(), frozenset(),
                                  claim=(s.line_start, s.line_end), claimed=words, rumour=True))
    return out


def _figures(text: str) -> list[tuple]:
    """Each figure of `text` as (key, the words that say what it counts, the noun right after it,
    whether it is a sum, the words further round it): "up to ten wagons left the track" ->
    ((10, False), {wagon, left, track}, "wagon", False, …)."""
    return [(q.key, _window(text, start, end), noun_after(text, end), start > 0 and text[start - 1] in "£$€",
             _window(text, start, end, WIDE)) for q, start, end in numbers.located(text)]


def noun_after(text: str, end: int) -> str:
    """The noun a figure counts, when the word right after it is one ("ten wagons", "400 metres")."""
    m = re.match(r"\s+([a-z][a-z’'-]+)", text[end:])
    if m is None or m.group(1).lower() in NOT_NOUNS:
        return ""
    found = stems(m.group(1))
    return found[0] if found else ""


def _changes(src: int, s: Sentence, i: int, text: str) -> list[Retraction]:
    """What a sentence says changed: the figure it changed to is the new one for what the words
    before it count ("the number of homes evacuated ... rose to 230"); the figure it changed from
    ("widened from 400 to 800 metres") is old, counting what the new one counts."""
    out = []
    for m in CHANGED.finditer(text):
        found = _figures(text[m.end():])
        if not found:
            continue
        key, _, noun, money, _ = found[0]
        first = numbers.parse(text[m.end():])[0][0]
        end = m.end() + text[m.end():].find(first.text) + len(first.text)
        thing = stems(m.group("thing"))[0] if m.group("thing") and stems(m.group("thing")) else ""
        about = _window(text, m.start(), end) | ({thing} if thing else set())
        out.append(Retraction(src, s.line_end, i, text, frozenset(), frozenset(about), new=frozenset({key}),
                              thing=thing, money=money, change=True))
        if m.group("old") and (old := _keys(m.group("old")) - {key}):
            # "raised its count from 338 to 346": 338 is old wherever the page still gives it (an
            # agency's update leaves its first version's paragraphs below)
            out.append(Retraction(src, s.line_end, i, text, frozenset(old), frozenset(about), noun=noun, change=True,
                                  first=s.line_start, page=True))
    return out


def _block_updates(src: int, own: list[Sentence], page) -> list[Retraction]:
    """The figures of a page's later update blocks, each new for what its noun and words count:
    UPDATE 1's "Eight wagons of a 24-wagon freight train left the track" answers the FIRST
    REPORT's "up to ten wagons left the track", wherever the page shows the blocks."""
    oldest = min(b.stamp for b in updates.blocks(page))
    out = []
    for i, s in enumerate(own):
        if (stamp := updates.stamp_at(page, s.line_start)) is None or stamp == oldest:
            continue
        for key, _, noun, _, about in _figures(s.text):
            if noun and len(about - {noun}) >= MIN_UPDATE:
                out.append(Retraction(src, s.line_end, i, s.text, frozenset(), about, new=frozenset({key}),
                                      local=True, noun=noun, newer=True))
    return out


def _updates(src: int, s: Sentence, i: int, text: str, after: int, before: Sentence | None) -> list[Retraction]:
    """The figures `text` gives anew after its cue, each with the words that say what it counts;
    with a reported statement just before it ("we reported … on 16 March. They now say … 23
    March"), that statement's figures the update does not repeat are old outright."""
    out = []
    for q in numbers.parse(text[after:])[0]:
        at = text.find(q.text, after)
        about = _window(text, at, at + len(q.text))
        if len(about) >= MIN_UPDATE:
            out.append(Retraction(src, s.line_end, i, text, frozenset(), about, new=frozenset({q.key})))
    if before is not None and REPORTED.search(before.text):
        old = _keys(before.text) - _keys(text)
        for q in numbers.parse(before.text)[0]:
            if q.key in old:
                at = before.text.find(q.text)
                out.append(Retraction(src, s.line_end, i, text, frozenset({q.key}),
                                      _window(before.text, at, at + len(q.text))))
    return out


def _when(text: str) -> frozenset[str]:
    return frozenset(m.group(0).lower() for m in WHEN.finditer(text))


def _topic(text: str) -> frozenset[str]:
    """What a phrase is about, as stems: not its names, figures or the words of any correction."""
    plain = " ".join(w for w in text.split() if not re.match(r"[\[(“\"'‘]*[A-Z]", w))
    return frozenset(w for w in stems(plain) if not w[0].isdigit()) - NOT_TOPIC


def _earlier(a: str | None, b: str | None) -> bool:
    """Whether date `a` is before date `b`; unknown when either is missing or one holds the other
    ("2026-01" and "2026-01-14")."""
    if not a or not b or a.startswith(b) or b.startswith(a):
        return False
    return a < b


class Superseded:
    """The corpus's retractions, asked of each sentence a briefing would print."""

    def __init__(self, sents: list[Sentence], corpus: Corpus):
        self.corpus = corpus
        self.sents = sents
        self.retractions = find(sents, corpus)
        self._dated: list[Retraction] | None = None

    def dated(self) -> list[Retraction]:
        """Every sentence that gives a month or a year and is no "not known" itself, as what
        could answer an earlier "would not put a date on it"; found on first need."""
        if self._dated is None:
            positions: dict[int, int] = {}
            self._dated = []
            for s in self.sents:
                i = positions[s.source] = positions.get(s.source, -1) + 1
                if (due := _when(s.text)) and not UNKNOWN.search(s.text) and not re.search(r"\?(?:\s|$)", s.text):
                    self._dated.append(Retraction(s.source, s.line_end, i, s.text, frozenset(),
                                                  _topic(s.text), due=due, answers=True, first=s.line_start))
        return self._dated

    def denied(self, s: Sentence) -> bool:
        """Whether its article finds sentence `s` false ("Neither was true", "We have rated it
        FALSE", "found no source for the claim"): a rumour with its verdict is news of a rumour,
        never the lead's fact. A party's denial ("The ministry denied this") leaves a dispute."""
        key = (s.source, (s.line_start, s.line_end), frozenset(stems(_inner(s.text))))
        return any((r.source, r.claim, r.claimed) == key for r in self.retractions if r.claim and r.verdict)

    def _denials_of(self, r: Retraction) -> list[Retraction]:
        return [d for d in self.retractions if d.claim == r.claim and d.source == r.source]

    def found_later(self, text: str, cited: list[tuple[int, int, int]]) -> Retraction | None:
        """The sentence of an article dated later that has found what `text` says is still out:
        "Runa ... is believed to be on or near Wild Boar Fell" (11 November) is stale once a record
        of 26 November says "Runa, was darted on Wild Boar Fell on 17 November"."""
        inner = _inner(text)
        if STILL_OUT.search(inner) is None:
            return None
        names = {m.group("a") or m.group("b") for m in OUT_NAME.finditer(inner)} - NOT_NAMES
        if not names:
            return None
        for s in self.sents:
            if FOUND.search(s.text) and names & set(re.findall(r"\b[A-Z][a-z’'-]{2,}\b", s.text)):
                r = Retraction(s.source, s.line_end, 0, s.text, frozenset(), frozenset(), answers=True,
                               first=s.line_start)
                if any(src != s.source and self._before(src, a, b, r, text) for src, a, b in cited):
                    return r
        return None

    def answered(self, text: str, cited: list[tuple[int, int, int]]) -> Retraction | None:
        """The later sentence that gives the date `text` says was not known, if any: "Ardent would
        not put a date on reopening" is stale once a later report has it reopening by June."""
        if (found := self.found_later(text, cited)) is not None:
            return found
        unknown = UNKNOWN.search(_inner(text))
        if unknown is None:
            return None
        topic = _topic(next(g for g in unknown.groups() if g))
        if not topic:
            return None
        # answers in other articles, dated later (its own later lines may quote someone else)
        answers = [r for r in self.dated() if topic <= r.about
                   and any(src != r.source and self._before(src, a, b, r, text) for src, a, b in cited)]
        own = frozenset(stems(_inner(text)))
        return None if any(_holds(own, r) for r in answers) else next(iter(answers), None)

    def _before(self, source: int, first: int, last: int, r: Retraction, text: str) -> bool:
        """Whether `text`, cited from lines `first`-`last` of article `source`, comes before `r`:
        earlier in its own article (where its words stand: a turn or a letter is cited from its
        label or down to its signature), or in an article dated earlier."""
        if source == r.source and r.page:
            return not (first <= r.line and last >= r.first)
        if source != r.source:
            return _earlier(self._day(source, first), self._day(r.source, r.first))
        src = self.corpus.sources[source - 1]
        if (later := updates.newer(src, r.first, first)) is not None:
            return later  # a page's update blocks are as old as their stamps, in whatever order shown
        at, r_at = _locate(src, first, last, text), _locate(src, r.first, r.line, r.text)
        if at is None or r_at is None:
            return last < r.line
        return at < r_at

    def _day(self, source: int, line: int) -> str | None:
        """The day line `line` of article `source` was written: its update block's, else the page's."""
        src = self.corpus.sources[source - 1]
        stamp = updates.stamp_at(src, line)
        return stamp[:10] if stamp else src.published

    @staticmethod
    def _states_plan(r: Retraction, words: frozenset[str], dates: frozenset) -> bool:
        """Whether a sentence with these stems and dates states the plan or event `r` takes back:
        an event by its noun ("the hearing ... on 3 February", not on its new date), a plan by
        its date and a word of it, or by several of its words."""
        shared = words & r.about
        if r.plan not in GENERIC:
            return (r.plan in words and len(shared) >= MIN_SHARED
                    and (not r.new_dates or bool(dates - r.new_dates)))
        # a plan's date says which plan: "a revised plan" in the same words is not the old one
        return bool(dates & r.dates) and len(shared) >= 1

    def taken_back(self, text: str, cited: list[tuple[int, int, int]]) -> Retraction | None:
        """The retraction that takes back what `text` states from lines `cited` ((source, first,
        last) each), unless `text` also says what the retraction says; else None."""
        if (r := self.answered(text, cited)) is not None:
            return r
        if not self.retractions:
            return None
        # each figure with what it counts, worked out once for every update asked about below
        figures = _figures(text)
        keys = frozenset(f[0] for f in figures)
        words = frozenset(stems(text))
        own_words = frozenset(stems(_inner(text)))
        dates = _date_keys(text)
        for r in self.retractions:
            if r.local and all(src != r.source for src, _, _ in cited):
                continue
            if not r.claim and not any(self._before(src, a, b, r, text) for src, a, b in cited):
                continue
            if r.newer and not any(src == r.source and updates.newer(self.corpus.sources[src - 1], r.first, a)
                                   for src, a, _ in cited):
                continue  # a figure of the same update block is no update of it
            if r.change and _dated(text, r):
                continue  # "100 sailings a week in January" stays true after "rose from 100 to 140 in February"
            if r.claim:  # a claim its article denies, printed without any of its denials, or one of
                # its denials without the claim ("The RDK called it “a fantasy”": called what?)
                claimed = (any(src == r.source and a <= r.claim[1] and b >= r.claim[0] for src, a, b in cited)
                           and len(words & r.claimed) >= CLAIM_HOLDS * len(r.claimed))
                if not claimed and not r.rumour and _holds(own_words, r) \
                        and any(src == r.source and a <= r.line and b >= r.first for src, a, b in cited):
                    return replace(r, alone=True)
                stated = claimed and not any(_holds(own_words, d) for d in self._denials_of(r))
            elif r.reopens:  # shut "until further notice": in its own article any reopening answers it,
                # in another only one that names the same place
                stated = bool(CLOSED.search(_inner(text))) and (
                    any(src == r.source for src, _, _ in cited) or len(words & r.about) >= MIN_SHARED)
            elif r.due:  # another date for what is now due then: "expected at the end of June"
                # "had hoped to open by June" already says the hope is gone
                stated = (bool(FUTURE.search(text) or re.search(r"\b(?:expect|hope|aim)", text, re.I))
                          and not re.search(r"\bhad\s+(?:hoped|planned|expected|intended|aimed)\b", text, re.I)
                          and bool(_when(text)) and not _when(text) & r.due
                          and len(words & r.about) >= MIN_UPDATE)
            elif r.new:  # another figure for what the update counts anew, and not the new one itself
                stated = not keys & r.new and any(_same(f, r) for f in figures)
            elif r.old:
                stated = bool(keys & r.old and (words & r.about or (r.speaker and _speaker(text) == r.speaker)))
                if r.noun:  # "from 400 to 800 metres": 400 metres, not 400 homes
                    stated = stated and any(f[0] in r.old and f[2] == r.noun for f in figures)
            else:
                stated = bool(FUTURE.search(text)) and self._states_plan(r, words, dates)
            if stated and not _holds(own_words, r):
                return r
        return None


def _dated(text: str, r: Retraction) -> bool:
    """Whether the sentences of `text` that give a figure change `r` counts say when it held: not
    the "built in 1998" of the sentence before "It had 338 passengers"."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", text)
    keys = r.old | r.new
    near = [p for p in parts if keys & {f[0] for f in _figures(p)}] or parts
    return any(_when(p) or DAY.search(p) or re.search(r"\b\d{1,2}[:.]\d\d\b", p) for p in near)


def _same(figure: tuple, r: Retraction) -> bool:
    """Whether a figure (`_figures`) counts what update `r` gives anew: the same noun and two more
    words of its context for an update block's figure; the thing a change names beside it, as a
    sum if the change's is one; else two words of context."""
    _, about, noun, money, wide = figure
    if r.noun:
        return noun == r.noun and len((wide & r.about) - {noun}) >= MIN_UPDATE
    if r.thing and r.thing in about and money == r.money:
        return True
    return len(about & r.about) >= MIN_UPDATE


def _locate(src, first: int, last: int, text: str) -> tuple[int, int] | None:
    """(line, column) where `text`'s first words (brackets and the voicing left out) stand in
    lines `first`-`last` of `src`; None when they are not found there."""
    voice = VOICED_WHOLE.match(text)
    plain = re.sub(r"\[[^\]]*\]", " ", voice.group("inner") if voice else text)
    words = re.findall(r"\w+", plain)[:4]
    if not words:
        return None
    lines = [src.line(n) for n in range(first, last + 1)]
    m = re.search(r"\W+".join(map(re.escape, words)), "\n".join(lines))
    if m is None:
        return None
    before = "\n".join(lines)[:m.start()]
    return first + before.count("\n"), m.start() - (before.rfind("\n") + 1)


def _holds(words: frozenset[str], r: Retraction) -> bool:  # `words`: the claim's own, not its speaker's
    """Whether a claim with these stems also says what `r` says (printed with its correction)."""
    own = {w for w in stems(DAY.sub(" ", _inner(r.text))) if not w[0].isdigit()}  # its date is no news
    return bool(own) and len(own & words) >= HOLDS * len(own)


_CACHE: dict[tuple, Superseded] = {}


def of(corpus: Corpus, sents: list[Sentence] | None = None) -> Superseded:
    """The corpus's retractions, found once per run (the verifier asks for them per claim)."""
    key = tuple((src.path, src.sha256) for src in corpus.sources)
    if key not in _CACHE:
        if sents is None:
            from .sentences import split
            sents = [s for src in corpus.sources for s in split(src)]
        _CACHE.clear()
        _CACHE[key] = Superseded(sents, corpus)
    return _CACHE[key]


def problem(text: str, cited: list[tuple[str, int, int]], corpus: Corpus) -> str | None:
    """The verifier's reason when `text`, citing `cited` ((path, first, last) each), states what a
    later line takes back."""
    index = {src.path: src.index for src in corpus.sources}
    spans = [(index[p], a, b) for p, a, b in cited if p in index]
    r = of(corpus).taken_back(text, spans)
    if r is None:
        return None
    where = f"{corpus.sources[r.source - 1].path}:{r.line}"
    if r.alone:
        return (f"a denial without its claim: {where} denies what lines {r.claim[0]}-{r.claim[1]} say (give the claim "
                "with it, citing both, or leave it out)")
    if r.rumour:
        return (f"a rumour without its answer: {where} says \"{_short(r.text)}\" (give the rumour with it, citing "
                "both, or leave it out)")
    if r.claim:
        return (f"denied in its article: {where} says \"{_short(r.text)}\" (give the claim with its denial or "
                "verdict, citing both, or leave it out)")
    if r.answers:
        return (f"answered later: {where} says \"{_short(r.text)}\" (give it with that line, citing both, "
                "or leave it out)")
    return (f"taken back later: {where} says \"{_short(r.text)}\" (give it with that line, citing both, "
            "or leave it out)")


def _short(text: str, words: int = 16) -> str:
    parts = text.split()
    return " ".join(parts[:words]) + (" …" if len(parts) > words else "")
