"""Publication date, author and outlet from a scrape's own lines, and words that count from that date."""

from __future__ import annotations

import pytest
from conftest import source_named

from briefing import boilerplate, meta, sources, themes
from briefing.pipeline import Settings, prepare


@pytest.mark.parametrize("text, phrase", [
    ("Last week, two recruits were turned away, the spokesman said.", "Last week"),
    ("The ministry said on Wednesday that commanders were visiting detained soldiers.", "on Wednesday"),
    ("In June last year, an adviser spoke of several hundred soldiers.", "last year"),
    ("At the beginning of this year, the number of members had risen to 4,000.", "beginning of this year"),
    ("Dozens joined last month.", "last month"),
    ("The unit was formed six months ago.", "six months ago"),
    ("The union said it would ballot its members over the next five days.", "the next five days"),
    ("The county opened an investigation Monday.", "Monday"),
    ("As of Monday, the department had confirmed 64 cases.", "As of Monday"),
])
def test_relative_dates_are_found(text, phrase):
    assert meta.relative_phrase(text) == phrase


@pytest.mark.parametrize("text", [
    "The legion was formed in February 2022 from over 100 Russian soldiers.",
    "Recruits must pass a lie test before they join the legion.",
    "He spent the last years of the war in Kyiv.",
])
def test_absolute_dates_and_plain_sentences_are_not_relative(text):
    assert meta.relative_phrase(text) is None


@pytest.mark.parametrize("line, iso", [
    ("Published 14 June 2023", "2023-06-14"),
    ("Published: June 14, 2023 at 8:30 a.m.", "2023-06-14"),
    ("Updated 3:45 PM EST, Fri February 10, 2023", "2023-02-10"),
    ("Date: 2024-01-05", "2024-01-05"),
])
def test_a_dateline_gives_the_publication_date(line, iso):
    assert meta.from_text((line, "", "Recruits must pass a lie test, officials said."), {}) == (iso, None)


def test_a_date_on_a_line_of_its_own_under_the_byline_is_the_publication_date():
    lines = ("THE COURIER", "DANA WHITCOMBE", "Aug. 12, 2025 | Updated 7:42 p.m.", "", "Officials said 64 were ill.")
    assert meta.from_text(lines, {})[0] == "2025-08-12"


def test_a_date_line_that_goes_on_with_the_time_and_an_update_is_the_publication_date():
    lines = ("By Jane Doe", "November 12, 2025 11:06 AM GMT+2 · Updated 3 hours ago", "", "Officials said 64 were ill.")
    assert meta.from_text(lines, {})[0] == "2025-11-12"


def test_published_wins_over_updated():
    lines = ("Updated 12 March 2024", "Published 10 March 2024", "", "Body text of the article, officials said.")
    assert meta.from_text(lines, {})[0] == "2024-03-10"


@pytest.mark.parametrize("line, iso", [
    ("FILED: 2025-11-06T18:42Z   UPDATED: 2025-11-07T09:55Z", "2025-11-06"),  # a wire's stamps
    ("Last modified: 16.01.2026 09:41 · Accessibility · Privacy", "2026-01-16"),  # day first, with dots
    ("Sent: Thursday, 5 February 2026 07:02", "2026-02-05"),
])
def test_a_wire_s_a_record_s_and_a_mail_s_date_lines_give_the_date(line, iso):
    assert meta.from_text((line, "", "Recruits must pass a lie test, officials said."), {})[0] == iso


def test_a_date_set_apart_in_the_title_block_is_the_date_of_the_record():
    lines = ("# Verbatim record of the hearing", "Public hearing: the spring floods",
             "Strasbourg, Room 12 · Tuesday, 3 June 2025", "",
             "The river rose by four metres in thirty hours, the hydrologist told the committee.",
             "Last modified: 05.06.2025 14:12")
    assert meta.from_text(lines, {})[0] == "2025-06-03"  # the hearing's day, not the page's last edit


def test_a_paper_dated_by_month_alone_is_dated_by_month():
    lines = ("Marrow Centre for Inland Transport", "Briefing Paper No. 7 · March 2025", "FERRIES ON THE EDGE", "",
             "The Vell district has no bridge across Lake Orm, and its ferries are its only link to the hospital.")
    assert meta.from_text(lines, {})[0] == "2025-03"
    assert meta.human("2025-03") == "March 2025"


def test_a_month_named_in_the_reporting_dates_nothing():
    lines = ("Ferries on the edge", "", "The Vell district has had no bridge since March 2019, the council said.",
             "March 2025")
    assert meta.from_text(lines, {})[0] is None


def test_a_title_block_s_line_of_names_is_its_authors():
    lines = ("FERRIES ON THE EDGE", "Lake crossings in the Vell district", "Agnes Thorvald and Piotr Zelenka", "",
             "The Vell district has no bridge across Lake Orm, and its ferries are its only link to the hospital.")
    assert meta.from_text(lines, {})[1] == "Agnes Thorvald and Piotr Zelenka"


def test_a_byline_that_signs_one_section_of_a_newsletter_is_not_the_author():
    body = "The Saga, the oldest of the Vell ferries, failed its hull inspection on Wednesday, the council said."
    lines = ("ORM VALLEY WEEKLY", "", body, "", body, "", body, "", "FROM THE LOCKS", "By Tomas Berg, in Sarrebourg",
             "", "The lock at Sarrebourg has been open for 212 years and shut for eleven of them, its keeper says.")
    assert meta.from_text(lines, {})[1] is None


def test_a_byline_at_the_end_of_the_piece_is_its_author():
    body = "The Saga, the oldest of the Vell ferries, failed its hull inspection on Wednesday, the council said."
    assert meta.from_text((body, "", body, "", body, "", "By Dan Whitley", "", "Tags: ferries"), {})[1] == \
        "Dan Whitley"


@pytest.mark.parametrize("line, author", [
    ("Live coverage by Hanne Berg in Oslo and Petro Lysenko in Kyiv", "Hanne Berg and Petro Lysenko"),
    ("*Por Lucía Ferrán Ortega*", "Lucía Ferrán Ortega"),  # a byline in Spanish
])
def test_a_live_blog_s_and_a_translated_page_s_bylines_give_the_authors(line, author):
    assert meta.from_text(("Water plant fails", line, "", "Officials said 64 were ill."), {})[1] == author


def test_a_name_over_the_writer_s_e_mail_address_is_the_byline(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Parasite in city water sickens dozens\nDANA WHITCOMBE\ndwhitcombe@courier.example\n\n"
                    "By Monday afternoon the line at Riverside Park stretched past the tennis courts.\n")
    source = sources.read_source(path, 1)
    assert source.author == "Dana Whitcombe"
    assert not source.citable(2) and not source.citable(3)


def test_a_podcast_s_presenter_is_not_its_author():
    lines = ("Across the Lake, Ep. 12: the last ferry", "48 min | Presented by Elliot Marsh | Produced by Rasa Dambe",
             "", "The Saga failed its hull inspection on Wednesday and will not sail before May, the council said.")
    assert meta.from_text(lines, {})[1] is None


def test_a_date_inside_the_reporting_is_not_a_publication_date():
    lines = ("On April 5, 2022, three members of the unit appeared at a press conference in Kiev.",)
    assert meta.from_text(lines, {}) == (None, None)


def test_a_byline_gives_the_author():
    assert meta.from_text(("By Maria Keller | 14 June 2023", "", "Text."), {}) == ("2023-06-14", "Maria Keller")


@pytest.mark.parametrize("lines", [
    ("Words by Callum Fraser, business reporter", "", "Text."),
    ("Author: Maryna Sydorenko", "", "Text."),
    ("*By Maria Keller*", "", "Text."),
    ("*By Maria Keller in Zaporizhzhia region*", "", "Text."),
])
def test_other_byline_shapes_give_the_author(lines):
    assert meta.from_text(lines, {})[1] in {"Callum Fraser", "Maryna Sydorenko", "Maria Keller"}


def test_written_by_on_its_own_line_is_furniture_and_the_next_line_is_the_author(tmp_path):
    text = "Water plant fails\n\nWritten by\nMarcus Treadwell\n\nHealth officials said 112 people were ill.\n"
    path = tmp_path / "a.txt"
    path.write_text(text)
    source = sources.read_source(path, 1)
    assert source.author == "Marcus Treadwell"
    assert not source.citable(3) and not source.citable(4) and source.citable(6)


def test_the_seeds_repeated_name_byline_gives_the_author(corpus):
    assert source_named(corpus, "002").author == "Yasmin Muller"
    assert source_named(corpus, "000").author is None  # no byline in that scrape: nothing is guessed


def test_dates_are_shown_the_way_editors_write_them():
    assert meta.human("2023-06-14") == "14 June 2023"
    assert meta.human("2024") == "2024"


@pytest.mark.parametrize("text, undated", [
    ("Last week, the office of the prosecutor general filed a lawsuit.",
     "The office of the prosecutor general filed a lawsuit."),
    ("In June last year, an adviser spoke of several hundred soldiers.",
     "In June, an adviser spoke of several hundred soldiers."),
    ("Formed six months ago, the Siberian Battalion consists of a few dozen fighters.",
     "The Siberian Battalion consists of a few dozen fighters."),
    ("The ministry said on Wednesday that commanders were visiting detained soldiers.",
     "The ministry said that commanders were visiting detained soldiers."),
    ("Soldiers said they lived in Ukraine when Russian forces invaded last year and felt obliged to stay.",
     "Soldiers said they lived in Ukraine when Russian forces invaded and felt obliged to stay."),
    ("Nikitin launched it last August with the aim of recruiting people in Russia.",
     "Nikitin launched it with the aim of recruiting people in Russia."),
    ("“Last week we lost two men,” the commander said.", "“Last week we lost two men,” the commander said."),
    ("The legion was formed in February 2022.", "The legion was formed in February 2022."),
    ("On Monday the British Retail Alliance, which represents supermarkets, warned of shortages.",
     "The British Retail Alliance, which represents supermarkets, warned of shortages."),
    ("At the beginning of this year, Radio Free Europe reported that the number had risen to 4,000.",
     "Radio Free Europe reported that the number had risen to 4,000."),
    ("In a pine forest in the Kyiv region last week, a group of recruits practiced tactical retreat.",
     "In a pine forest in the Kyiv region, a group of recruits practiced tactical retreat."),
    ("The unit grew (last week) by a third.", "The unit grew by a third."),  # had raised AttributeError
    ("This week: after a court in Moscow jails a commander of the unit in absentia, an analyst counts its men.",
     "After a court in Moscow jails a commander of the unit in absentia, an analyst counts its men."),
    # fresh24's match report: "by Sunday" cut alone left "was home lunchtime"
    ("The spectator taken to hospital was home by Sunday lunchtime.", "The spectator taken to hospital was home."),
])
def test_an_undated_article_s_relative_dates_are_cut_to_under_date_not_mis_date(text, undated):
    assert meta.undate(text) == undated


@pytest.mark.parametrize("text", [
    "The road stayed closed until last week.",  # cut, it would say the road is closed
    "Last year's invasion changed everything.",
    "This year has been the hardest for the unit.",
    "The Siberian Battalion currently consists of a few dozen fighters.",  # still today's size without it
    "The paper could not verify the figure of 200 fighters taking part in Tuesday's raid.",
])
def test_a_relative_date_that_cannot_go_without_changing_the_sentence_leaves_it_unusable(text):
    assert meta.undate(text) is None


def outlet_of(*lines: str) -> str | None:
    """The outlet of a scrape made of `lines`, with its furniture found as the pipeline finds it."""
    return meta.outlet(lines, boilerplate.scan(list(lines)).skipped)


BODY = ("", "Households across the county will have their water cut overnight from Monday, "
        "the company said on Thursday.")


@pytest.mark.parametrize("line, name", [
    ("THE BALTIC DISPATCH", "The Baltic Dispatch"),
    ("MEREFORD GAZETTE  |  Est. 1871", "Mereford Gazette"),
    ("County Courier | Mereford and the Vale", "County Courier"),
    ("THE MEREFORD GAZETTE Monday 4 August 2025", "The Mereford Gazette"),
    ("BBC NEWS", "BBC News"),
    ("**THE LOWLANDS GAZETTE** — *Your region, every day since 1994* — English edition", "The Lowlands Gazette"),
    ("cobalt ledger  //  notes on breaches, by someone who reads the leak sites", "cobalt ledger"),
])
def test_a_masthead_names_the_outlet_in_its_own_words_with_case_normalised(line, name):
    assert meta.masthead(line) == name


@pytest.mark.parametrize("line", [
    "Home | News | Sport | What's On",
    "WORLD",
    "EUROPE",
    "General News",
    "Ukraine war",
    "UKRAINE",
    "Night-time water cuts for 180,000 homes as Linwell reservoir falls to record low",
    "Gazette readers count the cost",
    "NEWS › CAMPUS",
])
def test_a_menu_a_section_a_kicker_or_a_headline_is_no_masthead(line):
    assert meta.masthead(line) is None


def test_the_masthead_above_the_headline_gives_the_outlet():
    assert outlet_of("MEREFORD GAZETTE", "News | Sport | What's On | Property",
                     "", "Night-time water cuts for 180,000 homes", *BODY) == "Mereford Gazette"


def test_a_short_headline_that_names_a_newsroom_is_not_a_masthead():
    assert outlet_of("Herald Square Reopens", *BODY) is None


def test_an_all_caps_masthead_takes_the_spelling_the_article_uses():
    assert outlet_of("THE MCCLATCHY HERALD", "", "Night-time water cuts for 180,000 homes", *BODY,
                     "The McClatchy Herald has contacted the company.") == "The McClatchy Herald"


@pytest.mark.parametrize("line, name", [
    ("© 2025 The Mereford Gazette", "The Mereford Gazette"),
    ("(c) The Northern Ledger 2024", "The Northern Ledger"),
    ("Copyright © 2025 Mereford Gazette Ltd. All rights reserved.", "Mereford Gazette"),
    ("Copyright 2025 Mereford Media Ltd. All rights reserved", "Mereford Media"),
    ('© 2024 Informational agency "DNIPRO-INFORM". Use of materials only with a hyperlink.', "Dnipro-Inform"),
    ("© 2025 Harbour Media Sp. z o.o. All rights reserved.", "Harbour Media"),
    ("© 2024 Northern Harbour Media AB", "Northern Harbour Media"),
])
def test_a_copyright_line_anywhere_names_the_outlet(line, name):
    assert outlet_of(*BODY, "", line) == name


@pytest.mark.parametrize("line, name", [
    ("Reporting by Hannah Pryce for the Mereford Gazette; editing by Tom Reed", "Mereford Gazette"),
    ("This article first appeared in The Conversation.", "The Conversation"),
    ("*This story was originally published by ProPublica.*", "ProPublica"),
])
def test_a_reporting_credit_names_the_outlet(line, name):
    assert outlet_of(*BODY, "", line) == name


@pytest.mark.parametrize("line, name", [
    ("Recruits at a training ground in the Zhytomyr region. Photo: Baltic Dispatch", "Baltic Dispatch"),
    ("Cows at a farm near Tulare. (Photo: Jane Doe/Farm Weekly)", "Farm Weekly"),
    ("A dried-out irrigation channel near Hollins End. Photograph: Agri Review Images", None),
    ("Cows at a farm near Tulare. (Photo: Jane Doe)", None),
])
def test_a_photo_credit_names_the_outlet_but_never_a_picture_agency_or_a_person(line, name):
    assert outlet_of(*BODY, "", line) == name


@pytest.mark.parametrize("lines, name", [
    # A reprint: the credit says whose reporting it is; the site's masthead and copyright do not.
    (("MEREFORD GAZETTE", "", "Night-time water cuts for 180,000 homes", *BODY,
      "This article first appeared in The Conversation.", "© 2025 Mereford Gazette"), "The Conversation"),
    # The copyright line is plainer than a masthead.
    (("MEREFORD GAZETTE", "", "Night-time water cuts for 180,000 homes", *BODY,
      "© 2025 Mereford Gazette and Advertiser"), "Mereford Gazette and Advertiser"),
    # A copyright that names the publisher's company yields to the masthead.
    (("MEREFORD GAZETTE", "", "Night-time water cuts for 180,000 homes", *BODY,
      "Copyright 2025 Mereford Media Ltd."), "Mereford Gazette"),
    # The masthead wins over a name in the reporting.
    (("MEREFORD GAZETTE", "", "Night-time water cuts for 180,000 homes", *BODY,
      "Reuters has not been able to confirm the figure."), "Mereford Gazette"),
])
def test_the_strongest_evidence_names_the_outlet(lines, name):
    assert outlet_of(*lines) == name


@pytest.mark.parametrize("line, name", [
    ("From: Department for Regional Transport", "Department for Regional Transport"),  # a government page
    ("From: Orm Valley Weekly <letters@ormvalley.example>", "Orm Valley Weekly"),  # a mailed newsletter
    ("From: Jane Doe <jane@example.org>", None),  # a person sends mail; she is no outlet
])
def test_the_sender_at_the_top_names_the_outlet_when_it_is_a_body(line, name):
    assert outlet_of(line, *BODY) == name


def test_a_copyright_line_names_a_body_whose_name_holds_for():
    assert outlet_of(*BODY, "", "© Marrow Centre for Inland Transport, 2025. The views are the authors' own.") == \
        "Marrow Centre for Inland Transport"


def test_a_link_to_the_site_s_front_page_at_the_top_names_the_outlet():
    assert outlet_of("[Skip to main content](#main)", "",
                     "[THE LANTERN](https://thelantern.example/) | [Long reads](https://thelantern.example/longreads)",
                     "", "# The ferry navigator's air force", *BODY, "© 2025 Lantern Media Sp. z o.o.") == "The Lantern"


def test_a_link_to_the_front_page_named_home_names_no_outlet():
    assert outlet_of("[Home](https://harbour.example/) · [News](https://harbour.example/news)", "",
                     "# Water cuts begin", *BODY) is None


def test_a_masthead_in_another_language_names_the_outlet_as_its_reporting_spells_it():
    assert outlet_of("LA VOZ DEL VALLE", "Without water after six: the boil order hits the fields", "",
                     "La Voz del Valle found that none of the four sites is open after 6 p.m.") == "La Voz del Valle"


# fresh14 printed "[according to Record K]" and a rights group's site name as the case record's
# title; its journal article had no outlet and no date.
CASE_RECORD = """KONTUR RIGHTS CENTRE · Persecution Database
Cases   Statistics   Reports   Lawyers   About us   Donate      RU | EN
Cases > Armed formations > Kirov region > K-4471

THE DUBROVIN CASE: A VOLUNTEER SENTENCED IN ABSENTIA, HIS MOTHER
IN DETENTION

Record K-4471 · created 02.03.2028 · last updated 24.06.2028
Print record | Download PDF | Follow this case

Aleksei Dubrovin, a welder from Slobodskoy, left Russia for Kazakhstan on 23 September 2022, two
days after the mobilisation was announced. He crossed into Ukraine on 4 December 2027.

Contact   Privacy   (c) Kontur Rights Centre, 2028. Materials may be reproduced with a link.
"""

JOURNAL_PAGE = """[Skip to Main Content](#main)

**Borderlands: A Journal of Post-Soviet Security** · Volume 11, 2028 - [Issue 2](/bps/11/2) · Pages 141-163

# Who will stand next to him? Motives, vetting and risk among Russian citizens

Received 14 Nov 2027, Accepted 02 Mar 2028, Published online: 18 Apr 2028

Russian citizens who fight for Ukraine do so in several formations, whose size and vetting differ widely.
"""


def test_a_record_page_s_site_header_is_its_outlet_and_its_capitals_headline_its_title(tmp_path):
    (path := tmp_path / "record.txt").write_text(CASE_RECORD, encoding="utf-8")
    source = sources.read_source(path, 1)
    assert source.outlet == "Kontur Rights Centre"  # not "Record K" of "Record K-4471"
    assert source.title == "THE DUBROVIN CASE: A VOLUNTEER SENTENCED IN ABSENTIA, HIS MOTHER IN DETENTION"
    assert source.published == "2028-06-24"


def test_a_journal_article_names_its_journal_and_the_day_it_was_published_online(tmp_path):
    (path := tmp_path / "article.md").write_text(JOURNAL_PAGE, encoding="utf-8")
    source = sources.read_source(path, 1)
    assert source.outlet == "Borderlands"  # its short title: "[according to Borderlands]"
    assert source.published == "2028-04-18"


def test_a_copyright_set_off_by_spaces_at_the_end_of_a_footer_names_the_outlet():
    line = "Contact us   Accessibility   Cookie policy   Privacy notice   © UK Parliament 2028"
    assert meta.outlet([line], {}) == "UK Parliament"
    assert meta.masthead("Record K-4471 · created 02.03.2028", logo=True) is None


# fresh15's Lithuanian daily: a cookie notice wrapped over five lines gave the title ("our audience
# and to show you ..."), and the wordmark "KURJERIS.LT" named no outlet, so "he asked Kurjeris not to
# describe" made the outlet a man.
DAILY = """Skip to content

KURJERIS.LT    English | Lietuviškai | Русский    Search    Log in

We use cookies and similar technologies to improve your experience, to measure
our audience and to show you personalised advertising. By clicking "Accept
all" you agree to the storing of cookies on your device. Accept all | Reject

WORLD

A flat in Vilnius is a recruiting office for a Russian unit fighting for Kyiv.
Lithuania's security service is watching

One of those who passed is Artyom, 29, from Armavir, who asked to be
identified only by his call-sign, Plastun.

"In Armavir they put on Cossack uniforms," he said by video link from a position he asked Kurjeris not to
describe.

He said he was paid the same as a Ukrainian soldier and sent nothing home.
"""


def test_a_wrapped_cookie_notice_is_no_title_and_a_site_address_wordmark_names_the_outlet(tmp_path):
    (path := tmp_path / "daily.txt").write_text(DAILY, encoding="utf-8")
    source = sources.read_source(path, 1)
    assert source.outlet == "Kurjeris"
    assert source.title.startswith("A flat in Vilnius")
    assert meta.masthead("GOV.UK") is None  # a three-letter address is no wordmark


def test_the_page_s_own_outlet_is_never_the_he_of_a_sentence(tmp_path):
    (tmp_path / "daily.txt").write_text(DAILY, encoding="utf-8")
    ctx = prepare(Settings(sources=tmp_path), themes.load())
    s = next(x for x in ctx.sentences if x.text.startswith("He said he was paid"))
    done = ctx.referents.resolve(s, lambda x: x.whole, lambda x: False)
    assert done is None or "Kurjeris" not in done.text


# fresh15's trade magazine: its strap line was the title and its byline line, date and reading time
# included, the author, which the verifier then refused as "[Graham Oduya | 12 December 2028 | ...]".
MAGAZINE = """GROUND & SHORE
The magazine for geotechnical, coastal and flood engineers

Home | News | Analysis | Technical | Opinion | Jobs | Events | Awards | Subscribe

You have read 2 of your 3 free articles this month. Register for free to keep reading, or subscribe for full access.

Marram Gap: why the sums never added up for rock armour

After Storm Kester took a bite out of a Norfolk village, residents want to know why nobody defended their cliff.

Graham Oduya | 12 December 2028 | 7 min read

The Environment Agency's survey of the cliff at Marram Gap, published last Friday, puts numbers on what residents
watched happen in the dark on 26 November, and on what the cliff lost.
"""


def test_a_magazine_s_strap_line_meter_and_byline_fields_are_read_as_what_they_are(tmp_path):
    (path := tmp_path / "magazine.txt").write_text(MAGAZINE, encoding="utf-8")
    source = sources.read_source(path, 1)
    assert (source.title, source.outlet) == ("Marram Gap: why the sums never added up for rock armour",
                                             "Ground & Shore")
    assert (source.author, source.published) == ("Graham Oduya", "2028-12-12")


AGENCY_PAGE = """DERZHAVA NEWS AGENCY
English | Русская версия | 18+
Special Military Operation
FSB detains three accomplices of a Ukrainian formation in the Perm region
11:47 03.12.2029 (updated: 15:20 03.12.2029)
MOSCOW, 3 December - Derzhava. Officers of the Federal Security Service detained three residents of the Perm region.
"""


def test_a_news_agency_s_stamp_that_gives_the_time_first_dates_the_page(tmp_path):
    (path := tmp_path / "agency.txt").write_text(AGENCY_PAGE, encoding="utf-8")
    assert sources.read_source(path, 1).published == "2029-12-03"  # the first stamp, not the update's


def test_a_markdown_page_s_short_first_heading_over_a_longer_one_is_the_site_not_the_headline(tmp_path):
    # fresh17 3301: title "THE BOTHY", outlet "Paper review" (the section's bold label)
    (tmp_path / "a.md").write_text(
        "[Skip to content](#content)\n\n# THE BOTHY\n\n*Scotland's news, without the noise*\n\n"
        "[News](/news) · [Politics](/politics) · [Paper review](/papers) · [Support us](/support)\n\n"
        "[Home](/) › [Paper review](/papers)\n\n**PAPER REVIEW**\n\n"
        "# Scotland's papers: \"Crushed at Gate C\" and the questions for Haar Live\n\n"
        "## What Monday's front pages make of Saturday's crush at the Dalmarnock Yards\n\n"
        "*By Rhona Gillies · Monday 23 June 2031, 06:45*\n\n"
        "Five of Monday's eight front pages lead on the crush at Gate C, where a man died and a teenager was "
        "critically hurt as fans queued for a concert on Saturday evening.\n\n"
        "The Caledonian Times leads with the families of the injured and asks why the gates opened late.\n\n"
        "© 2031 The Bothy Media CIC · [About](/about)\n")
    src = sources.load(tmp_path).sources[0]
    assert src.title == "Scotland's papers: \"Crushed at Gate C\" and the questions for Haar Live"
    assert src.outlet == "The Bothy"


def test_the_weather_box_is_no_headline(tmp_path):
    # fresh16 3000: title "Hallbrook, 38°F Partly cloudy"
    (tmp_path / "a.txt").write_text(
        "THE HALLBROOK COURIER\nSubscribe: 6 months for $1 | e-Edition | Sign In\nHallbrook, 38°F Partly cloudy\n\n"
        "NATION & WORLD\n\nRussians from the Kama are fighting for Kyiv in a new unit\n\n"
        "By Peter Mallory\n\nKYIV, Ukraine - About 90 Russians who left the Freedom of Russia Legion in April now "
        "fight in a unit of their own, its commander said on Monday, and Moscow wants it declared terrorist.\n\n"
        "The unit's recruiter meets applicants in Tbilisi and Yerevan, and each of them is checked twice.\n")
    assert sources.load(tmp_path).sources[0].title == "Russians from the Kama are fighting for Kyiv in a new unit"


def test_a_copyright_line_s_name_ends_at_its_sentence(tmp_path):
    # fresh18 3502: the MP's site was "[according to Helen Marwood. Privacy]"
    assert meta._copyright("© 2031 Helen Marwood. Privacy · Cookies · Accessibility")[0] == "Helen Marwood"
    assert meta._copyright("© 2025 Mereford Media Ltd.")[0] == "Mereford Media"


def test_a_byline_under_front_matter_that_named_the_author_still_dates_the_piece():
    lines = ("---", "title: Count worker speaks", "author: Imogen Vale", "clipped: 2033-03-09T21:14:55Z", "---", "",
             "# Count worker speaks", "", "By **Imogen Vale**, Democracy Reporter · Tuesday 8 March 2033, 6.02pm", "",
             "A woman who worked at the count says she warned a supervisor shortly before 1am, officials said.")
    assert meta.from_text(lines, {}) == ("2033-03-08", "Imogen Vale")
