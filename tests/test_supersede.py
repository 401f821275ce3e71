"""A figure or plan a later line takes back is not printed as if still true (issue 8, check g).

The articles under tests/articles/superseded are written for these tests: a wire story of 3
March, the firm's notice of 6 March with a page history, and a hearing where a witness corrects
himself after the break."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import claim, line_of

from briefing import sentences, sources, supersede, themes
from briefing.draft import Citation, Claim
from briefing.engines.extractive import Extractive
from briefing.pipeline import Settings, prepare
from briefing.verify import check

FOLDER = Path(__file__).parent / "articles" / "superseded"


@pytest.fixture(scope="module")
def corpus() -> sources.Corpus:
    return sources.load(FOLDER)


def test_a_count_a_later_dated_page_corrects_fails_the_verifier(corpus):
    old = claim(corpus, "Police in Dunmore said one person has been arrested after the fire on the Starling.",
                ("01", "one person has been arrested"))
    assert check(old, corpus).startswith("taken back later:")
    assert "from one to two" in check(old, corpus)


def test_a_correction_printed_beside_the_old_figure_passes(corpus):
    both = claim(corpus, "Police in Dunmore said one person has been arrested after the fire on the Starling. "
                 "Corrected the number of people arrested from one to two.",
                 ("01", "one person has been arrested"), ("02", "Corrected the number"))
    assert check(both, corpus) is None


def test_a_plan_a_later_page_withdraws_fails_and_the_new_plan_passes(corpus):
    old = claim(corpus, "Harbour Lines will make all 900 booked passengers travel on a replacement ferry on 12 March, "
                "the company said on Tuesday.", ("01", "replacement ferry on 12 March"))
    assert check(old, corpus).startswith("taken back later:")
    new = claim(corpus, "Passengers may now choose a refund or a seat on any crossing before 30 April.",
                ("02", "Passengers may now choose"))
    assert check(new, corpus) is None


def test_a_postponed_hearing_is_not_printed_on_its_first_date(corpus):
    old = claim(corpus, "An inquiry hearing into the fire will be held on 10 March.", ("01", "inquiry hearing"))
    assert check(old, corpus).startswith("taken back later:")
    other_event = claim(corpus, "Harbour Lines' annual safety review is scheduled for 20 April.",
                        ("01", "safety review"))
    assert check(other_event, corpus) is None


def test_a_witness_who_corrects_his_figure_after_the_break_takes_back_the_first(corpus):
    found = supersede.of(corpus).retractions
    fixed = [r for r in found if r.text.startswith("“That is not right")]
    assert len(fixed) == 1 and fixed[0].old == frozenset({(32, False)})
    sents = prepare(Settings(sources=FOLDER), themes.load()).sentences
    first = next(s for s in sents if "thirty-two crew" in s.text and "break" not in s.text)
    assert supersede.of(corpus).taken_back(first.text, [(first.source, first.line_start, first.line_end)]) is fixed[0]
    built = next(s for s in sents if "built in 2009" in s.text)  # the same turn, another fact
    assert supersede.of(corpus).taken_back(built.text, [(built.source, built.line_start, built.line_end)]) is None


def test_what_is_not_taken_back_stays(corpus):
    same_figure_other_thing = claim(corpus, "The Starling carries up to 400 passengers on a crossing of about "
                                    "four hours.", ("01", "carries up to 400"))
    assert check(same_figure_other_thing, corpus) is None


def test_a_figure_dated_in_its_own_words_stays_true_after_it_changes(tmp_path):
    (tmp_path / "a.txt").write_text("Ferry traffic grows\n\nPublished 1 March 2026\n\n"
                                    "Harwick port handled 100 sailings a week in January.\n")
    (tmp_path / "b.txt").write_text("Ferry traffic grows again\n\nPublished 9 March 2026\n\n"
                                    "Sailings rose from 100 to 140 a week in February, the port said.\n")
    corpus = sources.load(tmp_path)
    january = Claim("Harwick port handled 100 sailings a week in January.", (Citation(corpus.sources[0].path, 5, 5),))
    assert check(january, corpus) is None


def test_undated_articles_take_nothing_back_from_each_other(tmp_path):
    (tmp_path / "a.txt").write_text("Ferry arrests\n\nPolice said one person has been arrested after the fire.\n")
    (tmp_path / "b.txt").write_text("Ferry arrests update\n\n"
                                    "Police corrected the number of people arrested from one to two.\n")
    corpus = sources.load(tmp_path)
    old = Claim("Police said one person has been arrested after the fire.", (Citation(corpus.sources[0].path, 3, 3),))
    assert check(old, corpus) is None  # which came first is unknown


def test_the_extractive_engine_prints_the_correction_not_the_old_figure():
    book = themes.load(FOLDER / "themes.toml")
    ctx = prepare(Settings(sources=FOLDER), book, [book.get("ferry")])
    draft = Extractive().draft(book.get("ferry"), ctx)
    printed = " ".join(c.text for s in draft.sections for c in s.claims)
    assert "arrested two people" in printed
    assert "one person has been arrested" not in printed
    assert "replacement ferry on 12 March" not in printed
    assert "held on 10 March" not in printed
    assert "thirty-two" not in printed


def test_a_figure_given_anew_stands_down_the_earlier_figure_for_the_same_thing(corpus):
    old = claim(corpus, "Harbour Lines says up to nine hundred of its passengers are still waiting for a crossing.",
                ("04", "up to nine hundred"))
    assert "now puts the number" in check(old, corpus)
    other = claim(corpus, "Harbour Lines' chief engineer, Rosa Diaz, said the Starling had twelve years of "
                  "service left.",
                  ("04", "twelve years"))
    assert check(other, corpus) is None  # another figure of the same bulletin, not what the update counts


def test_a_figure_that_should_read_another_is_taken_back(corpus):
    found = [r for r in supersede.of(corpus).retractions if "should read" in r.text]
    assert [r.old for r in found] == [frozenset({(900, False)})]


def test_a_report_the_speaker_says_misquoted_her_is_taken_back(corpus):
    misquote = claim(corpus, "Your report on Thursday said that 50 jobs were at risk at the harbour.",
                     ("05", "Your report on Thursday"))
    assert check(misquote, corpus).startswith("taken back later:")
    reply = claim(corpus, "Up to 50 jobs at the cafés and shops on the quay could be affected if the crossings stop "
                  "for a month.", ("05", "Your report on Thursday"))
    assert check(reply, corpus) is None  # the same figure said right comes after the correction


def test_a_date_a_corrections_box_changes_is_taken_back(corpus):
    old = claim(corpus, "On Tuesday we reported that the inquiry would publish its findings on 20 May.",
                ("05", "On Tuesday we reported"))
    assert check(old, corpus).startswith("taken back later:")


def test_a_misquote_goes_but_the_figure_said_right_elsewhere_stays(corpus):
    right = claim(corpus, "Up to 50 jobs at the cafés and shops on the quay could be affected, the harbour master "
                  "said on Tuesday.", ("01", "Up to 50 jobs"))
    assert check(right, corpus) is None  # the letter corrects what the paper said of the 50, not the 50


def test_a_date_not_known_then_fails_once_a_later_article_gives_it(corpus):
    # 06 (5 March): the firm would not put a date on it; 07 (10 March) gives mid-April
    stale = claim(corpus, "Harbour Lines would not put a date on resuming the Starling service.",
                  ("06", "would not put a date"))
    assert check(stale, corpus).startswith("answered later:")
    both = claim(corpus, "Harbour Lines would not put a date on resuming the Starling service. "
                 "What's changed in this update (10 March): the Starling service is now expected to resume in "
                 "mid-April, because the engine room needs a new switchboard.",
                 ("06", "would not put a date"), ("07", "What's changed"))
    assert check(both, corpus) is None


def test_a_date_the_page_s_update_note_moves_fails_wherever_it_stands_on_the_page(corpus):
    # the note at the top of 07 says mid-April; an answer further down still says end of March
    stale = claim(corpus, "The Starling service is expected to resume at the end of March, subject to sea trials.",
                  ("07", "is expected to resume at the end of March"))
    assert check(stale, corpus).startswith("taken back later:")
    hoped = claim(corpus, "Harbour Lines had hoped to resume the service at the end of March.",
                  ("07", "had hoped"))
    assert check(hoped, corpus) is None  # "had hoped" says the plan moved


def test_a_date_given_by_someone_later_in_the_same_article_answers_nothing(corpus):
    # the firm would not give a date; a port official's words later in the same article do not
    # make that untrue
    r = supersede.Superseded([], corpus)
    assert r.answered("Harbour Lines would not put a date on resuming the Starling service.",
                      [(7, 9, 9)]) is None


def test_a_date_spoken_as_words_is_the_same_date(corpus):
    # a transcript's "the tenth of March" is the hearing 02 postpones, as "10 March" is
    keys = supersede._date_keys("on the tenth of March, not the twenty-third of March")
    assert keys == {("10", "mar"), ("23", "mar")}
    path, n = line_of(corpus, "01", "inquiry hearing")
    spoken = "An inquiry hearing into the fire will be held on the tenth of March."
    assert supersede.of(corpus).taken_back(spoken, [(1, n, n)]) is not None


def _still_out(tmp_path, later: str) -> sources.Corpus:
    (tmp_path / "a.txt").write_text("Lynx escapes from wildlife park\n\nPublished 2 March 2026\n\n"
                                    "Two lynx escaped on Sunday. Mira, a three-year-old female, is believed to be "
                                    "in Kielder Forest.\n")
    (tmp_path / "b.txt").write_text(f"Both lynx back at park\n\nPublished 9 March 2026\n\n{later}\n")
    return sources.load(tmp_path)


def test_someone_still_out_fails_once_a_later_article_has_them_found(tmp_path):
    corpus = _still_out(tmp_path, "Mira was darted near Bellingham on 6 March and returned to the park.")
    stale = Claim("Mira, a three-year-old female, is believed to be in Kielder Forest.",
                  (Citation(corpus.sources[0].path, 5, 5),))
    assert check(stale, corpus).startswith("answered later:")


def test_someone_still_out_stands_when_no_later_article_finds_them(tmp_path):
    corpus = _still_out(tmp_path, "Rangers said the search for Mira would go on through the weekend.")
    stale = Claim("Mira, a three-year-old female, is believed to be in Kielder Forest.",
                  (Citation(corpus.sources[0].path, 5, 5),))
    assert check(stale, corpus) is None


def test_something_else_found_in_the_same_place_answers_nothing(tmp_path):
    corpus = _still_out(tmp_path, "A stolen quad bike was found in Kielder Forest on 6 March.")
    stale = Claim("Mira, a three-year-old female, is believed to be in Kielder Forest.",
                  (Citation(corpus.sources[0].path, 5, 5),))
    assert check(stale, corpus) is None


def test_a_count_the_regulator_is_now_aware_of_takes_back_the_first(tmp_path):
    # fresh14's product safety report left "aware of 11 incidents" standing beside its update
    (tmp_path / "a.md").write_text(
        "# Kestrion battery presents a serious risk of fire\n\nPublished 12 June 2028\n\n"
        "OPSS is aware of 11 incidents involving the product, including a house fire in which two people died.\n\n"
        "**[Updated 19 June 2028]** OPSS is now aware of 17 incidents involving the product, including three "
        "deaths.\n", encoding="utf-8")
    corpus = sources.load(tmp_path)
    old = Claim("OPSS is aware of 11 incidents involving the product, including a house fire in which two people "
                "died.", (Citation(corpus.sources[0].path, 5, 5),))
    assert "now aware of 17" in (check(old, corpus) or "")


def test_a_corrected_answer_s_label_is_no_word_of_the_answer(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Written questions, answers and statements\n\n"
        "Corrected answer: OPSS is aware of 17 incidents involving Kestrion KX-48 batteries, including three "
        "deaths.\n", encoding="utf-8")
    texts = [s.text for s in sentences.split(sources.read_source(tmp_path / "a.txt", 1))]
    assert "OPSS is aware of 17 incidents involving Kestrion KX-48 batteries, including three deaths." in texts


# --- shut "until further notice", then open again (fresh24's cricket club page) -----------------------

def _ground(tmp_path, update: str):
    (tmp_path / "a.md").write_text(
        "# Hornets stop play at the Haugh\n\nPosted Sunday 23 August 2037\n\n"
        f"{update}\n\n"
        "Three people were stung when hornets came out of the scorebox.\n\n"
        "The Haugh is closed until further notice while the inspectors check the ground for further nests.\n",
        encoding="utf-8")
    return sources.load(tmp_path)


def test_a_place_shut_until_further_notice_is_stale_once_the_page_says_it_reopens(tmp_path):
    corpus = _ground(tmp_path, "**UPDATE Tuesday:** The ground reopens for the home game on Saturday 5 September.")
    shut = Claim("The Haugh is closed until further notice while the inspectors check the ground for further nests.",
                 (Citation(corpus.sources[0].path, 9, 9),))
    assert "reopens" in (check(shut, corpus) or "")
    both = Claim("The ground reopens for the home game on Saturday 5 September. " + shut.text,
                 (Citation(corpus.sources[0].path, 5, 5), Citation(corpus.sources[0].path, 9, 9)))
    assert check(both, corpus) is None  # printed with the line that reopens it, it is the story


@pytest.mark.parametrize("update", [
    "**UPDATE Tuesday:** The club will not reopen the ground before the inspectors report.",
    "**UPDATE Tuesday:** The inspectors found no further nests.",
])
def test_a_place_shut_until_further_notice_stands_when_nothing_reopens_it(tmp_path, update):
    corpus = _ground(tmp_path, update)
    shut = Claim("The Haugh is closed until further notice while the inspectors check the ground for further nests.",
                 (Citation(corpus.sources[0].path, 9, 9),))
    assert check(shut, corpus) is None
