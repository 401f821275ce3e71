"""Six more page kinds, read as what they are (tests/articles/pages5/, written for these tests): a
fact-check page with claim blocks and verdicts, a chat channel's export, a radio newsroom's
rundown, a tribunal's decision in a case-law database, a newspaper's letters page and a council's
minutes. Their labels never speak, their furniture never becomes a sentence, each message, letter
or clip is dated and voiced as its own, and title, outlet, author and date come from where such
pages keep them."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import meta, sentences, sources, verify
from briefing.draft import Citation, Claim

PAGES = Path(__file__).parent / "articles" / "pages5"


def read(name: str) -> sources.Source:
    return sources.read_source(PAGES / name, 1)


def split(name: str) -> list[sentences.Sentence]:
    return sentences.split(read(name))


def texts(name: str) -> list[str]:
    return [s.text for s in split(name)]


def printable(name: str) -> list[str]:
    """What a briefing may print as said: whole sentences, not bare quotes."""
    return [s.text for s in split(name) if s.kind in ("statement", "attributed_quote")]


def check(name: str, text: str, start: int, end: int) -> str | None:
    corpus = sources.Corpus((read(name),), ())
    return verify.check(Claim(text, (Citation(corpus.sources[0].path, start, end),)), corpus)


# --- a fact-check page ----------------------------------------------------------------------------

def test_fact_check_labels_are_no_speakers_and_no_words_of_a_sentence():
    found = " ".join(texts("factcheck.md"))
    for label in ("[Claim]", "[Verdict]", "Who said it", "Claim:", "Verdict:", "🟥", "🟩", "changed from"):
        assert label not in found


def test_the_claim_checked_and_who_said_it_are_not_citable_and_never_printed_as_fact():
    page = read("factcheck.md")
    assert page.skipped[27] == page.skipped[45] == "fact-check claim (the claim checked, not a finding)"
    assert page.skipped[28] == "fact-check claim (who said it)"
    assert page.skipped[29] == "fact-check verdict label"
    assert not any("will have 80 turbines" in t for t in texts("factcheck.md"))
    assert check("factcheck.md", "The Harrow ridge wind farm will have 80 turbines.", 27, 27) is not None


def test_the_fact_checker_s_findings_are_its_own_reporting():
    found = printable("factcheck.md")
    assert "The developer, Ridgeline Energy, has applied for 24 turbines on the Harrow ridge." in found
    assert "When we published this check we had found no turbine closer than 800 metres to a house." in found


def test_the_at_a_glance_table_is_not_citable():
    page = read("factcheck.md")
    assert all(n in page.skipped for n in range(17, 22))


def test_a_byline_with_dates_between_separators_gives_authors_and_date():
    page = read("factcheck.md")
    assert (page.author, page.published, page.outlet) == ("Lena Okafor and Tomas Brandt", "2025-04-03", "Veritas Desk")


# --- a chat channel's export ----------------------------------------------------------------------

def test_a_channel_export_is_titled_and_published_by_its_channel():
    channel = read("channel_export.txt")
    assert channel.title == "Kessel Valley Rescue | EN"
    assert channel.outlet == "Kessel Valley Rescue"


@pytest.mark.parametrize("line, reason", [
    (3, "chat export notice"), (5, "date separator"), (7, "message header"), (12, "hashtags"),
    (13, "reactions"), (15, "service message"), (20, "media placeholder"), (32, "service message"),
    (38, "media placeholder"), (47, "chat export notice"),
])
def test_a_channel_export_s_furniture_is_not_citable(line, reason):
    assert read("channel_export.txt").skipped[line] == reason


def test_each_message_is_dated_by_its_own_day_separator():
    channel = read("channel_export.txt")
    assert channel.date_at(21) == "2025-01-20"  # "Yesterday our team carried ..."
    assert channel.date_at(33) == "2025-02-03"  # "Today the survey team ..."
    assert channel.date_at(8) == "2025-01-04"


def test_a_forwarded_post_is_the_words_of_the_channel_it_was_forwarded_from():
    [s] = [s for s in split("channel_export.txt") if "closed the Hohe Wand" in s.text]
    assert s.text == "“We have closed the Hohe Wand climbing route until the rock is surveyed,” " \
                     "[Brannock Mountain Guides] says."
    assert s.line_start == 25
    assert check("channel_export.txt", s.text, s.line_start, s.line_end) is None


def test_a_channel_that_names_a_body_is_given_its_the():
    [s] = [s for s in split("channel_export.txt") if "Our dogs searched" in s.text]
    assert s.text.endswith("[the Brannock Mountain Rescue Service] says.")
    assert check("channel_export.txt", s.text, s.line_start, s.line_end) is None


def test_no_placeholder_or_reaction_is_glued_to_a_message():
    found = " ".join(texts("channel_export.txt"))
    for furniture in ("Not included", "1.1K", "#hohewand", "In reply to", "pinned this message", "21:14"):
        assert furniture not in found


# --- a radio newsroom's rundown -------------------------------------------------------------------

def test_a_rundown_is_dated_and_published_by_its_station():
    rundown = read("rundown.txt")
    assert (rundown.outlet, rundown.published) == ("Northdale Radio", "2025-11-12")


@pytest.mark.parametrize("line, reason", [
    (2, "header fields"), (6, "header fields"), (8, "production note (not for air)"),
    (10, "story slug"), (12, "production note (not for air)"), (13, "production note (not for air)"),
    (17, "killed story (not for air)"), (18, "killed story (not for air)"), (19, "killed story (not for air)"),
    (33, "end marker"),
])
def test_a_rundown_s_production_lines_and_killed_stories_are_not_citable(line, reason):
    assert read("rundown.txt").skipped[line] == reason


def test_a_clip_is_its_speaker_s_words_when_the_line_after_it_names_them():
    [s] = [s for s in split("rundown.txt") if "Fire crews reached" in s.text]
    assert s.text == ("“Fire crews reached Kirkby Mill at two this morning. Crews have been wading through the "
                      "water since then,” [Dev Holt] says.")
    assert (s.line_start, s.line_end) == (14, 15)
    assert check("rundown.txt", s.text, 14, 15) is None
    [c] = [s for s in split("rundown.txt") if "Please stay away" in s.text]
    assert c.text == "“Please stay away from the river until you are told to,” [Mair Price] says."


def test_the_line_that_names_a_clip_s_speaker_is_no_point_but_the_rest_of_it_is():
    said = {s.text: s.kind for s in split("rundown.txt")}
    assert said["That was the station manager, Dev Holt."] == "fragment"
    assert said["Schools in Kirkby Mill are closed today."] == "statement"


# --- a tribunal's decision in a case-law database ----------------------------------------------

def test_a_decision_is_published_by_its_tribunal_on_the_day_it_was_promulgated():
    decision = read("tribunal.txt")
    assert (decision.title, decision.outlet, decision.published) == (
        "RK v HALDANE FREIGHT LTD", "Employment Appeal Tribunal", "2025-06-24")


@pytest.mark.parametrize("line, reason", [
    (10, "database catchwords (not part of the decision)"),
    (12, "database headnote (not part of the decision)"), (13, "database headnote (not part of the decision)"),
    (15, "anonymity order"), (17, "representation"), (25, "page marker"), (31, "signature"),
    (35, "related documents"), (36, "site blurb"),
])
def test_the_database_s_own_words_and_the_decision_s_furniture_are_not_citable(line, reason):
    assert read("tribunal.txt").skipped[line] == reason


# --- a letters page -------------------------------------------------------------------------------

def test_a_letter_s_sentences_are_its_writer_s_cited_down_to_the_signature():
    [s] = [s for s in split("letters.md") if "two hours at Fenbridge quay" in s.text]
    assert s.text.endswith("[Harriet Quayle] writes.")  # a letter is written
    assert (s.line_start, s.line_end) == (15, 19)
    assert check("letters.md", s.text, 15, 19) is None
    assert check("letters.md", "“Nobody from the operator told us why,” [Owen Pryde] writes.", 15, 19) is not None
    [last] = [s for s in split("letters.md") if "used the ferry" in s.text]  # the signed letter's last sentence
    assert check("letters.md", last.text, last.line_start, last.line_end) is None  # is rebutted, not printed


def test_what_an_editor_s_note_rebuts_is_not_printed_and_the_note_is_the_paper_s_reporting():
    found = printable("letters.md")
    assert not any("bonus of £200,000" in t for t in found)
    assert not any("40 per cent" in t for t in found)
    assert "“I have used the ferry for thirty years,” [Owen Pryde] writes." in found  # what the note leaves alone
    note = "The operator, Estuary Crossings, told the Echo that fares rose by 12 per cent"
    assert any(t.startswith(note) for t in found)


def test_an_unsigned_letter_is_no_one_s_fact():
    assert not any("short of four deckhands" in t for t in printable("letters.md"))


def test_a_letters_page_s_signatures_are_not_citable_alone():
    page = read("letters.md")
    assert page.skipped[19] == page.skipped[27] == page.skipped[35] == "letter signature"
    assert page.skipped[9] in ("letters page notice", "contact details")


# --- a council's minutes --------------------------------------------------------------------------

def test_minutes_are_titled_by_their_title_block_and_dated_by_the_meeting():
    minutes = read("minutes.txt")
    assert minutes.title.startswith("MINUTES of the meeting of the Planning Committee held on Tuesday 8 April 2025")
    assert minutes.published == "2025-04-08"


@pytest.mark.parametrize("line, reason", [(12, "draft notice"), (14, "attendance list"), (22, "page footer"),
                                          (28, "page footer")])
def test_minutes_furniture_is_not_citable(line, reason):
    assert read("minutes.txt").skipped[line] == reason


def test_a_resolution_s_label_is_no_word_of_it():
    assert not any("RESOLVED" in t for t in printable("minutes.txt"))


# --- cutting a relative day -----------------------------------------------------------------------

def test_a_relative_day_in_a_pair_is_cut_with_its_pair_or_not_at_all():
    cut = meta.undate("The council had taken 1,400 calls about the quarry on Monday and Tuesday.")
    assert cut is None or not cut.rstrip(".").endswith(" and")
    cut = meta.undate("212 letters of objection had been received on Monday and Tuesday.")
    assert cut is None or not cut.rstrip(".").endswith(" and")



# --- an interview printed as bold questions --------------------------------------------------------

def test_an_interviews_bold_questions_are_not_letter_signatures_or_findings():
    found = split("interview.md")
    texts_ = [s.text for s in found]
    # the prompt that is no question ("People say the ferry will never run again.") is the
    # interviewer's, and no answer is voiced as a question's words
    assert not any("never run again" in t for t in texts_)
    assert not any("?]" in t or "again.]" in t for t in texts_)
    assert "“It will run in July,” [Olsen] says." in texts_  # the answer is the interviewee's, named above


# --- a hard-wrapped letters page, signed without bold ---------------------------------------------

def test_a_wrapped_letters_page_s_letters_are_their_writers_cited_down_to_the_signature():
    found = {s.text: s for s in split("letters_wrapped.txt")}
    fine = "“A £100 fine means nothing if nobody is ever fined,” [Margaret Illtyd] writes."
    assert fine in found and found[fine].line_end == 37  # the signature's line
    assert "“The answer is 43, and only 19 of them have been inspected this year,” [Nerys Pughe] writes." in found
    # the first letter runs from under its headline, not from the paper's own view above it
    assert any(t.startswith("“My farm is one of the 34") and t.endswith("[Rhodri Watkin] writes.") for t in found)
    assert "The regulator says the bank gave way." in found  # the paper's view is no letter
    page = read("letters_wrapped.txt")
    assert page.skipped[23] == page.skipped[30] == page.skipped[37] == "letter signature"
    # the verifier holds every engine to it: a letter's words say whose they are
    assert check("letters_wrapped.txt", fine, 35, 37) is None
    assert check("letters_wrapped.txt", "A £100 fine means nothing if nobody is ever fined.", 35, 37).startswith(
        "someone's words")
    assert check("letters.md", "Nobody from the operator told us why.", 15, 19).startswith("someone's words")


# --- a podcast page with an automatic transcript ---------------------------------------------------

def test_an_automatic_transcript_s_numbered_speakers_are_someone_s_words_never_a_fact():
    said = [s for s in split("podcast.txt") if 8 <= s.line_start <= 11]
    assert said and all(s.kind == "quote" for s in said)  # "Speaker 2" names no one
    assert not any("Speaker" in s.text for s in said)  # the label is no word of theirs
    assert "But people faint in queues every summer and nobody dies." not in printable("podcast.txt")


def test_a_podcast_s_tags_and_listener_comments_are_furniture():
    page = read("podcast.txt")
    assert page.skipped[13] == "site blurb"  # "Tags: Dalmarnock Yards · crowd safety · ..."
    assert page.skipped[14] == "comments" and page.skipped[15] == page.skipped[16] == "reader comment"
    assert not any("Gate C sounded like" in t for t in printable("podcast.txt"))
