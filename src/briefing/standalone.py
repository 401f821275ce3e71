"""Whether a sentence stands alone out of its article, and the referents that make it stand.

A sentence lifted into a briefing loses the sentences before it: "he says", "Its fighters",
"the legion", "this number" point at something only the article names. `needs_context`
finds such a reference: it is the verifier's stand-alone check, for every engine.
`Referents` reads one article and says who "he" is and which unit "the legion" is, from
the sentences before, so an engine can name the referent in square brackets, the
newsroom convention ("[Vinnie] says"). It never guesses: when the article does not
settle the referent the answer is None, and the engine joins the sentence to the one
before it or leaves it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from . import meta
from .retrieval import stems

PERSON = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
THING = {"it", "its"}
DEMONSTRATIVE = {"this", "these", "those"}
# Nouns that name a unit or body only together with its name: "the legion", "its unit".
GENERIC = {"legion", "unit", "group", "battalion", "corps", "brigade", "regiment", "militia",
           "organization", "organisation", "company", "firm", "agency", "party", "movement"}
DETERMINERS = {"the", "this", "that", "its", "their", "his", "her", "these", "those", "our"}
# After "this"/"that" these make a date or a manner, not a pointer to an earlier sentence.
TIME = {"week", "weekend", "year", "month", "day", "time", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter", "season", "period", "point", "moment", "century",
        "decade", "era", "stage", "way", "who", "which", "that", "of", "in", "with"}
OPENERS = {"but", "and", "however", "still", "so", "yet", "meanwhile", "also", "then", "instead", "now",
           "today", "thus", "therefore", "indeed", "moreover", "nevertheless", "or"}
# A sentence opening like this may name its subject after the pronoun: "When his family left, Caesar ..."
SUBORDINATE = {"when", "while", "after", "as", "although", "though", "before", "since", "once", "if",
               "because", "despite", "with", "without", "from", "like", "unlike", "in", "for", "during",
               "until", "whether", "upon", "now"}
# Openings that continue the sentence before: only joining it settles them.
LEANING = re.compile(r"^\W*(As a result|Only then|In addition|Instead|Therefore|Thus|Then|As such|Even so|"
                     r"In response|In turn|After that|Because of this|For this reason)\b(?!\s+(?:to|of)\b)", re.I)
# The plural subject a later "they" may stand for: "Russian soldiers said ...", "Several hundred
# volunteers ...". Not "The men", which itself points back.
PLURAL_SUBJECT = re.compile(
    r"^(?:[^,“\"]{0,50},\s+)?((?:(?!the\b|these\b|those\b|their\b|its\b|they\b)[\w-]+\s+){0,3}?"
    r"(?:soldiers|fighters|Russians|Ukrainians|men|members|officials|volunteers|recruits|troops|defectors|"
    r"commanders|officers|farmers|workers|residents|activists|officials|lawmakers|researchers|doctors))\b", re.I)
# "It is unclear whether ...": this "it" points at nothing before the sentence.
EXPLETIVE_IT = re.compile(
    r"^it(?:\s+is|\s+was|\s+has\s+been|\s+had\s+been|['’]s)\s+(?:not\s+|also\s+|still\s+)?"
    r"(?:clear|unclear|known|unknown|likely|unlikely|possible|impossible|true|said|reported|believed|"
    r"thought|expected|estimated|understood|important|difficult|hard|easy|necessary|worth|time)\b"
    r"|^it\s+(?:seems|seemed|appears|appeared|remains|remained)\b", re.I)
KIN = {"neighbour", "neighbor", "brother", "sister", "colleague", "partner", "cousin", "uncle", "aunt", "grandson",
       "granddaughter", "grandfather", "grandmother", "spokesperson", "customer", "nurse", "teacher", "driver"}
PERSON_NOUNS = {
    "soldier", "fighter", "man", "woman", "member", "official", "spokesman", "spokeswoman", "spokesperson",
    "commander", "volunteer", "recruit", "officer", "adviser", "advisor", "expert", "leader", "president",
    "minister", "journalist", "reporter", "guy", "instructor", "sergeant", "founder", "head", "chief",
    "oligarch", "friend", "father", "mother", "son", "daughter", "wife", "husband", "boy", "girl", "person",
    "veteran", "defector", "prisoner", "deserter", "politician", "analyst", "doctor", "farmer", "worker",
    "resident", "student", "director", "researcher", "scientist", "professor", "author", "citizen",
    "lawyer", "judge", "activist", "colonel", "general", "captain", "lieutenant", "mayor", "governor",
    "senator", "chairman", "owner", "manager", "employee", "witness", "victim", "one",
}
# "The troops are then vetted": people the article introduced before, not named here.
BARE_PEOPLE = {"troops", "men", "soldiers", "fighters", "recruits", "volunteers", "members", "others", "group",
               "posts", "message", "post", "report", "reports", "women", "defectors", "instructors", "officials",
               "commanders", "protagonists", "authorities", "legionnaires"}
# "The Russian lived in Germany ...": one person the article named before, not named here.
BARE_PERSON = {"soldier", "man", "woman", "fighter", "russian", "officer", "volunteer", "recruit", "defector",
               "commander", "veteran", "guy"}
NOT_BARE_AFTER = {"of", "from", "about", "on", "in", "who", "whose", "which", "that", "at"}
AGENT_PLURALS = ("ers", "ors", "ists", "ians", "ans", "ees", "ants", "ents")  # holders, activists, Russians
PLURAL_PERSON = {"men", "women", "people", "troops", "children", "police", "staff", "crew"}
# Who "them" may be after a quote names them: "“My family is not here,” he says. He is fighting for them."
COLLECTIVE = {"family", "families", "relatives", "parents", "children", "wife", "kids", "friends", "comrades"}
SERIES = {"latest", "first", "second", "third", "next", "last", "final", "newest", "previous", "earlier"}
QUANTITY = {"hundreds", "thousands", "dozens", "millions", "tens", "some", "many", "most", "several", "all", "none",
            "group", "number", "majority", "minority", "few", "one", "two", "three", "each", "both", "half", "rest"}
THOSE_WHO = re.compile(r"^\W*Those who\b")
UNATTACHED = re.compile(r"^\W*(?:An?|The)\s+(?:company\s+|agency\s+|ministry\s+|government\s+)?"
                        r"(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:said|says|told|added)\b")
COMPARED = re.compile(r"\b(?:is|are|was|were)\s+(?:much\s+|far\s+|even\s+|slightly\s+)?"
                      r"(lower|higher|smaller|larger|bigger|fewer|greater|less|more)\s*[.!]?\s*$", re.I)
SUBJECT_VERBS = (r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|remains?|"
                 r"remained|takes?|took|lasts?|lasted|began|begins?|came|comes|went|goes|includes?|involves?|"
                 r"runs?|ran|\w+ed")
# "[For the prisoners, ]the decision is final": "the", up to two lowercase words, the noun, a verb.
DEFINITE_SUBJECT = re.compile(rf"^\W*(?:(?:For|In|At|On|To|After|Before|During|With|Without|Among)\b[^,]{{1,60}},\s+)?"
                              rf"[Tt]he\s+(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*)\s+(?:{SUBJECT_VERBS})\b")
# not "-ed": "the night-time water cuts announced by Mereside Water" says which cuts
REPORTED_VERBS = r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|[“\"«‹]"
REPORTED_SUBJECT = re.compile(rf"\b(?:said|says|told\s+\w+|added|warned|insisted|called)\s+(?:that\s+)?the\s+"
                              rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*)\s+(?:{REPORTED_VERBS})\b")
# Definite subjects every reader knows without the article.
KNOWN = {"war", "invasion", "kremlin", "world", "west", "conflict", "pandemic", "economy", "public", "internet",
         "government", "military", "army", "police", "weather", "country", "region", "state", "sun", "law",
         "court", "courts", "ministry", "prosecutor", "media", "press", "fighting", "offensive", "counteroffensive",
         "front", "frontline", "situation", "number", "majority", "rest", "latter", "former", "same", "following",
         "answer", "reason", "problem", "question", "aim", "goal", "idea", "truth", "future", "past", "result"}
# "the eastern Ukrainian town": a place the article named before, not named here
PLACE = {"town", "city", "village"}
CAP = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
NAME = rf"[{CAP}][\w’'-]+(?:\s+(?:[{CAP}]\.\s+)?[{CAP}][\w’'-]+){{0,2}}"
SPEECH = (r"said|says|explains|explained|adds|added|insists|insisted|claims|claimed|recalls|"
          r"recalled|notes|noted|argues|argued|writes|wrote|stated|asked|asks|continued|believes|decided|"
          r"described|declined|agreed|urged|promised|warned|denied|admitted|confirmed|goes by")
ROLE = (r"spokesman|spokeswoman|adviser|advisor|expert|[Pp]resident|oligarch|sergeant|commander|leader|"
        r"[Mm]inister|chief|founder|journalist|reporter|analyst|[Gg]eneral|[Cc]olonel|[Cc]aptain|official|"
        r"officer|director|[Pp]rofessor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|Governor|Mayor|CEO|chairman|activist")
PERSON_CUES = [
    re.compile(rf"\b(?:{SPEECH})\s+(?P<n>{NAME})"),
    re.compile(rf"(?P<n>{NAME}),?\s+(?:{SPEECH}|told|tells)\b"),
    re.compile(rf"\b(?:call-sign|callsign|nicknamed|named|alias|nickname)\s+[“\"«]?(?P<n>{NAME})"),
    re.compile(rf"\b(?:{ROLE})\s+(?P<n>{NAME})"),
    re.compile(rf"(?P<n>{NAME}),\s+(?:who\b|\d+\b|(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(PERSON_NOUNS))})\b)"),
    re.compile(rf"\b(?:founded|led|created|headed|run|launched|commanded)\s+by\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?:{'|'.join(sorted(PERSON_NOUNS | KIN))}),\s+(?P<n>{NAME}),"),
    re.compile(rf"\b(?:a|the)\s+(?P<n>{NAME})\s+(?:sign|badge|patch)\b"),
]
NOT_NAMES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "When", "While", "After", "Before", "If", "As", "He", "She",
    "They", "It", "We", "I", "You", "This", "That", "These", "Those", "There", "Here", "Last", "Next", "Today",
    "Yesterday", "Now", "Then", "So", "Yet", "Still", "However", "Also", "Monday", "Tuesday", "Wednesday",
    "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December", "Russian", "Ukrainian", "American", "British",
    "Russians", "Ukrainians", "Ukraine", "Russia", "Moscow", "Kyiv", "Kiev", "Kremlin", "Telegram", "Twitter",
    "Christian", "President", "Without", "Although", "Because", "Since", "Unlike", "Like", "According", "Many",
    "Some", "Most", "Few", "Other", "Another", "Every", "Each", "All", "Both", "Only", "Even", "Not", "His",
    "Her", "Their", "Its", "Our", "My", "Your", "One", "Two", "Three", "Several", "Almost", "Back",
}
# Words that make a name an outlet or a body, not a person ("CNN agreed", "told Radio Free Europe").
MEDIA = {"CNN", "BBC", "Times", "News", "Radio", "Post", "Journal", "Express", "Reuters", "Newsweek", "Agency",
         "Telegraph", "Guardian", "Vice", "Meduza", "Metro", "Press", "Tribune", "Herald", "Daily", "Ministry",
         "Service", "Office", "Court", "Government", "Council", "Committee", "Army", "Forces", "Corps", "Legion",
         "Water", "Union", "Company", "Group", "Gazette", "Ledger", "Courier", "Dispatch", "Weekly", "Bureau",
         "Authority", "Board", "Police", "Commission", "Institute", "University", "Association", "Federation",
         "Department", "Headquarters", "Party", "Bank", "Battalion", "Brigade", "Regiment", "Movement", "Ltd"}
ORG_NAMED = re.compile(r"\b(?:outlet|agency|newspaper|channel|company|ministry|broadcaster|site|portal|magazine|"
                       r"network|group|firm|party|brand|daily|paper)\s+(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
QUOTE = re.compile(r"[“«„][^”»“«„]{0,3000}[”»]|\"[^\"]{0,3000}\"")
QUOTED = "‹q›"  # what a quoted passage becomes: a name when it stands before "legion", never a referent
TOKEN = re.compile(r"\[[^\[\]]{1,200}\]|‹q›|[\w’'-]+|[,;:.!?–—]")
POSSESSIVE = re.compile(r"['’]s?$")


SHORT_NAME = re.compile(r"^[‘'“\"«„]?\s*[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ][\w’' -]{0,40}?[.,]?\s*[’'”\"»]?$")


def strip_quotes(text: str) -> str:
    """The sentence with quoted passages blanked: words inside a quote are the speaker's. A
    short quoted name stays (the call-sign “Caesar”, the “Freedom of Russia” legion)."""
    def blank(m: re.Match) -> str:
        inner = m.group(0)[1:-1].strip(" .,")
        if len(inner.split()) <= 4 and SHORT_NAME.match(inner) and inner[:1].isupper():
            return f" {inner} "
        return f" {QUOTED} "
    return QUOTE.sub(blank, text)


def _base(tok: str) -> str:
    return POSSESSIVE.sub("", tok)


def is_name(tok: str) -> bool:
    base = _base(tok)
    return bool(base) and base[0].isupper() and base not in NOT_NAMES and base.lower() not in PERSON | PLURAL | THING


@dataclass
class _Seen:
    person: bool = False
    plural: bool = False
    named: bool = False
    unit: bool = False


def _see(seen: _Seen, tok: str, persons: frozenset[str] | None, first: bool) -> None:
    low = tok.lower()
    if tok == QUOTED:
        return
    if tok.startswith("["):
        inner = TOKEN.findall(tok[1:-1])
        seen.person = seen.named = True
        seen.unit = seen.unit or any(_base(w.lower()) in GENERIC for w in inner)
        seen.plural = seen.plural or seen.unit or any(_base(w).endswith("s") and w[:1].isupper() for w in inner) \
            or any(w.lower() in PLURAL_PERSON or w.lower().endswith(AGENT_PLURALS) for w in inner)
    elif is_name(tok) and not first:
        seen.named = True
        seen.plural = seen.plural or _base(tok).endswith("s")
        seen.person = seen.person or persons is None or _base(tok) in persons
    elif is_name(tok) and (persons is None or _base(tok) in persons):
        seen.named = seen.person = True
    elif low in PERSON_NOUNS:
        seen.person = True
    elif low in PLURAL_PERSON or low.rstrip("s") in PERSON_NOUNS or low.endswith(AGENT_PLURALS):
        seen.plural = True


def needs_context(text: str, persons: frozenset[str] | None = None) -> str | None:
    """The reference that needs the article to be understood ("he", "its", "the legion",
    "this number"), or None when the sentence stands alone. `persons` are the names its
    article uses for people (see `people`); None: any name may be a person."""
    tokens = TOKEN.findall(strip_quotes(text))
    quotes = iter([set(re.findall(r"[\w’'-]+", q.group(0).lower())) for q in QUOTE.finditer(text)])
    words, pause = [], set()  # pause: indices of words followed by punctuation
    first = None  # index of the first word after the first sentence of the text
    for t in tokens:
        if t[0].isalnum() or t[0] in "[‹":
            words.append(t)
        elif words:
            pause.add(len(words) - 1)
            if t in {".", "!", "?"} and first is None:
                first = len(words)
    if m := LEANING.match(strip_quotes(text)):
        return m.group(1).lower()  # "As a result, ...": says nothing without the sentence before
    if UNATTACHED.match(strip_quotes(text)):
        return "a spokesman"  # "A spokesman said leakage had fallen": whose?
    if m := THOSE_WHO.match(strip_quotes(text)):
        return "those who"  # "Those who pass are moved out of the camp": pass what?
    if m := COMPARED.search(strip_quotes(text.split(". ")[0])):
        return m.group(1).lower()  # "The Legion's own figure is much lower": lower than what?
    if bare := _definite_subject(strip_quotes(text)):
        return bare
    start = 0
    while start < len(words) and words[start].lower() in OPENERS:
        start += 1
    seen = _Seen()
    # An opening subordinate clause ("As ..., ", "When ..., ", "Fearing ..., ") ends at its comma.
    opener = words[start].lower() if start < len(words) else ""
    opening_clause = opener in SUBORDINATE or opener.endswith("ing")
    first_pause_end = min((k for k in pause if k >= start), default=len(words)) + 1
    for i, tok in enumerate(words):
        low = tok.lower()
        if low not in {"its"} and re.match(r"^(it|he|she|they)['’]", low):
            low = re.split(r"['’]", low)[0]  # "it’s", "they’re", "he’d"
        problem = None
        if low in PERSON and not seen.person:
            problem = low
        elif low in PLURAL and not (seen.plural or seen.unit):
            problem = low
        elif low in THING and i == start and not EXPLETIVE_IT.match(" ".join(words[i:i + 6])):
            problem = low
        elif low == "it" and not seen.named and i + 1 < len(words) and re.fullmatch(ORG_VERBS, words[i + 1].lower()):
            problem = low  # "In a follow-up post, it said ..."
        elif low == "its" and not seen.named and "of" in (w.lower() for w in words[start:i]) and i <= start + 4:
            problem = low  # "The majority of its members ..."
        elif (low in DEMONSTRATIVE or (low == "that" and i == start)) and (first is None or i < first):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            if nxt not in TIME and (i == start or nxt.isalpha() and nxt not in _VERBS):
                problem = f"{low} {nxt}" if nxt.isalpha() and nxt not in _VERBS else low
        elif i == start and low in {"other", "others"}:
            problem = "others"  # "Others, often with no military experience, ..."
        elif low == "the" and (first is None or i < first) and (bare := _bare_people(words, i, seen, text, persons)):
            problem = bare
        elif _base(low) in GENERIC:
            if _bare(words, i, i in pause) and not seen.unit:
                problem = f"the {_base(low)}"
            seen.unit = True  # "the Free Russian Legion, as the unit was called"
        elif low == "the" and (first is None or i < first) and (place := _bare_place(words, i)):
            problem = place
        if problem and not _cataphora(words, i, start, tokens, persons):
            return problem
        before_plural = seen.plural
        _see(seen, tok, persons, i == start)
        if tok == QUOTED:
            seen.plural = seen.plural or bool(next(quotes, set()) & COLLECTIVE)
        elif i > 1 and words[i - 1].lower() == "of" and words[i - 2].lower() not in QUANTITY and not before_plural:
            seen.plural = False  # "the massacre of civilians ... their homeland": not whose homeland
        if i in pause and i < first_pause_end and opening_clause:
            seen = _Seen(unit=seen.unit)  # "As Russian passport holders, they ...": the opener names no subject
    plain = strip_quotes(text)
    if (m := CAVEAT.search(plain)) and not re.search(r"[.!?][”\"»’]?\s+\S", text.strip()) \
            and "," not in plain[:m.start()] and len(plain[:m.start()].split()) <= 6:
        # "X could not verify the figure": printed only with the figure it doubts (not "Posts
        # detail prisoners who had swapped sides, although these have not been verified")
        return "a caveat alone"
    return None


def _definite_subject(text: str) -> str | None:
    """ "For the prisoners, the decision is final.": a subject "the <noun>" that the sentence does
    not say more of (no "of ...", no name, no "who ...") points back to its article; so does the
    subject of what someone said ("Mereside said the pipeline had been held up") and the people
    someone named ("Shelepov called the attackers ...")."""
    for m in (DEFINITE_SUBJECT.match(text), REPORTED_SUBJECT.search(text)):
        if m is not None and m.group("noun").lower() not in KNOWN | GENERIC | BARE_PEOPLE:
            return f"the {m.group('noun').lower()}"  # ("the war" is known; "the legion" the unit check's)
    return None


def _bare_place(words: list[str], i: int) -> str | None:
    """ "the eastern Ukrainian town" with no name after it: the place of the sentence before."""
    for j in range(i + 1, min(i + 5, len(words))):
        w = words[j].lower()
        if w in PLACE:
            nxt = words[j + 1] if j + 1 < len(words) else ""
            return None if nxt.lower() in NOT_BARE_AFTER or is_name(nxt) else f"the {w}"
        if not w.isalpha() or is_name(words[j]) and j > i + 1 and w not in {"ukrainian", "russian"}:
            return None
    return None


def _bare_people(words: list[str], i: int, seen: _Seen, text: str, persons) -> str | None:
    """"the troops" / "the instructors" with no people before them, or "the Russian" (one
    person) in a sentence that names no person: people the article introduced earlier."""
    noun = words[i + 1].lower() if i + 1 < len(words) else ""
    after = words[i + 2].lower() if i + 2 < len(words) else ""
    if after in NOT_BARE_AFTER:
        return None
    if noun in BARE_PEOPLE and not seen.plural:
        return f"the {noun}"
    verb_next = after in {"was", "is", "has", "had", "then", "also", "says", "said", "later"} or (
        after.isalpha() and after.islower() and after.endswith("ed"))
    if noun in BARE_PERSON and verb_next and not seen.person and not _persons_named(text, persons or frozenset()) \
            and (persons is not None or not any(is_name(w) for w in words[i + 2:])):
        return f"the {noun}"  # "The Russian lived in ...", not "the Russian Volunteer Corps"
    return None


_VERBS = {"is", "was", "are", "were", "has", "had", "have", "will", "would", "can", "could", "may", "might",
          "refers", "means", "kind", "shows", "includes"}


def _cataphora(words: list[str], i: int, start: int, tokens: list[str], persons) -> bool:
    """A pronoun in an opening clause whose referent the main clause names after the comma:
    "Now with his family in Ukraine, Caesar says ...", "Fearing reprisal, none of the soldiers ..."."""
    if start >= len(words) or i == start:
        return False
    opener = words[start].lower()
    if opener not in SUBORDINATE and not opener.endswith("ing"):
        return False
    pronoun = words[i].lower()
    if pronoun not in PERSON | PLURAL:
        return False
    # the words after the first comma that follows the pronoun
    seen_pronoun = comma = False
    after = _Seen()
    count = 0
    for tok in tokens:
        if tok.lower() == pronoun and not seen_pronoun:
            seen_pronoun = True
            continue
        if seen_pronoun and tok in {",", "–", "—"}:
            comma = True
            continue
        if comma and (tok[0].isalnum() or tok[0] in "[‹"):
            _see(after, tok, persons, False)
            count += 1
            if count > 20:
                break
    return after.person if pronoun in PERSON else (after.plural or after.named)


INDEFINITE = {"a", "an", "one", "another", "every", "each", "any", "no", "some", "other"}
POINTERS = {"The", "This", "That", "Its", "Their", "His", "Her", "These", "Those", "Our"}


def _bare(words: list[str], i: int, pause: bool = False) -> bool:
    """Whether the generic noun at i ("legion") is not tied to a name: "the legion", "its unit",
    "Legion" alone; not "the Free Russian Legion", "[Wagner] group", "Ukraine's foreign legion",
    "the news agency UNIAN", "the Legion of Freedom of Russia", "a group of recruits"."""
    nxt = words[i + 1] if i + 1 < len(words) and not pause else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    if (nxt[:1].isupper() and nxt not in POINTERS) or nxt.startswith("[") or (nxt == "of" and after[:1].isupper()):
        return False
    for back in range(1, 5):
        j = i - back
        if j < 0:
            break
        prev = words[j]
        if prev.startswith("[") or prev == QUOTED or (prev[:1].isupper() and prev not in POINTERS):
            return False  # named right before it
        if prev.lower() in INDEFINITE or prev.lower() in SERIES:
            return False  # "a group of ...", "the latest group": not a pointer back to a unit
        if prev.lower() in DETERMINERS:
            return True
    return words[i][:1].isupper()  # "declare Legion a terrorist organization"


@lru_cache(maxsize=64)
def people(text: str) -> frozenset[str]:
    """Names the article uses for people: speakers, call-signs, names after a role or before an
    appositive ("Andriy Yusov, a spokesman"); the parts of a full name count too."""
    found: set[str] = set()
    bodies = {m.group("n") for m in ORG_NAMED.finditer(text)}
    for pattern in PERSON_CUES:
        for m in pattern.finditer(text):
            parts = [_base(p) for p in m.group("n").split() if _base(p) not in NOT_NAMES]
            if not parts or any(not p[:1].isupper() or p.lower() in GENERIC for p in parts):
                continue
            if any(p in MEDIA for p in parts) or " ".join(parts) in bodies:
                continue
            found.add(" ".join(parts))
            found.update(p for p in parts if len(p) > 2 and not p.endswith("."))
    return frozenset(found)


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
MAX_JOINED = 80  # words: past that a joined passage is a paragraph, not a point
UNIVERSAL = {"unit", "group", "organization", "organisation"}
ORG_VERBS = "said|says|reported|reports|added|adds|wrote|writes|announced|stated|claimed|posted"
ORG_SPEAKER = re.compile(rf"(?P<n>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){{0,3}})\s+(?:{ORG_VERBS})\b")

# A condition the next sentence's words hold only under ("There won't be an exchange").
CONDITION = re.compile(r"\b(?:should (?:he|she|they) be|if (?:he|she|they) (?:is|are|was|were|gets?|got) |"
                       r"if captured|unless|in case)\b", re.I)
FIGURE = re.compile(r"\b(?!(?:19|20)\d\d\b)\d|\b(?:hundreds?|thousands?|dozens?)\b")
FIGURE_WORDS = {"number", "figur", "estim", "count", "toll", "talli", "gave", "given", "cite", "provid"}


def _stems_meet(a: set[str], b: set[str]) -> bool:
    """A stem of `a` is one of `b`'s, or they share a five-letter start ("applic" ~ "appli")."""
    return any(x == y or len(x) >= 5 and len(y) >= 5 and x[:5] == y[:5] for x in a for y in b)


# A rival account of what the sentence before says.
REBUTTAL = re.compile(r"\b(?:gave a (?:very |quite |starkly )?different (?:account|figure|version)|"
                      r"put (?:the|its|their|his|her) (?:\w+ )?(?:\w+ )?(?:lower|higher)|"
                      r"(?:rejected|denied|disputed) (?:it|this|that|the claim|the figures?|the account)|"
                      r"did not (?:give|provide|offer) (?:any )?evidence)\b", re.I)
GENERIC_FIGURE = re.compile(r"^\s*(?:the|these|those|this|its|his|her|their)\s+(?:\w+\s+)?"
                            r"(?:numbers?|figures?|estimates?|count|toll|tally)\b", re.I)
# A sentence that qualifies the one before it: it goes with that sentence or not at all.
CAVEAT = re.compile(r"\b(?:not (?:yet )?(?:been )?(?:able|possible) (?:independently )?to "
                    r"(?:independently )?(?:confirm|verify)|"
                    r"could not (?:independently )?(?:confirm|verify)|(?:is|are) still attempting to verify|"
                    r"(?:has|have) not been (?:independently )?(?:verified|confirmed)|"
                    r"cannot (?:independently )?verify|(?:exact |precise )?(?:numbers?|figures?) (?:are|is) not known|"
                    r"(?:it is )?unclear how many)",
                    re.I)


# Someone the sentence introduces without a name ("A Ukrainian officer who oversees foreign
# units", "An agency spokesperson", "Aldred's neighbour"): a later "he" or "she" may be them.
UNNAMED = re.compile(rf"(?:\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+|[A-Z][\w’'-]+['’]s\s+)(?:[\w-]+\s+){{0,3}}?"
                     rf"(?:{'|'.join(sorted(PERSON_NOUNS | KIN))})\b")


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
        self.persons = {src: people(" ".join(x.text for x in group)) for src, group in self.by_source.items()}
        self._units = {s.id: _units_named(s.text, entities) for s in sentences}

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
        for prev in self._before(s, 6):
            plain = strip_quotes(prev.text)
            # a body is "it", not "he"; "Aldred's neighbour, Priya Sandhu": the neighbour is meant
            names = [n for n in _persons_named(prev.text, persons)
                     if n.split()[-1] not in MEDIA and not re.search(rf"\b{re.escape(n)}['’]s\s+[a-z]", plain)]
            if len(names) == 1:
                return names[0], prev
            if names or UNNAMED.search(plain):
                return None  # two people, or "A Ukrainian officer who ...": not settled by a name
        return None

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
            for m in ORG_SPEAKER.finditer(strip_quotes(prev.text)):
                name = m.group("n")
                if name not in NOT_NAMES and not any(p in persons for p in name.split()):
                    return name, prev
        return None

    def unit(self, s, noun: str | None = None):
        """(name as the article writes it, sentence naming it) for "the legion", "its": the one
        unit named by the nearest sentence before (within 8), else the only unit the article has
        named so far that the noun fits; None when that is not settled."""
        for prev in self._before(s, 8):
            named = self._units[prev.id]
            if len({e for e, _ in named}) == 1:
                return self._canonical(named[0][0], named[0][1], prev), prev
            if named:
                return None
        seen: dict[str, tuple[str, object]] = {}
        for prev in self._before(s, 10_000):
            for entity, alias in self._units[prev.id]:
                seen.setdefault(entity, (self._canonical(entity, alias, prev), prev))
        if len(seen) == 1:
            entity = next(iter(seen))
            fits = noun is None or noun in UNIVERSAL or any(
                noun in (g.lower() for g in e.generic) or noun in e.name.lower()
                for e in self.entities if e.name == entity)
            return seen[entity] if fits else None
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
        along, and so does a `wanted` sentence that only makes sense after it."""
        done = self._back(s, whole, 2)
        if done is None:
            return None
        # The next sentence comes along when it qualifies this one ("CNN has not been able to
        # confirm this number") or only makes sense after it ("The troops are then vetted ...").
        nxt = self._paragraph_next(s)
        if nxt is not None and whole(nxt) and (needs_context(nxt.text, self.persons_for(s.source))
                                               or CAVEAT.search(nxt.text)):
            joined = Resolved(f"{done.text} {nxt.text}", done.sentences + (nxt,), done.names)
            # a short quote ("“My family is not here with me right now,” he explains.") says little
            # without the sentence that carries it on ("He says he is fighting for them ...")
            carried = wanted(nxt) or (s.kind == "attributed_quote" and len(s.text.split()) <= SHORT_QUOTE)
            if CAVEAT.search(nxt.text):
                fits = self._doubts(nxt, done)  # a caveat goes only with what it doubts
            else:
                fits = carried and len(joined.text.split()) <= MAX_JOINED * 3 // 4
            if fits and needs_context(joined.text, self.persons_for(s.source)) is None:
                done = joined
        done = self._with_rebuttal(s, done)
        if not any(CAVEAT.search(x.text) for x in done.sentences) and (far := self._caveat(s, done)) is not None:
            done = Resolved(f"{done.text} {far.text}", done.sentences + (far,), done.names)
        return done

    def _with_rebuttal(self, s, done: Resolved) -> Resolved:
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
        if i + 1 >= len(group) or not group[i + 1].whole or not REBUTTAL.search(strip_quotes(group[i + 1].text)):
            return done
        rival = [group[i + 1]]
        if i + 2 < len(group) and group[i + 2].block == rival[0].block and group[i + 2].whole \
                and needs_context(group[i + 2].text, self.persons_for(last.source)):
            rival.append(group[i + 2])  # "It said a group of up to 70 men ...": what the account is
        text = " ".join([done.text, *(x.text for x in rival)])
        # a claim with its rival is one item, even if long: apart, each misleads
        if len(text.split()) > MAX_JOINED * 3 // 2 or needs_context(text, self.persons_for(last.source)):
            return done
        ordered = tuple(sorted({*done.sentences, *rival}, key=lambda x: self.pos[x.id]))
        if ordered[-len(rival):] != tuple(rival):
            return done  # a caveat from further down is already last: the order would not read
        return Resolved(text, ordered, done.names)

    def _caveat(self, s, done: Resolved):
        """A caveat elsewhere in the article that names what it doubts, and it is what `s` says:
        "Newsweek is still attempting to verify claims of soldiers switching sides" goes with
        "Ukraine has said some former Russian soldiers have switched sides"."""
        said = set(stems(done.text))
        group = self.by_source[s.source]
        for x in group:
            m = CAVEAT.search(x.text) if x.id != s.id and x not in done.sentences else None
            if m is None or not x.whole:
                continue
            doubted = set(stems(x.text[m.end():]))  # "claims of soldiers switching sides"
            shared = doubted & said
            if any(w.isdigit() for w in shared) and len(shared) >= 2:
                return x  # "could not verify the figure of 200 fighters" with "about 200 of its fighters"
            if len(done.text.split()) + len(x.text.split()) > MAX_JOINED:
                continue  # (a caveat that names the figure comes along however long the item)
            if len(doubted) >= 2 and len(shared) >= max(2, 2 * len(doubted) // 3):
                return x
            if not any(w.isdigit() for w in doubted) and GENERIC_FIGURE.search(x.text[m.end():]) \
                    and self._figure_doubted(x, doubted) is s:
                return x  # "could not independently confirm the number of applications he gave"
        return None

    def _doubts(self, caveat, done: Resolved) -> bool:
        """Whether the caveat right after `done` is about it: not when it names a figure `done`
        does not give ("the figure of 200 fighters" after "a few hundred"), nor when it doubts
        "the number" and `done` gives none."""
        m = CAVEAT.search(caveat.text)
        tail = caveat.text[m.end():]
        numbers = set(re.findall(r"\d[\d,]*", tail))
        if numbers and not numbers & set(re.findall(r"\d[\d,]*", done.text)):
            return False
        return not (GENERIC_FIGURE.search(tail) and not FIGURE.search(done.text))

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
        if done is not None or depth == 0:
            return done
        prev = self._paragraph_prev(s, whole)
        head = self._back(prev, whole, depth - 1) if prev is not None else None
        if head is None:
            return None
        joined = Resolved(f"{head.text} {s.text}", head.sentences + (s,), head.names)
        if len(joined.text.split()) > MAX_JOINED or needs_context(joined.text, self.persons_for(s.source)):
            return None
        if CAVEAT.search(s.text) and not self._doubts(s, head):
            return None  # a caveat about another figure: not this sentence's
        return joined

    def _paragraph_prev(self, s, whole):
        i = self.pos[s.id]
        group = self.by_source[s.source]
        if i > 0 and group[i - 1].block == s.block and whole(group[i - 1]):
            return group[i - 1]
        return None

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

    def _sentence_before(self, s):
        i = self.pos[s.id]
        return self.by_source[s.source][i - 1] if i > 0 else None

    def _bracket(self, s) -> Resolved | None:
        """`s` with up to three referents named in brackets, or None if one is not settled."""
        persons = self.persons_for(s.source)
        text, rests = s.text, ()
        for _ in range(3):
            problem = needs_context(text, persons)
            if problem is None:
                return Resolved(text, (s,), tuple(x for x in dict.fromkeys(rests) if x is not s))
            word = problem.split()[0]
            if word in PERSON:
                found = self.person(s)
                if found and self._leans_on(s, found[1]):
                    return None  # the sentence before goes with it, or neither is used
                replaced = _replace_pronoun(text, word, found[0]) if found else None
            elif problem.startswith("the ") and problem.split()[-1] in BARE_PERSON:
                found = self.person(s)
                replaced = _replace_phrase(text, problem, found[0]) if found else None
            elif word == "it" and re.match(rf"^\W*(?:\w+\s+){{0,2}}?it\s+(?:{ORG_VERBS})\b", text, re.I):
                found = self.speaker(s)
                replaced = _replace_pronoun(text, "it", found[0]) if found else None
            elif word == "its" or (problem.startswith("the ") and _base(problem.split()[-1]) in GENERIC):
                found = self.unit(s, None if word == "its" else problem.split()[-1])
                replaced = _replace_unit(text, problem, found[0]) if found else None
            elif word in PLURAL and problem == word:
                found = self.group(s)
                replaced = _replace_pronoun(text, word, found[0]) if found else None
            else:
                return None  # "this", "it", "the troops": only joining the sentence before settles it
            if replaced is None or replaced == text:
                return None
            text, rests = replaced, rests + (found[1],)
        return None


def _persons_named(text: str, persons: frozenset[str]) -> list[str]:
    """People named outside quotes, full names merged with their surnames, in order."""
    out: list[str] = []
    plain = strip_quotes(text)
    for m in re.finditer(NAME, plain):
        parts = [_base(p) for p in m.group(0).split() if _base(p) not in NOT_NAMES]
        name = " ".join(parts)
        if not parts or (name not in persons and not any(p in persons for p in parts)):
            continue
        if name not in persons and len(parts) == 1:
            continue
        if not any(name == o or name in o.split() or o in name.split() for o in out):
            out.append(name)
    return out


def _units_named(text: str, entities: list) -> list[tuple[str, str]]:
    """(entity, alias as written) for each unit named in `text`, subjects first: a unit after
    "in addition to", "unlike" ... is not what the sentence is about."""
    from .retrieval import NOT_SUBJECT, _pattern

    found = []
    for e in entities:
        m = _pattern(tuple(e.aliases)).search(text)
        if m and not NOT_SUBJECT.search(text[max(0, m.start() - 30):m.start()]):
            found.append((m.start(), e.name, m.group(0)))
    return [(name, alias) for _, name, alias in sorted(found)]


def _replace_pronoun(text: str, word: str, name: str) -> str | None:
    """The first `word` outside quotes replaced by [name] ("[Name's]" for possessives)."""
    possessive = word in {"his", "hers", "their", "theirs"} or (word == "her" and _next_is_noun(text, word))
    for m in re.finditer(rf"\b{word}\b", text, re.I):
        if _inside_quote(text, m.start()):
            continue
        label = f"[{name}’s]" if possessive else f"[{name}]"
        if m.group(0)[0].isupper() and not label[1].isupper():
            label = label[0] + label[1].upper() + label[2:]
        return text[:m.start()] + label + text[m.end():]
    return None


def _replace_unit(text: str, problem: str, alias: str) -> str | None:
    """"the legion" / "its" / "this" outside quotes replaced by the unit's name in brackets."""
    word = problem.split()[0]
    if word in THING:
        pattern = rf"\b{word}\b"
    else:
        noun = problem.split()[-1]
        pattern = rf"\b(?:(?:the|its|their|this|that)\s+)?{noun}(?:['’]s)?\b"
    name = alias if alias.lower().startswith("the ") else f"the {alias}"
    for m in re.finditer(pattern, text, re.I):
        if _inside_quote(text, m.start()):
            continue
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
    m = re.search(rf"\b{word}\s+(\w+)", text, re.I)
    return bool(m) and m.group(1).lower() not in {"to", "that", "and", "in", "on", "at", "with", "for", "about"}


def _inside_quote(text: str, pos: int) -> bool:
    return any(m.start() < pos < m.end() for m in QUOTE.finditer(text))
