"""The one verifier: what passes and what is dropped, with the reason."""

from __future__ import annotations

import pytest
from conftest import source_named

from briefing import sources
from briefing.draft import Citation, Claim, Draft, Section
from briefing.sentences import split
from briefing.verify import check, verify

STATEMENT = ("Russian soldiers said they must submit an application and undergo an extensive background check "
             "that includes lie tests.")


@pytest.fixture()
def nyt(corpus):
    return source_named(corpus, "000").path


def claim(text, path, start, end=None):
    return Claim(text, (Citation(path, start, end or start),))


def test_accepts_a_sentence_with_its_own_line(corpus, nyt):
    assert check(claim(STATEMENT, nyt, 31), corpus) is None


def test_accepts_a_faithful_paraphrase(corpus, nyt):
    text = "[Russians] must submit an application and undergo an extensive background check with lie tests."
    assert check(claim(text, nyt, 31), corpus) is None


def test_a_referent_from_another_sentence_goes_in_brackets(corpus, nyt):
    # "Russians" is in line 31, but in another sentence than the one about the application.
    text = "Russians must submit an application and undergo an extensive background check with lie tests."
    assert "cited sentence" in check(claim(text, nyt, 31), corpus)


def test_accepts_a_wrapped_sentence_over_its_line_range(corpus):
    cnn = source_named(corpus, "001").path
    text = ("Now with his family in Ukraine – where he considers them to be safer – Caesar says he is one "
            "of around 200 Russian citizens fighting alongside Ukrainian forces, against their "
            "own country’s armies.")
    assert check(claim(text, cnn, 63, 65), corpus) is None


@pytest.mark.parametrize("text, start, end, reason", [
    (STATEMENT.replace("lie tests", "3 lie tests"), 31, 31, "number 3 is not in the cited lines"),
    ("Recruits said “we are checked by the FSB every week”.", 31, 31, "quoted passage"),
    (STATEMENT, 500, 500, "out of range"),
    (STATEMENT, 30, 30, "is blank"),
    (STATEMENT, 70, 70, "site navigation"),
    ("Newsweek says they must submit an application and undergo a background check.", 31, 31, "name \"Newsweek\""),
    ("Russian soldiers said they do not need to undergo an extensive background check that includes lie tests.",
     31, 31, "negation"),
    ("The legion pays its recruits a monthly salary in dollars and euros.", 31, 31, "content words"),
    (STATEMENT, 1, 40, "spans more than"),
])
def test_rejects(corpus, nyt, text, start, end, reason):
    assert reason in (check(claim(text, nyt, start, end), corpus) or "")


def test_rejects_dropped_negation(corpus):
    rvc = source_named(corpus, "002").path
    text = "But Ukrainian officials have confirmed the military’s ties to the group."
    assert "drops the negation" in check(claim(text, rvc, 51), corpus)


def test_rejects_a_scale_word_the_source_lacks(corpus):
    watson = source_named(corpus, "002").path  # line 55 has "one of the most", no "million"
    text = "In 2017, Robert Claus described Nikitin to Vice as one of a million right-wing extremists in Europe."
    assert check(claim(text, watson, 55), corpus) == '"million" is not in the cited lines'


def test_rejects_uncited_and_unknown_file(corpus):
    assert check(Claim(STATEMENT, ()), corpus) == "no citation"
    assert "not a source" in check(claim(STATEMENT, "seeds/nope.txt", 31), corpus)


def test_verify_drops_failures_and_records_them(corpus, nyt):
    draft = Draft("vetting", "Vetting", "test", [Section("Points", "points", [
        claim(STATEMENT, nyt, 31), claim(STATEMENT.replace("lie", "4 lie"), nyt, 31)])])
    out = verify(draft, corpus)
    assert [c.text for s in out.sections for c in s.claims] == [STATEMENT]
    assert out.audit()["checked"] == 2 and out.audit()["dropped"] == 1
    assert "number 4" in out.audit()["dropped_sentences"][0]["reason"]


def test_the_cited_outlet_in_brackets_is_not_a_content_word_the_lines_must_carry(corpus):
    express = source_named(corpus, "003").path
    text = "The Siberian Battalion consists of a few dozen fighters, [according to The Daily Express]."
    assert check(claim(text, express, 18, 18), corpus) is None
    assert "not in the cited lines" in check(claim(text.replace("Daily Express", "Daily Mirror"), express, 18, 18),
                                             corpus)


def test_a_citation_may_span_two_paragraphs_of_a_page_saved_one_per_line(tmp_path):
    first = ("For families like that of Guadalupe Renteria, 34, the water became a second rent, and she now "
             "spends about 40 dollars a week on bottled water for her three children, she says.")
    second = ("Her youngest son, who is 3, was in hospital for four days with dehydration. The doctors at the "
              "regional hospital confirmed that it was cryptosporidium, Renteria says.")
    (tmp_path / "a.txt").write_text(f"Water costs families\n\n{first}\n{second}\n")
    corpus = sources.load(tmp_path)
    claim = Claim("[Guadalupe Renteria’s] youngest son, who is 3, was in hospital for four days with dehydration.",
                  (Citation(corpus.sources[0].path, 3, 4),))
    assert check(claim, corpus) is None


def test_a_word_the_wrap_split_with_a_hyphen_is_in_the_cited_lines_whole(tmp_path):
    (tmp_path / "a.txt").write_text("Drone crews train for a month\n\nEvery recruit of the Onega Detachment "
                                    "must finish a 30-day simu-\nlator course, Ivan Petrov said.\n")
    corpus = sources.load(tmp_path)
    path = corpus.sources[0].path
    text = "Every recruit of the Onega Detachment must finish a 30-day simulator course, Ivan Petrov said."
    assert check(Claim(text, (Citation(path, 3, 4),)), corpus) is None
    only_first = "Every recruit of the Onega Detachment must finish a 30-day simulator course."
    assert check(Claim(only_first, (Citation(path, 3, 3),)), corpus) is not None  # "lator course" is on line 4


def test_a_list_read_without_its_markers_is_in_the_cited_lines(tmp_path):
    (tmp_path / "a.txt").write_text("Checks for volunteers\n\nEvery recruit of the Taiga Battalion must:\n"
                                    "* pass an interview with the security service;\n* take a polygraph\n"
                                    "  test and wait a month.\n")
    corpus = sources.load(tmp_path)
    [s] = split(corpus.sources[0])
    assert check(Claim(s.text, (Citation(corpus.sources[0].path, s.line_start, s.line_end),)), corpus) is None
    assert "*" not in s.text


def test_a_speaker_s_label_is_where_the_bracketed_speaker_comes_from(tmp_path):
    (tmp_path / "a.txt").write_text("Across the Border, Episode 12\n\n[00:00:08] MIRA TALLIS: Welcome back.\n\n"
                                    "[00:00:15] OLEG VANT: I'd put the Taiga Battalion at about 150. They count the "
                                    "wounded\ntoo. Nobody checks the Taiga Battalion's number.\n")
    corpus = sources.load(tmp_path)
    path = corpus.sources[0].path
    said = "“Nobody checks the Taiga Battalion's number,” [Oleg Vant] says."
    assert said in [s.text for s in split(corpus.sources[0])]
    assert check(Claim(said, (Citation(path, 5, 6),)), corpus) is None
    assert "Mira" in check(Claim(said.replace("Oleg Vant", "Mira Tallis"), (Citation(path, 5, 6),)), corpus)


def _hearing():
    from pathlib import Path

    from briefing import themes
    from briefing.pipeline import Settings, prepare
    return prepare(Settings(sources=Path(__file__).parent / "articles" / "hearing"), themes.load(None)).corpus


def test_a_bracket_inside_a_quote_may_name_the_words_it_stands_for():
    corpus = _hearing()
    path = corpus.sources[0].path
    text = "“[The Siberian Battalion] has written to us,” [Mr Berg] says."
    assert check(Claim(text, (Citation(path, 5, 5), Citation(path, 7, 7))), corpus) is None


def test_a_bracket_inside_a_quote_never_stands_for_a_word_that_says_something():
    corpus = _hearing()
    path = corpus.sources[0].path
    text = "“The battalion has [our estimate] to us,” [Mr Berg] says."  # the bracket's words are line 5's
    assert "quoted passage" in check(Claim(text, (Citation(path, 5, 5), Citation(path, 7, 7))), corpus)


def test_the_verifier_fails_any_engine_s_claim_on_a_wiki_talk_page(tmp_path):
    # a model may print an editor's comment as the encyclopedia's fact; the extractive engine never does
    (tmp_path / "talk.txt").write_text(
        "Panopedia The Free Encyclopedia\nTalk:Mologa Column\nFrom Panopedia, the free encyclopedia\n"
        "The Herald says nine killed since April. Siltstone (talk) 12:10, 16 January 2032 (UTC)Reply\n"
        "Telegram said eleven on 20 February. Vashti K (talk) 19:41, 20 February 2032 (UTC)Reply\n")
    corpus = sources.load(tmp_path)
    path = corpus.sources[0].path
    why = check(Claim("The Herald says nine were killed since April.", (Citation(path, 4, 4),)), corpus)
    assert why is not None and "talk page" in why
