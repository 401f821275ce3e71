"""The verifier attacked as a paraphrasing model would attack it: each row is a true sentence
and one small change to it, both citing the same lines. The true sentence must pass, the
changed one must fail, for the reason given. Used by tests/test_verify_attacks.py and by
bench/attacks.py, which records which rows pass before and after a change to the verifier.

Sources are the seeds ("000" ... "004", by file-name prefix) and NEWS below: our own article,
for what the seeds do not hold (anti-Kremlin in citable text, "no longer", "neither", a share).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

NEWS = """Volunteers Cross the Border Again, Officials Say

The anti-Kremlin Free Ural militia crossed the border on Monday, its commander said in a statement.

The Free Ural Battalion no longer recruits prisoners of war, according to its press office in Kyiv.

Neither the Ukrainian army nor the government has confirmed the Free Ural Battalion's ties to Kyiv.

Commander Oleg Sirko regrets the loss of two fighters near the village of Bilohorivka.

Turnout among Free Ural volunteers reached 15% in the first week of the campaign, officials said.

Several hundred volunteers have applied to join the Free Ural Battalion so far, officials said.
"""
NEWS_NAME = "news.txt"


@dataclass(frozen=True)
class Attack:
    row: str  # the row of the attack table it belongs to
    true: str  # a sentence true to the cited lines: must pass
    changed: str  # the same sentence with one lie in it: must fail
    cites: tuple[tuple[str, int, int], ...]  # (source prefix or NEWS_NAME, first line, last line)
    reason: str  # a fragment of the reason it fails for


NEGATION = "negation dropped or added by inflection"
OPPOSITE = "one word swapped for its opposite"
RELATION = "two citations combined into a false relation"
MOVED = "a figure moved to another unit"
SCRIPT = "a lookalike letter or an invisible character"
VAGUE = "a vague quantity made exact"
NAMES = "a name with a non-ASCII capital invented"
NUMBER = "numbers compared as values"
MEANING = "a verb, adjective, adverb or modal that is not the source's"
DATED = "a relative date of an undated article"
CAUGHT = "caught before too"

ATTACKS = [
    Attack(NEGATION, "Caesar’s commitment is unflinching and he does not regret his decision to join Ukraine’s "
           "foreign legion.",
           "Caesar’s commitment is unflinching and he regrets his decision to join Ukraine’s foreign legion.",
           (("001", 51, 54),), "drops the negation"),
    Attack(NEGATION, "Posts detail prisoners who had swapped sides, although these have not been verified.",
           "Posts detail prisoners who had swapped sides, and these have been verified.",
           (("004", 29, 29),), "drops the negation"),
    Attack(NEGATION, "Zaza doesn’t even give his age, only saying he’s under 20.",
           "Zaza gives his age, only saying he’s under 20.",
           (("000", 19, 19),), "drops the negation"),
    Attack(NEGATION, "[Vinnie] says there won’t be an exchange for sure.",
           "[Vinnie] says there will be an exchange for sure.",
           (("001", 171, 172), ("001", 174, 175)), "drops the negation"),
    Attack(NEGATION, "Ukrainian officials have never confirmed the military’s ties to [the Russian Volunteer "
           "Corps].",  # (the article's "But" leans on the sentence before it: not part of a true point)
           "Ukrainian officials have confirmed the military’s ties to [the Russian Volunteer Corps].",
           (("002", 51, 51),), "drops the negation"),
    Attack(NEGATION, "The Free Ural Battalion no longer recruits prisoners of war, according to its press office.",
           "The Free Ural Battalion recruits prisoners of war, according to its press office.",
           ((NEWS_NAME, 5, 5),), "drops the negation"),
    Attack(NEGATION, "Neither the Ukrainian army nor the government has confirmed the Free Ural Battalion's ties "
           "to Kyiv.",
           "The Ukrainian army has confirmed the Free Ural Battalion's ties to Kyiv.",
           ((NEWS_NAME, 7, 7),), "drops the negation"),
    Attack(NEGATION, "Commander Oleg Sirko regrets the loss of two fighters near the village of Bilohorivka.",
           "Commander Oleg Sirko doesn't regret the loss of two fighters near the village of Bilohorivka.",
           ((NEWS_NAME, 9, 9),), "adds a negation"),
    Attack(OPPOSITE, "In contrast to other volunteer units with Russian nationals, the Siberian Battalion is "
           "officially integrated into the regular Ukrainian army.",
           "In contrast to other volunteer units with Russian nationals, the Siberian Battalion is "
           "officially excluded from the regular Ukrainian army.",
           (("003", 6, 6),), "opposite of \"integrated\""),
    Attack(OPPOSITE, "The anti-Kremlin Free Ural militia crossed the border.",
           "The pro-Kremlin Free Ural militia crossed the border.",
           ((NEWS_NAME, 3, 3),), "opposite of \"anti-kremlin\""),
    Attack(OPPOSITE, "Fighters from eastern Siberia within [the Siberian Battalion] aspire to see a Ukrainian "
           "victory.",
           "Fighters from eastern Siberia within [the Siberian Battalion] aspire to see a Ukrainian defeat.",
           (("003", 6, 6), ("003", 15, 15)), "opposite of \"victory\""),
    Attack(OPPOSITE, "Caesar says he is one of around 200 Russian citizens fighting alongside Ukrainian "
           "forces, against their own country’s armies.",
           "Caesar says he is one of around 200 Russian citizens fighting alongside Ukrainian "
           "forces, for their own country’s armies.",
           (("001", 63, 65),), "opposite of \"against their\""),
    Attack(RELATION, "[The Russian Volunteer Corps] was founded by Denis Nikitin, whose real name is Denis "
           "Kapustin.",
           "The Siberian Battalion was founded by Denis Nikitin.",
           (("002", 49, 49), ("003", 4, 4)), "not in one cited sentence"),
    Attack(RELATION, "Oleksiy Arestovych spoke of several hundred soldiers in June.",
           "Oleksiy Arestovych spoke of over 100 soldiers in June.",
           (("002", 15, 15),), "not in one cited sentence"),
    Attack(RELATION, "[The Legion of Freedom of Russia’s] number of members had risen to 4,000, Radio Free "
           "Europe/Radio Liberty reported.",
           "The Legion of Freedom of Russia’s number of members had risen to 4,000, Radio Free "
           "Europe/Radio Liberty reported.",
           (("002", 15, 15),), "not in one cited sentence"),
    Attack(MOVED, "Radio Free Europe/Radio Liberty reported that [the Legion of Freedom of Russia’s] number of "
           "members had risen to 4,000.",
           "Radio Free Europe/Radio Liberty reported that the Siberian Battalion’s number of members had "
           "risen to 4,000.",
           (("002", 15, 15), ("003", 18, 18)), "not in one cited sentence"),
    Attack(MOVED, "The Siberian Battalion consists of a few dozen fighters.",
           "Formed six months ago, [the Siberian Battalion] currently consists of 4,000 members.",
           (("003", 18, 18), ("002", 15, 15)), "not in one cited sentence"),
    Attack(MOVED, "Radio Free Europe/Radio Liberty reported that [the Legion of Freedom of Russia’s] number of "
           "members had risen to 4,000.",
           "Radio Free Europe/Radio Liberty reported that [the Siberian Battalion’s] number of members had "
           "risen to 4,000.",
           (("002", 15, 15), ("003", 18, 18)), "bracketed"),
    Attack(SCRIPT, "In contrast to other volunteer units with Russian nationals, the Siberian Battalion is "
           "officially integrated into the regular Ukrainian army.",
           "In contrast to other volunteer units with Russian nationals, the Siberian Battalion is n\u043et "
           "officially integrated into the regular Ukrainian army.",
           (("003", 6, 6),), "mixes Cyrillic and Latin letters"),
    Attack(SCRIPT, "In contrast to other volunteer units with Russian nationals, the Siberian Battalion is "
           "officially integrated into the regular Ukrainian army.",
           "In contrast to other volunteer units with Russian nationals, the Siberian Battalion is n\u200bot "
           "officially integrated into the regular Ukrainian army.",
           (("003", 6, 6),), "adds a negation"),
    Attack(SCRIPT, "Several hundred volunteers have applied to join the Free Ural Battalion so far, officials said.",
           "Several hundred volunteers have n\u00adever applied to join the Free Ural Battalion, officials said.",
           ((NEWS_NAME, 13, 13),), "adds a negation"),
    Attack(VAGUE, "[Bagnet] reported that both privates and officers were among the “several hundred” Russians "
           "who had signed up for [the Freedom of Russia] legion.",
           "[Bagnet] reported that both privates and officers were among the ninety Russians who had signed up "
           "for [the Freedom of Russia] legion.",
           (("004", 7, 7), ("004", 23, 23), ("004", 25, 25)), "number 90 (\"ninety\") is not in the cited lines"),
    Attack(VAGUE, "Several hundred volunteers have applied to join the Free Ural Battalion so far, officials said.",
           "Three hundred volunteers have applied to join the Free Ural Battalion so far, officials said.",
           ((NEWS_NAME, 13, 13),), "is not in the cited lines"),
    Attack(VAGUE, "The Siberian Battalion consists of a few dozen fighters.",
           "The Siberian Battalion consists of forty fighters.",
           (("003", 18, 18),), "number 40 (\"forty\") is not in the cited lines"),
    Attack(NAMES, "Russian soldiers said it was not easy to get involved.",
           "Russian soldiers told Ömer it was not easy to get involved.",
           (("000", 31, 31),), "name \"Ömer\""),
    Attack(NAMES, "Russian soldiers said it was not easy to get involved.",
           "Іван said it was not easy to get involved.",
           (("000", 31, 31),), "name \"Іван\""),
    Attack(NUMBER, "Radio Free Europe/Radio Liberty reported that [the Legion of "
           "Freedom of Russia’s] number of members had risen to four thousand.",
           "Radio Free Europe/Radio Liberty reported that [the Legion of "
           "Freedom of Russia’s] number of members had risen to forty thousand.",
           (("002", 15, 15),), "number 40"),
    Attack(NUMBER, "Turnout among Free Ural volunteers reached 15 percent in the first week of the campaign.",
           "Turnout among Free Ural volunteers reached 15 in the first week of the campaign.",
           ((NEWS_NAME, 11, 11),), "percentage in the cited lines, not a count"),
    Attack(MEANING, "[Russian soldiers] must submit an application and undergo an extensive background "
           "check that includes lie tests.",
           "[Russian soldiers] may submit an application and undergo an extensive background check that "
           "includes lie tests.",
           (("000", 31, 31),), "\"may\" is not in the cited lines"),
    Attack(MEANING, "[Russian soldiers] must submit an application and undergo an extensive background "
           "check that includes lie tests.",
           "[Russian soldiers] must submit an application and pass an extensive background check that "
           "includes lie tests.",
           (("000", 31, 31),), "\"pass\" is not in the cited lines"),
    Attack(MEANING, "Joining [the Freedom of Russia] legion is voluntary and requires Russian prisoners of war to "
           "apply in writing, according to Bagnet.",
           "Joining [the Freedom of Russia] legion is secretly voluntary and requires Russian prisoners of war "
           "to apply in writing, according to Bagnet.",
           (("004", 7, 7), ("004", 23, 23)), "\"secretly\" is not in the cited lines"),
    Attack(DATED, "The Siberian Battalion consists of a few dozen fighters.",
           "Formed six months ago, the Siberian Battalion currently consists of a few dozen fighters.",
           (("003", 18, 18),), "needs a date: 'six months ago'"),
    Attack(DATED, "The office of the prosecutor general of Russia file a lawsuit with the country’s supreme court.",
           "Last week, the office of the prosecutor general of Russia file a lawsuit with the country’s supreme "
           "court.", (("000", 17, 17),), "needs a date: 'Last week'"),
    Attack(CAUGHT, "Several hundred volunteers have applied to join the Free Ural Battalion so far, officials said.",
           "Several thousand volunteers have applied to join the Free Ural Battalion so far, officials said.",
           ((NEWS_NAME, 13, 13),), "\"thousand\" is not in the cited lines"),
    Attack(CAUGHT, "Radio Free Europe/Radio Liberty reported that [the Legion of "
           "Freedom of Russia’s] number of members had risen to 4,000.",
           "Radio Free Europe/Radio Liberty reported that [the Legion of "
           "Freedom of Russia’s] number of members had risen to 40,000.",
           (("002", 15, 15),), "number 40000"),
    Attack(CAUGHT, "“The fighting is very brutal now,” Caesar explains.",
           "“The fighting is over now,” Caesar explains.",
           (("001", 49, 49),), "quoted passage"),
    Attack(CAUGHT, "Russian soldiers said it was not easy to get involved.",
           "Newsweek soldiers said it was not easy to get involved.",
           (("000", 31, 31),), "name \"Newsweek\""),
    Attack(CAUGHT, "[Russian soldiers] must submit an application and undergo an extensive background "
           "check that includes lie tests.",
           "[Russian soldiers] must not submit an application and undergo an extensive background check "
           "that includes lie tests.",
           (("000", 31, 31),), "adds a negation"),
]


def write_news(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / NEWS_NAME
    path.write_text(NEWS, encoding="utf-8")
    return path


def path_of(corpus, name: str) -> str:
    """The path of a seed (by its prefix) or of NEWS in a corpus."""
    return next(s.path for s in corpus.sources if Path(s.path).name.startswith(name))
