"""Tables for an editorial grading: share passing each check, clean share, body words, recall.

    python3 bench/editorial/summarize.py bench/editorial/before.csv /tmp/before

The CSV holds one editor's judgments (columns theme,n,section,text,citations,a..g,note); the
directory holds the graded <theme>.json briefings, for body word counts and nugget recall
(bench/nuggets.py). Prints Markdown. Stdlib only.
"""

from __future__ import annotations

import csv
import json
import sys
import tomllib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import nuggets  # noqa: E402  (bench/nuggets.py)

CHECKS = "abcdefg"


def body_words(sentences: list[dict]) -> int:
    return sum(len(s["text"].split()) for s in sentences if nuggets.is_body(s))


def recall(theme: str, sentences: list[dict], gold: dict) -> tuple[int, int]:
    ns = gold.get(theme, [])
    return sum(nuggets.held_by(n, sentences) is not None for n in ns), len(ns)


def clean_sentences(theme: str, sentences: list[dict], rows: list[dict]) -> list[dict]:
    """The briefing's sentences that the editor passed on all seven checks."""
    ok = {int(r["n"]) for r in rows if r["theme"] == theme and all(int(r[k]) for k in CHECKS)}
    return [s for i, s in enumerate(sentences, 1) if i in ok]


def main(csv_path: str, out_dir: str) -> None:
    rows = list(csv.DictReader(open(csv_path, encoding="utf-8")))
    gold = tomllib.loads(nuggets.DEFAULT_NUGGETS.read_text(encoding="utf-8"))
    themes = list(dict.fromkeys(r["theme"] for r in rows))

    head = ("| theme | sentences | " + " | ".join(CHECKS)
            + " | clean | body words | nugget recall | recall, clean sentences only |")
    print(head)
    print("|" + "---|" * (head.count("|") - 1))
    all_rows: list[dict] = []
    words_total = held_total = gold_total = clean_held_total = 0
    for theme in themes + ["overall"]:
        if theme == "overall":
            sel, words, held, total = all_rows, words_total, held_total, gold_total
            clean_held = clean_held_total
        else:
            sel = [r for r in rows if r["theme"] == theme]
            all_rows += sel
            sentences = json.loads((Path(out_dir) / f"{theme}.json").read_text("utf-8"))["sentences"]
            words = body_words(sentences)
            held, total = recall(theme, sentences, gold)
            clean_held, _ = recall(theme, clean_sentences(theme, sentences, rows), gold)
            clean_held_total += clean_held
            words_total += words
            held_total += held
            gold_total += total
        n = len(sel)
        shares = [sum(int(r[k]) for r in sel) / n for k in CHECKS]
        clean = sum(all(int(r[k]) for k in CHECKS) for r in sel) / n
        cells = " | ".join(f"{s:.0%}" for s in shares)
        print(f"| {theme} | {n} | {cells} | {clean:.0%} | {words} | {held}/{total} = {held / total:.0%}"
              f" | {clean_held}/{total} = {clean_held / total:.0%} |")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1], sys.argv[2])
