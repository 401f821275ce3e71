"""Nugget recall: how many of an editor's gold facts a set of briefings holds.

    python3 bench/nuggets.py OUT_DIR [--nuggets FILE] [--body-only]

Reads OUT_DIR/<theme>.json for every theme in the nuggets file (bench/editorial/nuggets.toml by
default), prints recall per theme and overall and names each missed nugget. Exits 0 whatever
the recall: it measures, it does not gate. Stdlib only.

A nugget is held when one briefing sentence both
  - cites at least one of the nugget's lines in the same source (file-name prefix, e.g. "000";
    `also` lists further source/lines that state the same fact), and
  - contains every word of at least one of the nugget's `keys` alternatives.
A key word matches the start of a word in the sentence ("infiltrat" ~ "infiltrated"); a number
matches only the whole number ("200" is not "2000"; "4,000" reads as "4000"). The line rule keeps
a lucky keyword elsewhere from counting; the key rule keeps a citation of the right line that
says something else from counting.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

DEFAULT_NUGGETS = Path(__file__).parent / "editorial" / "nuggets.toml"

# Sections that are evidence rather than the briefing body (used only with --body-only).
NON_BODY = ("appendix", "where sources disagree")


def words(text: str) -> list[str]:
    text = text.lower().replace("\u2019", "'")
    text = re.sub(r"(?<=\d),(?=\d{3}\b)", "", text)  # 4,000 -> 4000
    return re.findall(r"[a-z0-9]+", text)


def has_key(tokens: list[str], key: list[str]) -> bool:
    def hit(k: str) -> bool:
        if k.isdigit():
            return k in tokens
        return any(t.startswith(k) for t in tokens)

    return all(hit(k) for k in key)


def places(nugget: dict) -> list[tuple[str, set[int]]]:
    out = [(nugget["source"], set(nugget["lines"]))]
    out += [(a["source"], set(a["lines"])) for a in nugget.get("also", [])]
    return out


def cites(sentence: dict, source: str, lines: set[int]) -> bool:
    for c in sentence.get("citations", []):
        if not Path(c["path"]).name.startswith(source):
            continue
        if any(c["line_start"] <= n <= c["line_end"] for n in lines):
            return True
    return False


def held_by(nugget: dict, sentences: list[dict]) -> dict | None:
    keys = nugget.get("keys") or nugget.get("any") or []
    for s in sentences:
        if not any(cites(s, src, ls) for src, ls in places(nugget)):
            continue
        tokens = words(s["text"])
        if any(has_key(tokens, k) for k in keys):
            return s
    return None


def is_body(sentence: dict) -> bool:
    section = (sentence.get("section") or "").lower()
    return not any(section.startswith(p) for p in NON_BODY)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    body_only = "--body-only" in argv
    nuggets_path = DEFAULT_NUGGETS
    if "--nuggets" in argv:
        i = argv.index("--nuggets")
        nuggets_path = Path(argv[i + 1])
        args.remove(argv[i + 1])
    if len(args) != 1:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out_dir = Path(args[0])
    gold = tomllib.loads(nuggets_path.read_text(encoding="utf-8"))

    total_held = total = 0
    for theme, nuggets in gold.items():
        path = out_dir / f"{theme}.json"
        if not path.is_file():
            print(f"{theme}: no {path}, all {len(nuggets)} nuggets missed")
            total += len(nuggets)
            continue
        sentences = json.loads(path.read_text(encoding="utf-8"))["sentences"]
        if body_only:
            sentences = [s for s in sentences if is_body(s)]
        missed = [n for n in nuggets if held_by(n, sentences) is None]
        held = len(nuggets) - len(missed)
        total_held += held
        total += len(nuggets)
        print(f"{theme}: {held}/{len(nuggets)} = {held / len(nuggets):.0%}")
        for n in missed:
            print(f"  missed {n['id']}: {n['fact']}")
    if total:
        print(f"overall: {total_held}/{total} = {total_held / total:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
