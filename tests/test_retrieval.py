"""Ranking for a theme: what a sentence is about, not the words inside the names it carries."""

from __future__ import annotations

from briefing.retrieval import _near_duplicate, stems, term_stems


def test_words_inside_a_multi_word_name_are_not_theme_terms():
    assert "free" not in term_stems("Radio Free Europe/Radio Liberty reported that the number had risen.")
    assert "free" not in term_stems("Almost a year on, the Free Russian Legion received little attention.")
    assert {"putin", "legion"} <= set(term_stems("He fights Vladimir Putin in the Free Russian Legion."))


def test_a_short_sentence_does_not_hide_a_longer_one_that_says_more():
    short = set(stems("Only then can they enter basic training."))
    longer = set(stems("A group of Russian recruits nearing the end of a three-month basic training course "
                       "practiced tactical retreat."))
    assert not _near_duplicate(longer, short)
    assert _near_duplicate(short, longer)  # the shorter copy, ranked lower, still goes


def test_a_translated_copy_of_a_sentence_is_a_near_duplicate():
    original = set(stems("Russian soldiers must submit an application and undergo an extensive background check."))
    copy = set(stems("The soldiers must submit an application and undergo a background check, the paper says."))
    assert _near_duplicate(copy, original)


def test_a_copy_is_kept_when_the_sentence_it_copies_cannot_stand_alone():
    from briefing.retrieval import Index
    from briefing.sentences import Sentence
    from briefing.themes import Theme

    def sentence(id_, text):
        return Sentence(id=id_, source=1, line_start=1, line_end=1, text=text, kind="statement", block=0)

    lame = sentence("1.1", "They must submit an application and undergo an extensive background check.")
    copy = sentence("1.2", "Russian recruits must submit an application and undergo an extensive background check.")
    theme = Theme(id="t", title="T", description="", aliases=[], terms=["application", "background check"],
                  sections="subtopics", subtopics=[], figures=False, entities=[])
    index = Index([lame, copy], [])
    assert len(index.rank(theme)) == 1  # by default a copy goes
    index.stands = lambda s: s is not lame
    assert {r.sentence.id for r in index.rank(theme)} == {"1.1", "1.2"}


def test_of_many_copies_only_the_first_that_can_stand_is_kept_beside_the_original():
    from briefing.retrieval import Index
    from briefing.sentences import Sentence
    from briefing.themes import Theme

    text = "must submit an application and undergo an extensive background check."
    copies = [Sentence(id=f"1.{k}", source=1, line_start=k, line_end=k, text=f"{who} {text}", kind="statement",
                       block=k) for k, who in enumerate(["They", "Recruits", "Volunteers", "Applicants"], 1)]
    theme = Theme(id="t", title="T", description="", aliases=[], terms=["application", "background check"],
                  sections="subtopics", subtopics=[], figures=False, entities=[])
    index = Index(copies, [])
    index.stands = lambda s: s.text.startswith("Volunteers")  # the only copy that can be printed
    kept = [r.sentence.text.split()[0] for r in index.rank(theme)]
    assert "Volunteers" in kept and len(kept) <= 2  # the best-ranked and the one that can stand, no more
