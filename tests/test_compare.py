"""The comparison an entities theme makes: a row per entity, a column per aspect of the theme,
each cell a cited clause that states that aspect; the contrasts under the table; figures that
disagree flagged in their cell; and a landscape page in the PDF when the table is wide.

tests/articles/companies/ holds a second entities theme (three companies, aspects of their own):
the same code draws its table."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import SEEDS
from pypdf import PdfReader

from briefing import compare, render, themes
from briefing.cli import cli
from briefing.draft import Citation, Claim, Pointer, Repair, Section
from briefing.engines.extractive import Extractive, Writer
from briefing.pipeline import Settings, prepare
from briefing.standalone import _units_named
from briefing.verify import Verified, check, verify

COMPANIES = Path(__file__).parent / "articles" / "companies"


def make(out: Path, *args) -> dict:
    result = CliRunner().invoke(cli, ["make", "--engine", "extractive", "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    return result


@pytest.fixture(scope="module")
def units(tmp_path_factory):
    out = tmp_path_factory.mktemp("units")
    make(out, "--theme", "units", "--sources", str(SEEDS))
    return json.loads((out / "units.json").read_text()), out / "units.pdf"


@pytest.fixture(scope="module")
def firms(tmp_path_factory):
    out = tmp_path_factory.mktemp("firms")
    make(out, "--theme", "firms", "--sources", str(COMPANIES), "--themes", str(COMPANIES / "themes.toml"))
    return json.loads((out / "firms.json").read_text()), out / "firms.pdf"


@pytest.fixture(scope="module")
def firms_ctx():
    return prepare(Settings(sources=COMPANIES), themes.load(COMPANIES / "themes.toml"))


def cells(data: dict) -> dict[str, str]:
    return {s["label"]: s["text"] for s in data["sentences"] if s["kind"] == "table"}


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def test_the_table_has_a_row_per_entity_and_a_column_per_aspect_of_the_theme(units, book):
    data, _ = units
    theme = book.get("units")
    rows = {label.split("|")[0] for label in cells(data)}
    columns = {label.split("|")[1] for label in cells(data)}
    assert rows == set(theme.entities)
    assert columns <= {a.title for a in theme.subtopics} and len(columns) >= 5


def test_an_empty_cell_says_not_in_the_sources(units):
    data, pdf = units
    assert "Russian Volunteer Corps|Size" not in cells(data)
    assert compare.EMPTY in pdf_text(pdf)


@pytest.mark.parametrize("sentence, aspect", [
    ("Ukrainian military leaders are optimistic", "Leadership"),  # leaders, but not the unit's
    ("This was created on March 10", "Founding"),  # the Telegram channel, not the legion
    ("said he was a Russian nationalist", "Ideology"),  # one member's view, not the unit's
    ("commanders of the “Freedom of Russia” legion were visiting", "Leadership"),  # no one named
])
def test_a_word_of_the_column_does_not_fill_it(ctx, book, sentence, aspect):
    found = compare.find(book.get("units"), ctx)
    assert not [f for f in found if f.aspect.title == aspect and sentence in f.sentence.text]


def test_a_cell_is_the_clause_that_states_the_aspect(units):
    data, _ = units
    cell = next(s for s in data["sentences"] if s["label"] == "Russian Volunteer Corps|Founding")
    assert cell["text"] == "[The Russian Volunteer Corps] was founded by Denis Nikitin."
    assert [(c["line_start"], c["line_end"]) for c in cell["citations"]] == [(49, 49)]


def test_an_opening_source_becomes_the_attribution_of_the_cut(units):
    assert cells(units[0])["Freedom of Russia Legion|Founding"] == (
        "The “Legion of Freedom of Russia” was formed in February 2022 from over 100 Russian soldiers who "
        "voluntarily defected to the Ukrainian side [according to UNIAN].")


def test_every_cell_passes_the_verifier_and_names_its_row_first(units, corpus, book):
    data, _ = units
    for s in (s for s in data["sentences"] if s["kind"] == "table"):
        claim = Claim(s["text"], tuple(Citation(str(SEEDS / Path(c["path"]).name), c["line_start"], c["line_end"])
                                       for c in s["citations"]))
        assert check(claim, corpus) is None, s
        assert _units_named(s["text"], book.entity)[0][0] == s["label"].split("|")[0], s


def test_the_contrast_is_stated_side_by_side(ctx, book):
    theme = book.get("units")
    groups = compare.contrasts(theme, ctx, compare.find(theme, ctx), Writer(ctx))
    contrasts = [(c.label, c.text) for g in groups for c in g]
    assert ("Who fights", "Only “ethnic Russians” fought in the “Russian volunteer corps”, as Nikitin says.") \
        in contrasts
    assert ("Who fights", "The majority of [the Siberian Battalion’s] members come from ethnic minorities in "
                          "Russia’s far east.") in contrasts
    status = [t for label, t in contrasts if label == "Status"]
    assert any("not clear whether" in t for t in status) and any("officially integrated" in t for t in status)


def test_contrasts_the_table_states_already_are_not_stated_again(units, firms):
    # Every contrast of the seeds and of the companies is a pair of cells of the table: the
    # table shows them side by side, so "How they differ" has nothing left and is omitted.
    for data, pdf in (units, firms):
        assert not [s for s in data["sentences"] if s["kind"] == "contrasts"]
        assert compare.CONTRASTS not in pdf_text(pdf)


N = 5  # words in a row: what a claim must share with a source sentence to rest on it


def rests_on(sentence: dict, ctx) -> set[str]:
    """The source sentences a briefing sentence states, cut or whole: those of its cited lines it
    shares five words in a row with, outside its [bracketed] insertions."""
    def runs(text: str) -> set[tuple[str, ...]]:
        out = set()
        for part in re.split(r"\[[^\]]*\]", text):
            words = re.findall(r"\w+", part.lower().replace("’", "'"))
            out |= {tuple(words[i:i + N]) for i in range(len(words) - N + 1)}
        return out
    mine = runs(sentence["text"])
    src = ctx.corpus.by_path(next(s.path for s in ctx.corpus.sources
                                  if Path(s.path).name == Path(sentence["citations"][0]["path"]).name))
    lines = {n for c in sentence["citations"] for n in range(c["line_start"], c["line_end"] + 1)}
    return {x.id for x in ctx.sentences if x.source == src.index and x.line_start in lines and mine & runs(x.text)}


@pytest.mark.parametrize("which", ["units", "firms"])
def test_no_source_sentence_is_stated_twice_in_a_comparison(which, request, ctx, firms_ctx):
    # The lead, the cells, the contrasts and the points; the figures that disagree quote each
    # figure's sentence whole beside its rivals, and are not counted here.
    data, _ = request.getfixturevalue(which)
    context = ctx if which == "units" else firms_ctx
    seen: dict[str, str] = {}
    for s in data["sentences"]:
        if s["kind"] == "disagreement":
            continue
        for i in rests_on(s, context):
            assert i not in seen, f"{s['kind']} {s['label']!r} states again what {seen[i]!r} states"
            seen[i] = f"{s['kind']} {s['label']}"


def test_a_cell_whose_statement_another_cell_of_its_row_prints_points_to_it(units):
    data, _ = units
    # Nikitin founded the Corps: the one sentence on its leadership is its Founding cell.
    assert not [s for s in data["sentences"] if s["label"] == "Russian Volunteer Corps|Leadership"]  # no claim
    assert {"label": "Russian Volunteer Corps|Leadership", "see": "Russian Volunteer Corps|Founding"} \
        in data["pointers"]
    # The same sentence cut differently is the same statement: Status holds "officially integrated
    # into the regular Ukrainian army", Vetting (the same sentence, on its security checks) points.
    assert "Siberian Battalion|Vetting" not in cells(data)
    assert {"label": "Siberian Battalion|Vetting", "see": "Siberian Battalion|Status"} in data["pointers"]


def test_a_pointer_reads_see_that_column_in_the_pdf(ctx, corpus, book):
    verified = verify(Extractive().draft(book.get("units"), ctx), corpus)
    html = render.html(verified, corpus, render.now())
    corps = re.search(r'<th scope="row">Russian Volunteer Corps.*?</tr>', html, re.S).group(0)
    leadership = corps.split("<td>")[5]  # Founding, Size, Who fights, Status, then Leadership
    assert '<span class="see">see Founding</span>' in leadership and compare.EMPTY not in leadership


def test_a_pointer_to_a_cell_the_verifier_dropped_is_not_shown(ctx, corpus, book):
    watson = next(s.path for s in corpus.sources if Path(s.path).name.startswith("002"))
    founding = Claim("[The Russian Volunteer Corps] was founded by Denis Nikitin.", (Citation(watson, 49, 49),),
                     "Russian Volunteer Corps|Founding")
    table = Section(compare.TABLE, "table", [founding], columns=compare.columns(book.get("units")),
                    pointers=(Pointer("Russian Volunteer Corps|Leadership", "Russian Volunteer Corps|Founding"),))
    kept = Verified("units", "Units", "extractive", [table], 1)
    dropped = Verified("units", "Units", "extractive", [replace(table, claims=[])], 1)
    assert render.to_json(kept, corpus, "now")["pointers"] == [
        {"label": "Russian Volunteer Corps|Leadership", "see": "Russian Volunteer Corps|Founding"}]
    assert render.to_json(dropped, corpus, "now")["pointers"] == []


def test_the_lead_of_a_comparison_adds_to_the_table(firms):
    # Each company's best statements are its cells; the lead does not say them again, and with
    # nothing else in three short articles the briefing is its table.
    data, _ = firms
    kinds = [s["kind"] for s in data["sentences"]]
    assert set(kinds) == {"table"} and len(kinds) >= 11  # (Brightwater's chief executive "said the cull ...")


def test_figures_that_disagree_are_flagged_in_their_cell_with_their_sources(ctx, corpus, book):
    verified = verify(Extractive().draft(book.get("units"), ctx), corpus)
    html = render.html(verified, corpus, render.now())
    legion = re.search(r'<th scope="row">Freedom of Russia Legion.*?</tr>', html, re.S).group(0)
    size = legion.split("<td>")[2]  # Founding, then Size
    assert "Sources disagree" in size and "4,000" in size and "several hundred" in size
    assert re.findall(r'href="#c-3-15-15"', size)  # each figure links to the lines it is quoted from


def test_a_figure_flagged_in_a_cell_cites_three_sources_and_counts_the_rest(ctx, corpus, book):
    watson = next(s.path for s in corpus.sources if Path(s.path).name.startswith("002"))
    figure = [Claim("In June last year, Ukrainian presidential adviser Oleksiy Arestovych spoke of several hundred "
                    "soldiers.", (Citation(watson, 15, 15),), "several hundred")] * 5
    table = Section(compare.TABLE, "table", [], columns=compare.columns(book.get("units")),
                    rows=compare.headings(book.get("units"), ctx))
    flagged = Section("Where sources disagree", "disagreement", figure, about="Freedom of Russia Legion|Size")
    html = render.html(Verified("units", "Units", "extractive", [table, flagged], 5), corpus,
                       render.now())
    legion = re.search(r'<th scope="row">Freedom of Russia Legion.*?</tr>', html, re.S).group(0)
    assert legion.count('<a class="cite"') == 3 and "+2 more" in legion


def test_one_canonical_name_per_row_with_the_names_it_also_goes_by(units, book, ctx):
    _, pdf = units
    assert "also Legion of Freedom of Russia, Free Russian Legion, Легион «Свобода России»" in pdf_text(pdf)
    assert compare.canonical("Free Russian Legion", book.rows(book.get("units"))) == "Freedom of Russia Legion"


def test_another_entities_theme_gets_a_table_of_its_own(firms):
    data, _ = firms
    got = cells(data)
    assert {label.split("|")[1] for label in got} == {"Founded", "Staff", "Owners", "Chief executive"}
    assert got["Larkfield Dairy Cooperative|Chief executive"] == "Mara Oyelaran has led Larkfield since 2019."
    assert got["Corvane Feeds|Owners"] == "Corvane Feeds is still owned by the Corvane family."
    assert got["Corvane Feeds|Chief executive"] == ("Daniel Corvane, the founder’s great-grandson, is the managing "
                                                    "director of Corvane Feeds.")
    assert not any("Company leaders" in t or "local council" in t for t in got.values())


def test_another_entities_theme_states_its_own_contrasts(firms_ctx):
    theme = firms_ctx.book.get("firms")
    groups = compare.contrasts(theme, firms_ctx, compare.find(theme, firms_ctx), Writer(firms_ctx))
    owners = [c.text for g in groups for c in g if c.label == "Owners"]
    assert len(owners) == 3 and any("listed on" in t for t in owners) and any("340 farmers" in t for t in owners)


def test_a_wide_table_gets_a_landscape_page_that_holds_all_of_it(units, book):
    _, pdf = units
    page = next(p for p in PdfReader(pdf).pages if "Comparison" in p.extract_text())
    assert page.mediabox.width > page.mediabox.height
    text = " ".join(page.extract_text().split())
    assert all(name in text for name in book.get("units").entities)
    assert all(a.title in text for a in book.get("units").subtopics)


def test_a_narrow_table_stays_on_a_portrait_page(firms):
    _, pdf = firms
    assert all(p.mediabox.width < p.mediabox.height for p in PdfReader(pdf).pages)


def test_the_table_is_tagged_and_each_cell_links_to_its_quoted_lines(units):
    _, pdf = units
    reader = PdfReader(pdf)
    tags: list[dict] = []

    def walk(node):
        node = node.get_object()
        if isinstance(node, dict):
            tags.append(node)
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)
    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    cells_ = [t for t in tags if t.get("/S") == "/TD" and len(t.get("/A", {}).get("/Headers", [])) == 2]
    assert len(cells_) >= 21  # 3 rows x 7 aspects, each cell tied to its row and column header
    page = next(p for p in reader.pages if "Comparison" in p.extract_text())
    targets = {a.get_object().get("/Dest") for a in page["/Annots"]}
    assert any(str(t).startswith("c-") for t in targets)
    assert set(map(str, targets)) <= set(reader.named_destinations)


def test_a_model_cell_goes_under_its_canonical_row_and_off_row_cells_are_dropped(ctx, book):
    watson = next(s.path for s in ctx.corpus.sources if Path(s.path).name.startswith("002"))
    theme = book.get("units")
    table = Section(compare.TABLE, "table", [
        Claim("The Legion of Freedom of Russia was formed in February 2022.", (Citation(watson, 15, 15),),
              "Legion of Freedom of Russia|Founding"),
        Claim("Nikitin recently stated that due to «various ideological differences» one would never work with "
              "the «Legion of Freedom of Russia».", (Citation(watson, 65, 65),), "Freedom of Russia Legion|Ideology"),
    ], columns=compare.columns(theme))
    notes: list[Repair] = []
    [kept] = compare.rows_checked([table], theme, ctx, notes)
    assert [c.label for c in kept.claims] == ["Freedom of Russia Legion|Founding"]
    assert [n.outcome for n in notes] == ["dropped"] and "not about" in notes[0].reason
    assert kept.rows[0].name == "Freedom of Russia Legion"


def test_an_aspect_without_patterns_stands_in_its_terms(book):
    aspect = themes.Subtopic(title="Checks", terms=["security checks", "vetted"])
    battalion = next(e for e in book.entity if e.name == "Siberian Battalion")
    pattern = themes.aspect_pattern(aspect.rules()[1], battalion)
    assert pattern.search("the Siberian Battalion says its fighters are vetted twice")
    assert not pattern.search("Recruits are vetted before they join the Siberian Battalion")


def test_a_broken_pattern_is_an_error_naming_the_file(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[theme]]\nid = "x"\ntitle = "X"\ndescription = "x"\nterms = ["x"]\nsections = "entities"\n'
                    '[[theme.subtopics]]\ntitle = "A"\nterms = ["a"]\npatterns = ["{unit} (founded"]\n')
    with pytest.raises(themes.ThemeError, match=r"mine\.toml: .*not a valid regular expression"):
        themes.load(path)


def test_a_theme_comparing_an_entity_no_one_defined_is_an_error(tmp_path):
    path = tmp_path / "mine.toml"
    path.write_text('[[theme]]\nid = "x"\ntitle = "X"\ndescription = "x"\nterms = ["x"]\nsections = "entities"\n'
                    'entities = ["Nobody Inc"]\n')
    with pytest.raises(themes.ThemeError, match="compares 'Nobody Inc', which no \\[\\[entity\\]\\] names"):
        themes.load(path)


def test_sign_ups_and_a_tabled_founding_count_are_not_rival_sizes(units):
    data, _ = units
    figures = {s["label"]: s["text"] for s in data["sentences"] if s["kind"] == "disagreement"}
    assert "several hundred signed up" in figures  # Bagnet: Russians who had signed up, labelled so
    assert not any(label.endswith("at founding") for label in figures)  # the Founding cell states it
    assert "over 100" in cells(data)["Freedom of Russia Legion|Founding"]


def test_a_cell_that_states_two_aspects_holds_the_other_s_pointer(units):
    data, _ = units
    status = cells(data)["Siberian Battalion|Status"]
    assert "officially integrated" in status and "thorough security checks" in status
    assert {"label": "Siberian Battalion|Vetting", "see": "Siberian Battalion|Status"} in data["pointers"]


def test_a_cell_whose_only_statement_is_undatable_says_so_instead_of_not_in_the_sources(units, ctx, corpus, book):
    data, _ = units
    undated = {c["label"]: c["relative_date"] for c in data["undated_cells"]}
    # "Formed six months ago, the Siberian Battalion currently consists of a few dozen fighters."
    assert undated == {"Siberian Battalion|Founding": "six months ago", "Siberian Battalion|Size": "currently"}
    html = render.html(verify(Extractive().draft(book.get("units"), ctx), corpus), corpus, render.now())
    assert "only “currently”, in an undated article" in html


# -- units no themes file lists (tests/articles/newunits: the Taiga Detachment) ----------------

NEWUNITS = Path(__file__).parent / "articles" / "newunits"


@pytest.fixture(scope="module")
def taiga(tmp_path_factory):
    out = tmp_path_factory.mktemp("taiga")
    make(out, "--theme", "units", "--sources", str(NEWUNITS))
    return json.loads((out / "units.json").read_text()), out / "units.pdf"


def found_units(folder: Path, theme: str = "units", themes_file: Path | None = None) -> list[str]:
    book = themes.load(themes_file)
    return prepare(Settings(sources=folder), book, [book.get(theme)]).book.found


def test_a_unit_named_twice_that_no_themes_file_lists_gets_a_row_of_its_own(book):
    assert found_units(NEWUNITS) == ["Taiga Detachment"]
    ctx = prepare(Settings(sources=NEWUNITS), book, [book.get("units")])
    assert [e.name for e in ctx.book.rows(book.get("units"))][-1] == "Taiga Detachment"


def test_a_found_unit_s_facts_go_under_its_own_name_not_under_the_unit_its_men_left(taiga):
    data, pdf = taiga
    got = cells(data)
    assert got["Taiga Detachment|Founding"].startswith("The Taiga Detachment was formed in March 2024")
    assert not any(label.startswith("Siberian Battalion|") for label in got)
    assert not any("Taiga" in s["text"] for s in data["sentences"] if s["section"] == "Siberian Battalion")
    assert "Taiga Detachment" in pdf_text(pdf).split("Comparison", 1)[1]


@pytest.mark.parametrize("words", ["A battalion of", "the Azov-style brigade", "the Wolf Brigade",
                                   "The Kharkiv Brigade"])
def test_a_formation_noun_without_a_name_used_twice_or_introduced_is_no_unit(words):
    # "a battalion", "the Azov-style brigade": no name; "the Wolf Brigade" only inside a quote;
    # "The Kharkiv Brigade" named once and not introduced as a unit
    assert (NEWUNITS / "01_taiga.txt").read_text().count(words) == 1
    assert not any(words.split()[-2] in name for name in found_units(NEWUNITS))


def test_a_unit_the_sources_name_is_known_whichever_theme_runs(book):
    # so that "the unit" in a vetting briefing is read as the article means it; only an
    # entities theme gives it a row
    assert found_units(NEWUNITS, "vetting") == ["Taiga Detachment"]
    assert found_units(SEEDS) == []


@pytest.mark.parametrize("sentence, aspect", [
    ("The Siberian Battalion was announced in May 2023 by its first commander.", "Founding"),
    ("The Siberian Battalion is formally part of a Ukrainian mechanised brigade.", "Status"),
    ("The Siberian Battalion, which trains near Kyiv, has about 900 fighters.", "Size"),
    ("The Siberian Battalion, the smallest of the units, claims some 900.", "Size"),
])
def test_an_aspect_pattern_states_its_aspect_in_the_ways_news_prose_puts_it(book, sentence, aspect):
    theme = book.get("units")
    row = next(e for e in book.entity if e.name == "Siberian Battalion")
    rules = next(a for a in theme.subtopics if a.title == aspect).rules()
    assert any(themes.aspect_pattern(p, row).search(sentence) for p in rules)


@pytest.mark.parametrize("sentence", [
    "The Siberian Battalion, according to its commander, claims some 900.",  # whose claim: never left out
    "The Siberian Battalion claims 3 victories.",  # a count of something else
])
def test_a_size_pattern_does_not_skip_an_attribution_or_count_other_things(book, sentence):
    theme = book.get("units")
    row = next(e for e in book.entity if e.name == "Siberian Battalion")
    rules = next(a for a in theme.subtopics if a.title == "Size").rules()
    matches = [m for p in rules if (m := themes.aspect_pattern(p, row).search(sentence))]
    assert not [m for m in matches if "aside" in m.re.groupindex and m.group("aside")] and \
        not [m for m in matches if "victories" in m.group(0)]


SIZES = Path(__file__).parent / "articles" / "sizes"


def size_cell(tmp_path: Path, folder: str) -> str | None:
    make(tmp_path, "--theme", "units", "--sources", str(SIZES / folder))
    return cells(json.loads((tmp_path / "units.json").read_text())).get("Siberian Battalion|Size")


def test_a_size_cell_leaves_out_the_appositive_between_the_unit_and_its_figure(tmp_path):
    # the article's caveat doubts the ministry's figures, not the battalion's: the cell stands
    assert size_cell(tmp_path, "aside") == "The Siberian Battalion claims some 900."


def test_a_size_cell_stays_empty_when_its_article_doubts_that_figure_further_down(tmp_path):
    assert "could not verify the battalion's strength" in (SIZES / "caveat" / "01_herald.txt").read_text()
    assert size_cell(tmp_path, "caveat") is None


def test_a_size_cell_stays_empty_when_its_article_gives_a_rival_figure_near_it(tmp_path):
    assert "fewer than 400 fighters in the battalion" in (SIZES / "rival" / "01_herald.txt").read_text()
    assert size_cell(tmp_path, "rival") is None


def test_a_briefing_whose_table_holds_the_facts_is_not_called_thin():
    from briefing.draft import Heading
    from briefing.engines.extractive import _thin

    theme = themes.load().get("units")
    cell = Claim(" ".join(["word"] * 30), (), "Siberian Battalion|Size")
    table = Section(compare.TABLE, "table", [cell] * 5, columns=("Size",) * 7, rows=(Heading("Siberian Battalion"),))
    assert _thin(theme, table, 120, 300) is None
    note = _thin(theme, replace(table, claims=[cell]), 20, 300)
    assert note.startswith("Little in the sources matches this theme's terms: 20 words of the 300-word body, "
                           "and 1 of the table's 7 cells, could be filled")


# -- cells in the ways news prose states an aspect (tests/articles/table) ------------------------

TABLE = Path(__file__).parent / "articles" / "table"


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    out = tmp_path_factory.mktemp("register")
    make(out, "--theme", "units", "--sources", str(TABLE))
    data = json.loads((out / "units.json").read_text())
    return cells(data), {p["label"]: p["see"] for p in data["pointers"]}


def test_a_sentence_no_theme_term_ranks_fills_the_cell_it_states(register):
    # "It was announced in March 2022 and ﬁghts under the HUR" (read as "fights"): no word of the units
    # theme in it
    got, see = register
    assert got["Freedom of Russia Legion|Founding"] == ("[The Freedom of Russia Legion] was announced in March 2022 "
                                                       "and fights under the HUR.")
    assert see["Freedom of Russia Legion|Status"] == "Freedom of Russia Legion|Founding"


def test_a_founding_in_an_appositive_keeps_the_verb_that_follows_it(register):
    got, see = register
    assert got["Russian Volunteer Corps|Founding"] == (
        "The Russian Volunteer Corps (RDK), founded in August 2022, also fights alongside the HUR but keeps its own "
        "command, flag and symbols.")  # neither "..., founded in August 2022." nor "its own command."
    assert see["Russian Volunteer Corps|Status"] == "Russian Volunteer Corps|Founding"


def test_it_after_a_semicolon_is_the_unit_the_sentence_opens_with(register):
    got, _ = register
    assert got["Russian Volunteer Corps|Ideology"] == ("[The Russian Volunteer Corps] describes itself as a Russian "
                                                      "nationalist movement.")


def test_how_many_applicants_a_unit_accepted_is_its_vetting(register):
    got, _ = register
    assert got["Siberian Battalion|Vetting"] == "The Siberian Battalion accepted 40 of its 310 applicants in 2024."


def test_a_unit_named_as_what_another_is_compared_with_gets_none_of_its_facts(register):
    # "Unlike the Freedom of Russia Legion and the Siberian Battalion, it serves within the National Guard"
    got, see = register
    assert "Siberian Battalion|Status" not in got and "Siberian Battalion|Status" not in see


@pytest.mark.parametrize("sentence, aspect", [
    ("The Siberian Battalion fights within Ukraine’s regular armed forces.", "Status"),
    ("The Siberian Battalion, formed in 2023, is also under the HUR.", "Status"),
    ("The Siberian Battalion, formed in 2023, serves in Ukraine's regular army.", "Founding"),
    ("The Siberian Battalion does not answer to the HUR.", "Status"),
    ("The Siberian Battalion gave its strength in May as about 90 fighters.", "Size"),
    ("The Siberian Battalion recruits mainly among Russia's ethnic minorities.", "Who fights"),
    ("The Siberian Battalion sends about one applicant in seven to the front.", "Vetting"),
])
def test_more_ways_news_prose_states_an_aspect(book, sentence, aspect):
    theme = book.get("units")
    row = next(e for e in book.entity if e.name == "Siberian Battalion")
    rules = next(a for a in theme.subtopics if a.title == aspect).rules()
    assert any(themes.aspect_pattern(p, row).search(sentence) for p in rules)


# -- units without a formation noun (tests/articles/bareunits) -----------------------------------

BAREUNITS = Path(__file__).parent / "articles" / "bareunits"


def test_a_unit_without_a_formation_noun_is_found_by_how_its_article_presents_it():
    # Svetloyar "is the youngest of the Russian volunteer formations"; "The unit Ledokol says";
    # Polynya has a commander and recruits who joined it. Not Kitovras (a legendary creature),
    # Orlova (a doctor with a commander, whom people join), Vyshgorod or Kupiansk (towns).
    assert found_units(BAREUNITS) == ["Ledokol", "Polynya", "Svetloyar"]


def test_a_unit_introduced_with_the_before_its_name_is_found(tmp_path):
    # "The Kama Druzhina, a unit of Russian citizens ...": the name is "Kama Druzhina", not "The ..."
    (tmp_path / "a.md").write_text("# A new unit\n\nThe Kama Druzhina, a unit of Russian citizens fighting for "
                                   "Ukraine, was formed in April by Yaroslav Tetyorkin.\n")
    assert found_units(tmp_path) == ["Kama Druzhina"]


def test_a_found_unit_without_a_formation_noun_is_named_without_an_article(tmp_path):
    make(tmp_path, "--theme", "units", "--sources", str(BAREUNITS))
    got = cells(json.loads((tmp_path / "units.json").read_text()))
    assert got["Svetloyar|Founding"].startswith("[Svetloyar] was formed in February 2025 by six former guards")
    assert not any(label.startswith(("Siberian Battalion|", "Freedom of Russia Legion|")) for label in got)


def test_a_cell_cut_before_whose_words_they_are_keeps_the_speaker(tmp_path):
    # "..., had "a bigger machine and more mistakes", he said, while ...": without "he said" the
    # cell printed a witness's judgement as the tool's own
    make(tmp_path, "--theme", "units", "--sources", str(SIZES / "said"))
    data = json.loads((tmp_path / "units.json").read_text())
    cell = next(s for s in data["sentences"] if s["label"] == "Freedom of Russia Legion|Status")
    assert cell["text"] == ('The Freedom of Russia Legion, which fights under the HUR, had "a bigger machine and more '
                            'mistakes", [Oleg Petrov] said.')
    assert [c["line_start"] for c in cell["citations"]] == [5, 7]  # the line that names him, then the cell's


WATCH = Path(__file__).parent / "articles" / "watch"


def _units_resolved(folder: Path, start: str):
    """What the referents make of the first sentence opening with `start`, the units theme chosen."""
    book = themes.load(None)
    ctx = prepare(Settings(sources=folder), book, [book.get("units")])
    return ctx.referents.resolve(next(s for s in ctx.sentences if s.text.startswith(start)))


def test_a_unit_whose_name_ends_in_a_word_that_is_also_a_verb_is_found():
    # "the Zeya Watch, a unit of Russian citizens": "Watch" opens no sentence here, it ends a name
    assert found_units(WATCH) == ["Zeya Watch"]


def test_a_unit_named_only_inside_a_quote_is_not_the_unit_s_that_follows(tmp_path):
    book = themes.load(None)
    ctx = prepare(Settings(sources=WATCH), book, [book.get("units")])
    medic = next(s for s in ctx.sentences if s.text.startswith("Irina Gal"))
    done = ctx.referents.resolve(medic)
    assert done.text.startswith("Irina Gal, 34, [the Zeya Watch’s] medic, is from Tynda.")  # not the quote's unit


def test_a_unit_s_short_form_is_the_unit_the_next_sentence_means(tmp_path):
    # "Today the Watch has 60 men. Each of the unit's four mobile groups ...": the Watch's groups,
    # not those of the Legion named a sentence before the short form
    book = themes.load(None)
    ctx = prepare(Settings(sources=WATCH), book, [book.get("units")])
    groups = next(s for s in ctx.sentences if s.text.startswith("Each of the unit's four"))
    done = ctx.referents.resolve(groups)
    assert done.text == "Each of [the Zeya Watch’s] four mobile groups stands two watches in three."
    named = next(s for s in ctx.sentences if s.text.startswith("Pavel Lukin commands"))
    assert named in done.cited  # cited where the Watch is named in full


def test_a_short_form_two_units_share_settles_nothing(tmp_path):
    (tmp_path / "a.md").write_text(
        "# Two watches on the coast\n\nPavel Lukin commands the Zeya Watch, a unit of Russian citizens. Oleg Morin "
        "commands the Amur Watch, a unit of Russian citizens formed in 2026.\n\nThe rest came from the Freedom of "
        "Russia Legion. Today, Lukin says, the Watch has 60 men. Each of the unit's four mobile groups stands two "
        "watches in three.\n")
    done = _units_resolved(tmp_path, "Each of the unit's four")
    assert done is None or "Legion" not in done.text and "Watch" not in done.text


SHORT_FORMS = """# Russian sappers swamped with applications

By Ada Brenn

The Freedom of Russia Legion, the largest of the units, said it received 1,870 applications in September; the \
Siberian Battalion said it received 300.

The Kama Watch, formed in March by Russian sappers, said it had 640 applications and accepted 58. The unit is \
attached to an engineering brigade. The Legion, by contrast, fights under Ukraine's military intelligence agency. \
Its commander, a former army sapper, said most applicants were turned away after a video call.

Moscow rarely hands back Russians who fought for Ukraine. An official said fewer than 10 had been returned, most of \
them from the Legion.

Relatives of the unit's fighters in Russia have been questioned and fined, the unit says.
"""


@pytest.mark.parametrize("opening", ["Its commander, a former army sapper", "Relatives of the unit's fighters"])
def test_a_short_form_in_an_aside_or_in_passing_is_not_what_its_or_the_unit_is(tmp_path, opening):
    # "The Legion, by contrast, fights under ...": the paragraph is about the Kama Watch, whose commander
    # is a sapper; "most of them from the Legion" names it in passing, the unit that says so is another
    (tmp_path / "a.md").write_text(SHORT_FORMS)
    done = _units_resolved(tmp_path, opening)
    assert done is None or "Legion" not in done.text


ASIDE = """# Russians from the Kama fight in a new unit

By Ada Brenn

The Kama Druzhina, a unit of Russian citizens fighting for Ukraine, was formed in April by Yaroslav Tetyorkin. \
About a third of the Druzhina's fighters are former prisoners of war, by the unit's count. The Druzhina has about \
90 fighters.

The Freedom of Russia Legion also recruits in prisoner-of-war camps, and its men come from every region of Russia.

"A man who surrendered has made his choice once," Tetyorkin said. "But we watch him longer."

Not every check works. In August the unit removed a fighter who had been posting photographs with location data.
"""


def test_the_unit_a_paragraph_after_another_unit_s_aside_is_not_that_unit(tmp_path):
    # the Legion is the nearest unit named, but the piece is on the Druzhina, named again between:
    # "the unit" is not settled as the Legion (the piece's own unit, or nothing)
    (tmp_path / "a.md").write_text(ASIDE)
    done = _units_resolved(tmp_path, "In August the unit")
    assert done is None or "Legion" not in done.text


def test_a_unit_s_last_word_named_alone_in_another_article_is_that_unit(tmp_path):
    # "the so-called Druzhina" of a Russian agency is the "Kama Druzhina" another article names in
    # full: one row, and "Its leader" there is "[The Druzhina’s]" as that article writes it
    (tmp_path / "a.md").write_text("# A new unit\n\nThe Kama Druzhina, a unit of Russian citizens fighting for "
                                   "Ukraine, was formed in April by Yaroslav Tetyorkin.\n")
    (tmp_path / "b.md").write_text("# Accomplices detained\n\nThe FSB said the formation called Druzhina had no more "
                                   "than 60 militants. Its leader, Yaroslav Tetyorkin, was arrested in absentia in "
                                   "August.\n\n\"The Druzhina is a propaganda project,\" a retired colonel said.\n")
    book = themes.load(None)
    ctx = prepare(Settings(sources=tmp_path), book, [book.get("units")])
    assert ctx.book.found == ["Kama Druzhina"]
    assert next(e for e in ctx.book.entity if e.name == "Kama Druzhina").aliases == ["Kama Druzhina", "Druzhina"]
    leader = next(s for s in ctx.sentences if s.text.startswith("Its leader"))
    assert ctx.referents.resolve(leader).text.startswith("[The Druzhina’s] leader, Yaroslav Tetyorkin")


def test_a_unit_s_name_quoted_as_a_word_is_no_point_about_the_unit():
    # "Druzhina is an old word for a prince's retinue": the word, not the Kama Druzhina
    from briefing.retrieval import as_word
    from briefing.standalone import _units_named

    unit = [themes.Entity(name="Kama Druzhina", aliases=["Kama Druzhina", "Druzhina"], generic=["unit"])]
    for text in ("Druzhina is an old word for a medieval prince's armed retinue.",
                 "The word “druzhina” also names the volunteer patrols.".replace("druzhina", "Druzhina"),
                 "In Russian, Druzhina means a prince's retinue."):
        assert _units_named(text, unit) == [], text
    assert _units_named("The Druzhina is a propaganda project.", unit) == [("Kama Druzhina", "Druzhina")]
    assert not as_word("The Druzhina has 90 fighters.", 4, 12)


def test_a_pronoun_that_opens_a_sentence_is_no_unit_s_name(tmp_path):
    # "Theirs is the only unit of Russian citizens ...": "Theirs" is the Vetluga Artel, not a unit of its own
    (tmp_path / "a.md").write_text("# A unit of carpenters\n\nThe Vetluga Artel, a unit of Russian citizens, was "
                                   "formed in February. Theirs is the only unit of Russian citizens in the brigade. "
                                   "Theirs is the only unit that builds its own dugouts.\n")
    assert found_units(tmp_path) == ["Vetluga Artel"]


OBJECT = """# The river men of the Mologa Column

By Ada Brenn

Timofei Shchegolev commands the Mologa Column, a unit of Russian citizens that fights for Ukraine from boats \
in the Dnipro delta. The Column has about 150 men.

He left Rybinsk in 2022. He worked in the port of Batumi for a year. He went to Ukraine in 2024. He joined a boat \
group in the Kherson region. He learnt the channels there. He grew tired of being told where to go. He wanted \
his own men. He found seven who wanted the same. They left together. They bought two boats. They named them after \
towns. They began in April.

On 18 December Russia's Supreme Court declared the Column a terrorist organisation at the request of the \
Prosecutor General's Office, which calls it "a structural subdivision" of the Freedom of Russia Legion.

Shchegolev asks the men's families not to send anything. The unit says the relatives of about 30 of its men \
have been questioned by the FSB.

Nine of the Column's men have been killed since April, the unit says.
"""


def test_the_unit_after_its_own_short_name_as_an_object_is_not_the_unit_named_beside_it(tmp_path):
    # fresh18: "[The Freedom of Russia Legion] says the relatives of about 30 of its men ...": the
    # Column, named as the court's object in the paragraph before, is the piece's unit
    (tmp_path / "a.md").write_text(OBJECT)
    for start in ("The unit says", "Nine of"):
        done = _units_resolved(tmp_path, start)
        assert done is None or "Legion" not in done.text, done.text


FORGE = Path(__file__).parent / "articles" / "forge"


def test_a_unit_whose_name_has_a_quoted_second_word_and_a_translation_is_found():
    # "the Molot «Irbit» (Irbit Hammer), a repair unit of Russian volunteers": the Molot, not
    # "Irbit" (a town) nor the translation; without it its "the unit" went to the Siberian
    # Battalion it grew out of (fresh21)
    assert found_units(FORGE) == ["Molot"]
    assert _units_resolved(FORGE, "The unit was founded").text.startswith("[The Molot] was founded in March 2034")


CHARGED = ["""# Families under pressure

The Siberian Battalion has about 900 members, its commander says. More than 30 of its members
have been charged in absentia with treason, according to the battalion.
""", """# A designation

Russia's Prosecutor General has asked the Supreme Court to ban the Siberian Battalion, and 26 of
its members face criminal cases in absentia. The battalion now has 1,200 fighters, its commander said.
"""]


def test_members_charged_are_no_rival_size_but_a_headcount_still_is(tmp_path):
    # fresh22: "More than 30" and "26" members charged were printed as the unit's disputed size
    for i, text in enumerate(CHARGED):
        (tmp_path / f"{i}.md").write_text(text)
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    values = {f.value for f in ctx.disagreements.get("Siberian Battalion", [])}
    assert values == {"about 900", "1,200"}
