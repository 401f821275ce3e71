"""Themes live in an editable TOML file; aliases and user files work without code changes."""

import pytest

from briefing import themes


@pytest.mark.parametrize("name, theme_id", [("vetting", "vetting"), ("Recruitment", "vetting"),
                                            ("motives", "motivations"), ("risk", "risks"), ("compare", "units")])
def test_aliases(book, name, theme_id):
    assert book.get(name).id == theme_id


def test_four_builtin_themes(book):
    assert [t.id for t in book.theme] == ["vetting", "motivations", "risks", "units"]
    names = {e.name for e in book.entity}
    assert names == {"Freedom of Russia Legion", "Russian Volunteer Corps", "Siberian Battalion"}


def test_unknown_theme_lists_the_valid_ones(book):
    with pytest.raises(themes.ThemeError, match="valid themes: vetting, motivations, risks, units"):
        book.get("weather")


def test_user_file_adds_and_replaces_themes(tmp_path):
    f = tmp_path / "mine.toml"
    f.write_text('[[theme]]\nid = "funding"\ntitle = "Money"\ndescription = "Who pays."\n'
                 'aliases = ["money"]\nterms = ["salary", "paid"]\n\n'
                 '[[theme]]\nid = "risks"\ntitle = "Dangers"\ndescription = "d"\nterms = ["risk"]\n')
    book = themes.load(f)
    assert book.get("money").title == "Money"
    assert book.get("risks").title == "Dangers"
    assert book.get("vetting").title == "Recruitment and vetting"


@pytest.mark.parametrize("text, message", [
    ("[[theme]]\nid = \"x\"\n", "theme.0.title"),
    ("not = [toml", "not valid TOML"),
    ('[[theme]]\nid = "x"\ntitle = "t"\ndescription = "d"\nterms = ["a"]\nsections = "pages"\n', "sections"),
])
def test_bad_themes_file_is_a_one_line_error(tmp_path, text, message):
    f = tmp_path / "bad.toml"
    f.write_text(text)
    with pytest.raises(themes.ThemeError, match=message) as e:
        themes.load(f)
    assert "\n" not in str(e.value)


def test_a_figure_in_an_aspect_pattern_starts_where_its_number_starts():
    from briefing.themes import aspect_pattern
    figure = aspect_pattern("{number} members")
    assert figure.search("it had 4,000 members").group(0) == "4,000 members"
    # Not from the middle of a number: on a long run of digits each digit would start an attempt
    # that reads the whole run (quadratic; bench/pathological.py's digit run).
    assert figure.search("7777 members", 2) is None
