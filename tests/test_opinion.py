"""Opinion columns (tests/articles/opinion/, written for these tests): a column's own sentences are
its writer's view, printed as theirs ("“...,” [Ruth Calder] writes in [The Harbour Echo]."), never
as the outlet's fact; what it reports others saying keeps their name; its demands and maxims are
not printed; its declared interest travels with the source. A news story whose nav bar lists
"Opinion" is not a column."""

from __future__ import annotations

from pathlib import Path

from briefing import kinds, meta, render, sentences, sources, verify
from briefing.draft import Citation, Claim

PAGES = Path(__file__).parent / "articles" / "opinion"


def read(name: str) -> sources.Source:
    return sources.read_source(PAGES / name, 1)


def split(name: str) -> list[sentences.Sentence]:
    return sentences.split(read(name))


def sentence(name: str, words: str) -> sentences.Sentence:
    [s] = [s for s in split(name) if words in s.text]
    return s


def check(name: str, text: str, start: int, end: int) -> str | None:
    corpus = sources.Corpus((read(name),), ())
    return verify.check(Claim(text, (Citation(corpus.sources[0].path, start, end),)), corpus)


def test_a_kicker_over_the_headline_makes_a_page_a_column():
    assert read("column.txt").opinion


def test_a_section_path_and_a_columnist_bio_make_a_markdown_page_a_column():
    assert read("column.md").opinion


def test_a_news_story_whose_nav_bar_lists_opinion_is_not_a_column():
    assert not read("news.txt").opinion


def test_the_columnist_is_named_from_the_bio_when_no_byline_names_them():
    assert read("column.md").author == "Jonah Pryce"


def test_a_column_s_own_sentence_is_printed_as_its_writer_s():
    s = sentence("column.txt", "from four")
    assert s.text == ("“In January the county cut the winter ferry to Kelby Island from four sailings a day to two, "
                      "to save £61,000 a year,” [Ruth Calder] writes in [The Harbour Echo].")


def test_the_writer_s_attribution_passes_the_verifier_from_the_source_record():
    s = sentence("column.txt", "from four")
    assert check("column.txt", s.text, s.line_start, s.line_end) is None


def test_a_columnist_the_source_does_not_name_fails_the_verifier():
    s = sentence("column.txt", "from four")
    wrong = s.text.replace("[Ruth Calder]", "[Tom Ashdown]")
    assert check("column.txt", wrong, s.line_start, s.line_end) is not None


def test_a_byline_author_is_no_bracket_word_on_a_news_story():
    text = "“The operator said two deckhands were off sick and it could not find cover,” [Tom Ashdown] says."
    assert check("news.txt", text, 12, 12) is not None


def test_a_column_s_report_of_someone_else_s_words_keeps_their_attribution():
    s = sentence("column.md", "scheme cost")
    assert s.text == "The council says the scheme cost £240,000 a year."


def test_a_column_s_demand_is_not_printed():
    assert sentence("column.txt", "Restore the morning sailing").kind == "fragment"


def test_a_column_s_maxim_is_not_printed():
    assert sentence("column.md", "Hunger does not take a holiday").kind == "fragment"


def test_a_column_s_disclaimer_is_not_printed():
    assert sentence("column.txt", "views expressed").kind == "fragment"


def test_the_outlet_s_correction_under_a_column_is_not_the_writer_s():
    assert sentence("column.txt", "amended on 13 March").text.startswith("Correction:")


def test_a_news_story_s_sentences_are_not_voiced():
    assert sentence("news.txt", "deckhands").text.startswith("The operator said")


def test_a_declared_interest_is_kept_on_the_source_with_its_lines():
    src = read("column.txt")
    assert src.interest == (19, 20)
    assert render.interest(src)["text"].startswith("Declaration of interest: the writer is a trustee of the Kelby")


def test_a_letters_page_is_not_a_column():
    stripped = ["[Opinion](/opinion) › [Letters](/opinion/letters)", "", "# Letters: the ferry", "",
                "The fare rise is a scandal and the county knows it well enough.", "", "**Ann Lowe**", "",
                "The boat was late on each of the last six Mondays, every one of them.", "", "**Ben Hale**"]
    assert kinds.column(stripped) is None


def test_a_byline_glued_to_its_dateline_gives_the_author_and_the_date():
    lines = ("THE SENTINEL", "A headline over the column", "Ada LovettSaturday June 20 2026, 5.00am, The Sentinel",
             "", "The first paragraph of the column runs on and on for more than sixteen words so it is prose.")
    assert meta.from_text(lines, {}) == ("2026-06-20", "Ada Lovett")


def test_an_undated_cut_never_leaves_a_preposition_hanging():
    assert meta.undate("The county has scheduled the first two for this autumn.") is None
