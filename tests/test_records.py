"""A parliament's record of a debate (Hansard) and an organisation's press release, read as what
they are (tests/articles/records/, written for these tests): each paragraph of a debate is the
words of the speaker heading above it, cited with that heading, and the record itself is never the
speaker; a press release's own sentences are its issuer's account, its headline is its title, its
issuer its outlet, and nothing after "ENDS" is citable."""

from __future__ import annotations

from pathlib import Path

from briefing import sentences, sources, themes, verify
from briefing.draft import Citation, Claim
from briefing.engines.extractive import Extractive
from briefing.pipeline import Settings, prepare
from briefing.referents import Referents

RECORDS = Path(__file__).parent / "articles" / "records"
GRANT = "“The Government have allocated £86 million to rural bus services in England for the coming year,” [{}] says."


def read(name: str) -> sources.Source:
    return sources.read_source(RECORDS / name, 1)


def said(name: str) -> dict[str, sentences.Sentence]:
    return {s.text: s for s in sentences.split(read(name))}


def check(src: sources.Source, text: str, *lines: tuple[int, int]) -> str | None:
    corpus = sources.Corpus((src,), ())
    return verify.check(Claim(text, tuple(Citation(src.path, a, b) for a, b in lines)), corpus)


# --- a debate record --------------------------------------------------------------------------------

def test_a_debate_record_is_titled_and_dated_by_its_sitting_and_named_hansard():
    page = read("debate.md")
    assert (page.title, page.outlet, page.published) == ("Rural Bus Services: North Yorkshire", "Hansard",
                                                          "2026-03-03")
    assert page.host  # the record only hosts the members' words


def test_a_paragraph_is_the_words_of_the_heading_above_it_not_the_one_below():
    found = said("debate.md")
    # (the minister's last paragraph before an intervention heading is still the minister's)
    assert found[GRANT.format("Alan Brierley")].named_by == 55
    last = "“North Yorkshire County Council will receive £4.7 million of that funding,” [Alan Brierley] says."
    assert last in found
    assert not any("[Peter Ashdown]" in t and "£4.7 million" in t for t in found)


def test_an_office_heading_gives_the_name_in_its_brackets():
    assert GRANT.format("Alan Brierley") in said("debate.md")


def test_a_speaker_heading_a_column_marker_a_time_and_the_procedure_are_not_citable():
    page = read("debate.md")
    assert page.skipped[13] == page.skipped[55] == "debate speaker"
    assert page.skipped[9] == page.skipped[41] == "column marker"
    assert page.skipped[11] == "timestamp"
    assert page.skipped[15] == page.skipped[17] == page.skipped[81] == "debate procedure"
    assert page.skipped[83] == "debate procedure"  # the record's own footer, after the sitting
    assert not any("Column" in t or "Question put" in t or "Peter Ashdown** (" in t for t in said("debate.md"))


def test_courtesies_interventions_and_replies_are_no_points():
    found = said("debate.md")
    for opening in ("“It is a pleasure to serve", "Will the hon. Gentleman give way?", "“I will give way",
                    "“I am grateful", "“I agree entirely", "Will that money reach"):
        [s] = [s for t, s in found.items() if t.startswith(opening)][:1]
        assert s.kind == "fragment", opening


def test_a_member_s_paragraph_is_cited_with_the_heading_that_names_them():
    src = read("debate.md")
    corpus = sources.Corpus((src,), ())
    split = sentences.split(src)
    refs = Referents(split, corpus, [])
    # fifteen lines below the heading: too far for one citation, so the heading is cited on its own
    s = next(x for x in split if x.text.startswith("“The villages of Lastingham"))
    done = refs.resolve(s)
    assert done is not None and done.text.endswith("[Peter Ashdown] says.")
    cited = tuple(Citation(src.path, x.line_start, x.line_end) for x in done.cited)
    assert [(c.line_start, c.line_end) for c in cited] == [(37, 37), (51, 51)]
    assert verify.check(Claim(done.text, cited), corpus) is None
    assert verify.check(Claim(done.text, cited[1:]), corpus) is not None  # without the heading: no


def test_the_verifier_takes_the_speaker_only_from_the_heading_cited():
    src = read("debate.md")
    assert check(src, GRANT.format("Alan Brierley"), (55, 55), (59, 59)) is None
    assert check(src, GRANT.format("Peter Ashdown"), (55, 55), (59, 59)) is not None
    assert check(src, GRANT.format("Peter Ashdown"), (63, 63), (59, 59)) is not None  # the heading below
    grant = "The Government have allocated £86 million to rural bus services in England for the coming year"
    assert check(src, f"{grant}, [according to Hansard].", (59, 59)) is not None


def test_a_plain_text_record_reads_the_same():
    page = read("debate.txt")
    assert (page.title, page.outlet, page.published) == ("Library Closures: Lancashire", "Hansard", "2026-01-14")
    found = said("debate.txt")
    assert "“The county's book fund was cut by 40% this year,” [Mrs Ann Hebden] says." in found
    assert "“Three of the nine buildings have since reopened as community hubs run by volunteers,” " \
           "[Mr Tom Garside] says." in found
    assert page.skipped[23] == "debate procedure"  # "Mr Tom Garside rose—"


def test_a_letters_page_and_a_hearing_are_no_debate():
    articles = Path(__file__).parent / "articles"
    for page in (articles / "pages5" / "letters.md", articles / "pages5" / "minutes.txt",
                 articles / "hearing" / "01_hearing.md", articles / "layouts" / "hearing.md"):
        assert "debate speaker" not in sources.read_source(page, 1).skipped.values(), page.name


# --- a press release -------------------------------------------------------------------------------

def test_a_release_is_titled_by_its_headline_issued_by_its_letterhead_and_dated_by_its_embargo():
    page = read("release.txt")
    assert (page.title, page.outlet, page.published) == ("NORTHFIELD TO REPLACE TWO OLDEST FERRIES BY 2028",
                                                          "Northfield Ferry Company", "2026-03-03")


def test_ends_the_issuer_s_about_its_contacts_and_an_offer_of_images_are_not_citable():
    page = read("release.txt")
    for n in (24, 26, 28, 33, 35, 37):
        assert not page.citable(n), n
    assert not any("1961" in t or "images" in t or "Iain Rae" in t for t in said("release.txt"))


def test_a_note_to_editors_is_the_issuer_s_background_and_stays_citable():
    page = read("release.txt")
    assert page.citable(30) and page.citable(31)


def test_the_verifier_takes_the_issuer_from_the_release_s_own_record():
    src = read("release.txt")
    confirms = ("Northfield Ferry Company today confirms that it has ordered two hybrid ferries from a shipyard "
                "in Gdansk, at a cost of £48 million, [according to {}].")
    assert check(src, confirms.format("Northfield Ferry Company"), (10, 11)) is None
    assert check(src, confirms.format("Oban Ferry Company"), (10, 11)) is not None


def test_a_briefing_prints_a_release_s_own_sentences_as_its_issuer_s_and_its_quotes_as_their_speaker_s():
    book = themes.load(RECORDS / "themes.toml")
    ctx = prepare(Settings(sources=RECORDS), book, [book.get("fleet")])
    draft = Extractive().draft(book.get("fleet"), ctx)
    printed = [c for section in draft.sections for c in section.claims if "release.txt" in c.citations[0].path]
    assert printed
    for claim in printed:
        quoted = claim.text.startswith('"')
        assert quoted or claim.text.endswith("[according to Northfield Ferry Company]."), claim.text
        assert not quoted or "said Morag Lennie" in claim.text
        assert verify.check(claim, ctx.corpus) is None, claim.text


PLAIN_DEBATE = """Hansard · Westminster Hall · 15 May 2035

Ferry Services: Orkney

Column 301WH

Ruth Collie (Orkney and Shetland)

I beg to move, That this House has considered ferry services to Orkney. The islands lost 41 sailings last winter.

Sir Alan Morven (Caithness)

Will the hon. Lady give way?

Ruth Collie

I will. The lost sailings cost the islands' hauliers about £2 million.

Column 302WH

Sir Alan Morven

The operator says most of the sailings were cancelled for weather.

The Parliamentary Under-Secretary of State for Transport (Daniel Okafor-Hale)

Let me deal first with the question from the right hon. Member for Caithness.
The Government will pay for a second vessel from 2036.

Sir Alan Morven

Will the Minister give way?

Daniel Okafor-Hale

I will. The hon. Lady also mentioned the winter timetable. The second vessel will sail on the Kirkwall route.

Question put and agreed to.
"""


def test_a_plain_office_heading_names_its_speaker_for_the_bare_name_headings_after_it(tmp_path):
    # the minister's turns went to the member who spoke before him: his office heading was read,
    # but the bare "Daniel Okafor-Hale" headings after it were not (fresh22)
    (tmp_path / "debate.txt").write_text(PLAIN_DEBATE)
    found = {s.text: s for s in sentences.split(sources.read_source(tmp_path / "debate.txt", 1))}
    assert "“The Government will pay for a second vessel from 2036,” [Daniel Okafor-Hale] says." in found
    assert "“The second vessel will sail on the Kirkwall route,” [Daniel Okafor-Hale] says." in found
    assert not any("second vessel" in t and "[Daniel Okafor-Hale]" not in t for t in found)


def test_a_speaker_s_signposts_are_no_points(tmp_path):
    (tmp_path / "debate.txt").write_text(PLAIN_DEBATE)
    found = {s.text: s for s in sentences.split(sources.read_source(tmp_path / "debate.txt", 1))}
    for opening in ("“Let me deal first with", "“The hon. Lady also mentioned"):
        [s] = [s for t, s in found.items() if t.startswith(opening)]
        assert s.kind == "fragment", opening
