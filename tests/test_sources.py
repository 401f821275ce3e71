"""Sources: line N is line N of the file on disk; page furniture is not citable."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import SEEDS, source_named, write

from briefing import sources


def sed_line(path, n: int) -> str:
    return subprocess.run(["sed", "-n", f"{n}p", str(path)], capture_output=True, text=True).stdout.rstrip("\n")


def test_every_line_matches_sed(corpus):
    for src in corpus.sources:
        for n in (1, len(src.lines) // 2, len(src.lines)):
            assert src.line(n) == sed_line(src.path, n).rstrip("\r")


def test_crlf_bom_and_missing_final_newline_keep_line_numbers(tmp_path):
    path = write(tmp_path, "a.txt", b"\xef\xbb\xbfTitle Of The Story Here\r\n\r\nFirst line.\r\nSecond line")
    src = sources.read_source(path, 1)
    assert src.lines == ("Title Of The Story Here", "", "First line.", "Second line")
    assert src.encoding == "utf-8-sig"


def test_form_feed_does_not_start_a_new_line(tmp_path):
    path = write(tmp_path, "a.txt", "One\x0cstill one\nTwo\n")
    assert sources.read_source(path, 1).lines == ("One\x0cstill one", "Two")


def test_cp1251_russian_is_decoded_and_lines_stay_put(tmp_path):
    text = "Заголовок статьи о легионе\n\nЛегион «Свобода России» был создан весной. Он воюет на стороне Украины.\n"
    path = write(tmp_path, "ru.txt", text.encode("cp1251"))
    src = sources.read_source(path, 1)
    assert src.line(3).startswith("Легион «Свобода России»")


@pytest.mark.parametrize("data, reason", [(b"", "empty file"), (b"\x00\x01\x02binary", "binary file")])
def test_unusable_files_are_named_with_the_reason(tmp_path, data, reason):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(sources.SourceError, match=reason):
        sources.read_source(path, 1)


def test_folder_with_bad_files_keeps_the_good_ones(tmp_path):
    (tmp_path / "good.txt").write_bytes((SEEDS / "004_b7f73e145917e13a.txt").read_bytes())
    write(tmp_path, "copy.txt", (SEEDS / "004_b7f73e145917e13a.txt").read_bytes())
    write(tmp_path, "empty.txt", b"")
    corpus = sources.load(tmp_path)
    assert len(corpus.sources) == 1
    assert any("empty.txt: empty file" in w for w in corpus.warnings)
    assert any("same article as" in w for w in corpus.warnings)


def test_folder_without_articles_is_an_error(tmp_path):
    write(tmp_path, "notes.pdf", b"%PDF")
    with pytest.raises(sources.SourceError, match="no usable articles"):
        sources.load(tmp_path)


@pytest.mark.parametrize("prefix, line, reason", [
    ("000", 70, "site navigation"),            # Related Articles
    ("000", 72, "page footer"),                # Back to top button
    ("000", 68, "site blurb"),                 # News7F: Update the world's latest breaking news
    ("001", 1, "site navigation"),             # Connect with us
    ("001", 9, "photo caption"),               # ... | Vasco Sousa Cotovio/CNN
    ("001", 197, "site navigation"),           # Source link
    ("002", 57, "photo caption"),              # Denis Nikitin (left).
    ("002", 19, "photo caption"),              # Press conference on April 5, 2022.
    ("002", 67, "author byline"),              # Yasmin Muller
    ("002", 77, "author bio"),                 # I am Amelia James, a passionate journalist ...
    ("002", 79, "site navigation"),            # Related Posts
    ("003", 7, "advertising"),                 # Don't miss...
    ("003", 9, "advertising"),                 # teaser ending in [DAVID CAMERON]
    ("003", 12, "advertising"),                # - Read The Daily Express online, advert free
    ("003", 20, "source credit"),              # Source: Read Full Article
    ("004", 3, "repeated headline"),
    ("004", 38, "photo caption"),              # Ukrainian soldiers stand guard ...
])
def test_boilerplate_is_not_citable(corpus, prefix, line, reason):
    src = source_named(corpus, prefix)
    assert not src.citable(line)
    assert reason in src.skipped[line]


@pytest.mark.parametrize("prefix, line", [("000", 31), ("001", 63), ("002", 15), ("003", 18), ("004", 23)])
def test_reporting_stays_citable(corpus, prefix, line):
    assert source_named(corpus, prefix).citable(line)


@pytest.mark.parametrize("prefix, title, outlet", [
    ("000", "They Are Russians Fighting Against Their Homeland. Here’s Why.", "The New York Times"),
    ("001", "Why some Russians have vowed to resist Putin’s invasion of Ukraine", "CNN"),
    ("003", None, "The Daily Express"),
    ("004", "Former Russian Soldiers Join Ukraine Against Putin’s Invasion, Kyiv Says", "Newsweek"),
])
def test_title_and_outlet(corpus, prefix, title, outlet):
    src = source_named(corpus, prefix)
    if title:
        assert src.title == title
    else:
        assert src.title.startswith("Horrified by the images")  # no headline in the scrape
    assert src.outlet == outlet


FURNITURE = Path(__file__).parent / "articles" / "birdflu"


def test_page_furniture_of_real_pages_never_becomes_a_sentence():
    from briefing.sentences import split

    corpus = sources.load(FURNITURE)
    texts = [s.text for src in corpus.sources for s in split(src)]
    joined = " ".join(texts)
    for furniture in ("This audio is created", "By Ching Lee", "AP Photo", "Editor's note", "Biosecurity risks",
                      "By Maria Gomez", "Jane Doe/Farm Weekly"):
        assert furniture not in joined, furniture
    assert "The reports of new cases have prompted veterinarians" in joined
    assert "Dairy farmer Tom Arni said his family had already lost two weeks of income." in texts
    assert "Along with other producers, he has asked the state for compensation." in texts


def test_notes_and_readmes_in_the_folder_are_skipped_with_a_warning(tmp_path):
    for name in ("README.md", "NOTES.md", "SOURCES.md"):
        (tmp_path / name).write_text("# Notes\n\nThese are my notes about the articles, not an article.\n")
    (tmp_path / "story.txt").write_text((FURNITURE / "02_poultry.txt").read_text())
    corpus = sources.load(tmp_path)
    assert [Path(s.path).name for s in corpus.sources] == ["story.txt"]
    assert sum("not an article" in w for w in corpus.warnings) == 3


MARKDOWN_PAGE = """[Harbour News](/) > [World](/world)

# Volunteers cross the river at night

**By Ana Weiss** | Published: October 3, 2023

![Volunteers at a crossing point](/img/x.jpg)
*Volunteers at a crossing point near the river. They asked that their faces not be shown.*

The volunteers crossed the river at night, the commander said.

**Read also:**
- [Prisoner swap is the largest since spring](/news/swap)
- [Deserters hide in Kazakhstan](/news/kz)

Most read

1. Latvia to close two more border crossings with Russia
2. Court jails former police officer for spying

Recruits at a training ground in the north. Photo: Harbour News

The training lasts five weeks and ends with a test, the commander said.

(c) The Harbour Times 2024
"""

NAV_PAGE = """Home
News
World
Harbour Times
Recruits wait for weeks: the slow road into the volunteer battalion
By Ana Weiss and Olena Hrytsenko
Published 14 March 2024
The recruits wait for weeks before the checks begin, the commander said.
"""


def test_markdown_furniture_links_and_most_read_lists_are_not_citable(tmp_path):
    from briefing.sentences import split

    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder, "page.md", MARKDOWN_PAGE)
    [src] = sources.load(folder).sources
    texts = [s.text for s in split(src)]
    assert texts == ["The volunteers crossed the river at night, the commander said.",
                     "The training lasts five weeks and ends with a test, the commander said."]
    assert (src.title, src.published, src.author) == ("Volunteers cross the river at night", "2023-10-03", "Ana Weiss")
    assert src.outlet == "The Harbour Times"


def test_a_menu_is_not_the_headline_and_two_authors_are_one_byline(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder, "page.txt", NAV_PAGE)
    [src] = sources.load(folder).sources
    assert src.title == "Recruits wait for weeks: the slow road into the volunteer battalion"
    assert (src.author, src.published) == ("Ana Weiss and Olena Hrytsenko", "2024-03-14")


GAZETTE_PAGE = """THE MEREFORD EVENING GAZETTE  |  Est. 1871
News | Sport | What's On | Property | Jobs
Weather: 31C, sunny

Night-time water cuts for 180,000 homes as Linwell reservoir falls to record low

Households across the Mereford area will have their water supply cut overnight from Monday.
Linwell was 21 per cent full on Thursday, the company said.

Reporting by Hannah Pryce for the Mereford Evening Gazette; editing by Tom Reed
© 2025 The Mereford Evening Gazette. All rights reserved.
(c) Mereford Media Ltd 2025
"""


def test_the_masthead_menu_credit_and_copyright_lines_never_become_sentences(tmp_path):
    from briefing.sentences import split

    write(tmp_path, "gazette.txt", GAZETTE_PAGE)
    [src] = sources.load(tmp_path).sources
    assert [s.text for s in split(src)] == [
        "Households across the Mereford area will have their water supply cut overnight from Monday.",
        "Linwell was 21 per cent full on Thursday, the company said."]
    assert (src.skipped[1], src.skipped[2], src.skipped[11]) == ("masthead", "site navigation", "copyright line")


def test_a_four_word_masthead_is_not_taken_for_the_headline(tmp_path):
    write(tmp_path, "gazette.txt", GAZETTE_PAGE)
    [src] = sources.load(tmp_path).sources
    assert src.title == "Night-time water cuts for 180,000 homes as Linwell reservoir falls to record low"


@pytest.mark.parametrize("folder", [SEEDS, *sorted((Path(__file__).parent / "articles").iterdir())],
                         ids=lambda p: p.name)
def test_a_recorded_outlet_is_written_in_its_article(folder):
    """The verifier lets a sentence name the cited source's outlet, so the outlet is the article's own words."""
    for src in sources.load(folder).sources:
        assert src.outlet is None or src.outlet.lower() in "\n".join(src.lines).lower(), src.path


def test_an_all_caps_masthead_alone_names_the_outlet(tmp_path):
    write(tmp_path, "gazette.txt", "\n".join(GAZETTE_PAGE.splitlines()[:8]))
    [src] = sources.load(tmp_path).sources
    assert src.outlet == "The Mereford Evening Gazette"


def test_a_newsletter_box_is_not_reporting(tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder, "page.md", "# Fighters train near Kyiv\n\nThe recruits train for five weeks, the commander said.\n\n"
                             "**Sign up to The Northern Brief** Our foreign desk's best reporting, in your inbox "
                             "every weekday morning.\n\nThe course ends with a test.\n")
    [src] = sources.load(folder).sources
    assert src.skipped[5] == "newsletter box"
    assert 3 not in src.skipped and 7 not in src.skipped


LIVE_BLOG = """Live: Russian volunteers in Ukraine

13:10 GMT
Taiga Detachment reopens recruitment
The Taiga Detachment, a drone unit of Russian volunteers, says it takes applications again after a pause.

09:02 GMT
Court sentences 12 fighters in absentia
A military court in Moscow has sentenced 12 fighters of the Freedom of Russia Legion in absentia to long prison terms.
The corps was founded in August 2022 and counts around 1,000 fighters now, its press officer said in an interview.
The raid of March
In March the fighters of the corps crossed into the Belgorod region, together with the Freedom of Russia Legion.
"""


def test_a_live_blog_s_timestamps_and_entry_headlines_are_not_glued_to_the_entry(tmp_path):
    from briefing.sentences import split

    write(tmp_path, "blog.txt", LIVE_BLOG)
    [src] = sources.load(tmp_path).sources
    assert [src.why_not_citable(n) for n in (3, 4, 7, 8, 11)] == [
        "line 3 is timestamp", "line 4 is heading", "line 7 is timestamp", "line 8 is heading", "line 11 is heading"]
    firsts = [s.text.split()[:2] for s in split(src)]
    assert ["The", "Taiga"] in firsts and ["A", "military"] in firsts and ["In", "March"] in firsts


def test_html_entities_a_scraper_left_read_as_their_characters_on_the_same_lines(tmp_path):
    text = ("Boil order could last &#8216;weeks&#8217;\n\nThis article was translated automatically from Spanish.\n\n"
            "The plant&#8217;s manager said the filters &quot;met every standard&quot; until Monday.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert len(src.lines) == 5
    assert src.lines[4] == "The plant’s manager said the filters \"met every standard\" until Monday."
    assert src.why_not_citable(3) == "line 3 is translation notice"


def test_a_transcript_s_notice_and_its_sound_cues_are_not_reporting(tmp_path):
    text = ("Across the Border, Episode 12\n\nTRANSCRIPT\nThis transcript was generated automatically. It may "
            "contain errors.\n\n[00:00:05] [MUSIC]\n\n[00:00:08] MIRA TALLIS: The Taiga Battalion says it has 300 "
            "fighters.\n\n[00:05:29] [CROSSTALK] [inaudible]\n\nTranscript ends.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (3, 4, 6, 8, 10, 12)] == [
        "transcript notice", "transcript notice", "transcript cue", None, "transcript cue", "transcript notice"]


BLOG = """Notes from the leak site: what the gang's sample holds
======================================================

TL;DR: the gang's sample holds passports. The university
said none were taken.

* * *

The gang listed the university on its leak site on Tuesday [1].
It claims to hold 1.4 TB of data [2].

How much was taken?
-------------------

The listing holds roughly 620 GB, by my own count.

[1] The gang's leak site, 21 October.
[2] The university's statement, 22 October
    2025, on its temporary site.
"""


def test_a_blog_s_tldr_setext_headings_breaks_and_footnotes_are_not_reporting(tmp_path):
    write(tmp_path, "blog.txt", BLOG)
    [src] = sources.load(tmp_path).sources
    assert src.title == "Notes from the leak site: what the gang's sample holds"
    assert {n: src.skipped[n] for n in (2, 4, 5, 7, 12, 13, 17, 18, 19)} == {
        2: "heading underline", 4: "summary (TL;DR)", 5: "summary (TL;DR)", 7: "section break", 12: "heading",
        13: "heading underline", 17: "footnote", 18: "footnote", 19: "footnote"}


def test_a_footnote_marker_is_no_word_of_the_sentence(tmp_path):
    from briefing.sentences import split

    write(tmp_path, "blog.txt", BLOG)
    [src] = sources.load(tmp_path).sources
    assert [s.text for s in split(src)][:2] == ["The gang listed the university on its leak site on Tuesday.",
                                                "It claims to hold 1.4 TB of data."]


def test_a_photo_gallery_s_numbered_captions_are_not_reporting(tmp_path):
    text = ("Kyiv adds a polygraph for Russian volunteers as applications double\n"
            "[1/2] A volunteer sweeps a field with a mine detector during training, October 28, 2025. "
            "AGENCY/Jane Doe Purchase Licensing Rights\n"
            "[2/2] Fighters at a position in the Sumy region, in a handout photo released September 3, 2025.\n"
            "The number of Russians applying to fight for Ukraine has roughly doubled since the summer.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (2, 3, 4)] == ["photo caption", "photo caption", None]


def test_a_markdown_headline_is_the_title_under_a_masthead_set_in_bold(tmp_path):
    text = ("[Home](https://harbour.example/) · [News](https://harbour.example/news)\n\n"
            "**THE HARBOUR GAZETTE** — *Your region, every day since 1994*\n\n"
            "# ‘I patch up the men my country sent’: a baker goes to war\n\n"
            "For six years she iced cakes on Market Street, the owner of the bakery said.\n")
    write(tmp_path, "a.md", text)
    [src] = sources.load(tmp_path).sources
    assert src.title == "‘I patch up the men my country sent’: a baker goes to war"
    assert (src.skipped[3], src.outlet) == ("masthead", "The Harbour Gazette")


def test_the_masthead_s_tagline_is_not_the_headline(tmp_path):
    text = ("THE NORTHMERE BEACON\nIndependent student journalism since 1962\nNews | Comment | Sport\n\n"
            "Cyber-attack: everything we know so far\n\n"
            "Hackers who crippled the university's systems had access for nine days, the Beacon understands.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert src.title == "Cyber-attack: everything we know so far"
    assert src.skipped[2] == "masthead tagline"


def test_a_breaking_news_ticker_above_the_story_is_not_its_headline(tmp_path):
    text = ("KTLR 7 NEWS | Tallis Valley's News Leader\n"
            "BREAKING: County fair opens Saturday despite boil order\n\n"
            "Health officials point to an upstream dairy as cases climb to 112\n\n"
            "The number of confirmed cases linked to the city's tap water has risen to 112, officials said.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert src.title == "Health officials point to an upstream dairy as cases climb to 112"
    assert (src.skipped[2], src.skipped[4]) == ("news ticker", "headline")


def test_a_ticker_alone_is_still_the_headline(tmp_path):
    text = ("BREAKING: County fair opens Saturday despite boil order\n\n"
            "The county fair opens on Saturday with bottled water at every stand, organisers said.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert src.title == "BREAKING: County fair opens Saturday despite boil order"


def test_the_rows_of_a_table_pasted_as_text_are_not_prose(tmp_path):
    text = ("University systems stay down after the attack\n\n"
            "This is the university's status table as published on Thursday:\n\n"
            "System                        Status              Expected back\n"
            "Learn@Northmere               Read-only           27 October\n"
            "Northmere Hub (student portal) Offline            3 November\n"
            "Payroll                       Offline             \"manual run in place\"\n\n"
            "| Unit | Formed | Answers to |\n|---|---|---|\n| Taiga Battalion | 2024 | Ukrainian army |\n\n"
            "The university said it expects  most systems back by November.  Staff were told on Monday.\n"
            "Students were told  on Tuesday.  The exams  were moved.\n"
            "Payroll is still  offline.  A manual run is in place.\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (6, 7, 8, 12)] == ["table row"] * 4
    assert not any(src.citable(n) for n in (5, 6, 7, 8, 10, 11, 12))
    assert not any(n in src.skipped for n in (14, 15, 16))  # two spaces after a full stop make no table


@pytest.mark.parametrize("line, reason", [
    ("WHO ARE THEY?", "heading"),
    ("## Q&A: “I am not brave. I am angry.”", "heading"),
    ("*Jane Doe reported from Kharkiv region.*", "reporting credit"),
    ("— Courier reporter Jesse Amundsen contributed to this report.", "reporting credit"),
    ("Our Standards: The Harbour Trust Principles.", "site blurb"),
    ("Comments are moderated. Be nice.", "site blurb"),
    ("Comments are not enabled on circulars. To discuss this circular with other members use the Technical Forum.",
     "site blurb"),  # (fresh21 printed it)
    ("[VIDEO] County health officials give an update on the outbreak (2:41)", "site blurb"),
    ("Video transcript (auto-generated): ...WE ARE NOT OUT OF THE WOODS YET. [INAUDIBLE] SAMPLES FROM THE...",
     "site blurb"),
])
def test_a_page_s_own_lines_between_paragraphs_are_not_reporting(tmp_path, line, reason):
    write(tmp_path, "a.md", f"# Water plant fails its test\n\nThe plant failed its test, officials said on Monday.\n\n"
                            f"{line}\n\nThe district said the water was safe to shower in.\n")
    [src] = sources.load(tmp_path).sources
    assert src.skipped.get(5) == reason


def test_a_list_under_read_next_is_teasers(tmp_path):
    write(tmp_path, "a.txt", "Water plant fails its test\n\nThe plant failed its test, officials said on Monday.\n\n"
                             "READ NEXT\n> Legion fighters sentenced in absentia: the full list\n"
                             "> How the SBU catches Russian spies posing as volunteers\n")
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (5, 6, 7)] == ["advertising or teaser block"] * 3


@pytest.mark.parametrize("heading", ["Other results", "## In other news"])
def test_the_paragraph_under_other_results_is_other_stories_not_this_one(tmp_path, heading):
    # fresh19: a results page's other by-elections, same day and same words, were printed as this count's
    write(tmp_path, "a.md", "# Hollington Brook by-election result\n\nDawn Pellow of Residents First was elected "
                            "by nine votes after a recount at Castleham Sports Hall, the council said on Friday.\n\n"
                            f"{heading}\n\nRother District Council, Crowhurst ward by-election (3 March): hold.\n"
                            "Wealden District Council, Heathfield North: postponed to 24 March.\n\n"
                            "## The petition\n\nThe runner-up, Marcus Achebe-Lyle, has lodged an election petition at "
                            "the High Court asking for the box of postal votes to be counted.\n")
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (5, 7, 8)] == ["other stories"] * 3
    assert src.citable(12) and src.citable(3)


def test_a_read_more_line_with_its_headline_is_a_teaser_not_a_sentence(tmp_path):
    # one paragraph a line: without its stop, the headline would run into the next sentence
    write(tmp_path, "a.txt", "Water plant fails its test\n\nThe plant failed its test, officials said on Monday.\n"
                             "Read more: Border villages count the cost of a winter of floods\n"
                             "Every household was offered bottled water.\n")
    [src] = sources.load(tmp_path).sources
    assert src.skipped.get(4) == "link to another article"


def test_what_readers_post_under_comments_is_not_reporting(tmp_path):
    text = ("Cyber-attack: everything we know so far\n\nThe university said it had found no evidence of access "
            "before 15 October.\n\nComments (38)\nSort by: Newest | Oldest | Most liked\n\n"
            "jb_history: three weeks of work on a laptop I'm now not allowed to plug in. great\n"
            "Anon: They knew about the VPN problem in September. Ask them.\n\nMOST READ\n"
            "1. Rent strike ballot opens at Harbour Court\n")
    write(tmp_path, "a.txt", text)
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (5, 8, 9)] == ["comments", "reader comment", "reader comment"]
    assert src.citable(3)


def test_a_markdown_heading_that_opens_a_teaser_list_still_opens_it(tmp_path):
    write(tmp_path, "a.md", "# Water plant fails its test\n\nThe plant failed its test, officials said on Monday.\n\n"
                            "## Most read\n\nCouncil approves new car park next to the station\n"
                            "Police appeal after break-in at pharmacy\n")
    [src] = sources.load(tmp_path).sources
    assert [src.skipped.get(n) for n in (5, 7, 8)] == ["advertising or teaser block"] * 3


def test_markup_left_in_a_text_is_no_words_and_its_lines_stay_where_they_are(tmp_path):
    # fresh18 3500: a feed saved as text printed "... the fire service said.</p> <p>The car belongs to ..."
    (tmp_path / "feed.txt").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\t>\n'
        "<channel>\n\t<title>The Derwent Dispatch</title>\n\t<item>\n"
        "\t\t<title>Greenwell Terrace: the night the road fell in</title>\n"
        "\t\t<content:encoded><![CDATA[<p>Nobody was hurt, the fire service said.</p>\n"
        "<p>The car belongs to Kayleigh Raine, a nurse, who was at work when the road gave way.</p>\n"
        "<p>Cllr Joanne Wetherell, the council&#8217;s cabinet member, said neither house could be saved.</p>\n"
        "]]></content:encoded>\n\t</item>\n</channel>\n</rss>\n")
    src = sources.load(tmp_path).sources[0]
    assert len(src.lines) == 14  # line N is still line N of the file on disk
    assert src.lines[8].strip() == "The car belongs to Kayleigh Raine, a nurse, who was at work when the road gave way."
    assert src.lines[9].strip() == ("Cllr Joanne Wetherell, the council’s cabinet member, said neither house could "
                                    "be saved.")
    assert not any("<" in ln or ">" in ln for ln in src.lines)


def test_a_text_that_quotes_a_tag_or_two_is_read_as_written(tmp_path):
    text = "KYIV COURIER\n\nThe unit's site shows <b>140</b> names, its commander said on Monday.\n"
    (tmp_path / "a.txt").write_text(text)
    assert "<b>140</b>" in sources.load(tmp_path).sources[0].lines[2]


def test_an_advert_under_its_label_is_furniture_but_a_story_paragraph_under_a_label_is_not(tmp_path):
    # fresh19: "Advertisement" / "Hastings Pier summer market returns 1 April. Book a stall today."
    # was printed as a point on the by-election; a label left over a story's paragraph is common
    page = ("Count error in Hollington Brook\n\nBy Ada Brenn\n\nThe council found 231 postal votes after the count.\n\n"
            "Advertisement\nHastings Pier summer market returns 1 April. Book a stall today.\n\n"
            "Advertisement\nThe candidates were told of the box at 2am, the council said.\n")
    src = sources.read_source(write(tmp_path, "a.txt", page), 1)
    assert src.skipped.get(8) == "advertising or teaser block"
    assert 11 not in src.skipped
