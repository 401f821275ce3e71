"""Tables that text extracted from a PDF flattened to one cell per line (tests/articles/tables/).
Read as prose, a table's cells run into one sentence no one wrote, its column labels join the
name of the first row ("Status Vetting Kestrel Reservoir"), and its "Source:" line looks like the
page's outlet. Its cells, notes and source are set aside; the prose around it stays citable."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing import sentences, sources, themes
from briefing.pipeline import Settings, prepare

TABLES = Path(__file__).parent / "articles" / "tables"


def read(name: str) -> sources.Source:
    return sources.read_source(TABLES / name, 1)


def texts(name: str) -> list[str]:
    return [s.text for s in sentences.split(read(name))]


@pytest.mark.parametrize("line, reason", [
    (28, "figure caption"),  # Table 1: The three reservoirs compared
    (29, "table cell"),  # Reservoir (a column label)
    (33, "table cell"),  # Kestrel Reservoir (a row's first cell)
    (35, "table cell"),  # “about 40 million m³”
    (41, "table cell"),  # Arden Water, with the county
    (45, "chart note"),  # * Capacity at the top water level.
    (46, "chart note"),  # Source: operator filings, 2025.
])
def test_a_captioned_table_s_cells_and_notes_are_not_citable(line, reason):
    assert read("reservoirs_report.txt").skipped[line] == reason


def test_no_sentence_is_made_of_a_table_s_cells():
    found = texts("reservoirs_report.txt")
    assert not any("Opened" in t or "Arden Water" in t or "top water level" in t for t in found)
    assert "The Millbrook Reservoir is the oldest and the smallest." in found


def test_a_table_s_source_line_is_not_the_report_s_outlet():
    # not "operator filings, 2025."; the institute named over the report is its publisher
    assert read("reservoirs_report.txt").outlet == "Lowland Water Institute"


def test_a_report_s_title_is_its_running_title_not_its_series_number():
    assert read("reservoirs_report.txt").title == "Dry Summers"  # not "LWI Paper 9/2025"


def test_a_report_s_imprint_gives_its_month():
    assert read("reservoirs_report.txt").published == "2025-06"  # "Arden, June 2025"


def test_a_table_with_no_caption_is_known_by_its_header_row_and_rows():
    src = read("flu_monitoring.txt")
    assert all(src.skipped.get(n) == "table cell" for n in range(6, 22))
    found = texts("flu_monitoring.txt")
    assert not any("Greylag Goose" in t or "Species" in t for t in found)
    assert "Poultry keepers within ten kilometres must keep their birds indoors." in found


def test_prose_hard_wrapped_in_a_narrow_column_stays_prose():
    assert texts("narrow_column.txt") == [
        "The Saltmarsh ferry returned to service on Monday after six weeks in dry dock and its owner "
        "Tern Lines said the engine had been rebuilt."]


def test_a_listed_unit_s_short_name_is_not_given_the_capitalised_words_run_into_it(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Volunteers return from the front\n\n"
        "Unit Status Siberian Battalion fighters returned to Kyiv on Monday after four months in the east.\n\n"
        "Families met them at the station. The Battalion said a new group would leave in May.\n")
    ctx = prepare(Settings(sources=tmp_path), themes.load(None))
    s = next(x for x in ctx.sentences if x.text.startswith("The Battalion said"))
    assert ctx.referents.resolve(s).text == "[The Siberian Battalion] said a new group would leave in May."
