"""Which rows of the attack table (tests/attack_table.py) get past the verifier.

Prints a markdown table: for each row, whether its true sentence passes (it should) and
whether its changed sentence passes (it should not). Run it on another checkout to compare:
    .venv/bin/python bench/attacks.py                          # this checkout
    PYTHONPATH=/tmp/old/src .venv/bin/python bench/attacks.py  # the verifier of another one
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from attack_table import ATTACKS, path_of, write_news  # noqa: E402

from briefing import sources  # noqa: E402
from briefing.draft import Citation, Claim  # noqa: E402
from briefing.verify import check  # noqa: E402


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    try:
        for f in (ROOT / "seeds").iterdir():
            shutil.copy(f, folder)
        write_news(folder)
        corpus = sources.load(folder)

        def verdict(text: str, cites) -> str | None:
            return check(Claim(text, tuple(Citation(path_of(corpus, n), a, b) for n, a, b in cites)), corpus)

        print("| row | changed sentence | true passes | changed passes | reason |\n|---|---|---|---|---|")
        caught = 0
        for a in ATTACKS:
            true, changed = verdict(a.true, a.cites), verdict(a.changed, a.cites)
            caught += changed is not None
            shown = a.changed.encode("unicode_escape").decode() if not a.changed.isprintable() else a.changed
            print(f"| {a.row} | {shown[:90]}{'…' if len(shown) > 90 else ''} | {'yes' if true is None else 'NO'} | "
                  f"{'**yes**' if changed is None else 'no'} | {changed or ''} |")
        print(f"\n{caught} of {len(ATTACKS)} changed sentences caught")
    finally:
        shutil.rmtree(folder)


if __name__ == "__main__":
    main()
