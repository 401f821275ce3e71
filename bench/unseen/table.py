"""Tables for bench/unseen/grades.csv: per corpus and theme, the share passing each check a-g
and the share clean on all seven. Stdlib only.

    python3 bench/unseen/table.py bench/unseen/grades.csv
"""

from __future__ import annotations

import csv
import sys

CHECKS = "abcdefg"


def line(label: str, rows: list[dict]) -> str:
    n = len(rows)
    shares = " | ".join(f"{sum(int(r[k]) for r in rows) / n:.0%}" for k in CHECKS)
    clean = sum(all(int(r[k]) for k in CHECKS) for r in rows)
    return f"| {label} | {n} | {shares} | {clean}/{n} = {clean / n:.0%} |"


def main(path: str) -> None:
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    for corpus in dict.fromkeys(r["corpus"] for r in rows):
        mine = [r for r in rows if r["corpus"] == corpus]
        print(f"\n{corpus}\n")
        print("| theme | sentences | " + " | ".join(CHECKS) + " | clean |")
        print("|---|---|" + "---|" * len(CHECKS) + "---|")
        for theme in dict.fromkeys(r["theme"] for r in mine):
            print(line(theme, [r for r in mine if r["theme"] == theme]))
        print(line("all", mine))
    print("\n| all corpora | sentences | " + " | ".join(CHECKS) + " | clean |")
    print("|---|---|" + "---|" * len(CHECKS) + "---|")
    print(line("all", rows))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1].strip(), file=sys.stderr)
        sys.exit(2)
    main(sys.argv[1])
