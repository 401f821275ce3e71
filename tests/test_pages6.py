"""Three more page kinds, read as what they are (tests/articles/pages6/, written for these tests):
a transcript service's raw call transcript, a council's questions-and-answers page and a
newspaper page OCR'd from print. A service or a platform that hosts the words is never whose
they are; a machine's summary is never cited; an answer is never printed without its question;
a caption or an advert is never glued into a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import kinds, sentences, sources, supersede, themes, verify
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare

PAGES = Path(__file__).parent / "articles" / "pages6"


def read(name: str) -> sources.Source:
    return sources.read_source(PAGES / name, 1)


def split(name: str) -> list[sentences.Sentence]:
    return sentences.split(read(name))


def printable(name: str) -> list[str]:
    """What a briefing may print as said: whole sentences, not bare quotes."""
    return [s.text for s in split(name) if s.kind in ("statement", "attributed_quote")]


def check(name: str, text: str, start: int, end: int) -> str | None:
    corpus = sources.Corpus((read(name),), ())
    return verify.check(Claim(text, (Citation(corpus.sources[0].path, start, end),)), corpus)


# --- a transcript service's call transcript --------------------------------------------------------

def test_a_call_transcript_is_dated_by_its_title_line_stamp():
    assert read("call_transcript.txt").published == "2026-03-11"  # "Wed 11-Mar-2026 09:00 GMT"


def test_the_transcript_service_only_hosts_the_words():
    call = read("call_transcript.txt")
    assert (call.outlet, call.host) == ("Quotewire", True)


@pytest.mark.parametrize("line, reason", [
    (3, "transcript service notice"), (4, "auto-generated summary"), (5, "auto-generated summary"),
    (8, "participant list"), (11, "participant list"), (13, "operator line"), (15, "speaker line"),
    (18, "transcript cue"), (34, "transcript service notice"),
])
def test_a_call_transcript_s_furniture_is_not_citable(line, reason):
    assert read("call_transcript.txt").skipped[line] == reason


def test_a_machine_made_key_point_is_never_a_sentence():
    assert not any("refill" in t for t in printable("call_transcript.txt"))


def test_each_sentence_of_a_turn_is_its_speaker_s_cited_from_the_speaker_line():
    said = {s.text: (s.line_start, s.line_end) for s in split("call_transcript.txt")}
    text = ("“The Denby reservoir is at forty per cent of capacity, the lowest level we have recorded since 1976,” "
            "[Mara Quill, of Harlow Water plc] says.")
    assert said[text] == (15, 16)
    assert check("call_transcript.txt", text, 15, 16) is None


def test_after_a_technical_difficulty_the_unlabelled_words_are_still_the_same_speaker_s():
    text = ("“The hosepipe ban stays in place until the reservoir is back above sixty per cent,” "
            "[Mara Quill, of Harlow Water plc] says.")
    assert text in printable("call_transcript.txt")
    assert check("call_transcript.txt", text, 15, 19) is None


def test_the_operator_makes_no_point():
    assert not any("[Operator]" in t for t in printable("call_transcript.txt"))


def test_a_speaker_s_self_correction_is_not_printed_with_its_wrong_half():
    assert not any("a month" in t for t in printable("call_transcript.txt"))


def test_a_sentence_of_the_call_is_never_given_to_the_transcript_service():
    text = "Revenue for the half rose to £212 million, [according to Quotewire]."
    assert "Quotewire" in check("call_transcript.txt", text, 21, 21)
    voiced = "Revenue for the half rose to £212 million, [Owen Brack, of Harlow Water plc] says."
    assert check("call_transcript.txt", voiced, 20, 21) is None


# --- a council's questions-and-answers page ----------------------------------------------------------

def test_a_page_kept_up_to_date_is_dated_by_its_last_update():
    assert read("faq.md").published == "2026-03-20"  # "First published: 2 March 2026 · Last updated: 20 March 2026"


def test_an_answer_that_only_answers_its_question_is_printed_with_it_cited_from_the_question_line():
    said = {s.text: (s.line_start, s.line_end) for s in split("faq.md")}
    text = "To “When will garden waste collections restart?”, [Dunmere District Council] says: “Not before 30 March.”"
    assert said[text] == (17, 19)
    assert check("faq.md", text, 17, 19) is None


def test_an_answer_never_stands_without_its_question():
    assert not any(t.startswith(("Yes", "No", "Not before")) for t in printable("faq.md"))


def test_an_answer_that_stands_alone_is_printed_as_it_is():
    assert "Black bins are taken to the Fenwick depot while Brackley is repaired." in printable("faq.md")


def test_the_verifier_holds_an_answer_to_the_question_it_is_printed_with():
    wrong = "To “Will my bins still be emptied?”, [Dunmere District Council] says: “Not before 30 March.”"
    assert check("faq.md", wrong, 17, 19) is not None  # the question is not in the cited lines
    swapped = ("To “When will garden waste collections restart?”, [Dunmere District Council] says: "
               "“Yes, on your usual day.”")
    assert check("faq.md", swapped, 17, 19) is not None
    assert "not the answer" in verify._answer_problem(
        Claim(swapped, (Citation(read("faq.md").path, 13, 19),)), sources.Corpus((read("faq.md"),), ()))


def test_a_page_with_one_question_heading_is_no_faq():
    source = sources.Source(index=1, path="x.md", lines=("# Title", "", "## Why now?", "", "Because the rain stopped.",
                                                         "", "## The cost", "", "It was £4m."),
                            title="Title", outlet=None, sha256="x", encoding="utf-8")
    assert kinds.questions([ln.strip() for ln in source.lines], {3: "heading", 7: "heading"}) == {}


# --- a newspaper page OCR'd from print ---------------------------------------------------------------

def test_an_ocr_misread_month_in_the_running_head_still_dates_the_page():
    assert read("ocr_page.txt").published == "2026-10-09"  # "Friday, 0ctober 9, 2026"


def test_a_weekday_split_by_the_wrap_is_read_whole_and_verified_whole():
    text = "Councillors will vote on the plan on Tuesday."
    assert text in printable("ocr_page.txt")
    assert check("ocr_page.txt", text, 26, 28) is None


def test_a_price_on_a_line_of_its_own_is_no_timestamp():
    assert "A library card costs £2.40." in printable("ocr_page.txt")


def test_a_photo_credit_wrapped_onto_the_next_line_is_not_glued_to_the_sentence():
    assert "Librarian Jo Prentice said the branch lent 40,000 books last year." in printable("ocr_page.txt")


def test_an_advert_spliced_into_a_column_is_never_printed_nor_the_sentence_it_broke():
    page = read("ocr_page.txt")
    assert page.skipped[18] == page.skipped[19] == "advert spliced into a column"
    found = printable("ocr_page.txt")
    assert not any("HARTLEY" in t or "£4.2 million" in t or "gap of had raised" in t for t in found)
    assert "Library users said they had not been asked." in found  # the column goes on after it


def test_capitals_between_paragraphs_with_a_whole_sentence_after_them_are_no_advert():
    lines = ["The plan was approved on Monday by eleven votes to four.", "WHAT HAPPENS NEXT",
             "The council will write to every household in the borough."]
    assert kinds.splices(lines, {}) == []


def test_the_box_of_what_an_update_changed_is_the_publisher_s_account_as_of_that_update():
    text = ("[Dunmere District Council’s update of 20 March:] garden waste collections restart on 30 March; "
            "the Brackley tip reopens to cars on 6 April.")
    assert text in printable("faq.md")
    assert check("faq.md", text, 9, 9) is None


# --- a forum thread --------------------------------------------------------------------------------

def test_a_forum_only_hosts_its_posters_words():
    thread = read("forum_thread.md")
    assert (thread.outlet, thread.host) == ("Natter", True)
    text = "The wheels took six weeks to true and cost me £140 in spokes, [according to Natter]."
    assert "only hosts" in check("forum_thread.md", text, 7, 7)


def test_a_news_article_is_no_host():
    assert not read("ocr_page.txt").host


def test_a_figure_a_speaker_later_says_was_wrong_is_taken_back():
    corpus = sources.Corpus((read("call_transcript.txt"),), ())
    supersede.of(corpus, sentences.split(corpus.sources[0]))
    old = Claim("“The drought fund holds £3 million,” [Owen Brack, of Harlow Water plc] says.",
                (Citation(corpus.sources[0].path, 20, 21),))
    assert "taken back" in verify.check(old, corpus)


def test_an_ocr_misread_word_is_left_as_it_is_but_never_copied_into_a_bracket():
    assert check("ocr_page.txt", "Patients are sent to Mar1by General Hospital, which opened in 1990.", 30, 30) is None
    assert "misread" in check("ocr_page.txt", "[Mar1by General Hospital] opened in 1990.", 30, 30)


def test_an_faq_s_we_is_its_publisher(tmp_path):
    (tmp_path / "faq.md").write_bytes((PAGES / "faq.md").read_bytes())
    ctx = prepare(Settings(sources=tmp_path, out=tmp_path / "out"), themes.load(None))
    s = next(x for x in ctx.sentences if x.text.startswith("We have hired"))
    done = ctx.referents.resolve(s)
    assert done.text == "[Dunmere District Council] have hired six extra lorries for the next eight weeks."
    assert verify.check(Claim(done.text, (Citation(ctx.corpus.sources[0].path, 15, 15),)), ctx.corpus) is None


def test_a_speaker_s_we_is_the_body_their_speaker_line_names():
    text = ("“We have asked customers in the north zone to cut their use by a fifth until the autumn rains,” "
            "[Mara Quill, of Harlow Water plc] says.")
    assert text in printable("call_transcript.txt")
    assert check("call_transcript.txt", text, 15, 17) is None


def test_a_role_is_not_taken_for_the_speaker_s_body():
    assert kinds.speaker("Dana Whitlow - Head of Investor Relations") == "Dana Whitlow"
    assert kinds.speaker("Gwen Tallis - The Feldham Chronicle - Media") == "Gwen Tallis, of The Feldham Chronicle"


def test_a_speaker_named_with_their_body_is_not_given_it_twice(tmp_path):
    (tmp_path / "call.txt").write_bytes((PAGES / "call_transcript.txt").read_bytes())
    ctx = prepare(Settings(sources=tmp_path, out=tmp_path / "out"), themes.load(None))
    s = next(x for x in ctx.sentences if x.text.startswith("“We have asked customers"))
    assert ctx.referents.resolve(s).text.endswith("[Mara Quill, of Harlow Water plc] says.")


def test_an_interviewer_s_labelled_question_and_a_section_head_in_capitals_are_no_faq():
    lines = ["# Q&A with a volunteer", "", "**Gazette:** Why did you go?", "", "Because I had to.", "",
             "**Gazette:** And then?", "", "I left.", "", "**Gazette:** Do you regret it?", "", "No.", "",
             "## WHO ARE THEY?", "", "A small group.", "", "## HOW BIG ARE THEY?", "", "About 300."]
    skipped = {1: "headline", 15: "heading", 19: "heading"}
    assert kinds.questions(lines, skipped) == {}


# --- a page's log of its own changes (fresh22's bulletin and Q&A page) ---------------------------

CHANGE_LOG = """Advice for drivers
Last updated: 19 March 2037
The cameras on the A49 were switched off on 27 February after a fault was found in their software.
Every notice issued on the two sections will be cancelled, the partnership said.
Revision history
Rev 3, 12 March 2037: Section 5 revised (estimate of affected notices, now including a third section).
Rev 2, 3 March 2037: Root cause confirmed (section 4).

What has changed on this page
19 March 2037: added the request for a hardship scheme.
2 March 2037: first published.
Share this page
"""


def test_a_change_log_under_its_heading_is_furniture_and_the_text_above_it_is_not(tmp_path):
    (tmp_path / "page.txt").write_text(CHANGE_LOG)
    page = sources.read_source(tmp_path / "page.txt", 1)
    assert {page.skipped.get(n) for n in (5, 6, 7, 9, 10, 11)} == {"change log"}
    assert 3 not in page.skipped and 4 not in page.skipped
    said = " ".join(s.text for s in sentences.split(page))
    assert "switched off on 27 February" in said and "Root cause" not in said and "first published" not in said


def test_a_changes_heading_over_prose_is_no_change_log(tmp_path):
    (tmp_path / "page.txt").write_text("Advice for drivers\nWhat has changed\nThe cameras now check their "
                                       "clocks every hour, the maker said on 3 March 2037.\n")
    assert "change log" not in sources.read_source(tmp_path / "page.txt", 1).skipped.values()


# --- a record's header of short fields, glued to the text under it (fresh23's portal and route page) --

PORTAL = """Planning application PL/2036/0441: felling of one oak

Public Comments (3) - showing 1 to 3 - sorted newest first
Comment submitted Wed 19 Nov 2036 | Address withheld, Ashcombe | Stance: Neutral
The stump was fenced off this morning, with a notice from the parish.
Comment submitted Tue 18 Nov 2036 | Kennet Bat Group | Stance: Objects
The oak held a maternity roost of barbastelle bats until 2035.
Comment submitted Thu 02 Oct 2036 | Robin Asher, Ashcombe | Stance: Objects
The application says T7 is an ash, but T7 is the oak.
A14 | THE VALLEY STANDARD | SATURDAY, DECEMBER 14, 2036 | LOCAL

Rada Watch is an independent, non-partisan project. Corrections: editors@example.org
"""

ROUTE = """# Ashcombe and the Reeve's Wood: 6 miles

## Walkers' reports (4) · newest first

**Jan P.** · ★★★★☆ · 8 February 2037
Walked it yesterday. The stump is fenced off, with flowers and a laminated notice from the parish.

**Marcus T.** · ★★★★★ · 21 January 2037
Heard in the shop that the sawmill is giving the trunk back to the church to make new doors.

**Gill A.** · 4/5 · 15 January 2037
The planning committee put off deciding the houses until the review has reported.

**Dave R.** · ★★★☆☆ · 6 December 2036
The dead ash by the gate at point 7 is still standing.
"""


def test_a_portal_s_comments_are_their_commenters_words_not_glued_to_their_headers(tmp_path):
    (tmp_path / "portal.txt").write_text(PORTAL)
    page = sources.read_source(tmp_path / "portal.txt", 1)
    assert {page.skipped.get(n) for n in (4, 6, 8)} == {"comment header"}
    assert page.skipped.get(10) not in ("field row", "comment header")  # a print page's head is the page rules'
    assert page.skipped.get(12) == "site blurb"  # the site about itself
    said = [s.text for s in sentences.split(page)]
    assert "“The oak held a maternity roost of barbastelle bats until 2035,” [Kennet Bat Group] says." in said
    assert "“The application says T7 is an ash, but T7 is the oak,” [Robin Asher] says." in said
    assert "The stump was fenced off this morning, with a notice from the parish." in said  # "Address withheld"
    assert not any("Stance" in s or "submitted" in s or "non-partisan" in s for s in said)


def test_a_record_s_header_of_fields_is_furniture_not_the_start_of_its_text(tmp_path):
    (tmp_path / "record.txt").write_text("Case file: the Ostry applications\n\nThe office opened in 2026.\n\n"
                                         "Record K-4471 · created 02.03.2028 · last updated "
                                         "24.06.2028\nThe applicant was refused on 2 March.\n")
    page = sources.read_source(tmp_path / "record.txt", 1)
    assert page.skipped.get(5) == "field row"
    assert "The applicant was refused on 2 March." in [s.text for s in sentences.split(page)]


def test_a_review_s_stars_between_its_author_and_its_date_make_a_header(tmp_path):
    (tmp_path / "route.md").write_text(ROUTE)
    page = sources.read_source(tmp_path / "route.md", 1)
    assert {page.skipped.get(n) for n in (5, 8, 11, 14)} == {"comment header"}
    said = [s.text for s in sentences.split(page)]
    assert not any("★" in text or "4/5" in text or "2037" in text for text in said)
    assert "“Heard in the shop that the sawmill is giving the trunk back to the church to make new doors,” " \
           "[Marcus T.] says." in said  # a walker's report, in the walker's words
    assert "“The planning committee put off deciding the houses until the review has reported,” [Gill A.] says." \
        in said


# --- whose page it is: an organisation's portal, a parish magazine, an auction house (fresh23) ------

@pytest.mark.parametrize("text, outlet", [
    ("Skip to main content\nWiltshire Council\nPlanning - Public Access\nHome > Planning > PL/2036/08812\n\n"
     "The Council granted consent on 3 November 2036 for the felling of one ash at the site access.\n",
     "Wiltshire Council"),
    ("burbagebells.example | Home | This issue | Back issues | Contact\n\nBURBAGE BELLS\n"
     "The magazine of All Saints', Burbage, and of the village\n\nFROM THE RECTORY\n\n"
     "Dear friends, on the morning of Monday 17 November I stood with the churchwardens by the oak.\n",
     "Burbage Bells"),
    ("Lot 147: a painted distaff\n\nThe account above is the vendor's. Pellow & Strand has not been able to "
     "verify it independently.\n", "Pellow & Strand"),
])
def test_the_site_a_page_belongs_to_is_its_outlet(tmp_path, text, outlet):
    (tmp_path / "page.txt").write_text(text)
    assert sources.read_source(tmp_path / "page.txt", 1).outlet == outlet
