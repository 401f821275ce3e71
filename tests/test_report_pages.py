"""A report extracted from PDF (notes at the pages' feet, note numbers glued to the text) and a
press briefing's transcript ("QUESTION (name, outlet):" turns), as fresh19 met them."""

from __future__ import annotations

from conftest import write

from briefing import sentences, sources
from briefing.standalone import people

REPORT = """CROSSING OVER: RUSSIAN CITIZENS IN UKRAINE'S FORCES          Field Report No. 7

4.2 Recruitment

Its recruiter is Zoya Markelova, a former personnel manager at an instrument-making plant
in Penza, who works from Yerevan. "A man can prepare answers to questions. It is much
harder to prepare his own handwriting," Markelova said.40 The applicant must also name
two guarantors who already serve in the unit.41

____________________
40 Interview, 10 December 2032.
41 The unit's figures. Two of the six guarantors were confirmed to Field Report by
relatives.

26
"""

BRIEFING = """Press briefing with the Sura Artel

KOSTIV: Good afternoon. The Sura Artel's commander, Stanislav Ermilov, is with us.

QUESTION (Oleh Marchuk, Pivden Daily): Russian television says your men are paid five thousand euros a month.

ERMILOV: My men get what a Ukrainian sapper gets, about 30,000 hryvnias a month.

KOSTIV: Next question.
"""


def split(tmp_path, name, text):
    return sentences.split(sources.read_source(write(tmp_path, name, text), 1))


def test_a_note_at_the_page_foot_is_no_sentence_and_its_number_is_no_word(tmp_path):
    found = split(tmp_path, "report.txt", REPORT)
    texts = [s.text for s in found]
    assert not any("Interview, 10 December" in t or "six guarantors" in t for t in texts)
    # "said.40 The applicant": two sentences, the note's number in neither
    assert any(t.endswith("Markelova said.") for t in texts), texts
    assert any(t.startswith("The applicant must also name two guarantors") and "41" not in t for t in texts), texts


def test_a_reporters_question_at_a_briefing_is_never_a_fact(tmp_path):
    found = {s.text: s.kind for s in split(tmp_path, "briefing.txt", BRIEFING)}
    asked = next(t for t in found if "five thousand euros" in t)
    assert "QUESTION" not in asked and found[asked] == "quote"


def test_a_place_before_who_is_no_person():
    text = REPORT.replace("\n", " ")
    assert "Penza" not in people(text)
    assert "Zoya Markelova" in people(text)
    assert "Podgornova" in people("Nobody reaches the Column without passing through Inna Podgornova, 41, a clerk.")
