"""A quote with no tag right after the sentence that introduces someone ("Oleg, 44, was a lorry
driver from Kursk. "I could not watch it any more."") is read by an editor as that person's:
it is printed as theirs, cited from the line that names them, and never as a fact or no one's."""
from __future__ import annotations

from pathlib import Path

from briefing import sentences, sources, standalone, verify
from briefing.draft import Citation, Claim

ARTICLE = Path(__file__).parent / "articles" / "introduced" / "01_why.txt"


def split() -> list[sentences.Sentence]:
    return sentences.split(sources.read_source(ARTICLE, 1))


def check(s: sentences.Sentence) -> str | None:
    corpus = sources.Corpus((sources.read_source(ARTICLE, 1),), ())
    return verify.check(Claim(s.text, (Citation(corpus.sources[0].path, s.line_start, s.line_end),)), corpus)


def one(words: str) -> sentences.Sentence:
    [s] = [s for s in split() if words in s.text]
    return s


def test_a_quote_after_an_introduction_by_age_is_that_person_s():
    s = one("I could not watch it")
    assert s.text == ("“I could not watch it any more. My son was fourteen when the war began, and I did not "
                      "want him to grow up thinking this was normal,” [Oleg] says.")
    assert (s.kind, s.line_start, s.line_end) == ("attributed_quote", 9, 9)
    assert check(s) is None
    assert standalone.needs_context(s.text) is None


def test_an_introduction_wrapped_over_lines_is_cited_with_the_quote():
    s = one("children I taught")
    assert s.text == "“The children I taught are being sent to die. I could not stay,” [Salavat Ishmuratov] says."
    assert (s.kind, s.line_start, s.line_end) == ("attributed_quote", 17, 19)
    assert check(s) is None


def test_the_introduction_itself_stays_a_plain_statement():
    assert one("Oleg, 44").kind == "statement"
    assert one("Oleg, 44").text == "Oleg, 44, was a lorry driver from Kursk."


def test_a_place_or_someone_unnamed_gives_a_quote_no_speaker():
    # "Kazan, a city on the Volga, ..." introduces a place; "The third" is no name
    quiet = one("quiet place")
    assert (quiet.kind, quiet.text) == ("quote", "\"It is a quiet place, and it is no longer ours.\"")
    assert one("came for my brother").kind == "quote"


def test_a_quote_that_tags_its_own_speaker_keeps_the_tag():
    assert one("Nobody in my family").text == '"Nobody in my family knows where I am," she said.'
