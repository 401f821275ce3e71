"""Why they fight is about motives: what is done to a fighter's family at home is a risk, not a
reason (tests/articles/motives/, a story on one unit's men and their families)."""

from __future__ import annotations

import json
from pathlib import Path

from briefing import pipeline
from briefing.engines.extractive import Extractive

MOTIVES = Path(__file__).parent / "articles" / "motives"


def printed(tmp_path: Path, theme: str) -> list[str]:
    pipeline.run(pipeline.Settings(sources=MOTIVES, out=tmp_path, engine="extractive"), [theme])
    return [s["text"] for s in json.loads((tmp_path / f"{theme}.json").read_text())["sentences"]]


def test_families_questioned_at_home_are_no_motive(tmp_path):
    found = printed(tmp_path, "motivations")
    assert not any("visited or questioned" in t or "not even socks" in t or "17 families" in t for t in found)
    # the reasons are there
    assert any("because he wanted to defend Ukraine" in t for t in found)


def test_a_motive_is_read_as_printed_with_the_sentence_it_carries_on(ctx, book):
    # seeds: "His children cried when Russia attacked Ukraine." names only his children; printed
    # with Caesar's "I couldn't just watch" before it, it is why he fights
    draft = Extractive().draft(book.get("motivations"), ctx)
    found = [c.text for s in draft.sections for c in s.claims]
    assert any(t.startswith("“I couldn’t just watch,” Caesar") and "His children cried" in t for t in found)


def test_a_brother_questioned_or_sacked_at_home_is_no_loss_that_moved_him(tmp_path):
    assert not any("dismissed from a railway depot" in t for t in printed(tmp_path, "motivations"))


def test_a_report_that_counts_the_reasons_its_interviewees_named_has_material(tmp_path):
    # fresh19: "19 named the crimes of Russia's army in Ukraine, 11 a relative killed or mobilised
    # and 9 persecution at home" under "Why they joined", and the briefing said "no material"
    pipeline.run(pipeline.Settings(sources=MOTIVES.parent / "motives_report", out=tmp_path, engine="extractive"),
                 ["motivations"])
    found = [s["text"] for s in json.loads((tmp_path / "motivations.json").read_text())["sentences"]]
    assert any("17 named the crimes of Russia's army in Ukraine" in t for t in found)
