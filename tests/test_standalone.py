"""Every sentence stands alone out of its article: referents named, caveats kept, the right unit.

The articles under tests/articles/ are written for these tests; the seeds' line numbers stay
as they are on disk."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import resolved, source_named

from briefing import themes
from briefing.cli import cli
from briefing.draft import Citation, Claim
from briefing.pipeline import Settings, prepare
from briefing.standalone import CAVEAT, needs_context
from briefing.verify import check

ARTICLES = Path(__file__).parent / "articles"
UNITS = ARTICLES / "units"


@pytest.mark.parametrize("text, word", [
    ("Its fighters undergo lengthy security checks, which sometimes take up to a year.", "its"),
    ("“I am defending the country, I am defending homes, women, children…,” he says.", "he"),
    ("His execution was applauded by the head of the group, Russian oligarch Yevgeny Prigozhin.", "his"),
    ("He said he walked across the border into Ukraine and signed up to fight.", "he"),
    ("CNN has not been able independently to confirm this number.", "this number"),
    ("Yusov said there have been several attempts by Russian spies to infiltrate the Legion.", "the legion"),
    ("The troops are then vetted by Ukraine’s security services and counter intelligence.", "the troops"),
    ("This was founded by Denis Nikitin – whose real name is Denis Kapustin.", "this"),
    ("In 2024, three of them left the unit.", "them"),  # "of them", but nothing counted before it
    # fresh14 fires and fresh13 redress printed these: whom the firefighters found, where "here" is
    ("Firefighters found them both there. They had died of the effects of smoke inhalation.", "them"),
    ("Police told them to leave.", "them"),
    ("There's no branch here and the phone line rang out for 50 minutes.", "here"),
    # a turn from the sentence before, outside anyone's quote (fresh11, fresh19, fresh20 printed these)
    ("But Oksana says the break came earlier, with Bucha.", "but"),
    ("So no PB and no GFA.", "so"),
    ("Also one of the count staff, Lorna Fitch, says she told a supervisor about the box.", "also"),
    ("The film follows Abonent through the checks, and in its last scene he puts on the headphones.", "the film"),
])
def test_a_sentence_that_leans_on_its_article_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text", [
    "“I am defending the country, I am defending homes, women, children…,” [Vinnie] says.",
    "Caesar says he is one of around 200 Russian citizens currently fighting alongside Ukrainian forces.",
    "Now with his family in Ukraine, Caesar says he is one of around 200 Russian citizens.",
    "It is not clear whether the “Russian Volunteer Corps” has the support of the Ukrainian army.",
    "Yusov said there have been attempts by Russian spies to infiltrate the [Free Russian] Legion.",
    "The ministry said commanders of the “Freedom of Russia” legion were visiting detained soldiers.",
    "In a pine forest last week, a group of Russian recruits practiced tactical retreat.",
    "Around 200 Russians fight for Ukraine. CNN has not been able to confirm this number.",
    "Eight wagons of a freight train left the track, three of them tank wagons carrying styrene.",  # what it counted
    "The coast guard said 346 passengers and 57 crew were on board.",  # the service, not a unit's "the guard"
    "Eight miners were trapped; rescuers found them on Tuesday.",
    "“There is no branch here,” Ian Pollard said.",  # his own "here", in his words
    "Here is what the regulator found.",
    # fresh14 printed "from outside [the Vyatka Circle] of its founders": a group of men, not a unit
    "Dubrovin joined the Vyatka Circle, one of its first recruits from outside the group of its founders.",
    "“But we were clean,” [Ambrose] says.",  # how a speaker talks, in their words
    "So far, 40 men have joined the Kama Druzhina.",
])
def test_a_sentence_that_names_what_it_is_about_stands_alone(text):
    assert needs_context(text) is None


def test_the_verifier_fails_a_pronoun_speaker_and_passes_the_bracketed_name(corpus):
    cnn = source_named(corpus, "001").path
    quote = "“I am defending the country, I am defending homes, women, children, people who cannot defend themselves,”"
    bare = Claim(f"{quote} he says.", (Citation(cnn, 184, 185),))
    assert check(bare, corpus).startswith("needs context: 'he'")
    named = Claim(f"{quote} [Vinnie] says.", (Citation(cnn, 180, 182), Citation(cnn, 184, 185)))
    assert check(named, corpus) is None


def test_a_bracketed_name_must_come_from_the_cited_article(corpus):
    cnn = source_named(corpus, "001").path
    express = source_named(corpus, "003").path
    quote = "“I am defending the country, I am defending homes, women, children, people who cannot defend themselves,”"
    assert "not in the cited lines" in check(Claim(f"{quote} [Caesar] says.", (Citation(cnn, 184, 185),)), corpus)
    borrowed = Claim(f"{quote} [Siberian Battalion] says.", (Citation(cnn, 184, 185), Citation(express, 4, 4)))
    assert "of the article that holds the rest" in check(borrowed, corpus)


def test_an_outlet_may_be_named_in_brackets_from_its_own_record(corpus):
    express = source_named(corpus, "003").path
    text = ("In contrast to other volunteer units with Russian nationals, the Siberian Battalion is officially "
            "integrated into the regular Ukrainian army, [according to The Daily Express].")
    assert check(Claim(text, (Citation(express, 6, 6),)), corpus) is None
    assert "not in the cited lines" in check(Claim(text.replace("Daily Express", "Moscow Times"),
                                                   (Citation(express, 6, 6),)), corpus)


@pytest.fixture(scope="module")
def checks(tmp_path_factory):
    out = tmp_path_factory.mktemp("units")
    result = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--sources", str(UNITS), "--themes",
                                      str(UNITS / "themes.toml"), "--theme", "all", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out, [s["text"] for s in json.loads((out / "checks.json").read_text())["sentences"]]


def test_theme_all_with_a_themes_file_runs_only_the_file_themes(checks):
    out, _ = checks
    assert sorted(p.name for p in out.glob("*.json")) == ["checks.json"]


def test_an_opening_its_is_named_from_the_sentence_before(checks):
    _, texts = checks
    assert "[The Steppe Battalion’s] fighters undergo lengthy security checks, which sometimes take up to a year." \
        in texts


def test_a_bare_unit_is_named_and_the_naming_line_is_cited(checks):
    out, texts = checks
    assert "Commander Ilya Sorokin said [the Steppe Battalion] rejects about half of all applicants." in texts
    data = json.loads((out / "checks.json").read_text())
    cites = next(s["citations"] for s in data["sentences"] if s["text"].startswith("Commander"))
    assert [(c["line_start"], c["line_end"]) for c in cites] == [(3, 3), (6, 6)]


def test_no_sentence_of_the_briefing_needs_its_article(checks):
    _, texts = checks
    assert all(needs_context(t) is None for t in texts), texts


def test_a_caveat_goes_with_the_figure_it_qualifies(book):
    ctx = prepare(Settings(sources=UNITS), themes.load(UNITS / "themes.toml"))
    figure = next(s for s in ctx.sentences if "around 300" in s.text)
    caveat = next(s for s in ctx.sentences if "confirm this number" in s.text)
    assert ctx.referents.resolve(caveat).text.startswith("Ukrainian officials say around 300")  # never alone
    done = ctx.referents.resolve(figure)
    assert done.text.endswith("The Kyiv Courier has not been able to confirm this number.")
    assert "[the Steppe Battalion]" in done.text


def test_a_pronoun_speaker_is_named_from_the_article(ctx):
    quote = next(s for s in ctx.sentences if s.text.startswith("“I am defending the country"))
    assert ctx.referents.resolve(quote).text.endswith("[Vinnie] says.")


def test_a_referent_the_article_does_not_settle_is_not_guessed(ctx):
    # "the group" is Wagner, which is no unit of the themes file: the sentence cannot stand.
    applause = next(s for s in ctx.sentences if s.text.startswith("His execution"))
    assert ctx.referents.resolve(applause) is None


def test_bare_people_are_never_bracketed_as_a_unit(ctx):
    # "The troops are then vetted" follows a sentence about the legion, but the troops are the
    # prisoners who apply: only joining the sentence before can make it stand.
    troops = next(s for s in ctx.sentences if s.text.startswith("The troops are then vetted"))
    done = ctx.referents.resolve(troops)
    assert done is None or done.text.startswith("Russian-language Ukrainian news outlet Bagnet said")


def test_a_theme_the_sources_do_not_cover_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--sources", str(ARTICLES / "birdflu"),
                                      "--theme", "risks", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "risks.json").read_text())
    assert data["sentences"] == [] and data["note"] == "No material on this theme in the sources."
    assert "no material on this theme" in result.output


def test_seed_briefings_stand_alone_within_the_word_budget(tmp_path):
    result = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--theme", "all", "--out", str(tmp_path)])
    assert result.exit_code == 0, result.output
    for theme in ("vetting", "motivations", "risks", "units"):
        data = json.loads((tmp_path / f"{theme}.json").read_text())
        body = [s for s in data["sentences"] if s["kind"] not in ("disagreement", "table")]  # prose only
        assert sum(len(s["text"].split()) for s in body) <= 300
        # A table cell may restate prose (a contrast puts cells side by side); prose never repeats.
        texts = [s["text"] for s in data["sentences"] if s["kind"] != "table"]
        assert len(texts) == len(set(texts))
        assert any(s["section"].startswith("Where sources disagree") for s in data["sentences"]) == (theme == "units")


LATER = ARTICLES / "later"


@pytest.fixture(scope="module")
def later():
    return prepare(Settings(sources=LATER), themes.load(UNITS / "themes.toml"))


def test_a_caveat_elsewhere_in_the_article_goes_with_the_claim_it_doubts(later):
    claim = next(s for s in later.sentences if s.text.startswith("Ukraine has said"))
    done = later.referents.resolve(claim)
    assert done.text.endswith("The Harbour Times has not yet been able to verify claims of border guards switching "
                              "sides.")
    assert [x.line_start for x in done.cited] == [3, 10]


def test_a_short_quote_comes_with_the_sentence_that_carries_it_on(later):
    quote = next(s for s in later.sentences if s.text.startswith('"My family'))
    assert later.referents.resolve(quote).text == (
        '"My family is still in Omsk," [Commander Ilya Sorokin] says. '
        'He says he is fighting so that they can live in a free country.')


def test_an_undated_article_s_last_week_is_cut_from_the_claim(later):
    camp = next(s for s in later.sentences if s.text.startswith("Last week"))
    done = later.referents.in_time(later.referents.resolve(camp))
    assert done.text == "[The Steppe Battalion] opened a second training camp near Poltava."


@pytest.mark.parametrize("text, word", [
    ("Few, if any, buildings of the eastern Ukrainian town have been spared by the shelling.", "the town"),
    ("Reports of atrocities, including the massacre of civilians in Bucha, are seen as propaganda in their homeland.",
     "their"),
])
def test_a_place_or_a_their_the_sentence_does_not_name_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text, word", [
    ("About one in four applicants is turned away at this stage.", "this stage"),
    ("Ukraine's intelligence agency, the HUR, said that the corps “operates independently”.", "the corps"),
    ("The agency's weekly report, published the same day, put it at 17 per cent.", "it"),
    ("Prisoners who apply are interviewed several times by officers of the SBU.", "who apply"),
    ("Mereside disputes the comparison.", "the comparison"),
    ("Who in your family still lives in Russia?", "a question"),
    ("At the, Radio Free Europe reported that the number had risen to 4,000.", "a broken phrase"),
    ("'Ladoga Outpost') is a drone unit of Russian citizens fighting for Ukraine.", "a broken phrase"),
    # (fresh10's briefings printed these: a fronted time or count, then a pronoun for the subject)
    ("By Sunday afternoon it had been contained with booms, the ministry said.", "it"),
    ("Until January its men all came through the Legion's selection.", "its"),
    ("Of 310 applications it received between January and April, it accepted 41, Shestakov says.", "it"),
    ("None has been captured, and the Legion's experience suggests captured volunteers are rarely exchanged.",
     "none of what"),
    ("The FSB also uses such pressure to recruit informers among volunteers' relatives.", "such pressure"),
    # (fresh11's: papers and an official introduced before, a group counted before, a "that" said)
    ("The records show the unit received 1,410 applications and accepted 131.", "the records"),
    ("The documents also show that the board renewed the contract in March.", "the documents"),
    ("The SBU official said no vetting system was perfect.", "the official"),
    ("Five of the nine came to the unit through the Freedom of Russia Legion.", "of the nine"),
    ("One of the missing, Dmitry L., 29, appeared in June in a video.", "of the missing"),
    ("The Rangers, short of men, interviewed those 23 twice instead.", "those 23"),
    ("Two officers said that was precisely what made their colleagues uneasy.", "that"),
    # (fresh12's: one of two people counted before, with an apposition; a speaker "the same" as before)
    ("The other, from Sterlitamak, was mobilised.", "the other of what"),
    ("The latter said he had surrendered on his second day.", "the latter of what"),
    ("Both were interviewed by the SBU twice.", "both of whom"),
    ("Neither has been charged.", "neither of whom"),
    ("On 2 January the same channel said the Kama Sotnia had \"104 brothers\".", "the same channel"),
    ("“The one from Sheffield was not,” [Malhotra] says.", "the one of what"),
    ("Three tubs were tested by UKAD, and the maker says the fourth was not.", "not what"),
    # others than whom, the same as what (fresh14 printed each)
    ("Four other people have been treated in hospital.", "four other"),
    ("OPSS has written to the liquidators on behalf of the others.", "the others"),
    ("Probation under the squad's eyes is the Circle's answer to the same fear.", "the same fear"),
    ("A complaint about the same battery was made to Trading Standards in August 2027.", "the same battery"),
])
def test_a_pointer_outside_the_subject_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text, word", [
    # the tag's "he" is the speaker, never the applicant the sentence counts
    ("About one applicant in five gets through, he says.", "he"),
    ("About 200 men serve in the Pinega Rangers, she said.", "she"),
])
def test_a_speaker_tag_s_pronoun_needs_a_person_the_sentence_names(text, word):
    assert needs_context(text, frozenset({"Shubin", "Gleb Shubin"})) == word
    assert needs_context(text.replace(text.split(",")[0], "Shubin's men are ready"),
                         frozenset({"Shubin", "Gleb Shubin"})) is None


@pytest.mark.parametrize("text", [
    # the sentence settles what is "the same" and who "the others" are
    "Of the twelve men in the boat, two were killed and the others escaped.",
    "Each recruit goes through the same checks as everyone else.",
    "Kestrel and Harrier recruit through the same state project.",
    "Russian volunteers are paid what Ukrainian soldiers of the same rank are paid.",
    "A fire alarm sounded at the same time as the blast.",
    "At this stage of the war, few recruits are turned away.",
    "The Free Russian Legion, as the unit was called, received little attention.",
    "Mereside measured the reservoir and put it at 17 per cent.",
    "Prisoners who apply to the Freedom of Russia Legion are interviewed twice.",
    "Mereside disputes the Courier's comparison of leaks and savings.",
    "“Why would I go back?” Caesar asked.",
    "By Sunday afternoon the sheen had been contained with booms, the ministry said.",
    "In March the Freedom of Russia Legion said it had 2,000 applicants.",
    "None of the 14 has been exchanged.",
    "Both men were interviewed by the SBU twice.",
    "The one thing every source agrees on is the date of the hearing.",
    "“Every tub was tested, and none was contaminated,” [Malhotra] says.",
    "The other side of the river was flooded.",
    "The first Russian volunteers arrived in 2022.",
    "Volunteers are paid the same amount as the soldiers of any Ukrainian unit.",
    "The FSB uses such tactics as threats to relatives.",
    "The SBU itself has not published a figure.",
    "Investigators believe the parasite came from a farm upstream of the city's water intake.",
    "One of the three men was a medic, and one of the thousands of people who fled was his brother.",
    "Officials said that Moscow was wrong.",
    "“I understood that I was the only one in my family who was not going to say that was right,” [Lobanova] says.",
])
def test_a_pointer_the_sentence_itself_settles_stands_alone(text):
    assert needs_context(text) is None


@pytest.mark.parametrize("text", [
    "Hundreds of volunteers said their families were safe.",
    "The town of Bakhmut has been shelled for months.",
])
def test_a_place_or_people_the_sentence_names_stand_alone(text):
    assert needs_context(text) is None


def test_a_lead_claim_that_names_its_outlet_is_not_attributed_twice(ctx, corpus):
    from briefing.engines.extractive import Writer
    cnn = source_named(corpus, "001").path
    text = ("The soldier, whose name CNN agreed not to reveal to protect his identity, goes by the "
            "call-sign “Caesar.”")
    assert Writer(ctx).attributed(Claim(text, (Citation(cnn, 21, 22),)), always=True).text == text


def test_an_attribution_after_a_closing_quote_reads_as_a_sentence(ctx, corpus):
    from briefing.engines.extractive import Writer
    express = source_named(corpus, "003").path
    text = "Their goal is a “free Siberia.”"
    out = Writer(ctx).attributed(Claim(text, (Citation(express, 6, 6),)), always=True).text
    assert out == "Their goal is a “free Siberia,” [according to The Daily Express]."


def test_soldiers_the_sentence_does_not_say_whose_need_context():
    # Failed by the editor in three rounds: which soldiers were interviewed?
    text = "Fearing reprisal, none of the soldiers interviewed agreed to reveal their identities."
    assert needs_context(text) == "the soldiers"
    assert needs_context("The troops captured the town.") == "the troops"


def test_a_quote_that_holds_only_under_a_condition_is_not_lifted_without_it(ctx):
    # "... what will await him should he be captured." / "“There won’t be an exchange ...,” he says."
    quote = next(s for s in ctx.sentences if s.text.startswith("“There won’t be an exchange"))
    assert ctx.referents.resolve(quote) is None


def test_a_sentence_that_completes_a_short_quote_comes_with_it(ctx):
    children = next(s for s in ctx.sentences if s.text.startswith("His children cried"))
    assert ctx.referents.resolve(children).text.startswith(
        "“I couldn’t just watch,” Caesar told Radio Free Europe/Radio Liberty. His children cried when Russia "
        "attacked Ukraine.")


def test_an_articles_own_doubt_about_numbers_goes_with_the_figure(ctx):
    figure = next(s for s in ctx.sentences if s.text.startswith("In June last year, Ukrainian presidential"))
    assert ctx.referents.resolve(figure).text.endswith("The exact numbers are not known.")


def test_a_machine_translated_reportive_is_never_lifted(ctx):
    from briefing.engines.extractive import Writer
    raid = next(s for s in ctx.sentences if s.text.startswith("There they would have attacked"))
    assert Writer(ctx).resolve(raid) is None


@pytest.fixture(scope="module")
def speakers():
    return prepare(Settings(sources=ARTICLES / "speakers"), themes.load(UNITS / "themes.toml"))


def test_a_he_after_an_unnamed_official_is_not_the_last_named_person(speakers):
    # Reyes is named two paragraphs up; "he" is the official who asked not to be named.
    text = resolved(speakers, '"The rest are still being tested,"')
    assert text is None or "[Reyes]" not in text and "[Commander Olga Reyes]" not in text


def test_she_is_the_appositive_name_not_the_possessive_or_a_company(speakers):
    assert resolved(speakers, "She says the night-time cuts") == (
        "[Priya Sandhu] says the night-time cuts announced by Mereside Water will hit her harder than the ban.")
    assert resolved(speakers, '"My plants need watering') == (
        '"My plants need watering at five in the morning," [Priya Sandhu] said.')


@pytest.mark.parametrize("text, word", [
    ("For the recruits, the decision is final.", "the decision"),
    ("Those who pass the checks train for five weeks.", "those who"),
    ("The battalion's own figure is much lower.", "lower"),
    ("A spokesman said leakage had fallen by 9 per cent.", "a spokesman"),
    ("Mereside said the pipeline had been held up by planning objections.", "the pipeline"),
    ('Shelepov called the attackers "traitors and terrorists".', "the attackers"),
    ("The Harbour Times could not independently confirm the number of applications.", "a caveat alone"),
    ("The ministry gave no details.", "a caveat alone"),  # of the claim before it
    ("The ministry did not provide evidence for the claim.", "a caveat alone"),
])
def test_what_a_new_article_leans_on_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text", [
    "Posts detail prisoners who had swapped sides, although these have not been verified.",
    "The war has changed everything for Russian recruits.",
    "The office of the prosecutor general said it would appeal.",
    "Yusov said the law was finalized in August.",
    "The number of confirmed cases linked to the tap water has risen to 112, health officials said Friday.",
])
def test_a_caveat_inside_its_claim_and_known_subjects_stand_alone(text):
    assert needs_context(text) is None


@pytest.mark.parametrize("text, word", [
    ("Applicants are first vetted by the security service.", "applicants"),
    ("Relatives in Russia have been questioned by police.", "relatives"),
    ("Applicants write through the Legion's bot.", "the legion"),  # a possessive ends the name
    ("A smaller group were prisoners of war.", "smaller than what"),
    ("One fighter has a simpler plan.", "simpler than what"),
    ("After the raid prosecutors opened criminal cases.", "the raid"),
    ("Tur explains the difference so.", "the difference"),
    ("Since then courts have sentenced 37 fighters.", "since then"),
    ("The questions start before the coffee arrives.", "the questions"),
    ("The Department for Transport denied this.", "this"),
    ("Both networks regularly call on people to join the armed struggle.", "both networks"),
    ("Courts sentenced 37 [Legion] fighters. That is a count by this newspaper.", "this newspaper"),
])
def test_a_group_event_or_comparison_the_sentence_does_not_name_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text, word", [
    # graded b-fails in fresh16 and fresh17: one of whom? which day? where? which prosecutor?
    ("One, Ilya Morozkin, 36, from Varnavino in the Nizhny Novgorod region, was captured in November.", "one of what"),
    ("Another, a driver from Kostroma, was wounded near Orikhiv.", "another of what"),
    ("Another was wounded near Orikhiv.", "another of what"),
    ("At this point Marat Gainullin joined the call from Yerevan.", "at this point"),
    ("At that stage the crowd was already pressed against the barriers.", "at that stage"),
    ("That day the gates opened at 5pm.", "that day"),
    ("The next day the council suspended the licence.", "the next day"),
    ("Later that week the promoter cancelled its remaining shows.", "later that week"),
    ("That day, Russian forces launched a salvo of grad missiles.", "that day"),  # (graded b in unseen: "the same day")
    ("There Marat Gainullin meets applicants over tea.", "there"),
    ("The prosecutor had asked for eight years.", "the prosecutor"),
    # a correction joined after the sentence before it is still a correction
    ("Mezentsev said he had filed notice of appeal. An earlier version of this article said the prosecutor had asked "
     "for nine years; he asked for eight.", "an earlier version"),
])
def test_a_count_a_time_or_a_place_that_points_back_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text", [
    "One of the Vetluga Artel's fighters, Ilya Morozkin, was captured in November.",
    "There were 40 men in the Vetluga Artel by March.",
    "There is no record of the plan.",
    "The prosecutor, Denis Avdonin, had asked for eight years.",
    "Two prosecutors had asked for eight years.",
    "Lena found out from a neighbour whose son works in the prosecutor's office.",
])
def test_a_count_a_time_or_a_place_the_sentence_settles_stands_alone(text):
    assert needs_context(text) is None


@pytest.mark.parametrize("text", [
    "Applicants to the Russian Volunteer Corps need two recommendations.",
    "Applicants write through [the Freedom of Russia Legion's] bot.",
    "Members of the Harbour Union voted to strike.",
    "A smaller share than last year applied.",
    "After the invasion many Russians left.",
    "After the raid on Belgorod, prosecutors opened cases.",
    "The gap between the two figures is large.",
])
def test_a_group_event_or_comparison_the_sentence_names_stands_alone(text):
    assert needs_context(text) is None


def test_a_caveat_about_the_number_goes_with_the_figure_it_doubts_not_the_nearest_sentence(later):
    figure = next(s for s in later.sentences if s.text.startswith("A spokesman for the ministry said 300"))
    officers = next(s for s in later.sentences if s.text.startswith("Officers interviewed"))
    assert later.referents.resolve(figure).text.endswith(
        "The Harbour Times could not independently confirm the number of applications.")
    assert "could not" not in later.referents.resolve(officers).text  # no figure there to doubt


def test_a_claim_and_the_rival_account_after_it_travel_together(later):
    claim = next(s for s in later.sentences if s.text.startswith("The battalion said 120"))
    text = later.referents.resolve(claim).text
    assert text.endswith("Russia's border service gave a very different account. It said a group of up to 30 men had "
                         "tried to cross and had been pushed back.")


def test_a_claim_officials_never_confirmed_comes_with_that_doubt(ctx):
    # seeds 002:51 (Watson): the Corps' manifesto calls it "part of the Armed Forces of Ukraine";
    # the next sentence says officials never confirmed it (the cold read of units: the lead lost it)
    from briefing.engines.extractive import Writer

    claim = next(s for s in ctx.sentences if s.text.startswith("In October 2022, the “Russian Volunteer Corps”"))
    assert Writer(ctx, {claim.id}).resolve(claim).text.endswith(  # (the doubt itself is not on the theme)
        "But Ukrainian officials have never confirmed the military’s ties to the group.")


def test_a_rival_figure_for_it_comes_with_the_figure_it_answers(later):
    claim = next(s for s in later.sentences if s.text.startswith("Kherson's port authority said"))
    rival = next(s for s in later.sentences if s.text.startswith("Russia's border service, in its weekly report"))
    assert later.referents.resolve(claim).text.endswith("put it at 25 centimetres.")
    # alone, "it" could be anything; after the claim it is the river
    assert later.referents.resolve(rival).text.startswith("Kherson's port authority said")


def test_a_briefing_the_sources_cannot_fill_says_so():
    from briefing.engines.extractive import Extractive
    book = themes.load(UNITS / "themes.toml")
    ctx = prepare(Settings(sources=UNITS), book)
    draft = Extractive(words=2000).draft(book.get("checks"), ctx)
    assert draft.sections and draft.note.startswith("Little in the sources matches this theme's terms:")
    assert "of the 2000-word body" in draft.note
    assert Extractive(words=60).draft(book.get("checks"), ctx).note is None


def test_the_verifier_fails_a_question_whoever_wrote_it(later):
    path = later.corpus.sources[0].path
    question = Claim("Who will pay for the crossing?", (Citation(path, 24, 24),))
    assert check(question, later.corpus).startswith("a question states no fact")


FORMATIONS = ARTICLES / "formations"


@pytest.fixture(scope="module")
def formations():
    return prepare(Settings(sources=FORMATIONS), themes.load(None))


def test_the_company_is_named_from_a_company_not_from_the_battalion_its_men_left(formations):
    joined = resolved(formations, "Joining the company")
    assert joined == "Joining [the Amur Company] means passing two sets of checks."


def test_its_after_two_formations_is_not_settled_by_the_known_one(formations):
    # "Its stated aim" is the company's; the last known unit named is the battalion it left
    text = resolved(formations, "The company is formally part")
    assert text is None or "Siberian Battalion" not in text


def test_one_name_never_stands_for_two_phrases(formations):
    text = resolved(formations, "An officer in the brigade")
    assert text is None or text.count("[") <= 1


def test_the_outlet_speaking_of_itself_is_named_from_its_record(later):
    text = resolved(later, "Our correspondent counted")
    assert text == "[The Harbour Times’s] correspondent counted 40 boats on the river at dawn."
    path = later.corpus.sources[0].path
    assert check(Claim(text, (Citation(path, 26, 26),)), later.corpus) is None


@pytest.mark.parametrize("text, word", [
    ("Courts have sentenced 37 fighters, according to a count by this newspaper.", "this newspaper"),
    ("Which represents supermarkets, warned of empty shelves.", "which"),
    ("An officer in the brigade put the figure lower.", "lower"),
    ("“Ministers have had no role in the talks,” a spokesperson said.", "a spokesman"),
])
def test_an_outlets_own_voice_a_lost_head_or_a_figure_put_lower_needs_context(text, word):
    assert needs_context(text) == word


def test_a_body_is_named_whole_from_its_name_with_and_in_it(formations):
    said = resolved(formations, "The union said")
    assert said == "[The Harbour and Dock Workers' Union] said 1,400 members walked out."


PORT = ARTICLES / "port"


def test_a_company_that_says_things_is_not_a_person():
    from briefing.standalone import people
    text = (PORT / "01_strike.txt").read_text()
    assert "Meridale" not in people(text) and "Kirsty Doyle" in people(text)


def test_a_she_is_the_person_the_next_sentence_introduces_not_the_company_before():
    ctx = prepare(Settings(sources=PORT), themes.load(None))
    assert resolved(ctx, "\"They tell us") == ("\"They tell us the remote cranes are safer. They are safer for the "
                                               "shareholders,\" [Kirsty Doyle] said.")


def test_a_unit_that_a_newer_named_formation_may_be_is_not_the_one_named_long_before(formations):
    # "the unit" follows "The Taiga Detachment, a drone unit"; the Legion was named two paragraphs up
    text = resolved(formations, "The unit was formed in May 2024")
    assert text is None or "[the Freedom of Russia Legion]" not in text.replace("[The", "[the")


def test_the_unit_is_never_the_one_its_men_left(formations):
    text = resolved(formations, "The new unit was formed in June")
    assert text is None or "[the Freedom of Russia Legion]" not in text.replace("[The", "[the")


# -- caveats and rival figures that are further away (tests/articles/rivals) -------------------

RIVALS = ARTICLES / "rivals"


@pytest.fixture(scope="module")
def rivals():
    return prepare(Settings(sources=RIVALS), themes.load(UNITS / "themes.toml"))


def _resolved_text(ctx, start: str) -> str | None:
    s = next(x for x in ctx.sentences if x.text.startswith(start))
    done = ctx.referents.resolve(s, lambda x: x.whole, lambda x: False)
    return None if done is None else done.text


@pytest.mark.parametrize("text", [
    "The figures could not be independently verified.",
    "The figures are impossible to check.",
    "The Harbour Times could not verify either figure.",
    "The claim cannot be independently confirmed.",
    "These reports remain unverified.",
    "The Harbour Times was unable to verify the number.",
    "The figures from the chamber, the alliance and the carmaker could not be independently verified.",
    "The coast guard has not confirmed this officially.",
    "What exactly happened in Bryansk at that time is unclear.",
    "It remains unclear what happened at the border post.",
])
def test_the_common_phrasings_of_doubt_are_caveats_that_cannot_stand_alone(text):
    assert CAVEAT.search(text)
    assert needs_context(text) is not None  # printed only after what it doubts


def test_an_unverified_claim_in_its_own_sentence_stands():
    assert needs_context("Unverified reports said 300 soldiers had crossed the river.") is None


def test_a_caveat_on_named_parties_figures_goes_with_a_figure_of_one_of_them(rivals):
    assert _resolved_text(rivals, "The Brennport Chamber of Trade estimates").endswith(
        "The figures from the chamber and [the Coastal Shippers Association] could not be independently verified.")


def test_a_caveat_on_named_parties_figures_does_not_go_with_another_partys_figure(rivals):
    assert _resolved_text(rivals, "The Ferry Workers' Federation said 640") == (
        "The Ferry Workers' Federation said 640 of its members had stopped work.")


def test_a_figure_travels_with_its_rival_four_paragraphs_away_and_the_caveat_on_both(rivals):
    expected = ("Commander Ilya Sorokin said the Steppe Battalion now has about 900 fighters. An officer at the "
                "regional headquarters said fewer than 300 soldiers were at the front at any one time. [The Brennport "
                "Gazette] could not independently verify either figure for the Steppe Battalion's size.")
    assert _resolved_text(rivals, "Commander Ilya Sorokin said") == expected
    assert _resolved_text(rivals, "An officer at the regional headquarters") == expected  # whichever is picked


def test_a_caveat_on_a_units_size_does_not_go_with_a_part_of_the_unit(rivals):
    assert _resolved_text(rivals, "Russian courts have sentenced at least 37") == (
        "Russian courts have sentenced at least 37 of the Steppe Battalion's fighters in absentia.")


def test_a_figure_whose_rival_cannot_be_given_is_not_used(rivals):
    # "He put the figure lower" cannot say who he is: the 500 is not printed without it
    assert _resolved_text(rivals, "The Northern Volunteer Corps says it has about 500") is None


def test_a_figure_and_its_rival_pass_the_verifier_as_one_item(rivals):
    from briefing.engines.extractive import Writer
    s = next(x for x in rivals.sentences if x.text.startswith("Commander Ilya Sorokin said"))
    claim = Writer(rivals).claim(s)
    assert [c.line_start for c in claim.citations] == [13, 17, 21]  # the outlet is named from its record
    assert check(claim, rivals.corpus) is None


def test_a_person_s_it_is_a_body_the_sentence_does_not_name():
    persons = frozenset({"Tkachuk"})
    assert needs_context("Tkachuk said it now has about 2,500 fighters.", persons) == "it (a body)"
    assert needs_context("The Freedom of Russia Legion said it now has 2,500 fighters.", persons) is None


def test_he_after_a_new_full_name_is_never_the_person_named_before():
    ctx = prepare(Settings(sources=ARTICLES / "owner"), themes.load(None))
    text = resolved(ctx, "\"Our lagoon held,\"")
    assert text is None or "[Brennan]" not in text


SHORT_NAMES = ARTICLES / "shortnames"


@pytest.fixture(scope="module")
def short_names():
    return prepare(Settings(sources=SHORT_NAMES), themes.load(None))


def test_the_district_is_named_as_its_article_named_it_and_that_line_cited(short_names):
    s = next(x for x in short_names.sentences if x.text.startswith("The district says"))
    done = short_names.referents.resolve(s)
    assert done.text.startswith("[The Harlow Valley Water District] says crews worked")
    assert [x.line_start for x in done.cited] == [5, 7]
    path = short_names.corpus.sources[0].path
    assert check(Claim(done.text, (Citation(path, 5, 5), Citation(path, 7, 7))), short_names.corpus) is None


def test_a_short_name_in_the_object_is_named_too_without_an_article_the_name_never_had(short_names):
    assert resolved(short_names, "A state inspector") == (
        "A state inspector, Dana Ortiz, said her office had not ordered [Hollis Creek Dairy] to stop pumping.")


def test_of_two_councils_the_nearest_sentence_that_names_one_settles_the_council(short_names):
    assert resolved(short_names, "The council also asked").startswith("[The University Council] also asked")
    assert resolved(short_names, "The council's deputy leader").startswith("[Harlow City Council’s] deputy leader")


def test_a_council_named_only_as_where_someone_worked_does_not_settle_the_council(short_names):
    # "a former finance officer for the University Council" names it in passing; Harlow City Council is the subject
    assert resolved(short_names, "The council has asked").startswith("[Harlow City Council] has asked")


def test_a_court_brought_in_after_the_named_one_is_not_given_the_named_one_s_name(tmp_path):
    # fresh19: "only an election court can overturn it" came between the High Court and "the court had options"
    (tmp_path / "a.md").write_text(
        "# What happens now to the Hollington Brook count\n\nBy Imogen Vale, 8 March 2033\n\n"
        "Mr Achebe-Lyle said on Tuesday that he would present an election petition to the High Court.\n\n"
        "Under the Representation of the People Act 1983, once a returning officer has declared a result, only an "
        "election court can overturn it.\n\n"
        "Priya Doshi, an electoral lawyer at the Coastal Law Centre in Brighton, said the court had several options.\n")
    done = resolved(prepare(Settings(sources=tmp_path), themes.load(None)), "Priya Doshi")
    assert done is None or "High Court" not in done, done


def test_the_council_after_a_sentence_naming_two_is_not_used(short_names):
    assert resolved(short_names, "The council will decide") is None
    assert resolved(short_names, "Both the University Council") == (
        "Both the University Council and Harlow City Council will meet again next week.")


@pytest.mark.parametrize("start, kept", [
    ("The district attorney", "The district attorney, Rosa Lindqvist,"),  # a role, not the water district's
    ("The war in Ukraine", "The war in Ukraine had already"),  # not the Second World War named before
])
def test_a_noun_that_is_no_short_name_is_left_alone(short_names, start, kept):
    assert resolved(short_names, start).startswith(kept)


@pytest.mark.parametrize("text, word", [
    ("In it, SableKey asks for $2.4 million in bitcoin.", "in it"),
    ("If that is right, the intruders were inside for nine days.", "if that"),
    ("If it does, every rouble a relative sends can be prosecuted.", "if it does"),  # does what?
    ("If not, the ferry stops in October.", "if not"),
    ("Northmere University issued a denial. The sample contradicts the first half of that.", "the sample"),
    ("I went through the file-tree listing line by line.", "I (whose words?)"),
    # ("Everybody else is ..." now fails first on "everybody else": test_a_sentence_that_leans_on_a_set...)
    ("Every fighter here is Russian, except our instructors, who are Ukrainian.", "our (whose words?)"),
    ("Everybody else is Russian, except our instructors, who are Ukrainian.", "everybody else"),
    ("Say I’m a Russian and I want to join.", "I’m (whose words?)"),
])
def test_what_a_blog_or_transcript_leans_on_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text", [
    "“Our weapons are trophies,” Grom said.",  # first person inside quotes is the speaker's
    "After World War I the border moved east.",
    "Officials said 40 people were hurt. The exact numbers are not known.",  # a caveat on the figure before
    "Two boys were taken to St. Brendan's. The doctors said both would recover.",
])
def test_a_speaker_quoted_or_a_subject_the_sentence_before_gives_stands_alone(text):
    assert needs_context(text, frozenset({"Grom"})) is None


def test_a_unit_named_without_a_formation_noun_is_found_by_how_its_article_introduces_it():
    book = prepare(Settings(sources=ARTICLES / "passing"), themes.load(None), [themes.load(None).get("vetting")]).book
    assert book.found == ["Zaslon"]


def test_the_unit_is_never_the_one_named_in_passing_in_a_piece_on_another_unit():
    # The piece is on Zaslon; the Legion is named last, in passing, in the answer before.
    ctx = prepare(Settings(sources=ARTICLES / "passing"), themes.load(None))
    text = resolved(ctx, "The unit's press officer")
    assert text is None or "Legion" not in text


def test_her_name_is_names_her_and_a_bakery_named_for_someone_is_no_person():
    ctx = prepare(Settings(sources=ARTICLES / "passing"), themes.load(None))
    assert resolved(ctx, "Since May she has been").startswith("Since May [Irina Volkova] has been a combat medic")
    assert resolved(ctx, "The Internal Security Agency") == (
        "The Internal Security Agency also interviewed [Irina Volkova] before she left.")  # not "[…’s] before"


def test_a_caveat_on_the_units_figures_goes_with_each_unit_s_figure():
    ctx = prepare(Settings(sources=ARTICLES / "passing"), themes.load(None))
    assert resolved(ctx, "Its spokesman, Matvei Durnov").endswith(
        "about 2,600 fighters. Meridian could not independently verify the units' figures, and none of them "
        "publishes a list of its members.")


def test_a_caveat_on_the_units_figures_is_not_put_after_a_sentence_that_counts_no_one():
    ctx = prepare(Settings(sources=ARTICLES / "passing"), themes.load(None))
    assert resolved(ctx, "On Tuesday, a military court") == ("On Tuesday, a military court in Moscow sentenced "
                                                             "[the Freedom of Russia Legion’s] recruiter in absentia "
                                                             "to 18 years in prison.")


def test_the_outlets_we_in_its_own_caveat_is_named_and_the_caveat_goes_with_its_figure(later):
    done = resolved(later, "Fishermen said 12 boats")
    assert done == "Fishermen said 12 boats sank in the storm. [The Harbour Times] could not confirm the losses."


def test_the_outlets_caveat_alone_is_not_a_point_and_another_we_still_needs_context(later):
    assert resolved(later, "We could not") is None
    assert needs_context("We crossed the river at night.") == "We (whose words?)"


SHORTFORM = ARTICLES / "shortform"


def test_a_capitalised_short_name_keeps_the_unit_it_stood_for_at_first_use():
    # "the International Legion" is named in between; "The Legion" is still the Freedom of Russia Legion
    ctx = prepare(Settings(sources=SHORTFORM), themes.load(None))
    text = resolved(ctx, "The Legion was designated")
    assert text == ("[The Freedom of Russia Legion] was designated a terrorist organisation by Russia's Supreme "
                    "Court in 2023.")


def test_a_lower_case_legion_is_the_nearest_legion_not_the_short_name():
    ctx = prepare(Settings(sources=SHORTFORM), themes.load(None))
    text = resolved(ctx, "The legion trains")
    assert text == "[The International Legion] trains its recruits for six weeks before they see combat."


HEARING = ARTICLES / "hearing"


def test_a_witness_doubting_anothers_figure_is_not_joined_to_her_own_estimate():
    # "We could not verify it" is said of the battalion's 600, not of Lund's own 200 to 300
    # (and her "our estimate" goes: the record never says whose estimate it is)
    ctx = prepare(Settings(sources=HEARING), themes.load(None))
    text = resolved(ctx, "“For the Siberian Battalion our estimate")
    assert text is None or "verify" not in text


def test_a_turns_own_words_need_their_referents_though_the_briefing_quotes_them():
    assert needs_context("“It would not talk to us,” [Dr Lund] says.") == "it"
    assert needs_context("“I could not find the camp,” [Dr Lund] says.") is None  # "I": the speaker


def test_one_speakers_sentences_joined_read_as_one_quote():
    from briefing.referents import read_on
    assert read_on("“We have three witnesses today,” [The Chair] says.",
                   "“Our third witness runs a unit,” [The Chair] says.") == (
        "“We have three witnesses today. Our third witness runs a unit,” [The Chair] says.")
    assert read_on("“We have three witnesses,” [The Chair] says.", "“Thank you,” [Dr Lund] says.") == (
        "“We have three witnesses,” [The Chair] says. “Thank you,” [Dr Lund] says.")


def test_a_figure_whose_doubt_right_after_it_cannot_be_given_is_left_out(tmp_path):
    (tmp_path / "a.txt").write_text("Boats lost in the storm\n\nFishermen said 12 boats sank in the storm on Monday. "
                                    "We could not confirm the losses.\n")
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    assert ctx.corpus.sources[0].outlet is None
    assert resolved(ctx, "Fishermen said") is None


def test_a_turns_bare_unit_is_named_inside_the_briefings_quote_marks():
    ctx = prepare(Settings(sources=HEARING), themes.load(None))
    s = next(x for x in ctx.sentences if x.text.startswith("“The battalion has written"))
    assert ctx.referents._bracket(s).text == "“[The Siberian Battalion] has written to us,” [Mr Berg] says."


def test_a_members_claim_goes_with_the_witness_who_answers_it_past_the_question():
    ctx = prepare(Settings(sources=HEARING), themes.load(None))
    text = resolved(ctx, "“The Northern Post wrote")
    assert text == ("“The Northern Post wrote on Sunday that the Siberian Battalion has two thousand fighters,” "
                    "[Ms Aho] says. “I have seen no evidence for two thousand. [The Siberian Battalion’s] own figure "
                    "is more than 600,” [Dr Lund] says.")


@pytest.mark.parametrize("text", [
    "In 2023 [Irina Volkova] applied to the Freedom of Russia Legion and was turned down, she says.",
    "For [Varyag], the war is the chance to overthrow the regime which he calls an occupation.",
])
def test_a_name_bracketed_in_an_opening_phrase_settles_the_pronoun_after_it(text):
    # so the name is bracketed once, not again for "she says"
    assert needs_context(text) is None


@pytest.mark.parametrize("text, word", [
    ("Sixteen more are in training and do not yet have a contract.", "sixteen more"),
    ("The rest are turned down at the unit's own interview.", "the rest"),
    ("Two more people were arrested on Friday.", "two more"),
])
def test_the_rest_and_n_more_need_what_they_are_counted_from(text, word):
    assert needs_context(text) == word


def test_more_than_a_figure_is_no_remainder():
    assert needs_context("More than 300 applied to the Siberian Battalion in May.") is None


@pytest.mark.parametrize("text, word", [
    ("One hundred and twenty-four are on contract.", "one hundred and twenty-four of what"),
    ("300 were sent back to the camps.", "300 of what"),
])
def test_a_count_with_no_noun_as_subject_needs_what_it_counts(text, word):
    assert needs_context(text) == word


def test_a_year_as_subject_is_no_count():
    assert needs_context("2023 was the hardest year for the Siberian Battalion.") is None


def test_one_applicants_rule_needs_the_unit_it_is_the_rule_of():
    assert needs_context("An applicant must be vouched for by two serving members.") == "an applicant"
    assert needs_context("An applicant to the Siberian Battalion must pass a polygraph.") is None


def test_a_doubt_that_points_at_the_sentence_before_goes_with_it_named(later):
    assert resolved(later, "The Steppe Battalion says every recruit") == (
        "The Steppe Battalion says every recruit spends a month on probation. This is how the battalion "
        "describes the procedure; [The Harbour Times] were not able to observe it.")


TRIBUNAL = ARTICLES / "persons" / "decision.txt"  # an expert, an unnamed appellant, his kin and a call-sign


def _in_decision(tmp_path, needle: str) -> str | None:
    (tmp_path / "decision.txt").write_text(TRIBUNAL.read_text())
    ctx = prepare(Settings(sources=tmp_path), themes.load())
    s = next(x for x in ctx.sentences if needle in x.text)
    done = ctx.referents.resolve(s, lambda x: x.whole, lambda x: False)
    return None if done is None else done.text


@pytest.mark.parametrize("needle, wrong", [
    ("He applied to the Taiga Company", "[Pavel]"),  # the appellant's brother, named in passing
    ("His mother has been questioned", "[Dr Ingrid Lund’s]"),  # the expert, two paragraphs up
    ("Asked how many applicants", "[Medic]"),  # the appellant's call-sign, not the recruiter
])
def test_he_after_an_unnamed_party_is_not_the_last_name_in_the_article(tmp_path, needle, wrong):
    text = _in_decision(tmp_path, needle)
    assert text is None or wrong not in text


def test_a_name_with_its_role_beside_it_still_settles_he(tmp_path):
    (tmp_path / "a.txt").write_text("Union asks for updates\n\nCallum Reid, the union president, said the meeting "
                                    "had been honest. He has asked the university to set up a daily web page.\n")
    ctx = prepare(Settings(sources=tmp_path), themes.load())
    s = next(x for x in ctx.sentences if x.text.startswith("He has asked"))
    assert ctx.referents.resolve(s, lambda x: x.whole, lambda x: False).text.startswith("[Callum Reid] has asked")


def test_a_pronoun_that_is_the_main_clause_subject_again_is_no_cataphora():
    text = "If he is returned, he will be arrested at the border, in conditions that Dr Lund describes as harsh."
    assert needs_context(text, frozenset({"Lund", "Dr Lund"})) == "he"
    assert needs_context("Now with his family in Ukraine, Caesar says he fights on.", frozenset({"Caesar"})) is None


def test_he_after_the_opening_phrase_is_the_subject_even_if_a_person_is_named_later():
    # fresh14 vetting 2 printed this; the "one of its first recruits" after the next comma was
    # read as the man "he" stood for in an opening clause
    text = ("After five weeks of checks by the SBU in Kyiv, polygraph included, he joined the Vyatka Circle in "
            "January 2028, one of its first recruits from outside the group of its founders.")
    assert needs_context(text, frozenset({"Dubrovin"})) == "he"
    assert needs_context("When he arrived in Kyiv, where he knew nobody, Caesar slept at the station.",
                         frozenset({"Caesar"})) is None


@pytest.mark.parametrize("text, word", [
    ("Since September 2025, according to the addendum, it has answered to the HUR.", "it"),
    ("In 2023, it was announced that the unit would grow.", None),  # "it" of "it was announced that"
    ("After the vote, it is likely that prices will rise.", None),
])
def test_it_as_the_subject_after_an_opening_phrase_needs_its_referent(text, word):
    found = needs_context(text)
    assert (found == word) if word else found != "it"


INPASSING = ARTICLES / "inpassing"


@pytest.fixture(scope="module")
def inpassing():
    return prepare(Settings(sources=INPASSING), themes.load(None))


def test_a_unit_introduced_with_a_parenthetical_gloss_is_found(inpassing):
    # "The Vyatka Outpost (Russian: ..., lit. 'Vyatka Guard') is a small ... unit": no
    # formation noun in its name, and the stop after "lit." is not the sentence's end
    assert "Vyatka Outpost" in inpassing.book.found
    first = inpassing.sentences[0].text
    assert first.startswith("The Vyatka Outpost (Russian:") and first.endswith("side of Ukraine.")


def test_a_unit_named_in_passing_after_an_it_does_not_settle_a_later_its(inpassing):
    # "..., it operates as part of the Siberian Battalion. Its members ...": "its" is the
    # Outpost's, as is "the unit" after it; neither is the battalion's
    for start in ("Its members", "Members call the unit", "The unit was formed"):
        text = resolved(inpassing, start)
        assert text is None or "Siberian Battalion" not in text, text


@pytest.mark.parametrize("text", [
    "Founded in 2025 by émigrés from Kirov, it operates as part of the Siberian Battalion.",
    "Based in Kharkiv since May, they train volunteers from Belarus.",
])
def test_an_it_after_an_opening_participle_needs_context(text):
    assert needs_context(text) in ("it", "they")


def test_a_unit_name_of_two_words_is_bracketed_with_its_the(inpassing):
    # "[The Vyatka Outpost’s] pilots", as the article writes it; a one-word name ("[Pereprava]") has none
    assert resolved(inpassing, "Its pilots fly") == "[The Vyatka Outpost’s] pilots fly Ukrainian-made drones."


@pytest.mark.parametrize("text, word", [
    ("Integration into the Ukrainian forces involved a meticulous process of document scrutiny.", "whose integration"),
    ("Vetting takes up to a year and includes a polygraph.", "whose vetting"),
])
def test_a_process_no_one_undergoes_needs_context(text, word):
    assert needs_context(text) == word


@pytest.mark.parametrize("text", [
    "Vetting of volunteers for the Siberian Battalion takes up to a year.",
    "Training in the Freedom of Russia Legion lasts three months.",
    "Recruitment by the RDK is run from Kyiv.",
])
def test_a_process_with_its_owner_stands_alone(text):
    assert needs_context(text) is None


def test_a_span_estimated_for_an_it_needs_what_it_is():
    # "it" is the repair of the sentence before, not the firm
    assert needs_context("Ardent estimates it will take about eighteen months, so not before late 2027.") == "it"
    assert needs_context("Vantry says it will pay for the repair.") is None  # the firm's own "it"


def test_a_name_with_a_trade_in_apposition_is_a_person():
    # "Pavel Gusev, a former software engineer": with Lavrentyev beside him, a later "He" is not settled
    from briefing.standalone import people
    found = people("Its first commander was Pavel Gusev, a former software engineer from Saint Petersburg; "
                   "Yegor Lavrentyev, who had captained tourist boats, was his deputy.")
    assert {"Pavel Gusev", "Yegor Lavrentyev"} <= found
    assert "For Yeremin" not in people("For Yeremin, it was the ferry, Yeremin told us.")


def test_a_common_noun_opening_a_sentence_is_no_person():
    # "Prosecutors told the court ...": read as a name, it made the court's "him" look settled
    from briefing.standalone import people
    text = ("The court jailed Ilya Shapoval, 44, in absentia. Russian prosecutors had sought more. "
            "Prosecutors told the court the unit had 200 members. Prosecutors had asked for 22 years; "
            "the court sentenced him to 20.")
    found = people(text)
    assert "Prosecutors" not in found and "Ilya Shapoval" in found
    assert needs_context("Prosecutors had asked for 22 years; [the court] sentenced him to 20.", found) == "him"


def test_what_an_earlier_version_said_is_no_fact():
    assert needs_context("An earlier version said the Pechora Flotilla was formed in 2023 by eleven men.") \
        == "an earlier version"
    text = "An earlier version of this article wrongly said the cameras were off."
    assert needs_context(text) == "an earlier version"


def test_a_she_after_a_second_woman_named_may_be_either():
    people = frozenset({"Ruth Carey", "Carey", "Hannah Ruddock", "Ruddock"})
    text = ("[Dame Ruth Carey] said she had spoken to Hannah Ruddock on Friday and that she had offered to give "
            "up her annual bonus.")
    assert needs_context(text, people) == "two people named before 'she'"
    assert needs_context("[Dame Ruth Carey] said she had spoken to Hannah Ruddock on Friday.", people) is None


LIVE = ARTICLES / "liveblog"


@pytest.fixture(scope="module")
def live():
    return prepare(Settings(sources=LIVE), themes.load(None))


def test_an_object_pronoun_is_never_its_own_clause_subject():
    # "designated it": whatever "it" is, it is not Russia's Supreme Court, and nothing else comes before it
    assert needs_context("Russia's Supreme Court designated it a terrorist organisation on 23 January.") \
        == "it (object)"
    assert needs_context("The court gave him 19.") == "him (object)"
    assert needs_context("Saltykov joined it in November 2027.") == "it (object)"
    # in the present tense too: what "it" is was said in the sentence before
    assert needs_context('Ukrainian propaganda presents it as a unit of "Russian volunteers" from the Kama region.') \
        == "it (object)"
    assert needs_context("The Druzhina calls him a traitor.") == "him (object)"
    # an "it" that stands for nothing, or whose antecedent the clause holds, is no problem
    assert needs_context("Western sanctions made it easier for Russia to recruit abroad.") is None
    assert needs_context("Ostrov made it to Kyiv in 2022, with two others.") is None
    assert needs_context("The owner of the flat sold it in 2023.") is None


def test_a_live_page_heading_is_no_part_of_the_post_below_it(live):
    first = next(s for s in live.sentences if s.line_start == 10)
    assert first.text.startswith("The Southern District Military Court")
    assert not any("KEY EVENT" in s.text for s in live.sentences if s.kind == "statement")


def test_an_object_it_is_read_after_its_antecedent_or_not_at_all(live):
    designated = next(s for s in live.sentences if "designated it" in s.text)
    done = live.referents.resolve(designated)
    assert done is None or done.text.startswith("The Onega Company was formed")
    # a rebuttal's "We have rated it FALSE" comes after the claim it rates, its "we" named
    rumour = next(s for s in live.sentences if s.text.startswith("A claim that Ukraine"))
    assert live.referents.resolve(rumour).text.endswith("“a fabrication” and said it was still recruiting. "
                                                        "[NorthSea News] have rated it FALSE.")


def test_a_person_named_before_a_noun_is_no_short_name(live):
    # "in the Ostrov case" is not "in [Pavel Ostrov] case"; "the court sentenced him" is not settled by
    # "Prosecutors", which only opens the sentence
    case = next(s for s in live.sentences if "Ostrov case" in s.text)
    assert "the Ostrov case" in live.referents.resolve(case).text
    him = next(s for s in live.sentences if s.text.startswith("Prosecutors had asked"))
    done = live.referents.resolve(him)
    assert done is None or "him" not in done.text


@pytest.mark.parametrize("text, word", [
    ("The spokesperson said that hard defences would move the problem on to Happisburgh.", "a spokesman"),
    ("By the time of the storm, the engineers say, less than a third of the revetment was working.", "the engineers"),
    ("The prosecutors state that the group aims at the separation of the Volga republics.", "the prosecutors"),
    ("Shopvale has removed its listings, said the regulator.", "the regulator"),
])
def test_a_speaker_known_only_by_a_role_the_article_gave_before_needs_it(text, word):
    assert needs_context(text, frozenset()) == word


@pytest.mark.parametrize("text", [
    "Jane Ward, the spokesperson, said repairs would take until Monday.",
    "The spokesperson, Jane Ward, said repairs would take until Monday.",
    "The Office for Qualifications Standards (OQS), the exams regulator, said it had been told early.",
    "The engineers at Halcyon Coastal say the wall will fail within five years.",
    "Lawyers at Zashchitnik say the prosecutor asked for the delay to add new evidence.",
    "Residents say the cliff has retreated fifteen metres since November.",
])
def test_a_role_named_beside_it_or_no_speaker_at_all_stands(text):
    assert needs_context(text, frozenset({"Jane Ward"})) is None


def test_the_formation_is_a_bare_unit_but_its_founding_is_not():
    # fresh5's "New recruits spend what the formation calls “quarantine”" and fresh16's state agency's
    # "the formation numbers no more than 60 militants" were printed with the unit unnamed
    assert needs_context("According to the FSB, the formation numbers no more than 60 militants.") == "the formation"
    assert needs_context("New recruits spend what the formation calls quarantine at a training base.") \
        == "the formation"
    assert needs_context("Since the formation of the Kama Druzhina in 2029, Tetyorkin has recruited 112 men.") is None


def test_a_claim_comes_with_its_teller_s_missing_evidence(tmp_path):
    # "... eliminated up to 25 militants ... The ministry gave no details.": the 25 never alone
    (tmp_path / "a.txt").write_text(
        "Russia claims losses for a volunteer unit\n\nBy Ada Brenn\n\nThe unit of Russian citizens fights near "
        "Kupiansk, its commander said.\n\nAccording to the Russian Defence Ministry, Russian forces \"eliminated up to "
        "25 militants\" of the Kama Druzhina near Kupiansk in October. The ministry gave no details.\n\nThe unit "
        "said it had lost two men this autumn.\n", encoding="utf-8")
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    assert resolved(ctx, "According to the Russian Defence Ministry").endswith(
        "near Kupiansk in October. [The Russian Defence Ministry] gave no details.")



@pytest.mark.parametrize("noun", ["steward", "nurse", "driver"])
def test_a_she_after_a_person_the_sentence_opens_with_is_that_person(noun):
    # "A steward who ..., because she had been told ...": the steward, not someone named before
    assert needs_context(f"A {noun} who worked at Gate C, and who asked not to be named because she had been told not "
                         "to speak to the media, said only three of the gate's eight lanes had been open.",
                         frozenset()) is None
    assert needs_context(f"A 31-year-old {noun} from Vetluga, he was mobilized in 2022.", frozenset()) == "he"


@pytest.mark.parametrize("claim, answer", [
    ("Euan Strachan, the promoter's managing director, said a revised plan with the later opening time had been "
     "sent to the council on 12 June.",
     "The council says it has no record of receiving it."),
    ("The Clarion says up to 4,000 fans with counterfeit tickets swelled the crowd to more than 27,000.",
     "Haar Live told the paper that its scanners had rejected 312 tickets and that it \"did not recognise\" the "
     "Clarion's figure."),
    ("The Harbour Union said 900 members had signed the petition by Friday.",
     "Kestrel Shipping disputed the Harbour Union's figure."),
])
def test_a_claim_and_the_answer_that_disowns_it_travel_together(tmp_path, claim, answer):
    # apart, the claim reads as settled: "sent to the council" without "no record of receiving it"
    (tmp_path / "a.txt").write_text(
        "THE GLASGOW COURANT\n\nThe gate that opened late\n\nBy Ada Brenn\n\n"
        "The licensing committee met on Monday to hear how the evening went wrong at the venue in Dalmarnock.\n\n"
        f"{claim} {answer}\n\n"
        "The committee will meet again next week, when the venue's managers are expected to give evidence.\n")
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    s = next(s for s in ctx.sentences if s.text == claim)
    done = ctx.referents.resolve(s)
    assert done is not None and done.text.endswith(answer), done


def test_a_role_joined_after_a_sentence_that_does_not_name_it_is_still_unresolved(tmp_path):
    # fresh17: "[Orekhova] ... stood through all of it. The prosecutor had asked for eight years."
    (tmp_path / "a.txt").write_text(
        "LISTOK\n\nMother of Artel fighter sentenced\n\nBy Ada Brenn\n\n"
        "A court in Sharya sentenced Valentina Orekhova, 54, to seven years for sending money to her son. "
        "Orekhova, in a grey cardigan, stood through all of it. The prosecutor had asked for eight years.\n\n"
        "Her lawyer, Pavel Mezentsev, said he would appeal against the sentence on Thursday.\n")
    text = resolved(prepare(Settings(sources=tmp_path), themes.load(None)), "The prosecutor")
    assert text is None, text


@pytest.mark.parametrize("text, word", [
    ("[…] He would not say how many had been killed.", "he"),  # the source's own cut is no name for "he"
    ("The road […] had gone by morning, the fire service said.", None),
])
def test_an_elision_in_brackets_is_no_name(text, word):
    # fresh18: a feed's "[&#8230;]" crashed the run (IndexError in the bracket check)
    assert needs_context(text) == word


def test_a_question_heading_its_paragraph_gives_no_name(tmp_path):
    # fresh14: 'Why "Circle"? ... the krug, the circle, was ...' printed "[Why Circle]" for "the circle"
    (tmp_path / "a.txt").write_text(
        "The Vyatka Circle's men vote\n\nBy Ada Brenn\n\n"
        "The Vyatka Circle, a unit of about 60 Russians, fights for Ukraine near Kupiansk.\n\n"
        "Why \"Circle\"? In the old Vyatka villages the circle was the gathering of the whole community, "
        "where everyone spoke.\n")
    text = resolved(prepare(Settings(sources=tmp_path), themes.load(None)), "In the old Vyatka")
    assert text is None or "Why Circle" not in text, text


@pytest.mark.parametrize("text, word", [
    # fresh18: "Nobody else was hurt" after the woman with the cut leg: else than whom?
    ("Nobody else was hurt, the fire service said.", "nobody else"),
    ("All three were released in May.", "all three of whom"),
    ("All three of the detained men were released in May.", None),
    # fresh18: "An 81-year-old resident ... that house" (No 24, named in the sentence before)
    ("Firefighters lifted Dennis Hauxwell from that house through a back window.", "that house"),
    ("Dennis Hauxwell was not at that meeting, the council said.", "that meeting"),
    ("Deadlines in that period have moved to 10 November.", None),  # a time word: the sentence's dates may say
    ("Dennis Hauxwell was moved to that wing which had been rebuilt in 2020.", None),  # the clause says which
    # fresh19: "Spies are not treated like that", printed before the beating it points to
    ("Spies are not treated like that by the people who send them.", "like that"),
    ("Flooding like this was last seen in 1968, the council said.", "like this"),
    ("For families like that of Dennis Hauxwell, the water became a second rent.", None),
    # fresh20: a press kit's profile lines, the name cut off above them
    ("Sentenced in absentia to 22 years for treason in November 2032.", "whom (no subject)"),
    ("Radio officer on trawlers for twenty-four years; left Russia across the Norwegian border in 2023.",
     "whom (no subject)"),
    ("Sentenced in absentia in 2032, Dennis Hauxwell lives in Riga.", None),
    ("Dennis Hauxwell was a radio officer for 24 years; he left Russia in 2023.", None),
    # fresh20: "his" is the marshal's own, not the race director's named in the bullet above
    ("A marshal at the memorial told his section lead by radio before the start.", None),
    ("A marshal, at the memorial, told his section lead by radio.", "his"),  # past a pause: not settled
    # fresh19: a key-findings bullet whose unit is named in the bullet above it
    ("The relatives of at least 26 of its men have been searched, questioned or dismissed.", "its"),
    # fresh19: a recruiter's "For two weeks, yes." answers a question the briefing does not print
    ("“For two weeks, yes. After 7 December four men withdrew,” [Dennis Hauxwell] says.", "a reply"),
    ("“Not everyone, no,” [Dennis Hauxwell] says.", "a reply"),
    ("“Yes, I kill my countrymen, who have become criminals,” [Dennis Hauxwell] says.", None),
    # fresh22: an FAQ's answer printed without its question ("Can we go back to 4.6.2?")
    ("Yes. Both are unaffected. 4.7.1 contains the other improvements in 4.7.0.", "a reply"),
    ("No, the partnership will not pay for lost earnings.", "a reply"),
    ("No one was hurt when the camera mast came down.", None),
    # fresh19: a results page's "the turnout shown" and a correction's "In paragraph 4 and in note 2"
    ("Amended figures: the turnout shown does not include the 231 postal votes.", "the turnout shown"),
    ("In paragraph 4 and in note 2, the number of ballot papers should read 231, not 213.", "in paragraph 4"),
    ("The man pictured is Dennis Hauxwell, whose capture was announced on 24 November.", "the man pictured"),
    ("Dennis Hauxwell said the figures shown in the council's report were wrong.", None),  # it says where
    ("Dennis Hauxwell walked the stream below the plant.", None),
])
def test_a_sentence_that_leans_on_a_set_or_a_place_named_before_it(text, word):
    assert needs_context(text, frozenset({"Dennis Hauxwell"})) == word


def test_a_claim_whose_next_sentence_says_no_other_source_backs_it_is_not_printed_without_it(tmp_path):
    # fresh19: the prosecutors' "structural unit of the RDK" was printed without "No other source places it in
    # the RDK, which said on 14 October ..." (the day's 14 was read as a figure the claim did not give)
    (tmp_path / "artel.txt").write_text(
        "Who runs the Sura Artel\n\nBy Ada Brenn, 3 March 2033\n\n"
        "The Sura Artel, a unit of about 200 Russians, clears mines for Ukraine near Orikhiv.\n\n"
        "Russia's prosecutors, in an application of 11 October 2032, described the Sura Artel as a structural unit "
        "of the Russian Volunteer Corps. No other source places it in the Russian Volunteer Corps, which, he said on "
        "14 October, had no engineers to spare.\n\n"
        "The Artel's commander, Stanislav Ermilov, says it answers to an engineer brigade of the Ground Forces.\n")
    done = resolved(prepare(Settings(sources=tmp_path), themes.load(None)), "Russia's prosecutors")
    assert done is None or "No other source" in done, done


def test_a_he_something_is_done_to_is_not_the_one_who_did_it_to_him(tmp_path):
    # fresh20: "Pisar will ask him for his whole life story. He will be asked about relatives in the FSB" was
    # printed as "[Pisar] will be asked ..."; the man asked is the applicant
    (tmp_path / "a.txt").write_text(
        "Guide for families\n\nThe Mezen Vataga is a unit of Russian citizens in Ukraine's forces, its vetting officer "
        "Pisar told the guide's authors in March 2033.\n\nPisar will ask him for his whole life story and for a list "
        "of all relatives in Russia.\nHe will be asked about relatives in the FSB, police or army.\n")
    done = resolved(prepare(Settings(sources=tmp_path), themes.load(None)), "He will be asked")
    assert done is None or "[Pisar]" not in done, done


@pytest.mark.parametrize(("text", "word"), [
    # the tag at the end, where the words hold quotes of their own: the name in it speaks, it is
    # not the "she" before it (fresh21: L., not Marta Ozola, was questioned)
    ("After the search in December she was called in three times and they took her passport for “checking”, "
     "[Marta Ozola writes].", "she"),
    ("In December he was called in and his passport was taken for “checking”, [according to Marta Ozola].", "he"),
    # an outlet's account settles no "I"
    ("I'm a drone pilot in the Ladoga Zastava, the unit TV calls “the Ladoga group”, [according to Veslo].", "i"),
])
def test_a_tag_at_the_end_settles_only_who_speaks(text, word):
    assert (needs_context(text, frozenset({"Marta Ozola", "Ozola"})) or "").lower().startswith(word)


def test_a_sender_s_own_i_before_a_tag_at_the_end_stands():
    assert needs_context("I have been told to ask my bank for a “chargeback”, [Claire Dunmore writes].",
                         frozenset({"Claire Dunmore"})) is None


# --- an order to the page's reader is no fact of the briefing (fresh22's service bulletin) -------

@pytest.mark.parametrize("text", [
    "Suspend enforcement at every site running firmware 4.7.0.",
    "Step 4. Check the antenna position at each exit gate and send the maker a photograph.",
    "Tell your insurer now, even if you expect the council to pay.",
    "Do not tell anyone in Russia that you have applied.",
    "Please change the lead to say the court designated it.",
    # after a place or a time, after a statement, or joined after one (fresh23's route page)
    "At the field gate by the dead ash, cross the A346 with care and take the track opposite.",
    "The footpath past the stump is still open; follow the field edge as before.",
    "A free minibus meets the 8am boat at Feldham Hard. If you cannot use the ferry, ask the hospital "
    "whether your appointment can be moved.",
])
def test_an_instruction_to_the_reader_needs_context(text):
    assert needs_context(text) == "an instruction"


@pytest.mark.parametrize("text, persons", [
    ("Like the Legion, the flotilla fights under the HUR.", None),
    ("Even that is not always enough.", None),
    ("Train drivers went on strike in March.", None),
    ("Peter Lomax will review the count by 29 April.", None),
    ("Sever on the ruling: the court has no say over the unit.", None),
    ("Hale runs the depot in Ludlow.", frozenset({"Hale"})),  # a name that is also a verb
    ("“Hold the cliff and you starve the beaches,” said the coastal manager, Simon Loades.", None),
    ("After the war, return was impossible for most of the volunteers.", None),
    ("The court ruled in March; appeals followed within a week.", None),
    ("Every recruit must pass an interview; take a polygraph test and wait a month.", None),
    ("pass an interview with the security service; take a polygraph test and wait a month.", None),  # a list item
])
def test_a_statement_that_opens_with_a_verb_like_word_is_no_instruction(text, persons):
    assert needs_context(text, persons) != "an instruction"


def test_a_raid_the_fsb_reported_keeps_the_unclear_that_follows_it(ctx):
    # seeds 002:61 (Meduza via DW): the raid, "the FSB reported", then "What exactly happened in
    # Bryansk at that time is unclear." on the same line was cut
    from briefing.engines.extractive import Writer

    s = next(x for x in ctx.sentences if x.text.startswith("As a result, he was placed on the Russian terror list"))
    text = Writer(ctx, {x.id for x in ctx.sentences}).resolve(s).text
    assert text.endswith("What exactly happened in Bryansk at that time is unclear.")


def test_the_verifier_says_an_instruction_states_no_fact(tmp_path):
    # a model's copy of a bulletin's step fails with what to do instead, not "name it in brackets"
    (tmp_path / "a.txt").write_text("Service bulletin PSB-4\n\nThe camera clocks ran slow after the update.\n\n"
                                    "Suspend enforcement at every site running firmware 4.7.0.\n")
    from briefing import sources

    corpus = sources.load(tmp_path)
    order = Claim("Suspend enforcement at every site running firmware 4.7.0.",
                  (Citation(corpus.sources[0].path, 5, 5),))
    assert check(order, corpus).startswith("an instruction to the page's reader states no fact")


# --- a line with no verb is a label or a log's entry, no point of a briefing (fresh24's callout log) --

@pytest.mark.parametrize("text", [
    "Callouts 3 to 6. 12 to 18 Aug. Ednam and Eden Water.",
    "Asian hornet coordinator: Callum Heriot, ahat@tweedvalleybees.example.",
    "A single hornet hawking at a member's hives.",
    "A 7.4-mile circular from Burbage by the Kennet & Avon Canal and one of the finest oaks in southern England.",
    "Feldham Hard, every 20 mins, 6am-10pm.",
    # a first word is no name when it is a common word, and "round the" is a preposition
    "Surveillance zone of 2 km round the apiary.",
])
def test_a_sentence_with_no_verb_needs_context(text):
    assert needs_context(text) == "no verb (a label or a log entry)"


@pytest.mark.parametrize("text", [
    "[The Freedom of Russia Legion] fighters wear balaclavas in every photograph.",
    "Kestrel and Harrier recruit through the same state project.",
    "The Freedom of Russia Legion, the largest of the Russian units, claims some 3,000.",
    "Each of the Zeya Watch's four mobile groups stands two watches in three.",
    "Pisar puts the hundred questions to the candidate in person.",
    "Dawn Pellow, on the night: “Nine votes is nine votes.”",
    "Result: Match abandoned at 3.40 pm.",  # a participle may be the verb a headline keeps
])
def test_a_sentence_whose_verb_is_also_a_noun_has_a_verb(text):
    assert needs_context(text) != "no verb (a label or a log entry)"


# --- a log's entry opening on its participle, the page about itself, a note on the page's edits ----
# (fresh24's callout log, beekeepers' page and match report; fresh13's fuel-card review)

@pytest.mark.parametrize("text", [
    "Destroyed by the contractor at dusk on the 17th and lowered: about 60 cm (2 ft) tall, the largest so far.",
    "Declined at the pump at 6am, declined again at 9am.",
    "Promoted by Tom Harker on behalf of Helen Marwood MP, both of Unit 3, Tanfield Lea Business Centre.",
])
def test_a_sentence_opening_on_its_participle_has_no_subject(text):
    assert needs_context(text) == "whom (no subject)"


@pytest.mark.parametrize("text", [
    "Founded in 2024 by émigrés from Saint Petersburg, [the Ladoga Zastava] operates as part of the Battalion.",
    "Based in Kyiv, the unit recruits through the state project.",
    "Jailed for 22 years in 2036, Shapoval appealed.",
])
def test_a_participle_phrase_before_its_subject_is_no_log_entry(text):
    assert needs_context(text) != "whom (no subject)"


def test_the_page_about_itself_needs_context():
    assert needs_context("PLEASE READ FIRST. This page is written by volunteers, usually late at night.") \
        == "the page itself"
    assert needs_context("Our blog has 4,000 readers.") == "the page itself"
    assert needs_context("This article has been amended to correct the date of the hearing.") == "the page itself"


@pytest.mark.parametrize("text", [
    "Updated Tuesday 25 August: ground reopening date added above.",
    "Both have been corrected below.",
])
def test_a_note_on_the_page_s_edits_needs_context(text):
    assert needs_context(text) == "a note on the page's edits"


@pytest.mark.parametrize("text", [
    "The unit moved above the river in May.",
    "Figures were added below the line by the ministry.",
])
def test_above_and_below_in_a_fact_are_no_edit_note(text):
    assert needs_context(text) != "a note on the page's edits"


def test_a_past_form_that_is_also_a_base_form_is_no_order():
    assert needs_context("Found at home.") != "an instruction"  # a log's outcome, not "to found"


def test_a_verb_opening_a_later_sentence_is_no_name():
    # "Reported" is capitalised as the first word of its sentence, not as a name
    assert needs_context("Callout 13. Tue 22 Sept. Harrow Beck. Reported missing cyclist.") \
        != "no verb (a label or a log entry)"


def test_a_log_line_opening_on_its_participle_after_the_line_it_continues_has_its_subject():
    assert needs_context("Nest 3, low in a garden hedge, was found in the morning. Destroyed by the contractor "
                         "the same evening.") is None
