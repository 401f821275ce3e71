"""Aspect precision of the comparison table: does each cell state the aspect of its row's entity?

    .venv/bin/python bench/aspects.py [--labels FILE] [--sources DIR] [--themes FILE] [--theme ID]

Builds the table of an entities theme with the extractive engine (the units theme over seeds/ by
default), lists every cell, every (row, aspect, sentence) the aspect patterns matched (the
cells are chosen among these), every cell that points to another ("see Founding") and every
cell left empty, joins them with hand labels and
prints the share correct of each. A label says whether the text states that aspect of that
entity (1) or not (0), judged by reading it against the aspect's description in the themes
file, not against the patterns; for an empty cell, 1 when the sources really do not say it.
Cells and matches with no label yet are listed, so they can be labelled: a changed pattern
never counts as correct unread. Exits 0 whatever the figures: it measures, it does not gate.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

from briefing import compare, themes
from briefing.engines.extractive import Writer
from briefing.pipeline import Settings, prepare

ROOT = Path(__file__).resolve().parent.parent
LABELS = Path(__file__).parent / "aspects" / "units-seeds.csv"
FIELDS = ["kind", "row", "aspect", "sentence", "text", "correct", "note"]


def current(theme_id: str, sources: Path, themes_file: Path | None) -> list[dict]:
    book = themes.load(themes_file)
    theme = book.get(theme_id)
    ctx = prepare(Settings(sources=sources), book)
    found = compare.find(theme, ctx)
    out = [{"kind": "match", "row": f.row.name, "aspect": f.aspect.title, "sentence": f.sentence.id,
            "text": f.statement.text} for f in sorted(found, key=lambda f: (f.row.name, f.aspect.title, f.key))]
    writer = Writer(ctx)
    figures = compare.figures(theme, ctx, writer) if theme.figures else []
    table = compare.table(theme, ctx, found, Writer(ctx), figures)
    out += [{"kind": "cell", "row": c.label.split("|")[0], "aspect": c.label.split("|")[1], "sentence": "",
             "text": c.text} for c in table.claims]
    # A cell whose statement another cell prints points there: right when that cell states this aspect too.
    out += [{"kind": "pointer", "row": p.label.split("|")[0], "aspect": p.label.split("|")[1], "sentence": "",
             "text": f"see {p.to.split('|')[1]}"} for p in table.pointers]
    filled = {tuple(c.label.split("|")) for c in table.claims} | {tuple(s.about.split("|")) for s in figures} \
        | {tuple(p.label.split("|")) for p in table.pointers}
    out += [{"kind": "empty", "row": e.name, "aspect": a.title, "sentence": "", "text": compare.EMPTY}
            for e in book.rows(theme) for a in theme.subtopics if (e.name, a.title) not in filled]
    return out


def key(item: dict) -> tuple:
    return (item["kind"], item["row"], item["aspect"], item["sentence"] if item["kind"] == "match" else item["text"])


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--sources", type=Path, default=ROOT / "seeds")
    ap.add_argument("--themes", type=Path, default=None)
    ap.add_argument("--theme", default="units")
    ap.add_argument("--write-unlabelled", action="store_true", help="append unlabelled items, correct left blank")
    args = ap.parse_args()
    labels = {}
    if args.labels.exists():
        with args.labels.open(encoding="utf-8") as f:
            labels = {key(r): r for r in csv.DictReader(f)}
    items = current(args.theme, args.sources, args.themes)
    print("| kind | labelled | correct | share correct | not labelled yet |\n|---|---|---|---|---|")
    todo = []
    for kind in ("cell", "match", "pointer", "empty"):
        mine = [i for i in items if i["kind"] == kind]
        judged = [labels[key(i)] for i in mine if key(i) in labels and labels[key(i)]["correct"] in ("0", "1")]
        right = sum(r["correct"] == "1" for r in judged)
        todo += [i for i in mine if key(i) not in labels]
        share = f"{right / len(judged):.0%}" if judged else "-"
        print(f"| {kind} | {len(judged)} of {len(mine)} | {right} | {share} | {len(mine) - len(judged)} |")
    wrong = [labels[key(i)] for i in items if key(i) in labels and labels[key(i)]["correct"] == "0"]
    for r in wrong:
        print(f"\nwrong: {r['kind']} {r['row']} | {r['aspect']}: {r['text']}\n  {r['note']}")
    for i in todo:
        print(f"\nnot labelled: {i['kind']} {i['row']} | {i['aspect']} | {i['sentence']}: {i['text']}")
    if args.write_unlabelled and todo:
        new = not args.labels.exists()
        args.labels.parent.mkdir(parents=True, exist_ok=True)
        with args.labels.open("a", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, FIELDS)
            if new:
                w.writeheader()
            w.writerows({**i, "correct": "", "note": ""} for i in todo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
