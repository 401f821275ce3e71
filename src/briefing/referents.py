"""Referents: who "he" is and which unit "the legion" is in each article, read from the
sentences before each; and a sentence made to stand alone with what it needs: the name in
brackets, the sentence before joined, the caveat or rival account that qualifies it, its
relative dates cut when the article is undated. `standalone.needs_context` is the check.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import caveats, entries, kinds, lexicon, meta, rivals, roles, supersede
from .retrieval import NOT_SUBJECT, stems
from .sentences import FIELD_ROW, Sentence, one_paragraph_a_line, voiced
from .standalone import (
    AFFILIATED,
    BARE_PERSON,
    BODY_FIRST,
    CAVEAT,
    GENERIC,
    KIN,
    MEDIA,
    NOT_NAMES,
    ORG_VERBS,
    OUTLET_VOICE,
    PERSON,
    PERSON_NOUNS,
    PLACED_BY_PRONOUN,
    PLURAL,
    PLURAL_SUBJECT,
    QUOTE,
    ROLES,
    SUBJECT_ROLE,
    TAKES_THE,
    THING,
    UNIVERSAL,
    VOICED_TAIL,
    VOICED_WHOLE,
    _base,
    _persons_named,
    _units_named,
    needs_context,
    object_read,
    people,
    strip_quotes,
    with_the,
)


@dataclass(frozen=True)
class Resolved:
    """A sentence made to stand alone: its text (with any [bracketed] referent) and every
    source sentence it rests on, the ones that name the referent included."""

    text: str
    sentences: tuple  # tuple[Sentence, ...] whose words the text holds, in source order
    names: tuple = ()  # sentences cited only because they name a [bracketed] referent

    @property
    def cited(self) -> tuple:
        return tuple(sorted({*self.sentences, *self.names}, key=lambda x: (x.line_start, x.id)))


SHORT_QUOTE = 12  # words
POINTING = re.compile(r"^\W*(?:(?:This|That)\s+(?:is|was)|(?:These|Those)\s+(?:are|were))\b")
# A caveat's object that only points back: "verify it", "confirm this", "check that".
POINTS_BACK = re.compile(r"^\W*(?:it|this|that|them|these|those|either|any of (?:it|them|this|these))\W*$", re.I)
# "We could not confirm those deaths", "we were not able to observe it": outside quotes, the
# publication reporting its own check, so its record names the "we".
PUBLISHER_WE = re.compile(r"(?<![\w’'-])(?:[Ww]e|[Oo]ur|us)(?![\w’'-])")
OUTLET_WE = re.compile(r"(?<![\w’'-])[Ww]e(?=\s+(?:could|can|did|were|are|have|had)\s*(?:not|n['’]t)\s+"
                       r"(?:(?:been\s+)?able\s+to\s+)?(?:independently\s+)?"
                       r"(?:confirm|verify|check|observe|see|establish|corroborate)\b|"
                       r"\s+(?:were|are|have\s+been)\s+unable\s+to\b|"
                       # "the 41 fighters we interviewed": the publication's own reporting
                       r"\s+(?:interviewed|surveyed|spoke\s+to|talked\s+to|reviewed|analysed|analyzed|counted|"
                       r"contacted|obtained)\b|"
                       # "We have rated it FALSE": a fact-check's verdict is the publication's
                       r"\s+(?:have\s+|had\s+)?rated\b)")
# Armed formations: a sentence that mentions one the unit is not ("who left the Siberian
# Battalion" in a paragraph on a company) leaves a later "its" unsettled.
FORMATIONS = {"legion", "battalion", "corps", "brigade", "regiment", "militia", "company"}
BARE_FORMATION = re.compile(rf"\b[Tt]he\s+({'|'.join(FORMATIONS)})\b")
# What only a body does: "Tkachuk said it now has about 2,500 fighters".
BODY_VERB = re.compile(r"\bit\s+(?:now\s+|currently\s+|still\s+|already\s+|also\s+)?(?:has|had|counts|numbers|"
                       r"employs|fields|recruits|trains|accepts|rejects|was (?:founded|formed|created|set up)|"
                       r"is (?:made up|part|formally))\b")
# What a unit is not, when a sentence names it after these: "men who left the Legion".
APART = re.compile(r"\b(?:left|leave|leaving|quit|split (?:off )?from|broke away from|defected from|deserted|"
                   r"unlike|than|instead of|against)\s+(?:the\s+)?(?:[\w’'-]+\s+)?$")
# A named formation: "the Onega Detachment", "Baikal Company" (not "a drone brigade").
UNKNOWN_FORMATION = re.compile(r"(?<![\w’'-])(?!The\b)[A-Z][\w’'-]+\s+(?:Legion|Battalion|Corps|Brigade|Regiment|"
                               r"Militia|Company|Detachment|Squadron|Platoon|Division|Unit|Group|Team)\b")
# "the district", "the council's": a short name for one its article gave in full before
SHORT_NAME_USE = re.compile(r"(?<![\w’'-])[Tt]he\s+(?P<w1>[a-z]+|[A-Z][a-z]+)(?P<pos1>['’]s)?(?![\w’'-])"
                            r"(?:\s+(?P<w2>[a-z]+)(?P<pos2>['’]s)?(?![\w’'-]))?")
# Not short names: people and units (their own checks), and places whose names take no "the".
# Nor what a reader knows without the article ("the war" is not "the Second World War" it named),
# nor armies and forces, which may be either side's.
NOT_SHORT = GENERIC | PERSON_NOUNS | BARE_PERSON | KIN | {
    "city", "town", "village", "country", "capital", "state", "war", "invasion", "conflict", "world", "west",
    "pandemic", "economy", "front", "offensive", "counteroffensive", "internet", "public", "media", "press",
    "army", "military", "navy", "forces", "force", "troops", "kremlin", "weather", "law"}
OTHERS_NEAR = 12  # sentences
# What "could not verify the units' figures" doubts: counts of people or applications, not dates
HEADCOUNT = re.compile(r"\b\d[\d,]*[”\"]?\s+(?:[a-z-]+\s+)?(?:fighters|men|members|soldiers|volunteers|recruits|"
                       r"applications|applicants|people|troops)\b")
UNIT_HEADS = FORMATIONS | {"unit", "group", "formation", "detachment"}
UNIT_STEMS = {w for noun in UNIT_HEADS for w in stems(noun)}
UP_FRONT = 5  # words before a unit's name: past them it is named in passing, not as the subject
SHORT_NAME_REACH = 12  # sentences: a nearer one that names one of two such names settles it
MAX_JOINED = 80  # words: past that a joined passage is a paragraph, not a point
ENTRY_WORDS = 60  # words: a log's entry this short is printed whole, its report with its outcome
ORG_SPEAKER = re.compile(rf"(?P<n>(?<![\w’'-])[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})\s+(?:{ORG_VERBS})\b")

# A condition the next sentence's words hold only under ("There won't be an exchange").
CONDITION = re.compile(r"\b(?:should (?:he|she|they) be|if (?:he|she|they) (?:is|are|was|were|gets?|got) |"
                       r"if captured|unless|in case)\b", re.I)
FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\b(?:hundreds?|thousands?|dozens?)\b")
FIGURE_WORDS = {"number", "figur", "estim", "count", "toll", "talli", "gave", "given", "cite", "provid"}


POINTER_STEMS = {w for word in ("either", "both", "side", "sides", "account", "accounts", "claim", "claims",
                                 "version", "versions", "report", "reports", "these", "those", "party", "parties")
                 for w in stems(word)}


def _stems_meet(a: set[str], b: set[str]) -> bool:
    """A stem of `a` is one of `b`'s, or they share a five-letter start ("applic" ~ "appli")."""
    return any(x == y or len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5] for x in a for y in b)


# A rival account of what the sentence before says.
REBUTTAL = re.compile(r"\b(?:gave a (?:very |quite |starkly )?different (?:account|figure|version)|"
                      r"put (?:the|its|their|his|her) (?:\w+ )?(?:\w+ )?(?:lower|higher)|"
                      r"(?:rejected|denied|disputed) (?:it|this|that|the claim|the figures?|the account)|"
                      # "disputed the union's figure", "did not recognise the Clarion's figure"
                      r"(?:rejected|denied|disputed|disputes|rejects|(?:do|does|did)(?: not|n[’']t) recogni[sz]e)"
                      r" (?:the |this |that |these |its |their |[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)*['’]s )?(?:\w+ )?"
                      r"(?:figures?|numbers?|estimates?|claims?|count|account|version|allegations?)\b|"
                      r"(?:has|have|had) no record of (?:receiving|getting|being sent|any such|it\b|this\b|that\b)|"
                      r"did not (?:give|provide|offer) (?:any )?evidence|"
                      r"(?:called|dismissed|described) (?:the|this|that|these|its) (?:\w+ )?"
                      r"(?:figures?|numbers?|estimates?|claims?|count|report)\b|"
                      r"put it at (?:about |around |only |just )?\d|"
                      # "That claim is not supported by anything I have seen", "That's nonsense"
                      r"(?:that|this|the|their|its) (?:claim|figure|number|account|count) (?:is|was|looks|seems) "
                      r"(?:not supported|false|untrue|unfounded|wrong|exaggerated|inflated)|"
                      r"(?:that|this)(?:['’]s| is) (?:nonsense|not true|false|untrue)|"
                      r"(?:seen|found|is|was|have|has) no evidence (?:for|of|that|to support)|"
                      # "But Ukrainian officials have never confirmed the military's ties to the group."
                      r"(?:has|have|had) never (?:officially |publicly )?(?:confirmed|acknowledged|recogni[sz]ed)\b)",
                      re.I)
GENERIC_FIGURE = re.compile(r"^\s*(?:the|these|those|this|its|his|her|their)\s+(?:\w+\s+)?"
                            r"(?:numbers?|figures?|estimates?|count|toll|tally)\b", re.I)


# A call-sign or nickname right before a name: the name is someone's alias, not a second person.
ALIAS = re.compile(r"\b(?:call-?sign|nicknamed|nickname|known as|alias)\W*$", re.I)
# A sentence that opens by introducing a person: "Kirsty Doyle, 31, has driven ...".
INTRODUCED = re.compile(r"^(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2}),\s+(?:\d{1,3}\b|an?\s|the\s|who\s)")
# A sentence that opens on a full name the article's cues missed ("Wade Hollis, whose family ...
# denies ..."): a later "he" may be them, so the person named before is not settled.
NEW_PERSON = re.compile(r"^\W*(?!The\b)[A-Z][a-z’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z’'-]+,?\s+(?:whose|who|\d{1,3}\b|"
                        r"[a-z]+(?:s|ed)\b)")
# A sentence whose subject is one capitalised word the article's cues never made a person or a
# body ("Timur was wounded in the leg ..."): it may be the "he" of the next, so no name further
# back settles that "he".
# ("Tenor, whose name is Yegor Lisitsyn, ...": someone too)
LONE_SUBJECT = re.compile(r"^\W*(?P<n>[A-Z][a-z’'-]{2,})(?:\s+|,\s+(?=who|whose))"
                          r"(?:is|was|has|had|remembers|recalls|says|said|told|who|whose|[a-z]{3,}ed)\b")
# Someone the sentence introduces without a name ("A Ukrainian officer who oversees foreign
# units", "An agency spokesperson", "Aldred's neighbour"): a later "he" or "she" may be them.
UNNAMED = re.compile(rf"(?:\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+|(?<![\w’'-])[A-Z][\w’'-]+['’]s\s+)(?:[\w-]+\s+){{0,3}}?"
                     rf"(?:{'|'.join(sorted(PERSON_NOUNS | KIN))})\b")
# Someone the article keeps unnamed, whatever their job: "A GP in Llanelli, who asked not to be named, said ..."
ANONYMOUS = re.compile(r"\b(?:asked|spoke on condition|declined|did not want|requested) (?:not to be|of|to be) "
                       r"(?:named|identified|anonymity)|\bon condition of anonymity\b", re.I)
# "Her husband disagreed.": someone unnamed is the subject, and the "he" after is him.
KIN_SUBJECT = re.compile(rf"^\W*(?:His|Her|Their)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(PERSON_NOUNS | KIN))})\b"
                         r"(?!,?\s+[A-Z])")


# "the appellant", "the Druzhina's deputy commander": a person the sentence does not name; one
# who is a clause's subject ("8. The appellant worked ...", "... that the appellant served ...")
# may be the "he" of the next sentence, so a name further back does not settle it.
DEFINITE_PERSON = re.compile(rf"(?<![\w’'-])[Tt]he\s+(?:[\w’'-]+\s+){{0,2}}?(?:{'|'.join(sorted(PERSON_NOUNS))})"
                             r"(?![\w’'-])")
# "where its founder worked": someone the sentence describes and does not name
ITS_PERSON = re.compile(rf"\b[Ii]ts\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(PERSON_NOUNS))})\b(?![’'-])")
# "He is Vadim Ustyugov, ...": the sentence itself names who "he" is
PRONOUN_IS = re.compile(r"^\W*(?:He|She)\s+(?:is|was)\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# "His younger brother, Artyom, was killed": Artyom is someone else's brother, and that someone
# is the "he" the article goes on with.
KIN_OF = re.compile(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w-]+\s+){{0,2}}?(?:{'|'.join(sorted(KIN | PERSON_NOUNS))})"
                    r",?\s+[A-Z]")
SUBJECT_PLACE = re.compile(r"(?:^[\W\d]*|\b(?:that|and|but|when|after|because|while|as|since)\s+|[,;:]\s+)$")
ROLE_SUBJECT = re.compile(r"\s+(?!of\b|in\b|at\b|for\b|from\b|with\b|and\b|or\b|who\b)[a-z]")


def _apposed(text: str, role: re.Match, name: str) -> bool:
    """Whether `role` describes `name` beside it: "the commander, Ivan Petrov", "Ivan Petrov, the
    commander", "the deputy commander Ivan Petrov"."""
    at = text.find(name)
    if at < 0:
        return False
    gap = text[role.end():at] if at >= role.end() else text[at + len(name):role.start()]
    return len(gap) <= 4 and not re.search(r"\w", gap)


class Referents:
    """Who "he" is and which unit "the legion" is, for the sentences of a corpus, read from the
    sentences before each in its own article; and sentences rewritten to stand alone."""

    def __init__(self, sentences: list, corpus, entities: list):
        self.corpus = corpus
        self.entities = entities
        self.by_source: dict[int, list] = {}
        for s in sentences:
            self.by_source.setdefault(s.source, []).append(s)
        self.pos = {s.id: i for group in self.by_source.values() for i, s in enumerate(group)}
        self._unit_names = {a for e in entities for a in (e.name, *e.aliases)}
        units = {w for a in self._unit_names for w in a.split()}  # "Pereprava says": no person
        self._unit_words = units
        self._text_cache: dict[int, str] = {}
        # (nor is the page's own outlet anyone: "a position he asked Kurjeris not to describe")
        self.persons = {src: people(" ".join(x.text for x in group)) - units - self._outlet_words(src)
                        for src, group in self.by_source.items()}
        self._full_at: dict[tuple[int, str], tuple[Sentence, str]] = {}  # "the Watch" here -> where named in full
        self._units = {x.id: named for group in self.by_source.values()
                       for x, named in zip(group, self._with_short_forms(group, entities), strict=True)}
        self._caveat_cache: dict[int, list[tuple]] = {}
        self._rival_cache: dict[int, list[tuple]] = {}
        self._unknown_cache: dict[str, bool] = {}
        self._first_cache: dict[int, dict[str, int]] = {}
        self._short_cache: dict[tuple[int, tuple[str, ...]], list[tuple[int, str, bool]]] = {}
        self._common_cache: dict[tuple[int, str], int] = {}  # (source, plural) -> uses without "the"
        self._main_cache: dict[int, str | None] = {}
        self._form_cache: dict[tuple[int, str], tuple[int | None, dict[str, int]]] = {}
        self._short_done: dict[tuple[str, bool], Resolved | None] = {}
        self._sex_cache: dict[int, dict[str, str]] = {}
        self._role_cache: dict[int, dict[str, list]] = {}
        self._lined_cache: dict[int, bool] = {}
        self._heads = {src: entries.heads(group) for src, group in self.by_source.items()}

    def _outlet_words(self, source: int) -> set[str]:
        src = self.corpus.sources[source - 1]
        outlet = (src.outlet or "") if src.outlet != src.author else ""  # (a thread's outlet is its writer)
        return {outlet, *outlet.split()} - {""}

    def persons_for(self, source: int) -> frozenset[str]:
        return self.persons.get(source, frozenset())

    def _before(self, s, limit: int):
        """The sentences before `s` in its article, nearest first."""
        group = self.by_source[s.source]
        i = self.pos[s.id]
        for j in range(i - 1, max(-1, i - 1 - limit), -1):
            yield group[j]

    def person(self, s):
        """(name, sentence naming them) for "he"/"she" in `s`: the one person named by the
        nearest sentence before that names any; None when that sentence names two."""
        persons = self.persons_for(s.source)
        if (introduced := self._introduced_next(s, persons)) is not None:
            return introduced
        if (m := PRONOUN_IS.match(strip_quotes(s.text))) and m.group("n") in persons:
            return None  # "[Iskra] is Vadim Ustyugov": whoever else is found, the sentence says who
        speaker = _voice(s.text)[1]
        for prev in self._before(s, 6):
            # Who speaks a turn is never its "he": "“Bobr did not,” [Yegor Lapin] writes." names no one
            # that "On 9 December he was shown ..." of his next sentence may be.
            # Nor is a column's writer, who says "I": "If he says yes, the SBU checks you." after
            # "“A video call with me, then a video call with Starosta,” [Yegor Lapin] writes ..." is not him.
            inner, who = _voice(prev.text)
            if who is not None and (who == speaker or " writes" in prev.text[len(inner):]):
                speaker = speaker or who
            else:
                inner = prev.text
            plain = strip_quotes(inner)
            # a body is "it", not "he"; "Aldred's neighbour, Priya Sandhu": the neighbour is meant
            # nor "the Zięba bakery": a name that qualifies a place or a firm is no one in the sentence
            names = [n for n in _persons_named(inner, persons)
                     if n != speaker and n.split()[-1] not in MEDIA
                     and not re.search(rf"\b{re.escape(n)}['’]s\s+[a-z]", plain)
                     and not re.search(rf"\b[Tt]he\s+{re.escape(n)}\s+[a-z]", plain)
                     # "A GP in Llanelli, who ...": one word after "in" is a place
                     and not (" " not in n and re.search(rf"\b(?:in|at|near|outside)\s+{re.escape(n)}\b", plain))]
            if len(names) > 1:  # "Kirill Mezentsev, ... who uses the call-sign “Fonar”": one man
                names = [n for n in names if not ALIAS.search(plain, 0, max(0, plain.find(n)))]
            roles = [m for m in DEFINITE_PERSON.finditer(plain)
                     if ROLE_SUBJECT.match(plain, m.end()) and SUBJECT_PLACE.search(plain[:m.start()])
                     and not any(_apposed(plain, m, n) for n in names)]
            if len(names) == 1 and names[0] in plain and not roles and not KIN_OF.search(plain):
                if _speaks_of_another(prev.text, names[0], s.text) or _pronoun_subject(plain, names[0]) \
                        or _done_to_the_other(plain, s.text):
                    return None
                return (names[0], prev) if _may_be(names[0], s.text) and self._sex_fits(s, names[0]) else None
            # "The appellant worked as a paramedic. His younger brother ...": the appellant, not the
            # expert named two paragraphs up; a name beside another unnamed person settles nothing
            if names or roles or UNNAMED.search(plain) or ANONYMOUS.search(plain) or KIN_SUBJECT.match(plain) \
                    or NEW_PERSON.match(plain) or self._unnamed_its(plain) \
                    or self._lone(prev, plain):
                return None  # two people, "A Ukrainian officer who ...", or someone new: not settled by a name
        return None

    @staticmethod
    def _unnamed_its(plain: str) -> bool:
        """Whether `plain` speaks of a unit's or a thing's person without a name ("Tagil refers to
        Nizhny Tagil, where its founder worked"): a "he" after it may be that one."""
        return any(not re.match(r"\s*,?\s*[A-Z][\w’'-]+", plain[m.end():]) for m in ITS_PERSON.finditer(plain))

    def _sex_fits(self, s, name: str) -> bool:
        """Not a "he" for a woman the article has called "she" ("That is how Oksana Belyk, his
        partner, describes him. She is from Zaporizhzhia ... He had left Russia ..."), nor the reverse."""
        plain = strip_quotes(s.text)
        he, she = MALE.search(plain), FEMALE.search(plain)
        first = min((m for m in (he, she) if m), key=lambda m: m.start(), default=None)
        known = self._sexes(s.source).get(name) or self._sexes(s.source).get(name.split()[-1])
        return first is None or known is None or known == ("m" if first is he else "f")

    def _sexes(self, source: int) -> dict[str, str]:
        """Each person the article goes on about as "he" or "she" in the sentence right after the
        one that names them alone: name (and surname) -> "m" or "f"; a name seen both ways is left out."""
        if source not in self._sex_cache:
            persons = self.persons_for(source)
            found: dict[str, set[str]] = {}
            sents = self.by_source.get(source, ())
            for prev, nxt in zip(sents, sents[1:], strict=False):
                # (not '“He thanked me,” Iskra says.': that "he" is the speaker's)
                m = re.match(r"[^\w“”\"«»‘’']*(She|Her|He|His)\b", nxt.text)
                names = _persons_named(prev.text, persons)
                # (not "Vavilov's sister ... She": the sister is meant)
                if m and prev.block == nxt.block and len(names) == 1 \
                        and not re.search(rf"{re.escape(names[0].split()[-1])}['’]s?\s", prev.text):
                    for key in {names[0], names[0].split()[-1]}:
                        found.setdefault(key, set()).add("f" if m.group(1) in ("She", "Her") else "m")
            self._sex_cache[source] = {k: v.pop() for k, v in found.items() if len(v) == 1}
        return self._sex_cache[source]

    def _lone(self, prev, plain: str) -> bool:
        m = LONE_SUBJECT.match(plain)
        if m is None:
            return False
        word = m.group("n")
        if word in NOT_NAMES or word in self._unit_words or word in MEDIA:
            return False
        # "Diskant was one of those taken. He is twenty-two": a word the article writes only at a
        # sentence's start is still a name when no English word is spelt so
        return self._proper(prev.source, word) or not lexicon.lemmas(word.lower())

    def _proper(self, source: int, word: str) -> bool:
        """Whether the article capitalises `word` mid-sentence too, as a name ("by his first name,
        Timur"), not only where a sentence starts ("What followed", "Four men")."""
        return re.search(rf"[a-z,]\s+{re.escape(word)}\b", self._text(source)) is not None

    def _introduced_next(self, s, persons):
        """(name, sentence) when the sentence after `s` introduces its speaker: '"... safer for the
        shareholders," she said. Kirsty Doyle, 31, has driven a crane ...'; the name is new to
        the article, so the "she" before it can be no one else."""
        nxt = self._paragraph_next(s)
        m = INTRODUCED.match(nxt.text) if nxt is not None else None
        if m is None or m.group("n") not in persons:
            return None
        first = m.group("n").split()[0]
        if self._first_seen(s.source).get(first, self.pos[nxt.id]) <= self.pos[s.id]:
            return None  # named before: the usual search decides
        return m.group("n"), nxt

    def _first_seen(self, source: int) -> dict[str, int]:
        """Where in its article each capitalised word first occurs (position of the sentence),
        worked out once per article: asked of every "he said"."""
        if source not in self._first_cache:
            seen: dict[str, int] = {}
            for i, x in enumerate(self.by_source[source]):
                for w in re.findall(r"\b[A-Z][\w’'-]*", x.text):
                    seen.setdefault(w, i)
            self._first_cache[source] = seen
        return self._first_cache[source]

    def group(self, s):
        """(people, sentence) for "they": the plural subject of the sentence just before, in the
        same paragraph ("Russian soldiers said ..."); None when that sentence has none."""
        for prev in self._before(s, 1):
            if prev.block != s.block:
                return None
            m = PLURAL_SUBJECT.match(strip_quotes(prev.text))
            if m and needs_context(m.group(1)) is None:
                return m.group(1), prev
        return None

    def speaker(self, s):
        """(name, sentence) for "It said/reported ...": the named body that spoke in the nearest
        sentence before with a speaker that is not a person ("news outlet Bagnet said")."""
        persons = self.persons_for(s.source)
        for prev in self._before(s, 3):
            plain = strip_quotes(prev.text)
            for m in ORG_SPEAKER.finditer(plain):
                name = m.group("n")
                if re.search(r"[A-Z][\w’'-]*\s+(?:of|for|on|and|the)\s+$", plain[:m.start()]):
                    continue  # "War" of "... Treatment of Prisoners of War says": a name's tail
                if name not in NOT_NAMES and not any(p in persons for p in name.split()):
                    return name, prev
        return None

    def _with_short_forms(self, group: list, entities: list) -> list[list[tuple[str, str]]]:
        """The units each sentence of one article names, with a short form of a unit named in
        full before it: "Today the Watch has 85 men" after "the Amur Watch" names the Amur Watch,
        so "the unit's six groups" next is not the Legion named a line earlier. Only when one
        unit named so far ends in that word: after two "... Legion"s, "the Legion" settles nothing."""
        out, ends_in = [], {}  # last word -> {entity: sentence that named it in full}
        for x in group:
            named = _units_named(x.text, entities)
            found = [(x.text.find(a), e, a) for e, a in named]
            for m in SHORT_FORM.finditer(x.text):
                owners = ends_in.get(m.group(1), {})
                before = x.text[max(0, m.start() - 30):m.start()]
                if NOT_SUBJECT.search(before) or owners.keys() & {e for e, _ in named} \
                        or not _up_front(x.text, m.group(0)) or CONTRAST.match(x.text, m.end()):
                    continue  # only as the subject: "most of them from the Legion" is in passing
                if len(owners) == 1:
                    (entity, full), = owners.items()  # full: (sentence, name as written there)
                    found.append((m.start(), entity, m.group(0)))
                    self._full_at[(x.id, m.group(0))] = full
                else:  # "the Watch" after the Zeya and the Amur Watch: a unit is named, which one is not settled
                    found += [(m.start(), entity, m.group(0)) for entity in owners]
            out.append([(e, a) for _, e, a in sorted(found)])
            for e, a in named:
                ends_in.setdefault(e.split()[-1], {})[e] = (x, a)
        return out

    def unit(self, s, noun: str | None = None):
        """(name as the article writes it, sentence naming it) for "the legion", "its": the one
        unit named by the nearest sentence before (within 8), else the only unit the article has
        named so far; either only if the noun fits it ("the company" is no Battalion). Else a
        name the article gave a body of that noun ("the alliance": the British Retail Alliance).
        None when that is not settled."""
        pointed = {noun}  # the formations the sentences between point back to: "the company"
        for prev in self._before(s, 8):
            if FIELD_ROW.match(prev.text) and not re.search(r"[.!?…][”\"’)]*$", prev.text):
                continue  # a box's row ("Vychegda Company: formed 2027; Komi") is not what the prose goes on about
            named = self._units[prev.id]
            if named and QUOTE_MARK.search(prev.text) and not VOICED_WHOLE.match(prev.text):
                # a unit named only in a quote is not what the text is about (a turn's words are)
                named = [(e, a) for e, a in named if a in strip_quotes(prev.text)]
            if noun not in UNIVERSAL | {None} and self._unknown_formation(prev) \
                    and _ending_in(noun).search(strip_quotes(prev.text)):
                return self._named_like(s, noun)  # "the International Legion" is nearer than the listed one
            if len({e for e, _ in named}) == 1:
                entity = named[0][0]
                if CONTRAST.search(prev.text):
                    return None  # "The Legion, by contrast, fights under the HUR": an aside, "Its commander" another's
                if _after_pronoun(prev.text, named[0][1]):
                    return None  # "..., it operates as part of the Siberian Battalion": "it" is another unit
                if all(self._fits(entity, n) for n in pointed) and not self._other_formation(prev, entity):
                    # Not "The unit's press officer" after a Legion named in passing in the answer
                    # before, in a piece on Pereprava: the piece's own unit, or nothing. Nor "In
                    # August the unit removed a fighter" a paragraph after "The Legion also
                    # recruits in camps", in a piece on the Druzhina that names it near.
                    main = self._main_unit(s.source)
                    if noun in UNIVERSAL | {None} and prev.block != s.block and entity != main \
                            and (main or not _up_front(prev.text, named[0][1])) and self._others_near(s, entity):
                        return None
                    if full := self._full_at.get((prev.id, named[0][1])):  # "the Watch": cite where it is named
                        return self._canonical(entity, full[1], full[0]), full[0]
                    return self._canonical(entity, named[0][1], prev), prev
                return self._named_like(s, noun)  # "The Baikal Company ... who left the Siberian Battalion"
            if named:
                return self._named_like(s, noun)
            pointed |= {m.group(1).lower() for m in BARE_FORMATION.finditer(strip_quotes(prev.text))}
        if any(self._unknown_formation(prev) for prev in self._before(s, 8)):
            return self._named_like(s, noun)  # "The Onega Detachment, a drone unit ...": not the one named long before
        seen: dict[str, tuple[str, object]] = {}
        for prev in self._before(s, 10_000):
            for entity, alias in self._units[prev.id]:
                seen.setdefault(entity, (self._canonical(entity, alias, prev), prev))
        if len(seen) == 1 and self._fits(next(iter(seen)), noun):
            return seen[next(iter(seen))]
        return self._named_like(s, noun)  # a head noun that matches settles it; nothing else does

    def _article_units(self, source: int) -> set[str]:
        return {e for x in self.by_source[source] for e, _ in self._units[x.id]}

    def _others_near(self, s, entity: str) -> bool:
        """Whether the sentences just before `s` name a unit besides `entity`: in full, or the
        article's own unit by its last word anywhere ("declared the Column a terrorist
        organisation ... a subdivision of the Legion"; "Nine of the Column's men ..., the unit says")."""
        window = list(self._before(s, OTHERS_NEAR))
        if any(e != entity for prev in window for e, _ in self._units[prev.id]):
            return True
        main = self._main_unit(s.source)
        if not main or main == entity or len(main.split()) < 2:
            return False
        short = re.compile(rf"(?<![\w’'-])[Tt]he\s+{re.escape(main.split()[-1])}(?![\w-])")
        return any(short.search(strip_quotes(x.text)) for x in (s, *window))

    def _main_unit(self, source: int) -> str | None:
        """The unit its article's title names, else the one it names in the most sentences, if
        clearly (twice as many as the next): the one a bare "the unit" or "its" may stand for
        when others are named in passing."""
        if source not in self._main_cache:
            titled = {e for e, _ in _units_named(self.corpus.sources[source - 1].title, self.entities)}
            if len(titled) == 1:  # "Legion of Freedom of Russia": the piece is about it
                self._main_cache[source] = titled.pop()
                return self._main_cache[source]
            counts: dict[str, int] = {}
            for x in self.by_source[source]:
                for entity in {e for e, _ in self._units[x.id]}:
                    counts[entity] = counts.get(entity, 0) + 1
            ranked = sorted(counts.items(), key=lambda kv: -kv[1])
            clear = len(ranked) == 1 or len(ranked) > 1 and ranked[0][1] >= 2 * ranked[1][1]
            self._main_cache[source] = ranked[0][0] if ranked and clear else None
        return self._main_cache[source]

    def _names_itself(self, text: str, name: str) -> bool:
        """Whether `text`, outside brackets, names the unit `name` stands for as one its subject
        left or is set against ("The unit was formed by men who left the Legion"): then "the
        unit" is another. ("Corvane Feeds employs 150, the company said" is Corvane Feeds.)"""
        plain = re.sub(r"\[[^\[\]]*\]", " ", text)
        key = name.lower().removeprefix("the ")
        names = [key]
        for e in self.entities:
            if key in (a.lower().removeprefix("the ") for a in [e.name, *e.aliases]):
                names = [a.lower().removeprefix("the ") for a in [e.name, *e.aliases]]
        low = plain.lower()
        return any(APART.search(low[max(0, m.start() - 40):m.start()])
                   for n in names for m in re.finditer(rf"\b{re.escape(n)}\b", low))

    def _unknown_formation(self, prev) -> bool:
        """Whether `prev` names a formation the theme does not list ("The Onega Detachment");
        worked out once a sentence: every unit lookup asks it of the eight sentences before."""
        if prev.id not in self._unknown_cache:
            text = strip_quotes(prev.text)
            for e in self.entities:
                for alias in sorted(e.aliases, key=len, reverse=True):
                    text = text.replace(alias, " ")
            self._unknown_cache[prev.id] = bool(UNKNOWN_FORMATION.search(text))
        return self._unknown_cache[prev.id]

    def _other_formation(self, prev, entity: str) -> bool:
        """Whether `prev` also names a formation that is not `entity` ("The Baikal Company ...
        left the Siberian Battalion"): then it does not settle which one a later "its" is."""
        text = strip_quotes(prev.text)
        for e in self.entities:
            if e.name == entity:
                for alias in sorted(e.aliases, key=len, reverse=True):
                    text = text.replace(alias, " ")
        words = {_base(w.lower()) for w in re.findall(r"[\w’'-]+", text)} & FORMATIONS
        return not all(self._fits(entity, w) for w in words)

    def _fits(self, entity: str, noun: str | None) -> bool:
        return noun is None or noun in UNIVERSAL or any(
            noun in (g.lower() for g in e.generic) or noun in e.name.lower().split()
            for e in self.entities if e.name == entity)

    def _short_form(self, s, noun: str):
        """(name, sentence) for a capitalised "the Legion": the unit it stood for at its first use
        in the article ("The Freedom of Russia Legion ... The Legion told us"), which a later
        "legion" named in passing ("an officer of the International Legion") does not change."""
        key = (s.source, noun)
        if key not in self._form_cache:  # the article read once per noun, not at every sentence
            group = self.by_source[s.source]
            cap = re.compile(rf"(?<![\w’'-])[Tt]he\s+{noun.capitalize()}(?![\w-])(?!\s+of\b)")
            first = next((i for i, x in enumerate(group) if cap.search(strip_quotes(x.text))), None)
            named: dict[str, int] = {}  # each "... Legion" and where it is first named (in a quote too)
            for i, x in enumerate(group):
                for m in _ending_in(noun).finditer(x.text):
                    if name := _name_of(m.group(1), noun):
                        named.setdefault(self._listed_tail(name), i)
            self._form_cache[key] = (first, named)
        first, named = self._form_cache[key]
        here = self.pos[s.id]
        if first is not None and first < here and (found := self.unit(self.by_source[s.source][first], noun)):
            return found
        # else the one "... Legion" its article has named so far, if only one
        before = [(name, i) for name, i in named.items() if i < here]
        if len(before) == 1:
            name, i = before[0]
            return f"the {name}", self.by_source[s.source][i]
        return None

    def _named_like(self, s, noun: str | None):
        """(name, sentence) for "the company": the nearest name before it, in its article, that
        ends in that noun ("the Baikal Company"); None if that sentence names two such."""
        if noun is None or noun in UNIVERSAL:
            return None
        pattern = _ending_in(noun)
        for prev in self._before(s, 12):
            names = {self._listed_tail(n) for m in pattern.finditer(strip_quotes(prev.text))
                     if (n := _name_of(m.group(1), noun))}
            if len(names) == 1:
                return f"the {names.pop()}", prev
            if names:
                return None
        return None

    @staticmethod
    def _canonical(entity: str, alias: str, naming) -> str:
        """The unit's canonical name when the naming sentence has all its words (one name for a
        unit across the briefing), else the article's own wording: brackets hold cited words."""
        have = {w.lower() for w in re.findall(r"[\w’'-]+", naming.text)}
        return entity if all(w.lower() in have for w in entity.split()) else alias

    def resolve(self, s, whole=lambda x: True, wanted=lambda x: True) -> Resolved | None:
        """`s` made to stand alone, or None. Referents in brackets first; else joined to the
        sentence(s) before it in the same paragraph (three at most). A caveat after it comes
        along, and so does a `wanted` sentence that only makes sense after it; so does a rival
        figure the article gives for the same thing ("put the figure lower"), or neither is used."""
        done = self._near(s, whole, wanted)
        if done is None or (done := self._headed(done)) is None:
            return None
        done = self._with_rivals(s, done, whole)
        if done is None:
            return None
        far = self._caveat(s, done) if not any(CAVEAT.search(x.text) for x in done.sentences) else None
        if far is None:  # a caveat of its figure further off ("The SBU itself has not published a figure.")
            spans = [(x.source, x.line_start, x.line_end) for x in done.sentences]
            far = caveats.of(self.corpus).missing(done.text, spans)
        if far is not None:
            # "[The Kyiv Ledger] could not independently verify either figure for [the Legion's]
            # size": named like any sentence; a caveat that cannot be given leaves the figure out
            named = self._bracket(far, caveat=True)
            if named is None and not self._owners_only(far):
                return None
            text = read_on(done.text, named.text if named else far.text)
            if needs_context(text, self.persons_for(s.source)) is not None:
                return None
            done = Resolved(text, done.sentences + (far,), done.names + (named.names if named else ()))
        return self._captioned(done)

    def _headed(self, done: Resolved) -> Resolved | None:
        """A log entry's line with the entry's heading before it ("Callout 12. Fri 4 Sept. Kelso.
        Nest 3, low in a garden hedge ..."): its day and place. A short entry goes whole, so that
        a report keeps its outcome ("Reported nest in a garden shed. Common wasps (Vespula
        vulgaris). Stood down."). None when the heading and the line are too long together."""
        first = done.sentences[0]
        entry = self._heads[first.source].get(first.id)
        if entry is None or not set(done.sentences) <= {*entry.head, *entry.body}:
            return done
        whole = entry.head + entry.body
        text = " ".join(x.text for x in whole)
        plain = done.text == " ".join(x.text for x in done.sentences)  # (no bracket to keep)
        if plain and len(text.split()) <= ENTRY_WORDS and self._entry_stands(entry):
            return Resolved(text, whole, done.names)
        missing = tuple(h for h in entry.head if h not in done.sentences)
        if not missing:
            return done
        text = read_on(*(h.text for h in missing), done.text)
        return None if len(text.split()) > MAX_JOINED else Resolved(text, missing + done.sentences, done.names)

    def _entry_stands(self, entry) -> bool:
        """Whether a log's entry reads whole: its heading and report stand alone, and each line
        after the report is a statement of its own or the report's telegraphic sequel, whose
        subject is the report's ("Found at home.", "Stood down.")."""
        persons = self.persons_for(entry.body[0].source)
        report = " ".join(x.text for x in (*entry.head, entry.body[0]))
        return needs_context(report, persons) is None and all(
            needs_context(x.text, persons) in (None, "whom (no subject)", "no verb (a label or a log entry)")
            for x in entry.body[1:])

    def _captioned(self, done: Resolved) -> Resolved:
        """A subtitle turn's words with the caption that names their speaker cited too: "[Mitya]"
        is read there (sentences.voiced)."""
        lines = {(x.source, x.named_by) for x in done.sentences if x.named_by}
        if not lines:
            return done
        found = tuple(x for src, n in sorted(lines) for x in self.by_source.get(src, ()) if x.line_start == n)
        # The standfirst that spells out an interview's "AB:" names her inside a sentence of its own
        have = {(x.source, x.line_start) for x in found}
        found += tuple(next(x for x in self.by_source.get(src, ()) if x.line_start <= n <= x.line_end)
                       for src, n in sorted(lines) if (src, n) not in have
                       and any(x.line_start <= n <= x.line_end for x in self.by_source.get(src, ())))
        # A debate's speaker heading is no sentence: it is cited as a line of its own.
        have = {(x.source, n) for x in found for n in range(x.line_start, x.line_end + 1)}
        found += tuple(Sentence(id=f"{src}.h{n}", source=src, line_start=n, line_end=n, text="", kind="fragment",
                                block=-1) for src, n in sorted(lines) if (src, n) not in have
                       and self._naming_line(src, n))
        return Resolved(done.text, done.sentences, done.names + found) if found else done

    def _naming_line(self, source: int, n: int) -> bool:
        """Whether line `n` names a speaker over their words and may be cited for it (a heading
        only where the page bridges it: a person's own page's headline)."""
        src = self.corpus.sources[source - 1]
        why = src.skipped.get(n)
        return why in NAMING_LINES and (why != "heading" or n in src.bridges)

    def _speaker_named(self, s, who: str) -> tuple:
        """The sentence that names the speaker of a voiced sentence whose own lines do not (a thread's
        opening poster, named once by the call-sign his post gives: "[Veslo]" under "u/north_of_ladoga
        `OP`"), so that it is cited too; () when the sentence's lines name them or no line does."""
        src = self.corpus.sources[s.source - 1]
        words = [re.compile(rf"(?<![\w’'-]){re.escape(w)}(?![\w’'-])", re.I) for w in re.findall(r"[\w’'-]+", who)]

        def names(x) -> bool:
            lines = " ".join(src.lines[x.line_start - 1:x.line_end])
            return all(w.search(lines) for w in words)

        if not words or names(s) or s.named_by and all(w.search(src.lines[s.named_by - 1]) for w in words):
            return ()  # (a debate's heading names them, and is cited with it)
        return next(((x,) for x in self.by_source[s.source] if names(x)), ())

    def _owners_only(self, caveat) -> bool:
        """Whether all a caveat leaves to its article is the owners it lists ("The figures from
        the chamber, the alliance and the carmaker ..."): after a figure of one of them it reads."""
        problem = needs_context(caveat.text, self.persons_for(caveat.source))
        tail = rivals.doubted(caveat.text) or ""
        return problem == "a caveat alone" or bool(problem) and problem.startswith("the ") \
            and set(stems(problem)) <= rivals.parties(tail)

    def _near(self, s, whole, wanted) -> Resolved | None:
        """`s` with its referents and what is right next to it: the sentences before it that it
        needs, a caveat or rival account right after it."""
        done = self._back(s, whole, 2) or self._forward(s, whole)
        if done is None:
            return None
        # The next sentence comes along when it qualifies this one ("CNN has not been able to
        # confirm this number") or only makes sense after it ("The troops are then vetted ...").
        nxt = self._paragraph_next(done.sentences[-1])
        doubt = nxt is not None and CAVEAT.search(nxt.text) is not None
        if nxt is not None and whole(nxt) and self._short_names(nxt) is not None \
                and (doubt or needs_context(nxt.text, self.persons_for(s.source))):
            # (a sentence carried along names its "the Column" like one joined before)
            named = self._bracket(nxt, caveat=True, after=True) if doubt else self._short_names(nxt, names_only=True)
            joined = Resolved(read_on(done.text, named.text if named else nxt.text), done.sentences + (nxt,),
                              done.names + (named.names if named else ()))
            # a short quote ("“My family is not here with me right now,” he explains.") says little
            # without the sentence that carries it on ("He says he is fighting for them ...")
            carried = wanted(nxt) or (s.kind == "attributed_quote" and len(s.text.split()) <= SHORT_QUOTE)
            if doubt:
                fits = self._doubts(nxt, done)  # a caveat goes only with what it doubts
            else:
                fits = carried and len(joined.text.split()) <= MAX_JOINED * 3 // 4 \
                    and not self._part_of_line(done.sentences[-1], nxt)
            if fits and needs_context(joined.text, self.persons_for(s.source)) is None:
                done = joined
            elif fits and doubt:
                return None  # its doubt cannot be given with it ("We could not confirm those deaths.")
        elif doubt and self._doubts(nxt, done):
            return None
        if nxt is not None and not doubt and nxt not in done.sentences and _excepts(s.text, nxt.text):
            # "All Paper 2 scripts will be marked as normal. Questions 12 to 19 ... will not count
            # towards any candidate's mark": the exception goes with the rule, or neither is used
            named = self._bracket(nxt, after=True) if whole(nxt) else None
            if named is None:
                return None
            joined = Resolved(read_on(done.text, named.text), done.sentences + (nxt,), done.names + named.names)
            if len(joined.text.split()) > MAX_JOINED or needs_context(joined.text, self.persons_for(s.source)):
                return None
            done = joined
        return self._with_rebuttal(s, done)

    def _forward(self, s, whole) -> Resolved | None:
        """ "Callum speaks of something else." with the next sentence of its paragraph, which
        says what; None when there is none or the two do not stand alone together."""
        nxt = self._paragraph_next(s)
        persons = self.persons_for(s.source)
        if nxt is None or not whole(nxt) or needs_context(s.text, persons) != "something else":
            return None
        head, after = self._short_names(s, names_only=True), self._short_names(nxt, names_only=True)
        if head is None or after is None:
            return None
        text = read_on(head.text, after.text)
        if len(text.split()) > MAX_JOINED or needs_context(text, persons) is not None:
            return None
        return Resolved(text, (s, nxt), head.names + after.names)

    def _with_rivals(self, s, done: Resolved, whole) -> Resolved | None:
        """`done` with the other figure its article gives for the same thing, as one item in
        the article's order ("Tkachuk said [the Legion] now has about 2,500 fighters ... A
        Ukrainian officer ... said fewer than 800 legionnaires were at the front ..."); None
        when that cannot be made to read: apart, each figure misleads."""
        have = set(done.sentences)
        parts = [done]
        for _ in range(3):  # a rival's own rival comes too ("about 60" disputed twice)
            wanted = []
            for target, rival in self._rivals(s.source):
                if target in have and not have.issuperset(rival):
                    wanted.append(rival)
                elif have & set(rival) and target not in have:
                    wanted.append((target,))
            wanted = [c for c in dict.fromkeys(wanted) if not any(set(c) < set(d) for d in wanted)]
            if not wanted:
                break
            for chunk in wanted:
                if have.issuperset(chunk):
                    continue
                other = self._chunk(chunk, whole)
                if other is None or have & set(other.sentences):
                    return None  # the rival cannot be given, or the two would repeat a sentence
                parts.append(other)
                have |= set(other.sentences)
        else:
            return None
        if len(parts) == 1:
            return done
        parts.sort(key=lambda p: self.pos[p.sentences[0].id])
        text = read_on(*(p.text for p in parts))
        if len(text.split()) > MAX_JOINED * 3 // 2 or needs_context(text, self.persons_for(s.source)):
            return None
        ordered = tuple(sorted(have, key=lambda x: self.pos[x.id]))
        names = tuple(dict.fromkeys(n for p in parts for n in p.names if n not in have))
        return Resolved(text, ordered, names)

    def _chunk(self, chunk: tuple, whole) -> Resolved | None:
        """A rival account as it reads after the figure it answers: the last sentence made to
        stand alone, else the cue and the figure as they are, their referents named where that
        settles them ("A Ukrainian officer ... put the figure lower. "There are fewer than 40
        ..." he said"); whether the pair reads is checked on the pair."""
        if not all(whole(x) for x in chunk):
            return None
        done = self._near(chunk[-1], whole, lambda y: False)
        if done is not None:
            return done  # ("The numbers are disputed elsewhere too." adds nothing to "put the cost at")
        texts, names = [], []
        for x in chunk:
            b = self._bracket(x)
            texts.append(b.text if b is not None else x.text)
            names += list(b.names) if b is not None else []
        return Resolved(" ".join(texts), tuple(chunk), tuple(names))

    def _rivals(self, source: int) -> list[tuple]:
        """(figure, rival sentences) pairs of an article, found once per article: a sentence
        that says its figure rivals an earlier one ("put the figure lower", "is also disputed",
        or after "The numbers tell a different story"), with the nearest earlier figure of the
        same kind; and two headcounts of one unit that differ."""
        if source in self._rival_cache:
            return self._rival_cache[source]
        group = self.by_source[source]
        found = []
        for i, x in enumerate(group):
            if not rivals.RIVAL_CUE.search(strip_quotes(x.text)):
                continue  # (a rival the scrape cut still rivals: its figure is then not used)
            chunk = [x]
            if rivals.kind(x.text) is None:  # the cue alone: its figure follows
                after = [y for y in group[i + 1:i + 3] if y.whole and rivals.kind(y.text)]
                if not after:
                    continue
                chunk = [y for y in group[i:self.pos[after[0].id] + 1]] if after[0].block == x.block else [after[0]]
            k = rivals.kind(chunk[-1].text)
            for prev in self._before(x, 40):
                if prev.whole and prev not in chunk and rivals.matches(prev.text, k):
                    found.append((prev, tuple(chunk)))
                    break
        sized = []
        for x in group:
            if x.whole and (keys := rivals.headcount(x.text)) and (unit := self._unit_of(x)) is not None \
                    and not self._other_formation(x, unit):
                sized.append((x, keys, unit))
        for j, (x, keys, unit) in enumerate(sized):
            for y, other, unit2 in sized[j + 1:]:
                if unit2 == unit and not keys & other and not any(y in c and x is t for t, c in found):
                    found.append((x, (y,)))
        self._rival_cache[source] = found
        return found

    def _unit_of(self, s) -> str | None:
        """The one known unit `s` is about, its referents named ("the corps" -> the Russian
        Volunteer Corps); None for none or several."""
        done = self._bracket(s)
        named = {e for e, _ in _units_named(done.text if done else s.text, self.entities)}
        return named.pop() if len(named) == 1 else None

    def _with_rebuttal(self, s, done: Resolved) -> Resolved | None:
        """A claim and the rival account right after it travel together: "The corps said about 200
        of its fighters took part ..." with "Russia's defence ministry gave a very different
        account. It said ... up to 70 men ..."; "... put the likely losses lower"."""
        group = self.by_source[s.source]
        i = self.pos[s.id]
        while i + 1 < len(group) and group[i + 1] in done.sentences:
            i += 1  # past what came along with `s` (not a caveat from further down)
        last = group[i]
        if group[i + 1:i + 2] and group[i + 1] in done.sentences:
            return done
        if group[i + 1:i + 2] and group[i + 1].text.endswith("?") and group[i + 2:i + 3]:
            i += 1  # "Is that wrong?" between a member's claim and the witness's answer
        # ("Neither was true", "The RDK called it “a fantasy”": a denial goes with its claim; so does
        # what answers a rumour: "... had been quietly exchanged. He was in the dock on Wednesday")
        if i + 1 >= len(group):
            return done
        # (a quoted verb is the answer's own: 'that it "did not recognise" the Clarion's figure')
        answer = group[i + 1].text
        rebutted = REBUTTAL.search(_said(answer)) or REBUTTAL.search(re.sub(r'[“”"]', '', answer)) \
            or supersede.denies(answer)
        if not rebutted and not (supersede.rumour(last.text) and group[i + 1].block == last.block):
            return done
        if not group[i + 1].whole:
            return None
        rival = [group[i + 1]]
        if rebutted and i + 2 < len(group) and group[i + 2].block == rival[0].block and group[i + 2].whole \
                and needs_context(group[i + 2].text, self.persons_for(last.source)):
            rival.append(group[i + 2])  # "It said a group of up to 70 men ...": what the account is
        named = [self._bracket(x, after=True) for x in rival]  # "[The Legion's] own figure is ...": its referent named
        text = read_on(done.text, *(b.text if b else x.text for b, x in zip(named, rival, strict=True)))
        # a claim with its rival is one item, even if long: apart, each misleads, so neither is used
        if len(text.split()) > MAX_JOINED * 3 // 2 or needs_context(text, self.persons_for(last.source)):
            return None
        ordered = tuple(sorted({*done.sentences, *rival}, key=lambda x: self.pos[x.id]))
        if ordered[-len(rival):] != tuple(rival):
            return None  # a caveat from further down is already last: the order would not read
        extra = tuple(n for b in named if b for n in b.names if n not in ordered)
        return Resolved(text, ordered, tuple(dict.fromkeys(done.names + extra)))

    def _caveat(self, s, done: Resolved):
        """A caveat elsewhere in the article that names what it doubts, and it is what `s` says:
        "Newsweek is still attempting to verify claims of soldiers switching sides" goes with
        "Ukraine has said some former Russian soldiers have switched sides"; "The figures from
        the chamber, the alliance and the carmaker could not be independently verified" with a
        figure of the alliance's; "could not verify either figure for the Legion's size" with
        any headcount of the Legion."""
        said = set(stems(done.text))
        for x, tail, doubted, owners, measure in self._caveats(s.source):
            if x.id == s.id or x in done.sentences or POINTS_BACK.match(tail):
                continue  # "We could not verify it": what was said just before it, nothing far
            if owners & UNIT_STEMS:  # "could not verify the units' figures": every unit the article names,
                if not HEADCOUNT.search(done.text):  # and their counts of fighters or applications, not
                    continue  # "sentenced Brod to 18 years"
                owners = owners | {w for e in self._article_units(s.source) for w in stems(e)}
            if owners:
                if self._owned(done, owners, measure):
                    return x  # (the caveat names whose figure it doubts: it comes however long the item)
                continue
            shared = doubted & said
            if any(w.isdigit() for w in shared) and len(shared) >= 2:
                return x  # "could not verify the figure of 200 fighters" with "about 200 of its fighters"
            if len(done.text.split()) + len(x.text.split()) > MAX_JOINED:
                continue  # (a caveat that names the figure comes along however long the item)
            # "either side's account" points at the sides just before it: such words name nothing
            content = {w for w in doubted if w not in POINTER_STEMS}
            if len(doubted) >= 2 and len(content & said) >= max(2, 2 * len(doubted) // 3):
                return x
            if not any(w.isdigit() for w in doubted) and GENERIC_FIGURE.search(tail) \
                    and self._figure_doubted(x, doubted) is s:
                return x  # "could not independently confirm the number of applications he gave"
        return None

    def _owned(self, done: Resolved, owners: set[str], measure: str | None) -> bool:
        """Whether `done` gives a figure of one of `owners` (named in it, or earlier in its
        paragraph: "Carmakers are also exposed. Halden Motors ... builds around 1,100 cars"),
        of the kind the caveat says ("size": a headcount, not "37 of its fighters")."""
        if measure == "size":
            if not rivals.sizes(done.text):
                return False
        elif not FIGURE.search(done.text) or measure and not _stems_meet(set(stems(measure)), set(stems(done.text))):
            return False
        first = done.sentences[0]
        # the paragraph's sentences before it that give no figure of their own introduce it
        context = [x.text for x in self._before(first, 6) if x.block == first.block and not FIGURE.search(x.text)]
        return _stems_meet(owners, set(stems(" ".join([done.text, *context]))))

    def _caveats(self, source: int) -> list[tuple]:
        """The article's whole caveat sentences, each with what it doubts (text and stems), whose
        figures it doubts (stems) and of what (a size, a cost), found once per article rather
        than on every sentence resolved."""
        if source not in self._caveat_cache:
            found = []
            for x in self.by_source[source]:
                if x.whole and (tail := rivals.doubted(x.text)) is not None:
                    found.append((x, tail, set(stems(tail)), rivals.parties(tail), rivals.quantity(tail)))
            self._caveat_cache[source] = found
        return self._caveat_cache[source]

    def _doubts(self, caveat, done: Resolved) -> bool:
        """Whether the caveat right after `done` is about it: not when it names a figure `done`
        does not give ("the figure of 200 fighters" after "a few hundred"), nor when it doubts
        "the number" and `done` gives none, nor when it names whose figures and `done` gives
        none of theirs."""
        tail = rivals.doubted(caveat.text) or ""
        numbers = {key for key, _, _ in caveats.figures(tail)}  # (not "on 14 October": a day names no figure)
        if numbers and not numbers & {key for key, _, _ in caveats.figures(done.text)}:
            return False
        if (owners := rivals.parties(tail)) and not self._owned(done, owners, rivals.quantity(tail)):
            return False
        return not ((GENERIC_FIGURE.search(tail) or rivals.NUMBER_NOUNS.search(tail)) and not FIGURE.search(done.text))

    def _figure_doubted(self, caveat, doubted: set[str]):
        """The sentence before `caveat` whose figure it doubts: the nearest with a figure and the
        caveat's own noun ("applications" ~ "had applied"), within twelve sentences."""
        nouns = {w for w in doubted if w not in FIGURE_WORDS and len(w) >= 4}
        for prev in self._before(caveat, 12):
            if FIGURE.search(prev.text) and _stems_meet(nouns, set(stems(prev.text))):
                return prev
        return None

    def in_time(self, done: Resolved | None) -> Resolved | None:
        """`done` as it reads long after its article: the phrases that count from the article's
        day ("last week", "currently") cut when nobody knows that day, or None when they
        cannot be cut. A dated article keeps them; the briefing prints the date beside them."""
        if done is None or self.corpus.sources[done.sentences[0].source - 1].published:
            return done
        text = meta.undate(done.text)
        if text is None:
            return None
        return done if text == done.text else Resolved(text, done.sentences, done.names)

    def _back(self, s, whole, depth: int) -> Resolved | None:
        done = self._bracket(s)
        if done is not None or depth == 0 or self._short_names(s) is None:
            return done  # (two councils named just before "the council": joining them does not say which)
        prev = self._paragraph_prev(s, whole)
        if prev is not None and CONTRAST.search(prev.text):
            return None  # "The Legion, by contrast, fights under the HUR. Its commander ...": joined, the Legion's
        head = self._back(prev, whole, depth - 1) if prev is not None else None
        if head is None:
            return None
        short = self._short_names(s, names_only=True)  # ("He told the court that [the Volkhov Column] had 171")
        if short is None:
            return None
        joined = Resolved(read_on(head.text, short.text), head.sentences + (s,), head.names + short.names)
        if len(joined.text.split()) > MAX_JOINED or needs_context(joined.text, self.persons_for(s.source)):
            return None
        problem = needs_context(short.text, self.persons_for(s.source)) or ""
        if problem.startswith("the ") and (problem[4:] in ROLES or SUBJECT_ROLE.match(short.text)) \
                and problem[4:] not in head.text.lower():
            return None  # "... stood through all of it. The prosecutor had asked ...": still which prosecutor?
        if CAVEAT.search(s.text) and not self._doubts(s, head):
            return None  # a caveat about another figure: not this sentence's
        return joined

    def _paragraph_prev(self, s, whole):
        i = self.pos[s.id]
        group = self.by_source[s.source]
        if i > 0 and group[i - 1].block == s.block and whole(group[i - 1]):
            # a page with a paragraph a line: "Today it has about 140 fighters, Mezentsev said.
            # He would not say how many had been killed." / "That makes it a fraction of ...":
            # "That" may be any of the line before, so only a line of one sentence is joined
            return None if self._part_of_line(group[i - 1], s) else group[i - 1]
        return None

    def _part_of_line(self, prev, nxt) -> bool:
        """Whether `nxt` opens a line of a page with a paragraph a line and `prev`, just before it,
        is not the whole of its line: what `nxt` points back to may be the rest of that line."""
        i = self.pos[prev.id]
        group = self.by_source[prev.source]
        return prev.line_end < nxt.line_start and self._lined(prev.source) and i > 0 \
            and group[i - 1].line_end >= prev.line_start and group[i - 1].block == prev.block

    def _lined(self, source: int) -> bool:
        if source not in self._lined_cache:
            self._lined_cache[source] = one_paragraph_a_line(self.corpus.sources[source - 1])
        return self._lined_cache[source]

    def _paragraph_next(self, s):
        i = self.pos[s.id]
        group = self.by_source[s.source]
        if i + 1 < len(group) and group[i + 1].block == s.block:
            return group[i + 1]
        return None

    def _leans_on(self, s, naming) -> bool:
        """Whether the sentence just before `s`, which names its speaker, carries more than the
        name: a condition ("what will await him should he be captured") or a short quote whose
        point `s` completes ("“I couldn't just watch,” Caesar told RFE/RL. His children cried")."""
        prev = self._paragraph_prev(s, lambda x: True) or self._sentence_before(s)
        if prev is not naming:
            return False
        short_quote = naming.kind == "attributed_quote" and len(naming.text.split()) <= SHORT_QUOTE
        return bool(CONDITION.search(strip_quotes(naming.text))) or short_quote and naming.block == s.block

    def holder(self, s, role: str):
        """(holder, the lines pairing them) for "the defendant" in `s`: the one person its article
        pairs with the role (roles.py), the pairing nearest before `s` cited, else the first after;
        None when no one or two people are."""
        if s.source not in self._role_cache:
            src = self.corpus.sources[s.source - 1]
            self._role_cache[s.source] = roles.holders(src.lines, src.citable, self.persons_for(s.source))
        pairs = self._role_cache[s.source].get(role, [])
        if not pairs or not roles.the_one(pairs):
            return None
        known = [h for h in pairs if h.known]
        before = [h for h in known if h.line_start <= s.line_start]
        h = before[-1] if before else known[0]
        lines = self.corpus.sources[s.source - 1].lines[h.line_start - 1:h.line_end]
        return h, Sentence(id=f"{s.source}.r{h.line_start}", source=s.source, line_start=h.line_start,
                           line_end=h.line_end, text=" ".join(lines), kind="fragment", block=-1)

    def _headline_body(self, s, who: str, persons):
        """(body, the header line) from the header over a post or a comment that opens on the
        speaker's name, its fields their headline: "**Yegor Lapin** · Architect · Intake coordinator
        (volunteer), Vologda Artel". The nearest such header above `s`, within HEADLINE_SPAN lines."""
        lines = self.corpus.sources[s.source - 1].lines
        for n in range(s.line_start, max(0, s.line_start - HEADLINE_SPAN), -1):
            fields = kinds.FIELD_GAP.split(lines[n - 1].replace("**", "").replace("__", "").lstrip("> ").strip())
            if len(fields) < 2 or fields[0].split(" (")[0] != who:
                continue
            for f in fields[1:]:
                m = HEADLINE_ORG.search(f)
                if m and not any(_base(w) in persons for w in m.group("org").split()):
                    return with_the(m.group("org"), self._text(s.source)), Sentence(
                        id=f"{s.source}.h{n}", source=s.source, line_start=n, line_end=n, text=lines[n - 1],
                        kind="fragment", block=-1)
            return None  # the nearest header of theirs names no body
        return None

    def _sentence_before(self, s):
        i = self.pos[s.id]
        return self.by_source[s.source][i - 1] if i > 0 else None

    @lru_cache(maxsize=64)  # noqa: B019 (one Referents per run)
    def _voice(self, source: int) -> str | None:
        """The outlet whose "we" a sentence of `source` may be: None for a transcript service or a
        forum, whose pages hold other people's "we"."""
        src = self.corpus.sources[source - 1]
        return None if src.host else src.outlet

    def _publisher(self, source: int) -> str | None:
        """The outlet whose page speaks as "we" throughout: an FAQ's publisher answering its readers,
        a company's release or status page."""
        src = self.corpus.sources[source - 1]
        return src.outlet if not src.host and (src.release or "question" in src.skipped.values()) else None

    def _text(self, source: int) -> str:
        if source not in self._text_cache:  # asked of every "he" and every group: joined once
            self._text_cache[source] = "\n".join(self.corpus.sources[source - 1].lines)
        return self._text_cache[source]

    def body_of(self, s, who: str):
        """(the body as the article names it, the sentence naming it) that speaker `who` speaks
        for at `s`: the one the article introduces them with ("Dr Ingrid WESTERGAARD, Senior
        Researcher, Halden Institute for Conflict Studies", "Anneli Vask, a senior fellow at the
        Tallinn Centre ..."), else the body the turn's sentence before names as its subject
        ("Kitezh has one hundred and forty people. We were eight ..."); None when neither."""
        surname = who.split(",")[0].split()[-1]
        if len(surname) < 3:
            return None
        intro = re.compile(rf"(?<![\w’'-])(?i:{re.escape(surname)}),\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?"
                           rf"(?:[\w-]+,\s+|(?:of|at|for|with|from)\s+(?:the\s+)?)(?P<org>{ORG_NAME})")
        # ... or the one their title gives before the name: "the Welsh Government's senior medical
        # officer for screening, Dr Angharad Beynon"
        titled = re.compile(rf"(?P<org>{ORG_NAME})['’]s\s+(?:[a-z][\w-]*\s+){{0,5}}?{TITLED_ROLE}"
                            rf"(?:\s+(?:for|of|on)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)?,?\s+"
                            rf"(?:[A-Z][\w’'.-]*\s+){{0,3}}(?i:{re.escape(surname)})(?![\w’'-])")
        text = self._text(s.source)
        persons = self.persons_for(s.source)
        for x in self.by_source[s.source][:self.pos[s.id] + 1]:
            m = intro.search(x.text) or titled.search(x.text)
            if m and not any(_base(w) in persons for w in m.group("org").split()):
                return with_the(m.group("org"), text), x
        if found := self._headline_body(s, who, persons):
            return found
        for prev in self._before(s, 6):
            if prev.block != s.block:
                break
            m = BODY_FIRST.match(_said(prev.text))
            if m is None:
                continue
            name = m.group("n")
            if re.match(r"['’]s\s", m.string[m.end("n"):]):
                return None  # "Hallam Lakeside's contract is suspended. We also paused ...": not its "we"
            if name.startswith("[") or name.split()[0] in NOT_NAMES or any(_base(w) in persons for w in name.split()):
                return None
            return with_the(name, text), prev
        return None

    def _short_names(self, s, names_only: bool = False) -> Resolved | None:
        """`s` with each "the district" its article named in full before ("the Calder Springs
        Water District") bracketed by that name, the naming sentence cited; None when two such
        names are before it and the nearest sentence naming one does not settle which.
        `names_only`: only a capitalised "the Column", which is a name whatever comes before it;
        a sentence joined after another may mean that one's "a military court" by "the court"."""
        key = (s.id, names_only)
        if key not in self._short_done:  # asked again by every join that tries `s`
            self._short_done[key] = self._shortened(s, names_only)
        return self._short_done[key]

    def _shortened(self, s, names_only: bool = False) -> Resolved | None:
        text, rests = s.text, ()
        done = set()  # starts replaced: "the health department" tried before "the health"
        # A turn's words are quoted by the briefing, not by the article: "“The institute's paper
        # says ...,” [Mr Kjær] says." names the institute inside them as prose would (the verifier
        # lets a bracket stand for "the <word>" in a quote).
        voice = VOICED_WHOLE.match(text)
        for start, end, phrase, possessive in sorted(_short_uses(s.text), key=lambda u: (-u[0], -len(u[2]))):
            quoted = _inside_quote(s.text, start)
            if start in done or quoted and not (voice and len(phrase) == 1) or _names_ending(phrase, s.text):
                continue  # a name ending so in the sentence itself says which
            capitalised = s.text[start:end].split()[1][:1].isupper()
            if names_only and not capitalised or not capitalised and (
                    self._introduced(s, start, phrase[-1]) or self._common_plural(s, phrase)):
                continue  # "A sheriff court in Oban fined ... The court ordered": that court
            named = self._short_name(s, phrase, capitalised)
            if named is None:
                continue  # the article names nothing so: "the email" is for the stand-alone check
            if named == "ambiguous":
                return None
            name, naming = named
            if name in self.persons_for(s.source):
                continue  # "in the Shapoval case": a person's name before a noun is no short name
            done.add(start)
            label = (f"[{name}’]" if name.endswith("s") else f"[{name}’s]") if possessive else f"[{name}]"
            if start == 0 or text[:start].rstrip().endswith((".", "“", "\"")):
                label = label[0] + label[1].upper() + label[2:]
            text, rests = text[:start] + label + text[end:], rests + (naming,)
        return Resolved(text, (s,), rests)

    def _common_plural(self, s, phrase: tuple[str, ...]) -> bool:
        """Whether the article writes this plural as a common noun, twice or more without "the"
        ("Asian hornets", "it was hornets"): "the hornets" are the insects, not the Under-13
        Hornets, a team named after them."""
        if not phrase[-1].endswith("s"):
            return False
        plural = " ".join(phrase)
        bare = re.compile(rf"(?<!\bthe )(?<!\bThe )\b{re.escape(plural)}\b")
        key = (s.source, plural)
        if key not in self._common_cache:  # counted once per article, not once per sentence that asks
            self._common_cache[key] = sum(len(bare.findall(x.text)) for x in self.by_source[s.source])
        return self._common_cache[key] - len(bare.findall(s.text)) >= 2

    def _introduced(self, s, start: int, noun: str) -> bool:
        """Whether "a <noun>" comes before `start` in `s` or in the sentence before it in its
        paragraph: "the court" is then that court, not one the article named elsewhere."""
        i = self.pos[s.id]
        group = self.by_source[s.source]
        before = s.text[:start]
        if i and group[i - 1].block == s.block:
            before = f"{group[i - 1].text} {before}"
        return re.search(rf"\b(?:an?|another)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(noun)}\b", before, re.I) is not None

    def _short_name(self, s, phrase: tuple[str, ...], capitalised: bool = False):
        """(name as the article writes it, sentence) for "the <phrase>" in `s`: the one name its
        article gave before `s` that ends in that phrase, or the nearest when the nearest
        sentence names just one; "ambiguous" when neither settles it; None when none. A
        `capitalised` "the Trust" is a name, so one given further down settles it too."""
        key = (s.source, phrase)
        units = self._unit_names
        if key not in self._short_cache:
            found, written_the = [], set()
            for i, x in enumerate(self.by_source[s.source]):
                plain = strip_quotes(x.text)
                # "the institute": the Halden Institute for Conflict Studies, a name whose head it is
                headed = _name_headed(phrase[0]) if len(phrase) == 1 and phrase[0] in TAKES_THE else None
                for m in [*_name_ending(phrase).finditer(plain), *(headed.finditer(plain) if headed else ())]:
                    if _no_name(m) or not (whole := _name_of(m.group(1), " ".join(phrase))) or _gloss(m):
                        continue
                    if m.re is not _name_ending(phrase):
                        whole += m.group(2)  # "Halden Institute" + " for Conflict Studies"
                    tail = phrase[-1].capitalize()
                    parts = re.split(r"\s+(?:and|&)\s+", whole)  # "the University Council and Harlow City Council"
                    passing = ROLE_AT.search(plain, 0, m.start()) is not None
                    for name in parts if all(p.endswith(tail) for p in parts) else [whole]:
                        name = self._listed_tail(name)
                        found.append((i, name, passing))
                        if re.search(rf"\b[Tt]he\s+{re.escape(name)}", plain):
                            written_the.add(name)  # "the Calder Springs Water District", but "Northmere University"
            named = [(i, f"the {n}" if n in written_the or with_the(n).startswith("the ") else n, passing)
                     for i, n, passing in found]
            if len(phrase) == 1 and "NOUN" not in lexicon.lemmas(phrase[0]):
                # "the Meillion" is no head noun: it shortens "the Afon Meillion" (or a unit's
                # name), never the village "Capel Meillion" or the bridge "Pont Meillion"
                named = [(i, n, p) for i, n, p in named if n.startswith("the ") or n in units]
            # "the Council appointed Dr Tate to review ... the Parish Council's response": a
            # sentence that says "the Council" before it names the other tells them apart, so "the
            # Council" is never that one ("About the Islay Trust: the Trust was set up" is the same)
            bare = re.compile(rf"\b[Tt]he\s+(?i:{re.escape(' '.join(phrase))})\b(?!\s+[A-Z])")
            apart = set()
            for x in self.by_source[s.source]:
                plain = strip_quotes(x.text)
                if (m := bare.search(plain)) is None:
                    continue
                apart |= {n for _, n, _ in named if n.removeprefix("the ").lower() != " ".join(phrase)
                          and re.search(rf"\b[Tt]he\s+{re.escape(n.removeprefix('the '))}\b", plain[m.end():])}
            apart = {a.removeprefix("the ") for a in apart}  # ("Burbage Parish Council" is the Parish Council too)
            self._short_cache[key] = [(i, n, p) for i, n, p in named if not any(n.endswith(a) for a in apart)]
        here = self.pos[s.id]
        before = [(i, name, passing) for i, name, passing in self._short_cache[key] if i < here]
        if not before and not capitalised:
            return None
        if not before:
            # named in full only further down ("Hollinbeck Conservation Trust is a registered
            # charity ..." in the notes to editors): that name, if it is the only one
            after = [(i, name) for i, name, _ in self._short_cache[key] if i > here]
            if len({name.removeprefix("the ") for _, name in after}) != 1:
                return None
            return after[0][1], self.by_source[s.source][after[0][0]]
        several = len({name.removeprefix("the ") for _, name, _ in before}) > 1
        if several:  # named in a role ("a former returning officer for Wealden District Council"): not the subject
            before = [b for b in before if not b[2]]
            if not before:
                return "ambiguous"
        nearest = max(i for i, _, _ in before)
        at_nearest = [name for i, name, _ in before if i == nearest]
        if several and (len({n.removeprefix("the ") for n in at_nearest}) > 1 or here - nearest > SHORT_NAME_REACH):
            return "ambiguous"  # two councils, and nothing near says which
        another = re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z][\w-]*\s+){{0,2}}{re.escape(phrase[-1])}\b")
        if at_nearest[0].removeprefix("the ") not in units and phrase[-1] not in UNIT_HEADS and any(
                _headed(m) for x in self.by_source[s.source][nearest + 1:here]
                for m in another.finditer(strip_quotes(x.text))):
            return "ambiguous"  # "only an election court can overturn it": "the court" after it is that one
        return at_nearest[0], self.by_source[s.source][nearest]

    def _listed_tail(self, name: str) -> str:
        """A listed unit's name that `name` ends in, without the capitalised words run into it
        ("Status Vetting Freedom of Russia Legion": a flattened table's column labels)."""
        for e in self.entities:
            for alias in (e.name, *e.aliases):
                if " " in alias and name.endswith(f" {alias}"):
                    return alias
        return name

    def _bracket(self, s, caveat: bool = False, after: bool = False) -> Resolved | None:
        """`s` with up to three referents named in brackets, or None if one is not settled. A
        `caveat` is named for printing after its figure: that it is a caveat is no problem then;
        so is, for one printed `after` the sentence before it, an object "it" ("We rated it FALSE")."""
        persons = self.persons_for(s.source)
        short = self._short_names(s)
        if short is None:
            return None
        text, rests = short.text, short.names
        # A doubt printed right after what it doubts may open by pointing at it ("This is how
        # the formation describes the procedure; we were not able to observe it").
        pointing = caveat and POINTING.match(text) is not None
        # A turn's sentence given as its speaker's words: the brackets go inside our quote marks
        # ("“[The RDK] would not talk to us,” [Dr Lund] says."); its "he" and "they" are the
        # speaker's people, whom the sentences before do not settle.
        who = None
        if voice := VOICED_WHOLE.match(text):
            text, who = f"{voice.group('inner')}{'.' if voice.group('stop') else ''}", voice.group("who")
        for _ in range(3):
            probe = POINTING.sub("It is", text, count=1) if pointing else text
            probe = object_read(probe) if after else probe
            # (a speaker named with their body, "[Helen Marchbank, of Vantry ...]", is its "we" already)
            problem = needs_context(probe, persons, speaker=bool(voice), affiliated=bool(voice) and (
                who != voice["who"] or AFFILIATED.search(who) is not None))
            if pointing and problem == "it":
                problem = None
            if problem is None or caveat and problem == "a caveat alone":
                if voice:
                    text = voiced(text, who, voice.group("verb"))
                    rests = rests + self._speaker_named(s, voice.group("who"))
                return Resolved(text, (s,), tuple(x for x in dict.fromkeys(rests) if x is not s))
            word = problem.split()[0]
            unit_problem = word == "its" or problem == "it (a body)" or (
                problem.startswith("the ") and _base(problem.split()[-1]) in GENERIC)
            if voice and problem.endswith("(which body?)"):
                # "“We were eight when we began,” [Mr Dorogin, of Kitezh] says.": the body the
                # speaker speaks for, as the article names it, the naming line cited
                found = self.body_of(s, who)
                if found is None:
                    return None
                who, rests = f"{who}, of {found[0]}", rests + (found[1],)
                continue
            if voice and not unit_problem:
                return None
            if word in PERSON:
                found = self.person(s)
                if found and (m := re.search(r"\(not (.+)\)$", problem)) and m.group(1).split()[-1] in found[0]:
                    found = None  # "Kalyuzhny, he said,": the one who speaks is not Kalyuzhny
                if found and self._leans_on(s, found[1]):
                    return None  # the sentence before goes with it, or neither is used
                replaced = _replace_pronoun(text, word, found[0]) if found else None
            elif problem.startswith("the ") and problem.split()[-1] in BARE_PERSON:
                found = self.person(s)
                replaced = _replace_phrase(text, problem, found[0]) if found else None
            elif word == "it" and re.match(rf"^\W*(?:\w+\s+){{0,2}}?it\s+(?:{ORG_VERBS})\b", text, re.I):
                found = self.speaker(s)
                replaced = _replace_pronoun(text, "it", found[0]) if found else None
            elif problem == "it (a body)" and not BODY_VERB.search(text):
                return None  # "Tkachuk said it was hard": "it" may be no unit at all
            elif unit_problem:
                noun = None if word in THING else _base(problem.split()[-1])
                found = self._short_form(s, noun) if noun and _capitalised(text, noun) else None
                found = found or self.unit(s, noun)
                if found and f"[{found[0].lower()}" in text.lower():
                    return None  # one name for two phrases: "an officer in [X] to which [X] is attached"
                if found and self._names_itself(text, found[0]):
                    return None  # "The unit was formed by men who left the Legion": not the Legion
                # a one-word name the article writes with "the" ("The Druzhina is ...") keeps it
                name = with_the(found[0], self._text(s.source)) if found and " " not in found[0] else None
                replaced = _replace_unit(text, problem, name or found[0]) if found else None
            elif word.lower() in ("we", "our", "us") and (outlet := self._publisher(s.source)) \
                    and (m := next((m for m in PUBLISHER_WE.finditer(text)
                                    if not _inside_quote(text, m.start())), None)):
                # an FAQ's answer: "We have asked Ardent ..." is the page's publisher speaking
                found, named = (outlet, s), with_the(outlet, self._text(s.source))
                if m.start() == 0 or text[:m.start()].rstrip().endswith((".", "“", "\"")):
                    named = named[:1].upper() + named[1:]
                replaced = text[:m.start()] + (f"[{named}’s]" if m.group(0).lower() == "our" else f"[{named}]") \
                    + text[m.end():]
            elif word.lower() == "we" and (outlet := self._voice(s.source)) \
                    and (m := next((m for m in OUTLET_WE.finditer(text) if not _inside_quote(text, m.start())), None)):
                found = (outlet, s)  # "we could not confirm those deaths": the publication's own check
                named = with_the(outlet, self._text(s.source))
                if m.start() == 0 or text[:m.start()].rstrip().endswith((".", "“", "\"")):
                    named = named[:1].upper() + named[1:]
                replaced = text[:m.start()] + f"[{named}]" + text[m.end():]
            elif OUTLET_VOICE.fullmatch(problem):
                outlet = self._voice(s.source)
                found = (outlet, s) if outlet else None
                replaced = _replace_outlet_voice(text, outlet) if outlet else None
            elif word in PLURAL and problem == word:
                found = self.group(s)
                first = found[0].split()[0] if found else ""
                if first[:1].isupper() and not self._proper(s.source, first):
                    found = (found[0][:1].lower() + found[0][1:], found[1])  # "One of [four men]", not "[Four men]"
                replaced = _replace_pronoun(text, word, found[0]) if found else None
            elif problem.startswith("the ") and (role := problem.split()[-1]) in ROLES:
                found = self.holder(s, role)  # "[Owen Marlowe], the defendant,"
                replaced = roles.name_role(text, role, found[0]) if found else None
            else:
                return None  # "this", "it", "the troops": only joining the sentence before settles it
            if replaced is None or replaced == text:
                return None
            text, rests = replaced, rests + (found[1],)
        return None



# A body's name as written: capitalised words, with "for", "of", "the" between them.
# A post a body's title gives before a name ("the Welsh Government's chief marine surveyor, Dr ..."):
# not "Kyiv's forces advanced, Ivanov said".
TITLED_ROLE = (r"(?:officer|minister|director|secretary|spokes(?:man|woman|person)|head|chief|commander|surveyor|"
               r"advis[eo]r|inspector|chair(?:man|woman|person)?|president|manager|official|expert|analyst|editor|"
               r"coordinator|ombudsman|representative|envoy|ambassador|prosecutor|judge|counsel|lawyer|doctor|"
               r"scientist|engineer|economist|researcher|founder|deputy)\b")
# A body named as where someone holds a post: "a former returning officer for Wealden District Council".
ROLE_AT = re.compile(rf"\b{TITLED_ROLE}\s+(?:for|of|at|with)\s+(?:the\s+)?$")
# Lines that are no sentence and name a speaker over their words: a debate's heading, a post's
# header on a person's own page, that page's headline.
NAMING_LINES = ("debate speaker", "post header", "heading", "comment header")
HEADLINE_SPAN = 80  # lines: how far a post's sentence may stand below the header naming its writer
ORG_NAME = r"[A-Z][\w’'-]+(?:\s+(?:(?:for|of|on|and|the)\s+)*[A-Z][\w’'-]+){0,7}"
# A headline field's body: "Intake coordinator (volunteer), Vologda Artel", "Site manager at Kyiv Ledger".
HEADLINE_ORG = re.compile(rf"(?:,\s+|\s(?:at|of|with|for)\s+)(?P<org>{ORG_NAME})\s*$")


def _voice(text: str) -> tuple[str, str | None]:
    """(the words, who speaks them) of a voiced sentence ("“...,” [X] says.", "..., [X writes]."),
    else (text, None)."""
    m = VOICED_WHOLE.match(text) or VOICED_TAIL.match(text)
    return (m.group("inner"), m.group("who")) if m and m.group("who") else (text, None)


# Capitalised words before a name that are not part of it: "In January Baikal Company ...".
LEADING = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "With", "But", "And", "When", "While", "After",
           "Before", "If", "As", "This", "That", "These", "Those", "Last", "Next", "Now", "Then", "So", "However",
           "Also", "Since", "Unlike", "Like", "According", "Many", "Some", "Most", "Every", "Each", "All", "Both",
           "Only", "His", "Her", "Their", "Its", "Our", "My", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
           "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December",
           # a question is no name: 'Why "Circle"?' heading a paragraph is not the "Why Circle"
           "Why", "What", "How", "Who", "Whom", "Whose", "Where", "Which"}


# A rule that nothing changes: "All scripts will be marked as normal", "Services run as usual".
SWEEPING = re.compile(r"\bas\s+(?:normal|usual|before|always)\b|\b(?:unchanged|unaffected|in full)\b|"
                      r"\bno\s+(?:change|changes)\b")
NEGATED = re.compile(r"\b(?:not|no|never|n['’]t|cannot|none|except|excluding|only)\b", re.I)


def _excepts(rule: str, nxt: str) -> bool:
    """Whether `nxt` makes an exception to the sweeping rule just before it: negated or limited,
    about what the rule is about (a content word of both, "marked" ~ "mark")."""
    rule, nxt = _said(rule), _said(nxt)  # (a speaker's voiced rule and exception are their words)
    if not SWEEPING.search(rule) or not NEGATED.search(nxt):
        return False
    if NEGATED.search(rule):
        return False  # "None of the 14 has been exchanged": itself the exception
    shared = set(stems(rule)) & set(stems(nxt))
    return any(len(w) >= 4 and not w.isdigit() for w in shared)


def _said(text: str) -> str:
    """What a sentence says in its own words: a turn's voiced words unquoted, others' quotes blanked."""
    voice = VOICED_WHOLE.match(text)
    return voice.group("inner") if voice else strip_quotes(text)


def read_on(*texts: str) -> str:
    """Sentences read one after another; one speaker's voiced sentences as one quote: "“We have
    three witnesses. Our third co-founded a unit,” [The Chair] says.", not the name at each."""
    out = texts[0]
    for text in texts[1:]:
        start = out.rfind("“")
        last = VOICED_WHOLE.match(out[start:]) if start >= 0 else None
        whole = VOICED_WHOLE.match(text)
        if last and whole and whole.group("who") == last.group("who"):
            out = f"{out[:start + last.end('inner')]}{'.' if last.group('stop') else ''} {text[1:]}"
        else:
            out = f"{out} {text}"
    return out


def _capitalised(text: str, noun: str) -> bool:
    """Whether `text` writes the bare formation as a short name: "the Legion", not "the legion"."""
    return bool(re.search(rf"(?<![\w’'-])[Tt]he\s+{noun.capitalize()}(?:['’]s)?(?![\w-])", strip_quotes(text)))


@lru_cache(maxsize=64)
def _ending_in(noun: str) -> re.Pattern:
    """A capitalised name ending in `noun`: "the union" -> "The Harbour and Dock Workers' Union"."""
    return re.compile(rf"\b((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?){{1,5}}){noun.capitalize()}\b")


def _name_of(words: str, noun: str) -> str | None:
    """ "In January Baikal " + "company" -> "Baikal Company"; None if no name word is left."""
    kept = words.split()
    while kept and (kept[0] in LEADING or kept[0].endswith(("ing", "ed"))):
        kept = kept[1:]
    return " ".join([*kept, *(w.capitalize() for w in noun.split())]) if kept else None


@lru_cache(maxsize=256)
def _name_ending(phrase: tuple[str, ...]) -> re.Pattern:
    """A capitalised name that ends in `phrase` and goes no further: ("health", "department") ->
    "Tallis County Health Department", not the "Tallis County Health" of a longer name, nor the
    "Brennport Chamber" of "the Brennport Chamber of Trade"."""
    tail = r"\s+".join(w.capitalize() for w in phrase)
    return re.compile(rf"\b((?:[A-Z][\w’'&-]*\s+(?:(?:and|of|for|&)\s+)?){{1,5}}){tail}\b"
                      rf"(?!\s+[A-Z][a-z]|\s+(?:of|for|and|&)\s+[A-Z])")


@lru_cache(maxsize=64)
def _name_headed(noun: str) -> re.Pattern:
    """A capitalised name with `noun` as its head and an "of"/"for" tail: ("institute") -> "Halden
    Institute for Conflict Studies". Group 1 is what comes before the head, like `_name_ending`'s."""
    return re.compile(rf"\b((?:[A-Z][\w’'&-]*\s+){{1,4}}){noun.capitalize()}(\s+(?:for|of)\s+"
                      rf"(?:the\s+)?[A-Z][\w’'-]+(?:\s+(?:(?:of|for|and|the)\s+)*[A-Z][\w’'-]+){{0,5}})")


def _short_uses(text: str) -> list[tuple[int, int, tuple[str, ...], bool]]:
    """(start, end, noun phrase, possessive) of each "the district" / "the health department's"
    in `text` that may be a short name. One word is taken only where a verb or nothing follows
    it: "the district responds", not the "district" of "the district attorney"; nothing
    followed by "of", which says which ("the district of Columbia")."""
    uses = []
    for m in SHORT_NAME_USE.finditer(text):
        after = m.end("pos1") if m.group("pos1") else m.end("w1")
        if m.group("w1")[0].isupper() and re.match(r"\s+[A-Z]", text[after:]):
            continue  # "the Volkhov Column" is the name itself; "the Column" is short for it
        w1, w2 = m.group("w1").lower(), (m.group("w2") or "").lower()
        if w2 == "of":
            continue
        if w2 and not m.group("pos1") and w2 not in NOT_SHORT and not re.match(r"\s+of\b", text[m.end():]):
            uses.append((m.start(), m.end(), (w1, w2), bool(m.group("pos2"))))
        if w1 in NOT_SHORT:
            continue
        kinds = lexicon.lemmas(w2) if w2 and not m.group("pos1") else {}
        if not kinds or {"VERB", "AUX"} & kinds.keys() or not {"NOUN", "ADJ", "PROPN"} & kinds.keys():
            uses.append((m.start(), m.end("pos1") if m.group("pos1") else m.end("w1"), (w1,), bool(m.group("pos1"))))
    return uses


def short_name_left(text: str, article: str) -> str | None:
    """ "the Column" in `text` (outside quotes and brackets) when `article` gives that word as the
    end of a longer name ("the Volkhov Column") that `text` does not: a short name only its
    article explains. The verifier's check; `Referents` names it in brackets."""
    plain = re.sub(r"\[[^\[\]]*\]", lambda m: " " * len(m.group(0)), strip_quotes(text))
    for start, end, phrase, _ in _short_uses(plain):
        word = plain[start:end].split()[1]
        # A name given before it, or right after it ("the Trust (the Halden Heritage Trust)"),
        # says which; one further on is another ("The Council has said ... the Parish Council").
        said = any(m.start() <= end + 6 and not _no_name(m) and _name_of(m.group(1), phrase[0])
                   for m in _name_ending(phrase).finditer(plain))
        if len(phrase) == 1 and word[:1].isupper() and not said and _names_ending(phrase, article):
            return f"the {_base(word)}"
    return None


# A sentence set against the one before it: its unit is an aside, not what "its" next goes on about.
# ("In contrast to other units, the Siberian Battalion ..." is about the Battalion.)
CONTRAST = re.compile(r",?\s*(?:by|in) contrast\b(?!\s+(?:to|with)\b)|"
                      r",\s*(?:on the other hand|for (?:its|their) part)\b", re.I)
# A unit's short form: "the Watch" for the Amur Watch, "the Battalion" ("the Battalion of ..." is another name).
SHORT_FORM = re.compile(r"(?<![\w’'-])[Tt]he\s+([A-Z][a-z]+)(?![\w’-]|'\w)(?!\s+of\b)")
QUOTE_MARK = re.compile(r"[“”\"«»]")
MALE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
FEMALE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _may_be(name: str, text: str) -> bool:
    """Whether a "he" or "she" outside the quotes of `text` may be `name`: not a "he" for "Mrs
    Haldane" ("Her husband disagreed. “We'll go back,” he said.") nor a "she" for "Mr Haldane"."""
    plain = strip_quotes(text)
    he, she = MALE.search(plain), FEMALE.search(plain)
    first = min((m for m in (he, she) if m), key=lambda m: m.start(), default=None)
    if first is None:
        return True
    title = name.split()[0].rstrip(".")
    return not (first is he and title in {"Mrs", "Ms", "Miss", "Madam", "Dame", "Lady"}
                or first is she and title in {"Mr", "Sir", "Lord"})


def _names_ending(phrase: tuple[str, ...], text: str) -> list[str]:
    """The names in `text` that end in `phrase` ("Volkhov Column"), not "The Column" itself."""
    return [n for m in _name_ending(phrase).finditer(text)
            if not _no_name(m) and (n := _name_of(m.group(1), " ".join(phrase)))]


def _headed(m: re.Match) -> bool:
    """Whether the noun `m` ends in heads its phrase: "an election court can", not "a health board analyst"."""
    nxt = re.match(r"\s+([a-z]+)", m.string[m.end():])
    kinds = lexicon.lemmas(nxt.group(1)) if nxt else {}
    return not kinds or not set(kinds) <= {"NOUN", "PROPN"}


def _gloss(m: re.Match) -> bool:
    """Whether the name `m` found is a translation in brackets after the name itself ("the Molot
    «Irbit» (Irbit Hammer)"): "the hammer" further on is then the thing, not that name."""
    return re.search(r"(?:\b[A-Z][\w’'-]*|[»”\"])\s*\($", m.string[:m.start()]) is not None \
        and m.string[m.end():].startswith(")")


def _no_name(m: re.Match) -> bool:
    """ "Ostry Quay and Feldham": "Feldham" is a name of its own, listed after another; "CASE
    FILE Court: Shevchenkivskyi ...": a box's heading run into its label."""
    return re.search(r"\s(?:and|&)\s+$", m.group(1)) is not None or (
        re.match(r"\s*:", m.string[m.end():]) is not None and re.search(r"\b[A-Z]{2,}\b", m.group(1)) is not None)


# "He will be asked", "She was told": the pronoun is who something is done to.
PASSIVE_PRONOUN = re.compile(r"^\W*(?P<p>He|She)\s+(?:(?:will|would|may|might|can|could|must|has|had|is|was)\s+)?"
                             r"(?:be|been|is|was|gets?|got)\s+(?:\w+ly\s+)?(?:\w+ed|told|given|shown|taken|sent|put|"
                             r"held|kept|brought|caught|seen|made|paid|driven|beaten|chosen)\b")
OBJECT_HER = r"\bher\b(?=\s*(?:[.,;:!?]|$)|\s+(?:to|for|with|about|and|that|in|on|at|from|by)\b)"  # not "her son"


def _done_to_the_other(prev: str, text: str) -> bool:
    """Whether `text` opens on a pronoun something is done to and `prev` did it to someone else of
    that sex ("Pisar will ask him for his whole life story. He will be asked about relatives in the
    FSB": the man asked, not Pisar)."""
    m = PASSIVE_PRONOUN.match(strip_quotes(text))
    if m is None:
        return False
    other = r"\bhim\b" if m.group("p") == "He" else OBJECT_HER
    return re.search(other, prev, re.I) is not None


def _speaks_of_another(prev: str, name: str, text: str) -> bool:
    """Whether `name` only speaks in `prev`, of a "he" or "she" in their quote ('"He was the best
    drone pilot we had," Shubin said'): the next "he" goes on about that one, not the speaker."""
    quoted = " ".join(q.group(0) for q in QUOTE.finditer(prev))
    if not quoted or name in quoted:
        return False
    ours = {w.lower() for w in re.findall(r"\b(?:he|him|his|she|her|hers)\b", strip_quotes(text), re.I)}
    theirs = {w.lower() for w in re.findall(r"\b(?:he|him|his|she|her|hers)\b", quoted, re.I)}
    same = {"he", "him", "his"} if ours & {"he", "him", "his"} else {"she", "her", "hers"}
    return bool(theirs & same)


def _pronoun_subject(plain: str, name: str) -> bool:
    """Whether the subject of `plain` is a pronoun that is not `name`: "In a voice message to
    Vavilov in July, he said ...", "He came back, Shubin says, ...": so neither is a "he" after it."""
    m = re.match(r"^\W*(?:In|On|At|To|From|With|For|After|Before|During|Since|Like|Unlike|Of|Through|By)\b"
                 r"([^,]{0,120}),\s+(?:he|she)\b", plain)
    if m is not None and name in m.group(1):
        return True
    # "He came back, Shubin says, with ...": the sentence's own "he" is someone else than its speaker
    return re.match(r"^\W*(?:He|She)\b", plain) is not None


def _after_pronoun(text: str, alias: str) -> bool:
    """Whether `alias` is named in passing after a pronoun that is the sentence's subject ("Founded
    in 2025, it operates as part of the Siberian Battalion"): the sentence is about something
    else, which a later "its" or "the unit" may equally be."""
    plain = strip_quotes(text)
    at = plain.find(alias)
    if at > 0 and PLACED_BY_PRONOUN.match(plain):
        return True  # "Beside it is the Kolyma Group": "it" is another unit
    return at > 0 and not _up_front(text, alias) and bool(PRONOUN_SUBJECT.search(plain[:at]))


PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s+|\b(?:and|but)\s+)(?:it|they|It|They)\s+"
                             r"(?!(?:is|was|are|were)\s+(?:said|reported|claimed|thought|believed)\b)[a-z]")


def _up_front(text: str, alias: str) -> bool:
    """Whether `alias` is named in the first words of `text`, where its subject stands ("Since
    March 2022, the “Legion of Freedom of Russia” has ..."), not in passing at its end."""
    at = strip_quotes(text).find(alias)
    return at >= 0 and len(strip_quotes(text)[:at].split()) <= UP_FRONT


FILMED = {"film", "documentary", "programme", "program"}  # what an outlet makes, not what it is


def _replace_outlet_voice(text: str, outlet: str) -> str | None:
    """ "by this newspaper" -> "by [The Kyiv Ledger]"; "Our correspondent" -> "[The Kyiv Ledger's]
    correspondent": the outlet's own record names it."""
    for m in OUTLET_VOICE.finditer(text):
        if _inside_quote(text, m.start()):
            continue
        first, *rest = m.group(0).split()
        own = first.lower() == "our" or rest[-1].lower() in FILMED  # "this film": [Nordvision 24’s] film
        label = f"[{outlet}’s] {' '.join(rest)}" if own else f"[{outlet}]"
        return text[:m.start()] + label + text[m.end():]
    return None


def _replace_pronoun(text: str, word: str, name: str) -> str | None:
    """The first `word` outside quotes replaced by [name] ("[Name's]" for possessives)."""
    possessive = word in {"his", "hers", "their", "theirs"} or (word == "her" and _next_is_noun(text, word))
    for m in re.finditer(rf"\b{word}\b", text, re.I):
        if _inside_quote(text, m.start()):
            continue
        plural = name.split()[-1].islower() and name.endswith("s")  # "[Russian volunteers’] value"
        label = (f"[{name}’]" if plural else f"[{name}’s]") if possessive else f"[{name}]"
        if m.group(0)[0].isupper() and not label[1].isupper():
            label = label[0] + label[1].upper() + label[2:]
        return text[:m.start()] + label + text[m.end():]
    return None


# A determiner and lowercase words right before the noun: "the drone " + "unit"
MODIFIED = re.compile(r"\b(?:the|its|their|this|that)\s+(?:[a-z][\w-]*\s+){1,2}$", re.I)


def _replace_unit(text: str, problem: str, alias: str) -> str | None:
    """"the legion" / "its" / "this" outside quotes replaced by the unit's name in brackets."""
    word = problem.split()[0]
    if word in THING:
        pattern = rf"\b{word}\b"
    else:
        noun = problem.split()[-1]
        pattern = rf"\b(?:(?:the|its|their|this|that)\s+)?{noun}(?:['’]s)?\b"
    formation = _base(alias.split()[-1].lower()) in GENERIC | FORMATIONS | {"detachment", "squadron"}
    # "[Pereprava]" and "[RDK]" as the articles write them; "[the Pechora Druzhina]" as a name of two words
    bare = not alias.isupper() and not formation and len(alias.split()) == 1
    name = alias if alias.lower().startswith("the ") or bare else f"the {alias}"
    for m in re.finditer(pattern, text, re.I):
        if _inside_quote(text, m.start()):
            continue
        if word not in THING and " " not in m.group(0) and MODIFIED.search(text, 0, m.start()):
            return None  # "the drone unit", "the rights group's": a kind the name would not replace
        possessive = m.group(0).lower() == "its" or m.group(0).endswith(("’s", "'s"))
        label = f"[{name}’s]" if possessive else f"[{name}]"
        if m.start() == 0 or text[:m.start()].rstrip().endswith((".", "“", "\"")):
            label = label[0] + label[1].upper() + label[2:]
        return text[:m.start()] + label + text[m.end():]
    return None


def _replace_phrase(text: str, phrase: str, name: str) -> str | None:
    """The first `phrase` ("the Russian") outside quotes replaced by [name]."""
    for m in re.finditer(rf"\b{re.escape(phrase)}\b", text, re.I):
        if not _inside_quote(text, m.start()):
            return f"{text[:m.start()]}[{name}]{text[m.end():]}"
    return None


def _next_is_noun(text: str, word: str) -> bool:
    """Whether "her" is a possessive: "her husband", "her first leave", not "interviewed her before"."""
    m = re.search(rf"\b{word}\s+(\w+)", text, re.I)
    if not m or m.group(1).lower() in {"to", "that", "and", "in", "on", "at", "with", "for", "about", "after"}:
        return False
    kinds = lexicon.lemmas(m.group(1).lower())
    return not kinds or bool({"NOUN", "ADJ", "PROPN"} & kinds.keys())


def _inside_quote(text: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in QUOTE.finditer(text))
