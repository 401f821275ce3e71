"""An interview published as parallel text, the Russian original and the English translation side
by side in a Markdown table, one paragraph pair a row (fresh21). The briefing reads the English
cell only: the Russian was glued to it at " | " ("Мы воюем гаечным ключом. | The Legion is ...").
The answers under the bold questions are unlabelled and two people give them in turn, so they
are no one's named words: never printed as the outlet's fact."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import printed, write

from briefing import sentences, sources

PARALLEL = (Path(__file__).parent / "articles" / "parallel" / "interview.md").read_text(encoding="utf-8")

THEMES = """[[theme]]
id = "units"
title = "The units"
description = "Who the units are and how they differ."
terms = ["Legion", "infantry", "assault", "mechanics", "Molot", "recruits", "check", "engine", "spanner", "commands"]
"""

CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def _split(tmp_path):
    write(tmp_path, "interview.md", PARALLEL)
    [src] = sources.load(tmp_path).sources
    return sentences.split(src)


def test_a_parallel_row_is_read_in_its_english_cell_only(tmp_path):
    said = _split(tmp_path)
    assert not any(CYRILLIC.search(s.text) for s in said), [s.text for s in said if CYRILLIC.search(s.text)]
    intro = next(s for s in said if s.text.startswith("For twelve years"))
    assert intro.text == "For twelve years Pavel Zuev built motorcycles in Irbit." and intro.line_start == 7
    assert any(s.text == "The figures were given by the unit; Kamenny Poyas could not check them." for s in said)


def test_the_answers_under_its_bold_questions_are_no_one_s_named_words(tmp_path):
    said = {s.text: s.kind for s in _split(tmp_path)}
    for answer in ("The Legion is infantry and assault.", "I give a man a broken engine and watch.",
                   "In March there were seven of us."):
        assert said[answer] == "quote", (answer, said[answer])
    assert not any(t.startswith("How ") for t, kind in said.items() if kind == "statement")  # the questions


def test_a_briefing_of_a_parallel_interview_gives_no_answer_as_the_outlet_s_fact(tmp_path):
    texts = printed(tmp_path, {"interview.md": PARALLEL}, THEMES, "units")
    assert not any(CYRILLIC.search(t) for t in texts), texts
    assert not any("infantry" in t or "broken engine" in t or "spanner" in t for t in texts), texts
