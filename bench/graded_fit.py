"""Theme fit against the editors' grades: which graded sentences a run still prints.

    python3 bench/graded_fit.py OUT_ROOT [-v]

OUT_ROOT holds one folder per corpus run, named as /tmp/tools/runall.sh names them: `seeds`,
`fresh_same`, `fresh_other`, `fresh2_same` ... For every sentence an editor graded
(bench/fresh*/grades1.csv, bench/unseen/grades*.csv and the seed rounds in bench/editorial/*.csv;
a sentence graded in several rounds counts once, as last graded), it looks for the same
sentence in the same theme's briefing and counts, per corpus:
  - off theme: graded d=0 (not on the theme) and still printed in that theme;
  - clean: graded 1 on every check a-g and still printed in that theme.
Table cells and "Where sources disagree" items are left out (they are not filed by theme). A
sentence is the same when most of its words, outside [brackets], are (brackets and attributions
change between versions). Exits 0: it measures, it does not gate. Stdlib only.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from pathlib import Path

BENCH = Path(__file__).parent
ROUNDS = ["before", "round3", "round4", "round5", "round6", "round7", "round8", "final", "after"]


def words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", re.sub(r"\[[^\]]*\]", " ", text).lower()))


def same(graded: str, printed: str) -> bool:
    a, b = words(graded), words(printed)
    shared = len(a & b)
    return bool(a and b) and shared / len(a) >= 0.8 and shared / len(b) >= 0.5


def graded() -> list[tuple[str, str, dict]]:
    """(corpus, run folder, row) for every graded sentence; one graded in several rounds counts
    once, as last graded."""
    rows = []
    for f in sorted(BENCH.glob("fresh*/grades1.csv")):
        corpus = f.parent.name
        for r in csv.DictReader(f.open(encoding="utf-8")):
            rows.append((corpus, f"{corpus}_{'same' if r['corpus'] == 'same_topic' else 'other'}", r))
    unseen: dict[tuple[str, str, str], dict] = {}
    for f in sorted(BENCH.glob("unseen/grades*.csv")):  # grades.csv, grades2.csv, grades3.csv
        for r in csv.DictReader(f.open(encoding="utf-8")):
            unseen[(r["corpus"], r["theme"], r["text"])] = r
    rows += [("unseen", f"unseen_{'same' if r['corpus'] == 'same_topic' else 'other'}", r) for r in unseen.values()]
    seeds: dict[tuple[str, str], dict] = {}
    for name in ROUNDS:
        if (f := BENCH / "editorial" / f"{name}.csv").exists():
            for r in csv.DictReader(f.open(encoding="utf-8")):
                seeds[(r["theme"], r["text"])] = r
    return rows + [("seeds", "seeds", r) for r in seeds.values()]


def main(out: Path, verbose: bool) -> None:
    totals: dict[str, list[int]] = {}
    notes: dict[str, list[str]] = {}
    for corpus, run, r in graded():
        if r["section"].startswith("Comparison") or r["section"].startswith("Where sources disagree"):
            continue
        path = out / run / f"{r['theme']}.json"
        if not path.exists():
            continue
        printed = [s["text"] for s in json.loads(path.read_text(encoding="utf-8"))["sentences"]]
        found = any(same(r["text"], t) for t in printed)
        t = totals.setdefault(corpus, [0, 0, 0, 0])  # off theme printed, graded; clean printed, graded
        if r["d"] == "0":
            t[0] += found
            t[1] += 1
            if found:
                notes.setdefault(corpus, []).append(f"  off theme, printed  {run} {r['theme']}: {r['text'][:100]}")
        elif all(r[k] == "1" for k in "abcdefg"):
            t[2] += found
            t[3] += 1
            if not found:
                notes.setdefault(corpus, []).append(f"  clean, not printed  {run} {r['theme']}: {r['text'][:100]}")
    print(f"{'corpus':8} {'off theme printed':>18} {'clean printed':>14}")
    for corpus, (a, b, c, d) in totals.items():
        print(f"{corpus:8} {a:>9}/{b:<8} {c:>6}/{d:<7}")
        if verbose:
            print("\n".join(notes.get(corpus, [])))
    a, b, c, d = (sum(t[i] for t in totals.values()) for i in range(4))
    print(f"{'all':8} {a:>9}/{b:<8} {c:>6}/{d:<7}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(Path(sys.argv[1]), "-v" in sys.argv[2:])
