"""Sentences that lead into the next one and say nothing alone.

A paragraph often opens with a line that only announces what follows ("Rainfall is only part
of the story, say experts.", "For the prisoners, the decision is final."), and a reporter's
question is news only with its answer ("The County Courier asked Mereside for a breakdown of
leaks by area."). Lifted alone, such a sentence fills a briefing without telling the reader
anything. The engine prints it only joined to the next sentence of its paragraph, or not at all.
"""

from __future__ import annotations

import re

from .lexicon import lemmas
from .retrieval import STOPWORDS
from .sentences import SPEECH
from .standalone import strip_quotes

SHORT = 10  # words: a longer opener usually carries its own fact ("... opened a criminal case for terrorism")
# A figure, a share, a rank or a time: any of them is a fact the sentence states ("one of" is not).
FIGURE = re.compile(r"\d|\b(?<!only )one(?! of)\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
                    r"twelve|twenty|thirty|forty|fifty|hundreds?|thousands?|millions?|billions?|dozens?|half|twice|once|"
                    r"(?<!among the )first|second|third|"
                    r"per ?cent|percent)\b", re.I)
TIME = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|"
                  r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|spring|summer|autumn|winter|"
                  r"years?|months?|weeks?|days?|daily|weekly|monthly|yesterday|today|tomorrow|tonight)\b", re.I)
# A judgement that sweeps over what follows: "..., but not the only one", "only part of the story".
SWEEPING = re.compile(r"\b(?:not the only one|only part of the story|(?:also|both) differ|not every|not all|"
                      r"is final|the whole story|more to it than)\b", re.I)
# A question put to someone, or a refusal to answer: news only with the reply that follows.
ASKED = re.compile(r"^\W*Asked\b|\b(?:asked|contacted|approached)\b[^.;]{0,80}?\bfor (?:a |an |further |more )?"
                   r"(?:comment|response|reply|breakdown|explanation|details|figures|data|clarification)\b"
                   r"|\b(?:declined|refused) to comment\b|\bdid not (?:immediately )?(?:respond|reply) to\b"
                   r"|\bcould not be reached\b", re.I)
WORD = re.compile(r"[\w’'-]+")
NAME = r"(?<![\w’'-])[A-Z][\w’'-]+"  # from a word's start: a long word is not a run of names
SPEAKER = re.compile(rf"(?P<before>(?:{NAME}\s+){{1,3}}){SPEECH.pattern}"
                     rf"|{SPEECH.pattern}\s+(?P<after>(?:{NAME}\s*){{1,3}})")


def leans_forward(text: str, opens_paragraph: bool) -> str | None:
    """Why a sentence may only be printed with the next one of its paragraph, or None.

    A question or a "declined to comment" anywhere; a paragraph's opener when it states no
    fact: no quote, figure or time, and either a sweeping judgement or a short sentence that names no
    one but its speaker ("Cezar says not every former prisoner becomes a good soldier.")."""
    plain = strip_quotes(text)
    if ASKED.search(plain):
        return "a question without its reply"
    if not opens_paragraph or plain != text or FIGURE.search(plain) or TIME.search(plain):
        return None  # a quote is someone's words: whether they are news is the quote's business
    if SWEEPING.search(plain) or len(plain.split()) <= SHORT and not _names(plain):
        return "states no fact"
    return None


def _names(plain: str) -> list[str]:
    """Proper names in a sentence other than its speaker's. A capital that only opens the
    sentence is a name when the word is not in the dictionary ("Nikitin", not "Rainfall")."""
    speaker = {w for m in SPEAKER.finditer(plain) for w in (m["before"] or m["after"] or "").split()}
    found = []
    for i, m in enumerate(WORD.finditer(plain)):
        word = m.group(0)
        if not word[0].isupper() or word in speaker:
            continue
        base = re.sub(r"[’']s?$", "", word).lower()
        if i > 0 or base not in STOPWORDS and not lemmas(base):
            found.append(word)
    return found
