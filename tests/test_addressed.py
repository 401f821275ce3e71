"""A sentence that speaks to someone ("you", "your") outside quote marks: a letter's or an
interviewer's one addressee is never the briefing's reader, and a page's advice to its reader
is printed only with whose advice it is."""

from __future__ import annotations

import pytest
from conftest import printed, write

from briefing import sources
from briefing.draft import Citation, Claim
from briefing.standalone import addressed
from briefing.verify import check

GUIDE = """The Estuary Post
Home | News | Travel | Contact

Ferry replaces closed bridge: what you need to know

By Helen Crane, transport reporter
12 May 2031

The Ostry bridge will stay closed for at least six weeks after engineers found cracks in two of its piers,
the county council said on Monday.

If you have a hospital appointment in Feldham, you can use the free ferry, which sails every 20 minutes from 6am.

The ferry carried about 1,200 passengers on its first day, the council said.
"""

REPLY = """Request: Ostry bridge inspection reports

From: Ostry County Council, Information Compliance
To: Maya Ferris
14 June 2031

Dear Ms Ferris,

Thank you for your request for the inspection reports of the Ostry bridge.

The two inspection reports you have asked for are released to you below; the rest of the file remains withheld.

The 2029 inspection found cracking in pier 3 and recommended repairs within two years.

Yours sincerely,
Joanne Pike
Information Compliance Officer
"""

THEMES = """[[theme]]
id = "bridge"
title = "The bridge closure"
description = "Why the Ostry bridge closed and how people cross."
terms = ["bridge", "ferry", "closed", "cracks", "cracking", "inspection", "diversion", "pier", "reports",
         "appointment", "released", "request"]
"""


@pytest.mark.parametrize("text, word", [
    ("Thank you for your request for information about the Trent Bridges Marathon 2033.", "you"),
    ("Clauses 7.2 and 12.4 of the agreement are released to you below, [according to Openly Asked].", "you"),
    ('The Kerbline email you have released says "Race control informed".', "you"),
    ("Ruth, you've spent twenty years planning crowds.", "you"),
    ("Your report on Wednesday said that 300 jobs were at risk.", "your"),
    ("Tell your insurer now, even if you expect the Authority to pay.", "your"),  # whose advice?
    ("If you see a wolf, call 999.", "you"),
    ("To get below four years you have to prove the violation was not intentional.", "you"),
])
def test_an_addressee_or_an_unattributed_reader_needs_context(text, word):
    assert addressed(text) == word


@pytest.mark.parametrize("text", [
    "If you have an appointment, you can use the ferry, [according to Carnmoor County Council].",
    "If you paid by credit card, [the Air Travel Authority] says you should claim from your card provider.",
    "Ifan: For scale, it is a stream you can step across in summer.",
    "“You take them at your own risk,” [Steve Okafor] says.",  # a quote's "you" is the speaker's
    "Do not tell anyone in Russia that you have applied, not even your family, [according to Profront].",
    "The ferry carried about 1,200 passengers on its first day.",
])
def test_a_reader_addressed_by_someone_named_or_no_you_at_all_stands(text):
    assert addressed(text) is None


def test_the_verifier_fails_a_letter_s_you_even_attributed(tmp_path):
    write(tmp_path, "reply.txt", REPLY)
    corpus = sources.load(tmp_path)
    path = corpus.sources[0].path
    n = REPLY.splitlines().index(next(x for x in REPLY.splitlines() if x.startswith("The two"))) + 1
    text = ("The two inspection reports you have asked for are released to you below; the rest of the file "
            "remains withheld.")
    assert "needs context: 'you'" in check(Claim(text, (Citation(path, n, n),)), corpus)
    fact = REPLY.splitlines().index(next(x for x in REPLY.splitlines() if x.startswith("The 2029"))) + 1
    assert check(Claim("The 2029 inspection found cracking in pier 3 and recommended repairs within two years.",
                       (Citation(path, fact, fact),)), corpus) is None


def test_a_briefing_prints_the_reader_s_advice_attributed_and_never_a_letter_s_addressee(tmp_path):
    texts = printed(tmp_path, {"guide.txt": GUIDE, "reply.txt": REPLY}, THEMES, "bridge")
    assert "The 2029 inspection found cracking in pier 3 and recommended repairs within two years." in texts
    assert ("If you have a hospital appointment in Feldham, you can use the free ferry, which sails every 20 "
            "minutes from 6am, [according to The Estuary Post].") in texts
    assert not any("released to you" in t or "Thank you" in t for t in texts), texts
    assert all(addressed(t) is None for t in texts), texts
