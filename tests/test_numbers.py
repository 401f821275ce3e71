"""Figures read as values: words or digits, counts or shares; vague quantities are no figure."""

from __future__ import annotations

from decimal import Decimal

import pytest

from briefing import numbers


def values(text):
    found, _ = numbers.parse(text)
    return [(q.value, q.percent) for q in found]


@pytest.mark.parametrize("text, value", [
    ("4,000 members", 4000), ("four thousand members", 4000), ("4 thousand members", 4000),
    ("ninety fighters", 90), ("twenty-five fighters", 25), ("two hundred and five men", 205),
    ("forty thousand men", 40000), ("a dozen Russians", 12), ("1.5 million people", 1500000),
])
def test_a_figure_is_read_as_its_value(text, value):
    assert values(text) == [(Decimal(value), False)]


@pytest.mark.parametrize("text", ["15% of them", "15 percent of them", "fifteen per cent of them"])
def test_a_share_is_not_a_count(text):
    assert values(text) == [(Decimal(15), True)]


@pytest.mark.parametrize("text, scale", [("several hundred soldiers", "hundred"), ("a few dozen fighters", "dozen"),
                                         ("hundreds of them", "hundred"), ("tens of thousands", "thousand")])
def test_a_vague_quantity_is_a_scale_not_a_figure(text, scale):
    found, vague = numbers.parse(text)
    assert found == [] and vague == {scale}


def test_text_without_numbers_is_skipped_cheaply():
    assert numbers.parse("Soldiers marched from Ukraine into Russian territory.") == ([], set())
