"""Whether a sentence stands alone out of its article.

A sentence lifted into a briefing loses the sentences before it: "he says", "Its fighters",
"the legion", "this number", "the decision", a caveat without its figure point at something
only the article holds. `needs_context` finds such a reference: it is the verifier's
stand-alone check, for every engine. `referents.Referents` reads one article and says who
"he" is and which unit "the legion" is, so an engine can name the referent in square
brackets, the newsroom convention ("[Vinnie] says"), or join the sentence before, or leave
the sentence out; it never guesses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

PERSON = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
PLURAL = {"they", "them", "their", "theirs", "themselves"}
THING = {"it", "its"}
DEMONSTRATIVE = {"this", "these", "those"}
# Nouns that name a unit or body only together with its name: "the legion", "its unit".
GENERIC = {"legion", "unit", "group", "battalion", "corps", "brigade", "regiment", "militia",
           "organization", "organisation", "company", "firm", "agency", "party", "movement",
           "alliance", "union", "association", "federation", "coalition", "league", "formation"}
# Generic nouns that fit any named body: "the Free Russian Legion, as the unit was called".
UNIVERSAL = {"unit", "group", "organization", "organisation"}
DETERMINERS = {"the", "this", "that", "its", "their", "his", "her", "these", "those", "our"}
# "from that house", "at that meeting", "for that reason": the house, meeting, reason of the sentence before
# (not "in that period", which the sentence's own dates may settle, as this/these's TIME words)
THAT_AFTER = {"in", "on", "at", "for", "from", "to", "into", "onto", "outside", "inside", "near", "by", "after",
              "before", "since", "during", "until", "till", "about", "over", "under", "through", "across", "with"}
NOT_NOUN = {"is", "was", "are", "were", "has", "had", "have", "it", "he", "she", "they", "we", "i", "you", "the",
            "a", "an", "his", "her", "their", "its", "our", "this", "there", "if", "when", "not", "no", "of"}
RELATIVE = {"who", "which", "that", "whose", "where", "when"}
# After "this"/"that" these make a date or a manner, not a pointer to an earlier sentence.
TIME = {"week", "weekend", "year", "month", "day", "time", "morning", "afternoon", "evening", "night",
        "spring", "summer", "autumn", "fall", "winter", "season", "period", "point", "moment", "century",
        "decade", "era", "way", "who", "which", "that", "of", "in", "with"}
OPENERS = {"but", "and", "however", "still", "so", "yet", "meanwhile", "also", "then", "instead", "now",
           "today", "thus", "therefore", "indeed", "moreover", "nevertheless", "or"}
# A sentence opening like this may name its subject after the pronoun: "When his family left, Caesar ..."
SUBORDINATE = {"when", "while", "after", "as", "although", "though", "before", "since", "once", "if",
               "because", "despite", "with", "without", "from", "like", "unlike", "in", "for", "during",
               "until", "whether", "upon", "now"}
# The verb of a main clause whose subject is "it" after an opening phrase: "..., it has answered".
CLAUSE_VERBS = {"has", "had", "have", "is", "was", "will", "would", "can", "could", "said", "says", "told",
                "announced", "reported", "answered", "answers", "operates", "operated", "became", "remains", "remained",
                "moved", "joined", "fought", "fights", "recruits", "recruited", "claims", "claimed", "lost", "took"}
# An opening participle whose subject is the "it" after it: whatever it names is not that "it".
PARTICIPLE_IT = re.compile(r"^\W*(?:Founded|Formed|Created|Established|Set up|Based|Led|Backed|Made up|Named|Raised|"
                           r"Funded|Trained|Armed|Registered|Launched)\b[^,;:.]{0,200},\s+(?:it|they)\s+[a-z]")
# A profile's telegraphic lines, whose subject is the name above them: "Sentenced in absentia to 22
# years for treason.", "Radio officer on trawlers for 24 years; left Russia in 2023 ..."
SUBJECTLESS = re.compile(r"^\W*(?:Sentenced|Convicted|Jailed|Killed|Wounded|Captured|Born|Raised|Educated|Mobilised|"
                         r"Mobilized|Exchanged|Released|Arrested|Detained|Charged|Wanted)\s+(?:in|to|at|on|for|by|as|"
                         r"after|near|from|during|with|and|twice|again|last|this)\b[^,]*$|"
                         r";\s+(?:left|fled|joined|served|moved|went|came|became|took|crossed|worked|spent|founded|"
                         r"was|has|had)\b")
# Openings that continue the sentence before: only joining it settles them.
_WHEN = "(?:day|night|morning|afternoon|evening|week|month|year)"
# A turn from the sentence before, outside anyone's quote: "But Oksana says the break came
# earlier", "So no PB and no GFA." (a speaker's own "But we were clean" is how they talk)
CONNECTIVE = re.compile(r"^\W*(But|And|Yet|However|Also|Plus|Still(?=\s*,)|"
                        r"So(?!\s+(?:far|much|many|long|few)\b)(?=\s+[a-z\[]))\b")
LEANING = re.compile(r"^\W*(As a result|Only then|In addition|Instead|Therefore|Thus|Then|As such|Even so|"
                     r"In response|In turn|After that|Because of this|For this reason|Since then|Since that|"
                     r"Before that|By then|Until then|Until that|If so|If that|If this|If true|If not(?=\s*,)|"
                     r"If (?:it|they|he|she) (?:does|do|did)(?:n['’]t| not)?(?=\s*,)|"
                     # when or where the sentence before says: "At this point ...", "That day ...", "There Marat ..."
                     r"At (?:this|that) (?:point|stage|moment|time)|"
                     rf"(?:(?:Later|Earlier) )?(?:That|The same) {_WHEN}|"
                     rf"The (?:next|following|previous) {_WHEN}|"
                     r"There(?=\s+(?-i:[A-Z][a-z]|he\b|she\b|they\b|we\b|the\b|his\b|her\b|their\b)))"
                     r"\b(?!\s+(?:to|of)\b)", re.I)
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
    "candidate", "applicant", "refugee", "migrant", "patient", "passenger", "pilot", "sailor", "striker",
    "appellant", "claimant", "defendant", "respondent", "accused", "plaintiff", "complainant", "petitioner",
    "paramedic",
}
# One party to a case, a hearing or an inquiry: "the defendant", "the witness". The article
# names them somewhere ("Defendant: Owen Marlowe", "Witness K."); lifted out, nobody can tell who.
ROLES = {"defendant", "accused", "applicant", "appellant", "claimant", "complainant", "plaintiff", "respondent",
         "petitioner", "witness", "suspect", "victim", "deceased", "detainee", "judge"}
# Roles that are one person only as a sentence's subject: "The prosecutor had asked for eight
# years" (which?), not "Lawyers say the prosecutor asked for the delay" nor "the prosecutor general".
SUBJECT_ROLE = re.compile(r"^\W*[Tt]he (prosecutor|coroner|magistrate|investigator)\b(?!['’]s|\s+general|,\s+\[?[A-Z])")
# "the witness box", "the victim support scheme": a thing, not the person
ROLE_COMPOUNDS = {"box", "stand", "statement", "statements", "list", "protection", "summons", "impact", "support",
                  "room", "bench", "services"}
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
# A correction's report of the wrong words: "An earlier version of this article said ...".
# "Correction: Last week's issue said the battalion was formed in 2023." (the right fact may follow).
_EDITION = r"(?:version|draft|edition|issue|story|article|report|post|newsletter|bulletin|episode|update)"
# "last week's report" may be anyone's; "last week's issue" is the publication's own
_OWN_EDITION = r"(?:version|edition|issue|newsletter|bulletin|episode)"
_DATED = r"(?:Last|Yesterday|This)\s*(?:week|month|night|morning|year|[A-Z][a-z]+day)?['’]s\s+"
EARLIER_VERSION = re.compile(rf"^\W*(?:(?:An?|The|Our|This)\s+(?:earlier|previous|original|first|last)\s+{_EDITION}\b|"
                             rf"{_DATED}{_OWN_EDITION}\b|corrections?\b[^:.]{{0,40}}[:.]\s*(?:An?\s+|The\s+|Our\s+)?"
                             rf"(?:earlier|previous|original|first|last\b|{_DATED}){_EDITION}?\b)"
                             r"(?:\s+of\s+this\s+\w+)?[^.]{0,40}?\b(?:said|stated|reported|gave|described|wrongly|wrote|"
                             r"claimed|misstated|misidentified|misspelled)\b", re.I)
# A page's note on its own edits: "Updated Tuesday 25 August: ground reopening date added above.",
# "This article has been amended to correct ...": it points at the page, not at a fact.
EDIT_NOTE = re.compile(r"^\W*(?:[^.]{0,80}?\b(?:added|moved|corrected|updated|amended|changed|inserted)\s+"
                       r"(?:above|below)\s*(?:[.;,)]|$)|(?:this|the) (?:article|story|page|post|report|piece) "
                       r"(?:has been|was) (?:updated|amended|corrected|changed|edited)\b)", re.I)
# The page about itself: "This page is written by volunteers, usually late at night."
PAGE_ITSELF = re.compile(r"^\W*(?:please read first\W+)?(?:this|our)\s+(?:page|site|website|blog|article|post|"
                         r"newsletter|feed|log|thread)\s+(?:is|was|has|will|gets|are)\b", re.I)
# A process with no one to undergo it as the subject: "Integration into the Ukrainian forces
# involved ...", "Vetting takes months": whose? Settled by a named body or a bracket in the sentence.
PROCESS = re.compile(r"^\W*(Integration|Recruitment|Training|Selection|Vetting|Screening|Admission|Enlistment|"
                     r"Enrolment|Deployment|Mobili[sz]ation|Induction)\b(?!\s+(?:of|for|at|in|with|by)\b)")
OWNER = re.compile(r"\[|\b(?:Legion|Battalion|Corps|Company|Detachment|Brigade|Regiment|Militia|RDK|SBU|HUR|army|"
                   r"forces? of)\b")
NUMBER_WORD = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|"
               r"hundred|thousand|million|dozens|hundreds|thousands)")
# A count with no noun as the subject: "One hundred and twenty-four are on contract", "300 were sent back".
BARE_COUNT = re.compile(rf"^\W*(?!(?:19|20)\d\d\b)((?i:{NUMBER_WORD}(?:[\s-]+(?:and\s+)?{NUMBER_WORD}){{0,5}}))\s+"
                        r"(?:are|were|have|had|remain|remained|is|was|came|went|died|left|fled|got|became|"
                        r"[a-z]{3,}ed)\b")  # "One came home in a coffin": one of whom?
# "One, Ilya Morozkin, 36, ..., was captured", "Another was wounded": one of whom?
COUNTED_ONE = re.compile(r"^\W*(One|Another)(?:,\s[^;“\"]{1,120}?,)?\s+(?:was|were|is|are|had|has|said|says|told|"
                         r"died|[a-z]{3,}ed)\b")
# "A third was darted ...", "The second had been shot": the third of what?
# "The other, from Sterlitamak, was mobilised", "The latter said ...": one of the people just counted.
ORDINAL_ONE = re.compile(r"^\W*((?:[Aa]|[Tt]he)\s+(?:first|second|third|fourth|fifth|sixth|last|latest)|"
                         r"[Tt]he\s+(?:other|latter|former))(?:,\s[^,“\"]{1,80},)?\s+"
                         r"(?:was|were|is|are|had|has|said|says|told|[a-z]{3,}ed)\b")
# "On 2 January the same channel said ...": a speaker named only as the one before.
SAME_SPEAKER = re.compile(r"\b[Tt]he same ([a-z]+(?:\s+[a-z]+)?)\s+(?:said|says|reported|reports|wrote|writes|"
                          r"claimed|claims|posted|posts|added|told|announced|announces|put|puts)\b")
# "Both were interviewed by the SBU twice", "Neither has been charged": both of whom?
BOTH_BARE = re.compile(r"^\W*(Both|Neither|Either)(?:\s+of\s+them)?\s+(?:was|were|is|are|had|has|have|said|say|"
                       r"says|told|[a-z]{3,}ed)\b")
# "The rest are turned down", "Sixteen more are in training": the rest of what, more than what?
REMAINDER = re.compile(r"^\W*(?:(?:The|the)\s+(?:rest|remainder|others|other\s+(?:\d[\d,]*|[a-z]+(?:teen|ty)?)"
                       r"(?=\s+(?:were|are|was|is|had|have|[a-z]{3,}ed)\b))\b|"  # "The other 17 were found"
                       r"(?:\d[\d,]*|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|"
                       r"[Ee]leven|[Tt]welve|[A-Za-z]+teen|[A-Za-z]+ty|[Dd]ozens|[Hh]undreds|[Tt]housands|[Mm]any|"
                       r"[Ss]everal|[Aa] few|[Ss]ome)\s+more\b(?!\s+than\b))")
# "Four other people have been treated", "on behalf of the others", "its answer to the same fear":
# others than whom, the same as what? (Not "one was killed and the others escaped", "the same
# checks as everyone else", "at the same time".)
OTHER_THAN = re.compile(rf"^\W*((?i:{NUMBER_WORD}(?:[\s-]+{NUMBER_WORD}){{0,3}}|several|many|some|a few)\s+other)"
                        r"\s+[a-z]+")
THE_OTHERS = re.compile(r"\b[Tt]he others\b")
COUNTED_BEFORE = re.compile(r"\b(?:one|some|two|three|four|five|several|most|many|few|half|\d[\d,]*)\b", re.I)
SAME_AS = re.compile(r"(?<!\bof )\b[Tt]he same (?!(?:time|way|thing|as|again|with|will|would|is|was|are|were|can|"
                     r"could|applies|apply|goes|happened|and|or|to|for|in|on|at|of|here|there)\b)([a-z]+)\b(?![^.;]*\b(?:as|that|which)\b)")
# "The Legion and the Battalion recruit through the same state project", "each ... the same": shared
SENTENCE_END = re.compile(r"[.!?][”\"»’]?\s+\S")
SHARED = re.compile(r"\b(?:and|both|each|all|every)\b", re.I)
UNATTACHED = re.compile(r"^\W*(?:‹q›\W*)?(?:[Aa]n?|[Tt]he)\s+(?:company\s+|agency\s+|ministry\s+|government\s+)?"
                        r"(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:said|says|told|added)\b")
# "... report, published the same day, put it at 17 per cent": a figure for something the
# sentence does not name.
OBJECT_IT = re.compile(r"\b(?:put|puts|estimated?|estimates|pegged|pegs|described|describes|called|calls|rated|"
                       r"rates|valued|values)\s+it\s+(?:at|as)\b", re.I)
# A thing's span or price estimated with "it" as the thing: "Ardent estimates it will take about
# eighteen months" (it: the repair, in the sentence before). A body's own "it" does other things.
ESTIMATED_IT = re.compile(r"\b(?:estimates?|estimated|expects?|expected|believes?|believed|thinks?|thought|reckons?|"
                          r"says?|said|predicts?|predicted)\s+(?:that\s+)?it\s+(?:will|would|could|may|might|should)\s+"
                          r"(?:take|last|cost|need|require)\b", re.I)
# "Russia's Supreme Court designated it a terrorist organisation", "The court gave him 19": a
# clause's object pronoun is never its own subject, so with only the subject before it, what
# "it" or "him" is lies in the sentences before. Verbs past or irregular; "said it would" is a
# reported clause's subject, read elsewhere.
OBJECT_PRONOUN = re.compile(r"^\W*(?P<subject>(?:[\w’'\[\]-]+\s+){1,6}?)(?:[a-z]{3,}ed|[a-z]{2,}[a-rt-z]s|took|gave|"
                            r"made|sent|kept|told|left|found|saw|met|brought|put|set|let|got|held|sold|bought|won|lost|hit|shot|beat|"
                            r"caught|threw|drove|ran|wrote|called|named|paid|joined|answered)\s+(?P<pronoun>it|him)\b"
                            r"(?!\s+(?:is|was|will|would|could|can|may|might|has|had|should|must|to|that)\b)"
                            r"(?!\s+[a-z]+\s+(?:to|for|that)\b)")  # not "made it easier for Russia to recruit"
# What in the subject may hold the antecedent, or make the verb another clause's
SUBJECT_OPEN = re.compile(r"[,;:‹]|\b(?:and|or|but|which|that|who|whom|whose|of|in|for|with|from|on|by|to|at|when|"
                          r"after|before|if|as|while|he|she|they|his|her|its|their|i|we|you|it|this|these|those|"
                          r"said|says|say|told|tells)\b", re.I)


def _object_pronoun(text: str) -> re.Match | None:
    """OBJECT_PRONOUN's match when nothing in the subject before it may be what it stands for."""
    m = OBJECT_PRONOUN.match(text)
    return m if m is not None and not SUBJECT_OPEN.search(m.group("subject")) else None


def object_read(text: str) -> str:
    """`text` with the object pronoun `_object_pronoun` finds blanked: read right after the sentence
    before it, "[Kyiv Courier] rated it FALSE" is settled, and only its other references count."""
    if (m := _object_pronoun(text)) is None:
        return text
    return f"{text[:m.start('pronoun')]}{QUOTED}{text[m.end('pronoun'):]}"


# "But the spokesperson said ...", "the engineers say", "The prosecutors state": a speaker known
# only by the role the article gave them before, so whose words these are is in another sentence
SPEAKER_ROLE = (r"spokesperson|spokesman|spokeswoman|engineers?|prosecutors?|regulator|officials?|sources?|experts?|"
                r"analysts?|lawyers?|doctors?|researchers?|investigators?|officers?|commander|chairman|chairwoman|"
                r"minister|inspectors?|auditors?|consultants?|authors?|writers?|campaigners?|residents|organisers?")
SPEAKER_VERB = (r"said|says|say|told|tells|added|adds|argued|argues|claimed|claims|warned|warns|insisted|insists|"
                r"wrote|writes|stated|states|state|estimated|estimates|believes?|believed|concluded|concludes?")
BARE_SPEAKER = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+)?(?P<noun>{SPEAKER_ROLE})\s*,?\s+"
                          rf"(?:{SPEAKER_VERB})\b|\b(?:{SPEAKER_VERB})\s+the\s+(?:[a-z-]+\s+)?(?P<after>{SPEAKER_ROLE})"
                          rf"(?=\s*(?:[.,;:]|$))")  # "..., said the spokesman." (not "say the prosecutor asked")
# Before it, something "it" may stand for: a second clause or object ("measured the reservoir and put it")
IT_ANTECEDENT = re.compile(r"[;]|\b(?:and|which|that|it)\b", re.I)
# "Prisoners who apply are interviewed": apply to what?
WHO_BARE = re.compile(r"\b(?:who|that)\s+(?:apply|join|pass|fail|qualify|enlist|register|volunteer|sign up|"
                      r"are accepted|are rejected|are turned down)\s+(?:are|is|were|was|must|can|will|have|has|get|"
                      r"go|then)\b", re.I)
# "Mereside disputes the comparison.": which comparison? (what it answers is in the sentences before)
REPLY_OBJECT = re.compile(r"^\W*(?:[A-Z][\w’'-]*\s+){1,4}(?:disputes?|disputed|rejects?|rejected|denies|denied|"
                          r"questions?|questioned|challenges?|challenged|contests?|contested)\s+(?:the|this|that|"
                          r"these|those)\s+(?:[a-z]+\s+)?(?P<noun>comparison|claims?|figures?|account|reports?|"
                          r"allegations?|accusations?|estimates?|characteri[sz]ation|charges?|assessment|findings?|"
                          r"criticism|analysis|numbers?)\b")
# "In it, ...", "From them, ...": what the sentence starts from is in the one before.
PREPOSED_PRONOUN = re.compile(r"^\W*(?:In|From|Within|Inside|Of|Through|Among|Under|Beyond|Besides|Apart from)\s+"
                              r"(?:it|them|this|these|those|which)\s*,")
# A subject pronoun after a fronted time or count, with no name between that it could stand for: "By Sunday
# afternoon it had been contained", "Until January its men all came through ...", "Of 310 applications it
# received between January and April, it accepted 41".
_WHEN = (r"(?:(?:the\s+|this\s+|last\s+|next\s+|early\s+|late\s+|mid-)?(?:\d[\d,]*|(?i:january|february|march|april|"
         r"may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|"
         r"sunday|morning|afternoon|evening|night|noon|midnight|dawn|week|weekend|month|year|spring|summer|autumn|"
         r"winter|then|now|that\s+time))\s*){1,4}")
FRONTED_IT = re.compile(rf"^\W*(?:(?:By|Until|Till|Since|In|On|At|After|Before|During|From|Within|Over|For|Early|Late|"
                        rf"Last|This|Next)\s+{_WHEN}|Of\s+[\d,]+\s+[a-z]+\s+)(?:,\s*)?(it|its)\s+[a-z]")
# "None has been captured": none of whom? ("None of the 14 has been exchanged" says.)
NONE_BARE = re.compile(r"^\W*None\s+(?:has|have|had|is|are|was|were|will|would|could|can)\b")
# "Nobody else was hurt", "All three were released": else than whom, three of whom?
ELSE_BARE = re.compile(r"^\W*(?:(Nobody|No one|No-one|Nothing|Everyone|Everybody|Anyone|Anything)\s+else|"
                       r"(All\s+(?:two|three|four|five|six|seven|eight|nine|ten)))\s+(?!of\b)")
# "The FSB also uses such pressure to recruit ...": pressure like what the sentence before told
# ("such tactics as ...", "in such a way that ..." say what).
SUCH = re.compile(r"\bsuch\s+(?!a\b|an\b|as\b)([a-z]+)\b(?![^.;]*?\b(?:as|that)\b)")
# An answer whose question was cut: "For two weeks, yes.", "Not everyone, no," (the question never
# reaches the briefing).
REPLY_OPENS = re.compile(r"^\W*(?:Yes|No)(?:[.,!;:]|\s+[-–—])")
REPLY_YES_NO = re.compile(r"^\W*[^.!?,]{1,40},\s*(?:yes|no)\s*[.,!;:—–]", re.I)
# "Spies are not treated like that", "In cases like this": like what was said before (not "like that of
# Guadalupe", "an interview like this one").
LIKE_BACK = re.compile(r"\blike\s+(?:that|this)\b(?![’'-])(?!\s*:)(?!\s+(?:of|one|ones)\b)", re.I)
# What the page showed beside the text ("the turnout shown", "the table above") or a part of the
# document it corrects ("In paragraph 4 and in note 2"): the briefing shows neither.
ON_THE_PAGE = re.compile(r"\b[Tt]he\s+(?:(?!(?:been|be|is|was|were|are|being|has|had|have|it|they)\b)[a-z]+\s+){1,2}"
                         r"(?:shown|pictured)\b(?!\s+(?:in|on|at|by|with|to)\b)|"
                         r"\b[Tt]he\s+(?:table|chart|graphic|map|list|summary|figures|box|video|photo|picture|panel|"
                         r"results?)\s+(?:above|below)\b|"
                         r"\b(?:[Ii]n|[Oo]f|[Tt]o)\s+(?:paragraph|para|footnote|(?:end)?note)\s+\d+\b")
# "Beside it is the Kolyma Group": what it stands beside is in the sentence before.
PLACED_BY_PRONOUN = re.compile(r"^\W*(?:Beside|Behind|Alongside|Next to|Near|Below|Above|Opposite|Around|Inside|"
                               r"Within|Under|Among|Beyond|After|Before)\s+(?:it|them|him|her|this|these|those)\s+"
                               r"(?:is|are|was|were|stands?|stood|lies|lay|sits?|sat|comes?|came)\b")
# "Most were paid in cash": most of whom? The people are in the sentence before.
BARE_SHARE = re.compile(r"^\W*(Most|Many|Some|Few|Several|Half|None|Neither|Either|All(?!\s+(?:is|was)\b))\s+"
                        r"(?:are|were|have|had|remain|remained|is|was|came|went|died|left|fled|got|became|"
                        r"(?!hundred\b)[a-z]{3,}ed)\b")
# "It has not agreed to do so", "asked the court to do so": do what?
PRO_VERB = re.compile(r"\b(?:do|does|did|doing|done)\s+so\b")
# What in the same sentence "do so" may stand for: a clause before it ("promised to resign and did so").
PRO_VERB_ANTECEDENT = re.compile(r"[,;]|\b(?:and|but|or|which|who|when|if|unless|because|until|after|before)\b")
# "Callum speaks of something else": else than what? Said only with what comes after it.
# "The one from Sheffield was not.": one of the things just named, and a verb whose matter was said before.
ONE_BACK = re.compile(r"^\W*[Tt]he ones?\s+(?:from|in|at|on|with|for|of|bought|found|sold|tested|sent)\b")
ELLIPSIS = re.compile(r"\b(?:was|were|is|are|did|does|do|has|have|had|will|would|could|can|should)"
                      r"(?:\s+not|n['’]t)\W*$")
ELSE = re.compile(r"\b(?:something|someone|somebody)\s+else\b(?!\s+than\b)")
# A place only the article knows, outside anyone's quote: "There's no branch here".
HERE = re.compile(r"(?<![\w’'-])here\b(?!\s+(?:is|are|was|were)\b)")
# The outlet speaking of itself: "a count ... by this newspaper", "Our correspondent visited".
OUTLET_VOICE = re.compile(r"\b(?:[Tt]his|[Oo]ur)\s+(?:newspaper|paper|publication|website|site|magazine|outlet|channel|"
                          r"station|newsroom|film|documentary|programme|program)\b|\b[Oo]ur\s+(?:foreign\s+|own\s+)?(?:correspondents?|reporters?|"
                          r"desk|journalists?|team)\b")
# The page's reader or a letter's addressee, outside quote marks: "The email you have released
# says ...", "Tell your insurer now". Whose "you" it is the briefing cannot say unless someone is
# named as saying it: "..., [according to Brackwater Bank]", "the Authority says you should ...".
SECOND_PERSON = re.compile(r"(?<![\w’'-])(?:[Yy]ou(?:['’](?:re|ve|d|ll))?|[Yy]our|[Yy]ours|[Yy]ourself|[Yy]ourselves)"
                           r"(?![\w’'-])")
ADDRESSER = re.compile(r"\[according to [^\[\]]{1,160}\]|\baccording to [A-Z]|"
                       r"(?:\]|\b[A-Z][\w’'.-]*)\s+(?:says|said|writes|wrote|advises|advised|warns|warned|tells|told|"
                       r"adds|added|recommends|urges|urged)\b|"
                       r"^\W*(?:\[?\d{1,2}(?::\d\d){1,2}\]?\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*:\s")
# One "you" of an exchange (a letter, a question, an interview), not any reader: "the email you
# have released", "released to you below", "Thank you for your request", "Ruth, you've spent".
ADDRESSEE = re.compile(r"(?<!\bthat )(?<!\bif )(?<!\bwhen )(?<!\bonce )(?<!\buntil )(?<!\bafter )(?<!\bbefore )"
                       r"\b([Yy]ou)(?:\s+have|\s+had|['’]ve|['’]d)\s+(?!to\b|got\b|been\s+able\b|better\b)[a-z]+(?:ed|en|wn|nt|ld|ught)\b|"
                       r"\b(?:[Tt]hank|to|asked|told|sent|gave|wrote\s+to)\s+(you)\b(?!\s+(?:can|could|will|would|should|must|may|"
                       r"might|need|are|were)\b)|"
                       r"\b([Yy]our)\s+(?:request|letter|e-?mail|report|reporting|question|questions|complaint|message|article|"
                       r"story|reporters?|newspaper|paper|inspection|men|fighters|soldiers|unit|company|organisation|"
                       r"organization|client|colleagues?|office|ministry|government|own\s+figures?)\b|"
                       r"^\W*[A-Z][\w’'-]+,\s+(you)\b")
# Someone speaking outside quote marks: a transcript, a blog, a quote the scrape unquoted.
FIRST_PERSON = re.compile(r"(?<![\w’'-])(?:(?:I|[Ww]e)(?:['’](?:m|ve|d|ll|re))?|[Mm]e|[Mm]y|mine|myself|us|Us|"
                          r"[Oo]ur|ours|ourselves)(?![\w’'-])(?<!\bWar I)(?<!\bPhase I)")
PUT_LOWER = re.compile(r"\bput\s+(?:the|its|their|his|her|that)\s+(?:\w+\s+)?(?:figure|number|estimate|count|toll|"
                       r"total|tally)s?\s+(?:much\s+|far\s+|slightly\s+|even\s+)?(lower|higher)\s*[.!]?\s*$", re.I)
# "Applicants are first vetted ...": applicants to what? Members of a group the sentence
# does not name (a sentence that names a unit or body says whose: "through the Legion's bot").
GROUP_START = re.compile(r"^\W*(?P<noun>Applicants|Recruits|Candidates|Newcomers|Participants|Trainees|Relatives|"
                         r"Families|Members|Fighters|Volunteers|Legionnaires|"
                         # "An applicant must be vouched for ...": one formation's rule, said of anyone
                         r"An? (?:applicant|recruit|candidate|newcomer|volunteer|trainee)(?= (?:must|has to|needs|is|"
                         r"should|will|can|cannot|may)\b))\s+(?:in\s+[A-Z][\w-]+\s+)?"
                         r"(?!of\b|to\b|for\b|from\b|at\b|with\b|who\b|in\b)[a-z]")
BOTH = re.compile(r"^\W*Both\s+(?:the\s+|of\s+the\s+)?(?P<noun>[a-z]+s)\b(?!\s+(?:of|in|at|from)\b)")
# "A smaller group were prisoners", "has a simpler plan": smaller than what?
COMPARATIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he)\s+(?P<adj>smaller|larger|bigger|simpler|harder|easier|greater|"
                         r"lesser|fewer|stronger|weaker|wider|narrower|cheaper|safer|better|worse)\s+[a-z]+")
# "After the raid the prosecutors opened cases": which raid?
OPENING_EVENT = re.compile(r"^\W*(?:After|Since|Before|During|Following|Despite|Until)\s+the\s+(?P<noun>[a-z]+)\b"
                           r"(?!\s+(?:of|in|on|at|against|by|between|that|which|to|over|into|for)\b)(?!\s+[A-Z\d])")
# "explains the difference so": the difference between what?
RELATION = re.compile(r"\bthe\s+(?P<noun>difference|contrast|gap|discrepancy)\b(?!\s+(?:between|in|of|from)\b)")
# An article with nothing after it: never English outside a quote.
BROKEN = re.compile(r"\b(?:[Tt]he|an?)\s*[,;:.](?!\d)")
COMPARED = re.compile(r"\b(?:is|are|was|were)\s+(?:much\s+|far\s+|even\s+|slightly\s+)?"
                      r"(lower|higher|smaller|larger|bigger|fewer|greater|less|more)\s*[.!]?\s*$", re.I)
SUBJECT_VERBS = (r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|said|says|remains?|"
                 # what a film, a book or a report does: "The film follows him through the checks"
                 r"follows|carries|tells|features|focuses|tracks|depicts|explores|portrays|finds|concludes|"
                 r"recommends|opens|closes|"
                 r"remained|takes?|took|lasts?|lasted|began|begins?|starts?|ends?|came|comes|went|goes|includes?|involves?|"
                 r"runs?|ran|\w+ed|"
                 # what a report, a reply or a finding does: "The sample contradicts the first half of that."
                 r"contradicts|confirms|shows|suggests|contains|responds|replies|argues|denies|disputes|rejects|"
                 r"insists|maintains|admits|accepts|blames|warns|notes|lists|puts|estimates|counts|claims|describes|"
                 r"names|cites|calls|asks|wants|plans|needs|expects|faces|covers|holds|gives|reads|appears|seems|"
                 # what papers do in the plural: "The records show ...", "The documents also show ..."
                 r"show|suggest|contain|list|reveal|indicate|confirm|record|say")
# "[For the prisoners, ]the decision is final": "the", up to two lowercase words (or an acronym:
# "The SBU official said"), the noun, a verb ("The documents also show").
DEFINITE_SUBJECT = re.compile(rf"^\W*(?:(?:For|In|At|On|To|After|Before|During|With|Without|Among)\b[^,]{{1,60}},\s+)?"
                              rf"[Tt]he\s+(?:(?!of\b)(?:[a-z][\w-]*|[A-Z]{{2,6}})\s+){{0,2}}?(?P<noun>(?!(?:of|itself|themselves|also|now|still|only)\b)[a-z][\w-]*)\s+"
                              rf"(?:(?:also|now|still|only|further|themselves|itself)\s+)?"
                              rf"(?:{SUBJECT_VERBS})\b")  # "the number of cases has": "of ..." says which
# not "-ed": "the night-time water cuts announced by Mereside Water" says which cuts
REPORTED_VERBS = r"is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|[“\"«‹]"
# "says the company now has": the adverb is not the subject
REPORTED_SUBJECT = re.compile(rf"\b(?:said|says|told\s+\w+|added|warned|insisted|called)\s+(?:that\s+)?the\s+"
                              rf"(?:[a-z][\w-]*\s+){{0,2}}?(?P<noun>[a-z][\w-]*)"
                              rf"(?:\s+(?:now|also|still|already|only|just|currently|then|never|often|always))?"
                              rf"\s+(?:{REPORTED_VERBS})\b")
# Definite subjects every reader knows without the article.
KNOWN = {"war", "invasion", "kremlin", "world", "west", "conflict", "pandemic", "economy", "public", "internet",
         "government", "military", "army", "police", "weather", "country", "region", "state", "sun", "law",
         "court", "courts", "ministry", "prosecutor", "media", "press", "fighting", "offensive", "counteroffensive",
         "front", "frontline", "situation", "number", "majority", "rest", "latter", "former", "same", "following",
         "answer", "reason", "problem", "question", "aim", "goal", "idea", "truth", "future", "past", "result"}
# "the eastern Ukrainian town": a place the article named before, not named here
PLACE = {"town", "city", "village"}
CAP = "A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐ"
NAME = rf"(?<![\w’'-])[{CAP}][\w’'-]+(?:\s+(?:[{CAP}]\.\s+)?[{CAP}][\w’'-]+){{0,2}}"
SPEECH = (r"said|says|explains|explained|adds|added|insists|insisted|claims|claimed|recalls|"
          r"recalled|notes|noted|argues|argued|writes|wrote|stated|asked|asks|continued|believes|decided|"
          r"described|declined|agreed|urged|promised|warned|denied|denies|admitted|admits|confirmed|confirms|"
          r"warns|agrees|goes by")
ROLE = (r"spokesman|spokeswoman|adviser|advisor|expert|[Pp]resident|oligarch|sergeant|commander|leader|"
        r"[Mm]inister|chief|founder|journalist|reporter|analyst|[Gg]eneral|[Cc]olonel|[Cc]aptain|official|"
        r"officer|director|[Pp]rofessor|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Senator|Governor|Mayor|CEO|chairman|activist")
PERSON_CUES = [
    re.compile(rf"\b(?:{SPEECH})\s+(?P<n>{NAME})"),
    re.compile(rf"(?P<n>{NAME}),?\s+(?:{SPEECH}|told|tells)\b"),
    re.compile(rf"\b(?:call-sign|callsign|nicknamed|named|alias|nickname),?\s+[“\"«]?(?P<n>{NAME})"),
    # "Dame Celia Fairbrook, Chair, said", "Hannah Ruddock, Chief Executive, said": a name, then the post
    re.compile(rf"(?P<n>{NAME}),\s+(?:[A-Z][\w-]+\s+){{0,3}}[A-Z][\w-]+,\s+(?:{SPEECH}|told|tells)\b"),
    re.compile(rf"\b(?:[Hh]er|[Hh]is|[Mm]y|whose)\s+(?:full\s+|real\s+)?name\s+is\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?:{ROLE})\s+(?P<n>{NAME})"),
    re.compile(rf"(?P<n>{NAME}),\s+(?:who\b|whose\b|\d+\b|(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}(?:{'|'.join(sorted(PERSON_NOUNS))})\b)"),
    # "Pavel Gusev, a former software engineer from ...": an appositive that names a trade
    re.compile(rf"(?P<n>{NAME}),\s+an?\s+(?:former\s+|retired\s+|young\s+)?(?:[\w-]+\s+){{0,2}}"
               r"[a-z]+(?:eer|ner|ker|ver|ter|tor|ler|yer|cher|der|ger|ist|ian|man|woman)\b"),
    # "Harold Meek, a dealer who has handled ...": an appositive with "who" is a person's
    re.compile(rf"(?P<n>{NAME}),\s+an?\s+[^,.;:“”\"]{{1,80}}?\bwho\b"),
    # "His deputy, Andrei Kholodov, a former schoolteacher": someone's someone, named in apposition
    re.compile(rf"(?<![\w’'-])(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+,\s+(?P<n>{NAME}),"),
    # "The union's regional organiser, Dermot Hale, ...": a body's someone, named in apposition
    re.compile(rf"(?<![\w’'-])[\w-]+['’]s\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+(?:er|or|ist|ian|man|woman|ant|ent|"
               rf"{'|'.join(sorted(PERSON_NOUNS | KIN))}),\s+(?P<n>{NAME}),"),
    # "That was Yevgenia Lobanova, call-sign “Lisa”, ...": a quote's speaker named after it; a call-sign's owner
    re.compile(rf"\b(?:That|This)\s+(?:was|is)\s+(?P<n>{NAME}),"),
    re.compile(rf"(?P<n>{NAME}),\s+(?:call-sign|callsign|nicknamed|known as)\b"),
    # "Grisha is 31, a fisherman ...": a name given an age
    re.compile(rf"(?P<n>{NAME})\s+(?:is|was)\s+(?:aged\s+)?\d{{1,2}}\b(?!\s*(?:%|per\s*cent|years? ago|[a-z]))"),
    # "identified only by his first name, Timur"
    re.compile(rf"\b(?:first|given|real|last)\s+name,?\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?:founded|led|created|headed|run|launched|commanded)\s+by\s+(?P<n>{NAME})"),
    re.compile(rf"\b(?:{'|'.join(sorted(PERSON_NOUNS | KIN))}),\s+(?P<n>{NAME}),"),
    re.compile(rf"\b(?:a|the)\s+(?P<n>{NAME})\s+(?:sign|badge|patch)\b"),
]
IN_PLACE = re.compile(r"\b(?:in|near|outside)\s+$")
AFTER_PREPOSITION = re.compile(r"\b(?:into|in|from|to|at|of|for|near|by|on|across|outside|through)\s+$")
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
    "For", "From", "With", "To", "Of", "By", "Into", "Under", "Over", "Against", "Among", "Through",
    "Ask", "Tell", "Meet", "Call", "Listen", "Watch", "Read", "See", "Let", "Take",  # "Ask Grisha."
    # a question's opening ("Is Grach still in the Vyatka Sotnya?"): never part of a name
    "Is", "Was", "Are", "Were", "Does", "Did", "Do", "Has", "Have", "Had", "Can", "Could", "Will", "Would",
    "Should", "Why", "Who", "How", "What", "Where", "Which",
    # offices in apposition ("Dame Celia Fairbrook, Chair, said"): a post, never whom "she" names
    "Chair", "Chairman", "Chairwoman", "Chairperson", "Chief", "Executive", "Director", "Secretary", "Minister",
}
# A name the article gives a body's staff or a company's suffix: a company, never "he" or "she".
ORG_CUE = re.compile(r"(?<![\w’'-])(?P<n>[A-Z][\w’'-]+)(?:['’]s\s+(?:chief executive|chief|spokes\w+|board|shares|"
                     r"staff|employees|workers|chairman|chairwoman|directors?|managers?|owners?|shareholders|"
                     r"customers|headquarters|statement)\b|\s+(?:Terminals?|Ltd|Limited|Inc|Group|Holdings|"
                     r"Corporation|Corp|Plc|PLC|Water|Energy|Airlines|Motors|Ports?|Bank|Media|Foods)\b)")
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
    unit: bool = False  # a named body (a bracketed unit, "the Free Russian Legion"): "they" may be it
    units: frozenset = frozenset()  # its generic nouns: a later bare "the corps" is not an "agency"

    def has_unit(self, noun: str) -> bool:
        return noun in self.units or (noun in UNIVERSAL and bool(self.units))


def _see(seen: _Seen, tok: str, persons: frozenset[str] | None, first: bool) -> None:
    low = tok.lower()
    if tok == QUOTED:
        return
    if tok.startswith("["):
        inner = [w for w in TOKEN.findall(tok[1:-1]) if w[0].isalnum()]
        if not inner:
            return  # "[…]": the source's own cut, no name
        seen.named = True
        seen.person = seen.person or _person_bracket(inner)
        generic = {_base(w.lower()) for w in inner} & GENERIC
        seen.units |= generic
        seen.unit = seen.unit or bool(generic)
        seen.plural = seen.plural or seen.unit or any(_base(w).endswith("s") and w[:1].isupper() for w in inner) \
            or any(w.lower() in PLURAL_PERSON or w.lower().endswith(AGENT_PLURALS) for w in inner)
    elif is_name(tok) and not first:
        seen.named = True
        seen.plural = seen.plural or _base(tok).endswith("s")
        seen.person = seen.person or persons is None or _base(tok) in persons or _base(tok).lower() in ROLES
    elif is_name(tok) and (persons is None or _base(tok) in persons or _base(tok).lower() in ROLES):
        seen.named = seen.person = True
    elif low in PERSON_NOUNS:
        seen.person = True
    elif low in PLURAL_PERSON or low.rstrip("s") in PERSON_NOUNS or low.endswith(AGENT_PLURALS):
        seen.plural = True


def _person_bracket(inner: list[str]) -> bool:
    """Whether a bracket may name a person, whom a later "he" may be: not "[the Volkhov
    Column’s]" or "[Kyiv Courier]", a body ("[The Chair]" is a person)."""
    words = [_base(w) for w in inner]
    if not words:
        return False
    if words[0].lower() == "the" and len(words) > 1:
        return words[-1].lower() in PERSON_NOUNS | {"chair"}
    return not any(w in MEDIA or w.lower() in GENERIC for w in words)


# The speaker named with the body they speak for: "[Mr Dorogin, of Kitezh]".
AFFILIATED = re.compile(r",\s+(?:of|for|from|at)\s+\S")
# A speaker's "we" or "our" opening a clause: the body they speak for, as what the clause is
# about ("We were eight when we began", "Most of our men arrested protesters"); not "the gauges
# we rely on" or "told us", where it is not what the sentence says a thing of.
CLAUSE_OPEN = (r"(?:^|[.!?,;:—–(]\s*|\b(?:and|but|so|because|when|if|as|that|since|then|while|although|though|"
               r"until|before|after|now|today|year|month|week|(?:19|20)\d\d)\s+)\W*")
WE = re.compile(rf"{CLAUSE_OPEN}(?:(?:[Mm]ost|[Mm]any|[Ss]ome|[Aa]ll|[Nn]one|[Hh]alf|[Oo]ne|[Tt]wo|[Tt]hree)\s+"
                rf"(?:of\s+)?)?(?P<we>[Ww]e|[Oo]ur)(?![\w’'-])")
# "we Russians", "we all know", "our country": the speaker's people at large, no body.
WE_AT_LARGE = re.compile(r"\s+(?:all\b|both\b|(?:[A-Z][\w’'-]+s)\b|(?:country|people|nation|homeland|land)\b)")
# An earlier sentence of the same words whose subject is a body by name: "Kitezh has one hundred
# and forty people. We were eight when we began" (not a person: "Dr Holt has ...").
BODY_FIRST = re.compile(r"(?:^|[.!?]\s+)\W*(?:[Tt]he\s+)?(?P<n>\[[^\[\]]+\]|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,4})"
                        r"(?:['’]s\s+[a-z]+)?\s+(?:has|had|have|is|was|are|were|counts|numbers|now|still)\b")
# A reply that is a figure with nothing it counts: "Fewer than two hundred, in my estimate."
REPLY_FIGURE = re.compile(rf"^\W*((?:(?:fewer|more|less)\s+than|about|around|roughly|some|maybe|perhaps|nearly|almost|"
                          rf"over|under|at\s+least|at\s+most|between)?\s*{NUMBER_WORD}(?:[\s-]+(?:and\s+|to\s+|or\s+)?"
                          rf"{NUMBER_WORD}){{0,6}})\s*(?:[,.!…]|$)", re.I)


def _body_we(text: str, persons) -> str | None:
    """A speaker's "we", "our" or "us" that stands for the body they speak for, which the text
    does not name before it; None for "we Russians" and when a sentence before names the body."""
    for m in WE.finditer(text):
        if WE_AT_LARGE.match(text, m.end()):
            continue
        before = text[:m.start("we")]
        named = [b.group("n") for b in BODY_FIRST.finditer(before)]
        if any(n.startswith("[") or n.split()[0] not in NOT_NAMES and not any(
                _base(w) in (persons or ()) for w in n.split()) for n in named):
            return None
        return m.group("we").lower()
    return None


# A numbers-first list item: a figure or a date, a dash, then what it is: "103 — Russian prisoners
# of war accepted ...", "17 March — the new date for the hearing". A label, not a sentence.
LABEL = re.compile(r"^\W*(?:(?:about|some|over|under|more than|nearly)\s+)?(?:\d[\d,.]*\s*(?:%|per\s?cent|[a-z]{1,3})?|"
                   r"\d{1,2}\s+[A-Z][a-z]+(?:\s+\d{4})?|[A-Z][a-z]+\s+\d{1,2}(?:,?\s+\d{4})?)\s+[—–]\s+\S")
# A transcript turn's sentence given whole as its speaker's words: "“It would not talk to us,”
# [Dr Lund] says." The quote marks are the briefing's, so its words need their referents as
# much as the outlet's do; only "I" and "we" are settled, by the name.
# (`sentences.voiced` writes them; a columnist's "writes in [The Sentinel]": `sentences.written`.)
VOICED_WHOLE = re.compile(r"^“(?P<inner>[^“”\"]{1,3000}?)(?P<stop>,?)”\s\[(?P<who>[^\[\]]{1,160})\]\s"
                          r"(?P<verb>says|writes(?: in \[[^\[\]]{1,160}\])?)\.$")


# The same with the tag at the end, where the words hold quotes of their own: "..., [Marta Ozola
# writes].", "..., [according to Kamenny Poyas]." The name in the tag is who speaks, never the
# "she" of the words before it.
VOICED_TAIL = re.compile(r"^(?P<inner>[^\[\]]{1,3000}?),\s\[(?:according to (?P<source>[^\[\]]{1,160})|"
                         r"(?P<who>[^\[\]]{1,160}?)\s(?:says|writes(?: in [^\[\]]{1,160})?))\](?P<end>[.!…]?)$")


# A speaker who is a person whatever the article's names say ("[Dr Holt]"): their "we" is a body.
PERSON_TITLE = re.compile(r"^(?:Mr|Ms|Mrs|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Judge|Justice|Minister)\.?\s")


def addressed(text: str) -> str | None:
    """ "you" when the sentence speaks to someone outside quote marks: a letter's or an
    interviewer's one addressee ("released to you below", "Ruth, you've spent twenty years"),
    whoever says it, or the page's reader when no one is named as saying it ("Tell your insurer
    now"). Checked on the claim as printed, after an engine has said whose it is."""
    plain = strip_quotes(text)
    if m := ADDRESSEE.search(plain):
        return next(g for g in m.groups() if g).lower()
    m = SECOND_PERSON.search(plain)
    if m is None or ADDRESSER.search(plain[:m.start()]) or re.search(r"\[according to ", plain):
        return None
    # an opening condition is anyone's when the rest says who speaks ("If you paid by card,
    # [the Authority] says you should ..."), not when it is an order ("If you see a wolf, call 999")
    cond = re.match(r"^\W*(?:If|When|Once|Unless)\b[^,;]{1,120},\s", plain)
    if cond and m.start() < cond.end() and ADDRESSER.search(plain[cond.end():]):
        return None
    return m.group(0).lower()


def _closes_unopened(text: str) -> bool:
    depth = 0
    for ch in re.sub(r"\[[^\[\]]*\]", "", text):
        depth += (ch == "(") - (ch == ")")
        if depth < 0:
            return True
    return False


def _expletive(rest: str) -> bool:
    """Whether the "it" `rest` opens with is no thing's: "it is likely that", "it was announced that"."""
    return bool(EXPLETIVE_IT.match(rest) or re.match(r"it (?:is|was|has been) \w+ed that\b", rest))


# An instruction's opening: "Do not drive until ...", "Please change ...", "Never ...".
ORDER = re.compile(r"^(?:Do not|Don['’]t|Never|Please)\s+[a-z]")
# verbs that open otherwise; past forms that are base forms too ("Found at home." is a log's outcome)
NOT_ORDERS = frozenset({"like", "unlike", "even", "near", "save", "bar", "round", "worth", "found", "ground", "wound",
                        "bound"})
STEP = re.compile(r"^(?:(?:Step|Stage|Action)\s+)?\d{1,2}[.:)]\s+")
# After a verb that is also a noun, the object that makes it an order: "Check the antenna".
OBJECT_WORDS = frozenset("the a an your all every each any it them this these that those their its our his her".split())


def _imperative(text: str, persons: frozenset[str] | None) -> bool:
    """Whether `text` opens with an order to its reader ("Check the GPS antenna position ...",
    "Tell your insurer now", "Suspend enforcement at every site"), not a statement: a verb in its
    base form first, which is no other word or is followed by its object. Quoted words are
    someone's and stay theirs ("“Hold the cliff and you starve the beaches,” said ...")."""
    text = STEP.sub("", text)  # "Step 4. Check the GPS antenna ..."
    if ORDER.match(text):
        return True
    if re.match(r"\w+ on [^.:;]{1,40}:", text):
        return False  # a caption: "Sever on the ruling: ..."
    m = re.match(r"([A-Z][a-z]+)\s+([\w’'-]+)", text)
    if m is not None and m.group(1) not in {w for p in persons or () for w in p.split()} \
            and _order_word(m.group(1).lower(), m.group(2)):
        return True  # (not a name: "Hale runs")
    # An order after a place or a time ("At the field gate, cross the A346 with care") or after
    # a statement ("The footpath is still open; follow the field edge as before").
    m = ORDER_AFTER.match(text)
    if m is not None and m.group(3) and SHARED_MODAL.search(text, 0, m.start(3)):
        return False  # "Every recruit must pass an interview; take a polygraph": the "must" goes on
    return m is not None and _order_word(m.group(1) or m.group(3), m.group(2) or m.group(4))


# "At the field gate by the dead ash, cross ...", "The path is open; follow ...": where a clause
# opens (a list item read without its marker, "pass an interview; take a polygraph", is no statement).
ORDER_AFTER = re.compile(r"^(?:At|After|Before|From|Beyond|Past|Once|Through|Where|When|If|Until)\b"
                         r"[^,;:.“”\"]{1,80},\s+([a-z]+)\s+([\w’'-]+)|^[A-Z][^;]*;\s+([a-z]+)\s+([\w’'-]+)")


SHARED_MODAL = re.compile(r"\b(?:must|should|shall|will|would|can|could|may|need to|needs to|have to|has to|"
                          r"had to|(?:is|are|was|were) (?:required|expected|asked|told) to)\s")


def _order_word(word: str, nxt: str) -> bool:
    """Whether `word` then `nxt` open an order: a verb in its base form ("cross", not "crossed")
    that is no other word, or is followed by its object ("Check the antenna")."""
    from .lexicon import lemmas
    from .retrieval import STOPWORDS

    forms = lemmas(word)
    if word in NOT_ORDERS or word in STOPWORDS or word not in forms.get("VERB", ()) or not nxt[:1].islower():
        return False  # "Like the Legion, ...", "While the trial ...", "Peter Lomax will review", "Rev 2, 3 March"
    return set(forms) == {"VERB"} or nxt.lower() in OBJECT_WORDS


# What makes a clause finite without a verb form of its own: "is", "has", "can", "won't".
FINITE = frozenset("""is are was were am has have had do does did will would can could may might must shall should
cannot""".split())
OBJECT_NEXT = frozenset("the a an his her its their this that these those our my your".split())


# Prepositions that are verbs too: before "the" they are the preposition ("round the apiary").
VERB_PREPOSITIONS = frozenset("round near past like down up off over".split())


def _named(words: list[str], i: int, starts: set[int]) -> bool:
    """Whether the capitalised `words[i]` is a name: inside a sentence any capital is; a sentence's
    first word (`starts`, or the text's) only when it is no common word ("Pisar puts", not
    "Surveillance zone")."""
    from .lexicon import lemmas

    return i > 0 and i not in starts or not {"NOUN", "ADJ", "VERB"} & lemmas(words[i].lower()).keys()


# A log's entry opens on its participle, its subject the entry's heading: "Destroyed by the
# contractor at dusk on the 17th", "Declined at the pump at 6am". Not a participle phrase fronted
# before its subject ("Founded in 2033 by nine Russians, the Khor ...").
PARTICIPLE_OPENS = re.compile(r"^\W*(?P<word>[A-Z][a-z]+)\s+(?:by|in|at|on|to|for|from|after|with|near|during|as|into|"
                              r"over|under|and)\b")
FRONTED = re.compile(r"^\W*[A-Z][a-z]+\s+[^,;:.]{0,120},\s+(?:(?:the|a|an|its|his|her|their|it|they|he|she|we)\b|"
                     r"[A-Z\[‹])")
IRREGULAR_PARTICIPLES = frozenset("""found made taken given seen held sent built shot hit caught lost left brought kept
told set put run won led paid sold bought thrown known shown written driven beaten hidden stolen struck""".split())


def _participle_opens(part: str) -> bool:
    from .lexicon import lemmas

    if (m := PARTICIPLE_OPENS.match(part)) is None or FRONTED.match(part):
        return False
    word = m.group("word").lower()
    return (word.endswith("ed") or word in IRREGULAR_PARTICIPLES) and "VERB" in lemmas(word)


def _verbless(plain: str) -> bool:
    """Whether a sentence (quotes and brackets set aside) has no verb that could be finite: a log's
    entry ("Callouts 3 to 6. 12 to 18 Aug."), a label ("Asian hornet coordinator: Callum Heriot"), a
    standfirst ("A 7.4-mile circular from Burbage ..."). A quote's verbs are the sentence's."""
    from .lexicon import lemmas

    if "‹q›" in plain:
        return False  # a quote has its own verbs: "Dawn Pellow, on the night: “Nine votes is nine votes.”"
    text = re.sub(r"\[[^\[\]]*\]", " Named ", plain.replace("‹q›", " "))
    words = re.findall(r"[A-Za-z’'-]+|\d+", text)
    # the first word of each sentence ("Callout 13. Reported missing cyclist.") is capitalised as such
    starts = {len(re.findall(r"[A-Za-z’'-]+|\d+", text[:m.end()])) for m in re.finditer(r"[.!?]\s+(?=[A-Z])", text)}
    for i, w in enumerate(words):
        low = w.lower()
        if low in FINITE or re.search(r"['’](?:re|ve|d|ll|t)$|^(?:it|he|she|that|there|here|what|who|where)['’]s$",
                                      low):
            return False  # "won’t", "it’s" (not the possessive "a member’s")
        forms = lemmas(low)
        verbs = forms.get("VERB", ())
        if not verbs or low.endswith("ing") or i and i not in starts and w[0].isupper():
            continue  # (a capital inside a sentence starts a name: "Eden Water")
        before = words[i - 1].lower() if i else ""
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        if low.endswith("s") and low not in verbs and "NOUN" in forms:
            # "hives" or "hunts": a verb after its subject ("the unit hunts", "Pisar puts", "the
            # Legion, the largest unit, claims") or before its object; a plural after a number or a
            # possessive ("a member’s hives")
            prev = words[i - 1] if i else ""
            subject = prev and (prev[0].isupper() and _named(words, i - 1, starts) or "NOUN" in lemmas(before)
                                and not before.endswith("s") and not {"ADJ", "NUM"} & lemmas(before).keys())
            if after in OBJECT_NEXT or re.fullmatch(NUMBER_WORD, after) or "ADV" in lemmas(before) \
                    or re.search(rf",\s+{re.escape(w)}\b", plain) \
                    or subject and not re.search(r"['’]s$", prev) and before not in OBJECT_NEXT:
                return False
            continue
        if low not in verbs or not {"NOUN", "ADJ"} & forms.keys():
            return False  # "said", "went"; a base form that is no other word ("fight")
        if low in VERB_PREPOSITIONS and (after in OBJECT_NEXT or after in {"it", "them"}):
            continue  # "2 km round the apiary": a preposition, not "to round"
        if before in {"they", "we", "i", "you", "who", "which", "that"} or after in OBJECT_NEXT \
                or i and words[i - 1][0].isupper() and before not in OBJECT_NEXT and _named(words, i - 1, starts) \
                or "ADV" in lemmas(before) or before.endswith("s") and "NOUN" in lemmas(before):
            return False  # "fighters wear balaclavas", "rarely mention the Legion", "bear the risk", "Kestrel
            # and Harrier recruit"
    return True


def needs_context(text: str, persons: frozenset[str] | None = None, speaker: bool = False,
                  affiliated: bool = False) -> str | None:
    """The reference that needs the article to be understood ("he", "its", "the legion",
    "this number"), or None when the sentence stands alone. `persons` are the names its
    article uses for people (see `people`); None: any name may be a person. `speaker`: the
    text is someone's named words, so its "I" is settled; its "we" only when `affiliated`,
    the speaker named with the body they speak for ("[Mr Dorogin, of Kitezh]")."""
    if (voiced := VOICED_WHOLE.match(text)) is not None:
        inner = voiced.group("inner")
        who = voiced.group("who")
        # a body speaking ("[Brannock Mountain Guides] says") is its own "we"
        known = {w for p in persons or () for w in p.split()}
        body = (persons is not None and not PERSON_TITLE.match(who)
                and not known & {_base(w) for w in re.findall(r"[\w’'-]+", who)})
        return needs_context(inner if inner[-1:] in ".!?…" else f"{inner}.", persons, speaker=True,
                             affiliated=body or bool(AFFILIATED.search(who)))
    if (tail := VOICED_TAIL.match(text)) is not None:
        # ("I ..., [according to Veslo]": an outlet's account settles no "I")
        return needs_context(f"{tail.group('inner')}{tail.group('end') or '.'}", persons,
                             speaker=tail.group("who") is not None, affiliated=affiliated)
    plain = strip_quotes(text)  # read by most checks below: worked out once
    tokens = TOKEN.findall(plain)
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
    if LABEL.match(text):
        return "a list label"  # "103 — Russian prisoners of war accepted so far.": a figure's caption
    if m := LEANING.match(plain):
        return m.group(1).lower()  # "As a result, ...": says nothing without the sentence before
    if not speaker and (m := CONNECTIVE.match(plain)):
        return m.group(1).lower()
    if BROKEN.search(plain):
        return "a broken phrase"  # "At the, Radio Free Europe reported ...": a cut gone wrong
    if _closes_unopened(text):
        return "a broken phrase"  # "'Ladoga Outpost') is a unit ...": the start of it is cut off
    if re.search(r"\?(?:\s|$)", plain):
        return "a question"  # "Who in your family still lives in Russia?": an interviewer's, not a fact
    if REPLY_YES_NO.match(text) or not speaker and REPLY_OPENS.match(plain):
        return "a reply"  # "“For two weeks, yes.”", "Yes. Both are unaffected.": to what?
    if not speaker and any(_imperative(part, persons) for part in [text, *LATER.split(plain)[1:]]):
        return "an instruction"  # "Suspend enforcement at every site": to whom, from whom? (joined or not)
    if not speaker and re.search(r"[.!?…]\W*$", plain) and _verbless(plain):
        return "no verb (a label or a log entry)"  # "Surveillance zone of 2 km round the apiary.": of what, when?
    if UNATTACHED.match(plain):
        return "a spokesman"  # "A spokesman said leakage had fallen": whose?
    if any(SUBJECTLESS.search(part) for part in re.split(r"(?<=[.!?])\s+", plain)) or _participle_opens(plain):
        # (joined after "Commander and founder." a profile's line still names no one; a log's
        # "Destroyed by the contractor" after the line that names the nest is its sequel)
        return "whom (no subject)"
    if PARTICIPLE_IT.match(plain):
        return "it"  # "Founded in 2025 by émigrés from Kirov, it operates ...": what was founded?
    if (m := FRONTED_IT.match(plain)) and not _expletive(plain[m.start(1):]):
        return m.group(1)  # "By Sunday afternoon it had been contained": what had?
    if NONE_BARE.match(plain):
        return "none of what"
    if m := ELSE_BARE.match(plain):
        return f"{(m.group(1) or m.group(2)).lower()} {'else' if m.group(1) else 'of whom'}"
    if (m := PROCESS.match(plain)) and not OWNER.search(text):
        return f"whose {m.group(1).lower()}"  # "Integration into the Ukrainian forces involved ..."
    if any(EARLIER_VERSION.match(part) for part in re.split(r"(?<=[.!?])\s+", plain)):  # (joined after another too)
        return "an earlier version"  # "An earlier version said ... formed in 2023": what it got wrong, not a fact
    if any(PAGE_ITSELF.match(part) for part in re.split(r"(?<=[.!?])\s+", plain)):
        return "the page itself"  # "This page is written by volunteers": about the page, not the story
    if any(EDIT_NOTE.match(part) for part in re.split(r"(?<=[.!?])\s+", plain)):
        return "a note on the page's edits"  # "... date added above": the page's own housekeeping
    if m := THOSE_WHO.match(plain):
        return "those who"  # "Those who pass are moved out of the camp": pass what?
    if m := BARE_COUNT.match(plain):
        return f"{m.group(1).lower()} of what"  # "One hundred and twenty-four are on contract."
    if (m := COUNTED_ONE.match(plain)) and (m.group(1) == "Another" or "," in m.group(0)):
        return f"{m.group(1).lower()} of what"  # ("One came home" is BARE_COUNT's)
    if m := SUBJECT_ROLE.match(plain):
        return f"the {m.group(1)}"
    if m := ORDINAL_ONE.match(plain):
        return f"{m.group(1).lower()} of what"  # "A third was darted near Crosby Garrett": a third what?
    if ONE_BACK.match(plain):
        return "the one of what"
    if ELLIPSIS.search(plain):
        return "not what"  # "UKAD's tubs were clean. The one from Sheffield was not."
    if m := SAME_SPEAKER.search(plain):
        return f"the same {m.group(1)}"
    if m := BOTH_BARE.match(plain):
        return f"{m.group(1).lower()} of whom"
    if m := REMAINDER.match(plain):
        return m.group(0).strip(" “\"").lower()
    if m := BARE_SHARE.match(plain):
        return f"{m.group(1).lower()} of what"  # "Most were paid in cash at the quayside."
    if m := PLACED_BY_PRONOUN.match(plain):
        return " ".join(m.group(0).split()[:2]).lower().strip(" “\"")  # "Beside it is the Kolyma Group"
    if (m := ELSE.search(plain)) and not re.search(r"[.!?]\s+\S", plain[m.end():]):
        return "something else"  # "speaks of something else.": said with what follows, or not at all
    head = strip_quotes(text.split(". ")[0])  # the first sentence: the ones joined after it are its context
    if problem := _aside_speaker(head, persons) or _two_people(head, persons) or _tagged_speaker(head, persons) \
            or _two_named(head, persons):
        return problem
    if m := COMPARED.search(head):
        return m.group(1).lower()  # "The Legion's own figure is much lower": lower than what?
    if m := PUT_LOWER.search(head):
        return m.group(1).lower()  # "An officer put the figure lower": lower than what?
    if m := SUCH.search(head):
        return f"such {m.group(1)}"
    if m := ON_THE_PAGE.search(plain):
        return " ".join(m.group(0).split()).lower()
    if m := LIKE_BACK.search(head):
        return m.group(0).lower()
    if (m := PRO_VERB.search(head)) and not PRO_VERB_ANTECEDENT.search(head, 0, m.start()):
        return "do so"  # "Prosecutors have asked the court to do so": do what?
    if m := PREPOSED_PRONOUN.match(head):
        return m.group(0).strip(" ,").lower()  # "In it, SableKey asks for $2.4 million": in what?
    if re.match(r"^\W*(?:Which|Whose|Whom)\b", head):
        return "which"  # a relative clause whose head the scrape or a cut lost
    if m := OUTLET_VOICE.search(plain):
        return m.group(0).lower()  # in any sentence joined: "this newspaper" is never the briefing's
    if not speaker and HERE.search(plain):
        return "here"  # "There's no branch here": where? (a speaker's own "here" is in quote marks)
    if not speaker and (m := FIRST_PERSON.search(QUOTE.sub(QUOTED, text))):
        return f"{m.group(0)} (whose words?)"  # "I saw the photographs": a speaker whose quote marks were lost
    if speaker and (m := REPLY_FIGURE.match(text)):
        return f"{m.group(1).lower()} of what"  # "“Fewer than two hundred, in my estimate,” [X] says."
    if (m := BOTH.match(head)) and not _names_body(head):
        return f"both {m.group('noun').lower()}"  # "Both networks regularly call on people ...": which two?
    if (m := GROUP_START.match(head)) and not _names_body(head):
        return m.group("noun").lower()
    if (m := COMPARATIVE.search(head)) and not re.search(r"\bthan\b", head):
        return f"{m.group('adj')} than what"
    if (m := OPENING_EVENT.match(head)) and m.group("noun") not in KNOWN and not m.group("noun").endswith("ing"):
        return f"the {m.group('noun')}"
    if m := RELATION.search(head):
        return f"the {m.group('noun')}"
    if m := REPLY_OBJECT.match(head):
        return f"the {m.group('noun')}"
    if (m := BARE_SPEAKER.search(head)) and not _named_beside(head, m):
        return f"the {m.group('noun') or m.group('after')}"
    if m := WHO_BARE.search(head):
        return " ".join(m.group(0).split()[:2]).lower()
    if (m := OBJECT_IT.search(head)) and head.count(",", 0, m.start()) in (0, 2) \
            and not IT_ANTECEDENT.search(head, 0, m.start()):
        return "it"
    if not speaker and (m := _object_pronoun(head)):
        return f"{m.group('pronoun')} (object)"  # (printed right after its antecedent, it reads)
    if (m := ESTIMATED_IT.search(head)) and not IT_ANTECEDENT.search(head, 0, m.start()) \
            and not re.match(r"[^.;]*?\bto\s+[a-z]", head[m.end():]):  # not "it would cost £2m to repair"
        return "it"
    if m := PARTITIVE_BACK.search(head):
        return " ".join(m.group(0).split()).lower()  # "Five of the nine came ...", "interviewed those 23": which?
    if not speaker and THAT_SAID.search(strip_quotes(head)):
        return "that"  # "Two officers said that was precisely what made ... uneasy": said what was?
    if bare := _definite_subject(plain):
        return bare
    if bare := _later_definite_subject(plain):
        return bare
    # A role in a sentence that tells what happened is one person ("told the court that the
    # defendant had failed"); in one that states a rule it is anyone ("asks for the applicant's passport").
    told = PAST.search(plain.split(". ")[0]) is not None  # (a quote's full stops are its own)
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
        if low == "who" and i > start and words[start].lower() in ("a", "an", "another"):
            seen.person = True  # "A steward who ..., because she had been told": the steward
        if low in {"his", "her"} and i > start + 1 and words[start].lower() in ("a", "an", "another") \
                and not any(k in pause for k in range(start, i)):
            seen.person = True  # "A marshal at the memorial told his section lead": the marshal's own
        if low in PERSON and not seen.person:
            problem = low
        elif low in PLURAL and not (seen.plural or seen.unit) and not _counted_before(words, start, i):
            problem = low
        elif low == "them" and _own_subject(words, start, i, pause):
            problem = low  # "Firefighters found them both there": whom they found is not the firefighters
        elif low in THING and i == start and not EXPLETIVE_IT.match(" ".join(words[i:i + 6])):
            problem = low
        elif low == "it" and opening_clause and i - 1 in pause and not seen.named and i + 1 < len(words) \
                and words[i + 1].lower() in CLAUSE_VERBS and not EXPLETIVE_IT.match(" ".join(words[i:i + 6])) \
                and not re.match(r"it (?:is|was|has been) \w+ed that\b", " ".join(words[i:i + 5]).lower()):
            problem = low  # "Since September 2025, according to the addendum, it has answered to the HUR"
        elif low == "it" and not seen.named and i + 1 < len(words) and re.fullmatch(ORG_VERBS, words[i + 1].lower()):
            problem = low  # "In a follow-up post, it said ..."
        elif low == "it" and i > start and _reported_by(words, i) is not None and i + 2 < len(words) \
                and words[i + 1].lower() in {"was", "is"} and words[i + 2].lower() in {"a", "an", "only", "just"} \
                and not EXPLETIVE_IT.match(" ".join(words[i:i + 6])):
            problem = low  # "Police say it was a husky": what was?
        elif low == "it" and i > start and (verb := _reported_by(words, i)) is not None \
                and (seen.person or seen.plural and not EXPLETIVE_IT.match(" ".join(words[i:i + 6]))) \
                and not seen.unit and _person_spoke(words, verb, persons):
            # "Tkachuk said it now has about 2,500 fighters", "Officers told us it has a few
            # hundred": a person is no "it", and the subject of what they said counts like any
            problem = "it (a body)"
        elif low == "its" and not seen.named and "of" in (w.lower() for w in words[start:i]) and (
                i <= start + 4 or i <= start + 8 and words[i - 1].lower() == "of"
                and not any(w.lower() in _VERBS or w.lower().endswith("ed") for w in words[start:i])):
            problem = low  # "The majority of its members ...", "The relatives of at least 26 of its men ..."
        elif low in DEMONSTRATIVE | {"that"} and i in pause and i > start and words[i - 1].isalpha() \
                and words[i - 1].islower() and (first is None or i < first):
            problem = low  # "The Department for Transport denied this.": denied what?
        elif (low in DEMONSTRATIVE or (low == "that" and i == start)) and (first is None or i < first):
            nxt = words[i + 1].lower() if i + 1 < len(words) else ""
            of_what = nxt == "stage" and i + 2 < len(words) and words[i + 2].lower() == "of"  # "this stage of the war"
            if nxt not in TIME and not of_what and (i == start or nxt.isalpha() and nxt not in _VERBS):
                problem = f"{low} {nxt}" if nxt.isalpha() and nxt not in _VERBS else low
        elif low == "that" and i > start and words[i - 1].lower() in THAT_AFTER and (first is None or i < first) \
                and (nxt := words[i + 1].lower() if i + 1 < len(words) else "").isalpha() and nxt not in _VERBS \
                and nxt not in NOT_NOUN | TIME and not (i + 2 < len(words) and words[i + 2].lower() in RELATIVE):
            problem = f"that {nxt}"  # "lifted from that house by firefighters": which house?
        elif i == start and low in {"other", "others"}:
            problem = "others"  # "Others, often with no military experience, ..."
        elif low == "the" and (first is None or i < first) and (role := _bare_role(words, i, pause, told)):
            problem = role
        elif low == "the" and (first is None or i < first) and (bare := _bare_people(words, i, seen, text, persons)):
            problem = bare
        elif _base(low).endswith("s") and _base(low)[:-1] in GENERIC and _base(low) != "corps":
            seen.plural = True  # "the units' figures, and none of them publishes a list"
        elif _base(low) in GENERIC:
            if _bare(words, i, i in pause) and not seen.has_unit(_base(low)):
                problem = f"the {_base(low)}"
            seen.unit = True  # "the Free Russian Legion, as the unit was called"
            seen.units |= {_base(low)}
        elif low == "the" and (first is None or i < first) and (place := _bare_place(words, i)):
            problem = place
        if problem and not _cataphora(words, i, start, tokens, persons, i - 1 in pause):
            return problem
        before_plural = seen.plural
        _see(seen, tok, persons, i == start)
        if tok == QUOTED:
            seen.plural = seen.plural or bool(next(quotes, set()) & COLLECTIVE)
        elif i > 1 and words[i - 1].lower() == "of" and words[i - 2].lower() not in QUANTITY and not before_plural:
            seen.plural = False  # "the massacre of civilians ... their homeland": not whose homeland
        if i in pause and i < first_pause_end and opening_clause \
                and not any(w.startswith("[") for w in words[start:i + 1]) \
                and not (opener in PREPOSITIONS and any(_finite(w) for w in words[start + 1:i + 1])):
            # "As Russian passport holders, they ...": the opener names no subject (a bracket
            # does: "In 2023 [Strelnikova] applied and was turned down, she says"; so does a
            # main clause that lost its comma: "In January the SBU detained a man, 29, who ...")
            seen = _Seen(unit=seen.unit, units=seen.units)
    if speaker and not affiliated and (we := _body_we(QUOTE.sub(QUOTED, text), persons)):
        return f"{we} (which body?)"  # "“We were eight when we began,” [Mr Dorogin] says.": which unit?
    if (m := CAVEAT.search(plain)) and not re.search(r"[.!?][”\"»’]?\s+\S", text.strip()) \
            and ("," not in plain[:m.start()] and len(plain[:m.start()].split()) <= 6
                 or DOUBTED_SUBJECT.match(plain[:m.start()])):
        # "X could not verify the figure": printed only with the figure it doubts (not "Posts
        # detail prisoners who had swapped sides, although these have not been verified")
        return "a caveat alone"
    if m := OTHER_THAN.match(plain):
        return m.group(1).lower()
    # (a sentence before it, joined, settles both: "... on Friday. ... published the same day")
    if (m := THE_OTHERS.search(plain)) and not COUNTED_BEFORE.search(plain[:m.start()]) \
            and not SENTENCE_END.search(plain[:m.start()]):
        return "the others"
    if (m := SAME_AS.search(plain)) and not SHARED.search(plain[:m.start()]) \
            and not SENTENCE_END.search(plain[:m.start()]):
        return f"the same {m.group(1)}"
    if speaker and re.search(r"[.!?…]\W*$", plain) and _verbless(plain):
        return "no verb (a label or a log entry)"  # a quote that is a label: "“Callum Heriot, hornet team,” [X] says."
    return None




COUNT = re.compile(r"^(?:\d{1,3}(?:,\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                   r"dozens|hundreds)$", re.I)


def _counted_before(words: list[str], start: int, i: int) -> bool:
    """ "Eight wagons ... left the track, three of them tank wagons": "of them" after things the
    sentence itself counted is those things."""
    if i < 2 or words[i].lower() != "them" or words[i - 1].lower() != "of":
        return False
    return any(COUNT.match(words[j]) and words[j + 1].islower() and _base(words[j + 1]).endswith("s")
               for j in range(start, i - 2))


# "Kalyuzhny, he said, first wrote to the bot": the "he" in the aside is someone else.
ASIDE = re.compile(rf"(?P<n>{NAME}),\s+(?P<p>he|she)\s+(?:said|says|added|told\s+\w+|explained|recalled)\s*,")
HE = re.compile(r"\b(?:he|him|his|himself)\b", re.I)
SHE = re.compile(r"\b(?:she|her|hers|herself)\b", re.I)


def _aside_speaker(head: str, persons) -> str | None:
    """ "he (not Kalyuzhny)" for "Kalyuzhny, he said, first wrote ...", unless someone is named before."""
    m = ASIDE.search(head)
    if m is None or "[" in head[:m.start()] or _persons_named(head[:m.start()], persons or frozenset()):
        return None
    return f"{m.group('p')} (not {m.group('n')})"


# "About one applicant in five gets through, he says.": the tag's "he" is who speaks, never
# the applicant; only a person the sentence names may be him.
SPEAKER_TAG = re.compile(r",\s+(?P<p>he|she)\s+(?:says|said|adds|added|explains|explained|insists|insisted|"
                         r"recalls|recalled|estimates|estimated|claims|claimed|told\s+\w+)\s*[.!]?\s*$")


def _tagged_speaker(head: str, persons) -> str | None:
    m = SPEAKER_TAG.search(head)
    if m is None or "[" in head[:m.start()] or _persons_named(head[:m.start()], persons or frozenset()) \
            or persons is None and re.search(NAME, strip_quotes(head[:m.start()])):  # (None: any name may be him)
        return None
    return m.group("p")


def _two_people(head: str, persons) -> str | None:
    """ "[Judge Olena Rudenko] said the pressure he described ..., but she took it into account":
    a "he" and a "she" with one person named: one of them is someone the sentence does not name."""
    if not (HE.search(head) and SHE.search(head)):
        return None
    nouns = [w for w in re.findall(r"[a-z]+", head) if w in PERSON_NOUNS | ROLES | KIN | COLLECTIVE]
    return "one name for 'he' and 'she'" if len(_named_spans(head, persons)) + len(nouns) < 2 else None


def _named_spans(head: str, persons) -> list[tuple[int, int]]:
    """Where `head` names people, in order: a person's name in brackets ("[Vinnie]") or outside them."""
    spans = [m.span() for m in re.finditer(r"\[([^\[\]]+)\]", head) if _person_bracket(TOKEN.findall(m.group(1)))]
    plain = re.sub(r"\[[^\[\]]*\]", lambda m: " " * len(m.group(0)), head)  # (same length: spans hold)
    for name in _persons_named(plain, persons or frozenset()):
        if (at := plain.find(name)) >= 0:
            spans.append((at, at + len(name)))
    return sorted(spans)


def _two_named(head: str, persons) -> str | None:
    """ "[Dame Celia Fairbrook] said she had spoken to Hannah Ruddock ... and that she had offered
    to give up her annual bonus": two people named, then a "she" after the second, who may be either."""
    if persons is None:
        return None
    spans = _named_spans(head, persons)
    if len(spans) < 2:
        return None
    before, after = strip_quotes(head[:spans[1][0]]), strip_quotes(head[spans[1][1]:])
    for pattern, word in ((HE_SUBJECT, "he"), (SHE_SUBJECT, "she")):
        if pattern.search(after) and pattern.search(before):
            return f"two people named before '{word}'"
    return None


HE_SUBJECT, SHE_SUBJECT = re.compile(r"\b(?:he|him)\b"), re.compile(r"\b(?:she|her)\b")


# Openers that begin a phrase, not a clause: a verb after them is the main clause's.
PREPOSITIONS = {"in", "on", "at", "for", "from", "with", "without", "during", "like", "unlike", "despite", "upon"}


# Verbs whose object a short plural subject cannot be: "Firefighters found them", "Police told them".
OBJECT_VERBS = {"found", "told", "saw", "met", "took", "gave", "sent", "brought", "kept", "left", "asked", "helped",
                "called", "rescued", "treated", "arrested", "detained", "questioned", "evacuated", "moved", "led"}


def _own_subject(words: list[str], start: int, i: int, pause: set[int]) -> bool:
    """ "Firefighters found them": a plural subject of one to two words and its verb just before
    "them", which cannot be that subject (it would be "themselves")."""
    if i - start not in (2, 3) or words[i - 1].lower() not in OBJECT_VERBS:
        return False
    subject = words[start:i - 1]
    head = _base(subject[-1]).lower()
    return not any(k in pause for k in range(start, i)) and (head.endswith("s") or head in PLURAL_PERSON) \
        and all(w.isalpha() for w in subject)


def _finite(word: str) -> bool:
    """A past or present verb of a clause: "detained", "has", "said" (not "Detained", a name's)."""
    return word.islower() and (word in CLAUSE_VERBS or len(word) > 4 and word.endswith("ed"))


def _person_spoke(words: list[str], i: int, persons) -> bool:
    """Whether the word before the speech verb at i is a person's name ("Tkachuk said") or
    people ("Ukrainian officers told us")."""
    if i == 0:
        return False
    who = words[i - 1]
    if persons is not None and _base(who) in persons:
        return True
    low = who.lower()
    if "of" in (w.lower() for w in words[:i]):
        return False  # "The office of the prosecutor general said it": the office speaks
    return low in PLURAL_PERSON or low.endswith("s") and low[:-1] in PERSON_NOUNS


# Whom a speech verb may tell before what was said: "told us it has", "told reporters that it".
TOLD = {"us", "me", "him", "her", "them", "reporters", "journalists", "parliament", "lawmakers", "investigators"}


def _reported_by(words: list[str], i: int) -> int | None:
    """The index of the speech verb whose reported clause has the word at i as its subject:
    "said it", "said that it", "told us it", "told us that it"; None when it has none."""
    k = i - 1
    if k >= 0 and words[k].lower() == "that":
        k -= 1
    if k >= 1 and words[k].lower() in TOLD and words[k - 1].lower() in SAID:
        k -= 1
    return k if k >= 0 and k < i and words[k].lower() in SAID else None


BODY_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(GENERIC))})(?:['’]s)?\b", re.I)


def _names_body(text: str) -> bool:
    """Whether the sentence names the unit or body its people belong to ("the Legion's bot",
    "[the Siberian Battalion]"): a formation noun or a bracketed name."""
    return "[" in text or bool(BODY_NOUN.search(text))


# A group counted before: "Five of the nine", "One of the missing", "interviewed those 23 twice".
COUNTED = (r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|"
           r"eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundreds?|thousands?|dozens?)")
PARTITIVE_BACK = re.compile(rf"\b(?:of|among)\s+the\s+(?:{COUNTED}|missing|dead|wounded|injured|captured)\b"
                            rf"(?!\s+(?:[a-z]+s|of|people|men|women|children|staff|personnel|\d)\b)(?![-’'])|"
                            rf"\b(?:those|these)\s+{COUNTED}\b(?![-’'])", re.I)
# "said that was ...": no "that" before a verb is a conjunction; it points back
THAT_SAID = re.compile(r"\b(?:said|says|say|told\s+\w+|added|argued|warned|agreed|believe[sd]?|thinks?|thought)\s+"
                       r"that\s+(?:is|was|were|has|had|would|will|could|made|makes|meant|means)\b")


def _definite_subject(text: str) -> str | None:
    """ "For the prisoners, the decision is final.": a subject "the <noun>" that the sentence does
    not say more of (no "of ...", no name, no "who ...") points back to its article; so does the
    subject of what someone said ("Mereside said the pipeline had been held up") and the people
    someone named ("Shelepov called the attackers ...")."""
    for m in (DEFINITE_SUBJECT.match(text), REPORTED_SUBJECT.search(text)):
        if m is not None and m.group("noun").lower() not in KNOWN | GENERIC | BARE_PEOPLE \
                and f"{text[:m.start('noun')].split()[-1]} {m.group('noun')}".lower() not in BODY_COMPOUNDS:
            return f"the {m.group('noun').lower()}"  # ("the war" is known; "the legion" the unit check's)
    return None


FIGURE_NOUNS = {"number", "numbers", "figure", "figures", "count", "estimate", "estimates", "total", "toll", "tally"}
LATER = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
PLAIN_LATER = KNOWN | GENERIC | BARE_PEOPLE | FIGURE_NOUNS


def _later_definite_subject(text: str) -> str | None:
    """ "The university said it found no evidence. The sample contradicts that.": a sentence
    joined after the first whose subject "the <noun>" the sentences before it never mention."""
    parts = LATER.split(text)
    for k in range(1, len(parts)):
        m = DEFINITE_SUBJECT.match(parts[k])
        if m is None or (noun := m.group("noun").lower()) in PLAIN_LATER \
                or CAVEAT.search(parts[k]) or noun.rstrip("s") in PERSON_NOUNS or noun.endswith(AGENT_PLURALS) \
                or noun.endswith(("er", "or", "ist", "ian")):
            continue  # "The exact numbers are not known", "The doctors confirmed": what they are is plain
        if not re.search(rf"\b{re.escape(noun[:max(4, len(noun) - 2)])}", " ".join(parts[:k]), re.I):
            return f"the {noun}"
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


# What a sentence telling an event has ("told the court that the defendant had failed"); "a bot
# called Prichal asks for the applicant's passport" tells none.
PAST = re.compile(r"\b(?:was|were|had|did|said|told|gave|took|found|made|held|testified|denied|admitted|pleaded)\b")


def _named_beside(head: str, m: re.Match) -> bool:
    """Whether the role speaker BARE_SPEAKER found is named beside it: "Jane Ward, the
    spokesperson, said", "..., said the spokesperson, [Jane Ward]."."""
    if re.search(r"(?:[\])]|[A-Z][\w’'-]+),$", head[:m.start()].rstrip()):
        return True
    return m.group("after") is not None and re.match(r"\s*,\s*(?:\[|[A-Z])", head[m.end("after"):]) is not None


def _bare_role(words: list[str], i: int, pause: set[int], told: bool) -> str | None:
    """ "the defendant" not named beside it, in a sentence that tells what happened (`told`, or
    "the witness testified"): not "the defendant, Owen Marlowe," nor "[Owen Marlowe], the
    defendant," nor "the witness who saw it" (the clause says which)."""
    if i + 1 >= len(words) or (noun := _base(words[i + 1]).lower()) not in ROLES:
        return None
    after = words[i + 2] if i + 2 < len(words) else ""
    if not told and not (after.islower() and after.endswith("ed")):
        return None  # "the applicant must pass a polygraph": anyone who applies
    if after.lower() in NOT_BARE_AFTER | {"whom"} or i + 1 not in pause and after.lower() in ROLE_COMPOUNDS:
        return None
    if after.startswith("[") or is_name(after) and not POSSESSIVE.search(words[i + 1]):
        return None  # "the defendant Owen Marlowe", "the defendant, [Owen Marlowe]"
    before = words[i - 1] if i else ""
    if i - 1 in pause and (before.startswith("[") or is_name(before)):
        return None  # "Owen Marlowe, the defendant"
    return f"the {noun}"


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


def _cataphora(words: list[str], i: int, start: int, tokens: list[str], persons, after_pause: bool) -> bool:
    """A pronoun in an opening clause whose referent the main clause names after the comma:
    "Now with his family in Ukraine, Caesar says ...", "Fearing reprisal, none of the soldiers ..."."""
    if start >= len(words) or i == start:
        return False
    if after_pause and words[i].lower() in {"he", "she", "they"}:
        return False  # "After five weeks of checks, polygraph included, he joined ...": the main clause's subject
    opener = words[start].lower()
    if opener not in SUBORDINATE and not opener.endswith("ing"):
        return False
    pronoun = words[i].lower()
    if pronoun not in PERSON | PLURAL:
        return False
    # the words after the first comma that follows the pronoun
    seen_pronoun = comma = main = False
    after = _Seen()
    count = 0
    for tok in tokens:
        if tok.lower() == pronoun and not seen_pronoun:
            seen_pronoun = True
            continue
        if seen_pronoun and tok in {",", "–", "—"}:
            comma, main = True, tok == "," and not count
            continue
        if comma and (tok[0].isalnum() or tok[0] in "[‹"):
            if main and tok.lower() in PERSON | PLURAL:
                break  # "If he is returned, he will be ...": the main clause's subject is the pronoun again
            main = False
            _see(after, tok, persons, False)
            count += 1
            if count > 20:
                break
    return after.person if pronoun in PERSON else (after.plural or after.named)


INDEFINITE = {"a", "an", "one", "another", "every", "each", "any", "no", "some", "other"}
POINTERS = {"The", "This", "That", "Its", "Their", "His", "Her", "These", "Those", "Our"}


BODY_COMPOUNDS = {"coast guard", "border guard", "national guard", "home guard", "fire brigade"}


def _bare(words: list[str], i: int, pause: bool = False) -> bool:
    """Whether the generic noun at i ("legion") is not tied to a name: "the legion", "its unit",
    "Legion" alone; not "the Free Russian Legion", "[Wagner] group", "Ukraine's foreign legion",
    "the news agency UNIAN", "the Legion of Freedom of Russia", "a group of recruits"."""
    # "the Legion's Telegram bot": what follows a possessive is not part of the name
    nxt = words[i + 1] if i + 1 < len(words) and not pause and not POSSESSIVE.search(words[i]) else ""
    after = words[i + 2] if i + 2 < len(words) else ""
    if (nxt[:1].isupper() and nxt not in POINTERS) or nxt.startswith("[") or (nxt == "of" and after[:1].isupper()):
        return False
    if _base(words[i]).lower() == "group" and nxt == "of" and after[:1].islower():
        return False  # "the group of its founders", "the group of men who ...": which men, not a unit
    if _base(words[i]).lower() == "formation" and nxt == "of":
        return False  # "since the formation of the unit": its founding, not a unit
    if i and f"{words[i - 1]} {_base(words[i])}".lower() in BODY_COMPOUNDS:
        return False  # "the coast guard" is the service, not a unit's "the guard"
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
    bodies |= {m.group("n") for m in ORG_CUE.finditer(text)}  # "Meridian's chief executive", "Meridian Terminals"
    for pattern in PERSON_CUES:
        for m in pattern.finditer(text):
            if pattern is PERSON_CUES[1] and AFTER_PREPOSITION.search(text, max(0, m.start() - 12), m.start()):
                continue  # "who bring ships into Carrick, said none of its members": a place, not a speaker
            if pattern is PERSON_CUES[6] and IN_PLACE.search(text, max(0, m.start() - 12), m.start()) \
                    and re.match(r",\s+(?:who|whose)\b", text[m.end("n"):]):
                continue  # "a plant in Penza, who works from Yerevan": the "who" is the person before the place
            parts = [_base(p) for p in m.group("n").split() if _base(p) not in NOT_NAMES]
            if not parts or any(not p[:1].isupper() or p.lower() in GENERIC for p in parts):
                continue
            if all(p.isupper() and len(p) > 1 for p in parts):
                continue  # "the HUR, says it ...": an acronym is a body, not a person
            if any(p in MEDIA or p in bodies for p in parts) or " ".join(parts) in bodies:
                continue
            found.add(" ".join(parts))
            found.update(p for p in parts if len(p) > 2 and not p.endswith("."))
    # "Prosecutors told the court", "Residents said": a common noun capitalised at a sentence's
    # start, which the article also writes in lower case, is nobody's name
    common = set(re.findall(r"(?<![\w’'-])[a-z][\w’'-]+", text))
    return frozenset(n for n in found if " " in n or n.lower() not in common or _speaks_bare(n, text))


def _speaks_bare(name: str, text: str) -> bool:
    """Whether a word the article also writes in lower case is a call-sign all the same: it speaks,
    bare, in mid-sentence ("'I conducted at his funeral,' Regent said", beside "the regent of his
    parish choir"); "Prosecutors told the court" opens a sentence, "the Police said" has its article."""
    return re.search(rf"(?:[a-z,;]|[,.!?][’'”\"])\s+{re.escape(name)}\s+(?:{SPEECH}|told|tells)\b", text) is not None


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
    from .retrieval import NOT_SUBJECT, _pattern, as_word

    found = []
    for e in entities:
        m = _pattern(tuple(e.aliases)).search(text)
        if m and not NOT_SUBJECT.search(text[max(0, m.start() - 30):m.start()]) \
                and not as_word(text, m.start(), m.end()):
            found.append((m.start(), e.name, m.group(0)))
    return [(name, alias) for _, name, alias in sorted(found)]



ORG_VERBS = "said|says|reported|reports|added|adds|wrote|writes|announced|stated|claimed|posted"
# Speech verbs after which a person's "it" is a body: the same ones a body speaks with, and "told".
SAID = frozenset(ORG_VERBS.split("|")) | {"told", "explained", "insisted", "claims", "say"}
# A sentence that qualifies the one before it: it goes with that sentence or not at all. The
# common ways news prose says a figure or claim is unchecked, active and passive.
CAVEAT = re.compile(r"\b(?:not (?:yet )?(?:been )?(?:able|possible) (?:independently )?to "
                    r"(?:independently )?(?:confirm|verify|check|observe)|"
                    r"(?:could|can) ?not (?:independently )?(?:confirm|verify|check)|"
                    r"(?:could|can)(?:not|n[’']t| not) be (?:independently )?(?:verified|confirmed|checked)|"
                    r"unable to (?:independently )?(?:confirm|verify|check)|"
                    r"(?:is|are|was|were|remains?) (?:impossible|not possible|hard|difficult) to "
                    r"(?:independently )?(?:confirm|verify|check)|"
                    r"no way (?:of|to) (?:independently )?(?:confirm|verify|check)|"
                    r"(?:is|are|was|were|remains?) (?:still )?unverified|"
                    r"(?:is|are) still attempting to verify|"
                    # one source's word alone: "No other source places it in the RDK"
                    r"no other (?:source|report|account|outlet|record|witness)s?\s+(?:has\s+|have\s+)?(?:places?|puts?|"
                    r"placed|confirm(?:s|ed)?|support(?:s|ed)?|corroborat(?:es|ed)|back(?:s|ed)?|mention(?:s|ed)?|"
                    r"record(?:s|ed)?|report(?:s|ed)?|gives?|gave)\b|"
                    r"(?:has|have|had|could|can)(?:not|n['’]t| not)(?: yet)? (?:been|be) "
                    r"(?:independently )?corroborated|"
                    r"(?:has|have|had) not been (?:independently )?(?:verified|confirmed)|"
                    # "The coast guard has not confirmed this officially."
                    r"(?:has|have|had) not (?:yet )?(?:officially |independently |publicly )?(?:confirmed|verified) "
                    r"(?:this|that|it|these|those|either|the (?:figure|number|claim|account|report)s?)\b|"
                    r"(?:were|was) not (?:independently )?(?:verified|confirmed)|"
                    r"(?:exact |precise )?(?:numbers?|figures?) (?:are|is) not known|"
                    r"(?:it is )?unclear how many|"
                    # "What exactly happened in Bryansk at that time is unclear."
                    r"^\W*what (?:exactly |precisely |really )?happened\b[^.;]{0,60}\b(?:is|was|remains?) "
                    r"(?:still )?unclear|"
                    r"^\W*it (?:is|was|remains) (?:still )?unclear (?:exactly |precisely )?what (?:really )?happened|"
                    # "The ministry gave no details.": a claim's teller who showed nothing for it
                    r"(?:gave|offered|provided|presented|published) no (?:further )?(?:details|evidence|proof)|"
                    r"did not (?:give|offer|provide|present|publish) (?:any )?(?:further )?(?:details|evidence|proof))",
                    re.I)
# What a caveat alone is about, when it is its subject: "The figures from the chamber, the
# alliance and the carmaker could not be independently verified" points at figures elsewhere.
DOUBTED_SUBJECT = re.compile(r"^\W*(?:the|these|those|its|their|both|either|neither|such)\s+(?:[\w’'-]+\s+){0,2}?"
                             r"(?:figures?|numbers?|claims?|estimates?|counts?|tolls?|tallies|accounts?|reports?)\b|"
                             # or a bare plural: "Figures for the amount of styrene spilled could not be ..."
                             r"^\W*(?:figures|numbers|claims|estimates|counts|tallies|accounts|reports)\s+(?:for|of|on|from)\b",
                             re.I)


# Heads of a body's name that English gives an article: "the Halden Institute for Conflict
# Studies", "the Office for Water Standards" (not "Westmark Assessment", "Northmere University",
# "Harlow City Council", which the article's own "the ..." must show).
TAKES_THE = {"institute", "institution", "office", "department", "ministry", "committee", "commission", "agency",
             "bureau", "headquarters", "directorate", "forum", "secretariat", "inspectorate", "tribunal", "foundation"}


def with_the(name: str, text: str = "") -> str:
    """A body's name as running text writes it: with "the" when the article writes it so ("The
    Office for Water Standards has ...") or when its head takes one ("the Halden Institute for
    Conflict Studies", "the Bank of England"); as it is otherwise ("Kolokol Weekly", "CNN")."""
    if re.match(r"(?:[Tt]he|[Aa]n?)\s", name) or not name[:1].isupper() or re.search(r"\w['’]s\b", name):
        return name  # "Russia’s Supreme Court": the possessive is its determiner
    words = name.split()
    cut = next((k for k, w in enumerate(words) if k and w in {"of", "for", "on"}), None)
    head = words[cut - 1] if cut else words[-1]
    if cut or _base(head).lower() in TAKES_THE or re.search(
            rf"\b[Tt]he\s+{re.escape(name)}(?:['’]s\b|\s*[,.;:)]|\s+(?:has|had|have|is|was|are|were|said|says|"
            rf"told|reported|reports|wrote|writes|will|would|can|could)\b)", text):
        return f"the {name}"
    return name

