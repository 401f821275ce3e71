"""Regenerate src/briefing/data/antonyms.tsv from WordNet 3.0 (Debian's `wordnet-base`).

The verifier needs to know that "excluded" is the opposite of "included" and "defeat" of
"victory". WordNet holds those as antonym pointers; the `wn` library would download its
data at run time, which we cannot do, so the pairs are extracted once, here, and shipped
(WordNet's licence allows that with its notice, which heads the file).
    apt-get install wordnet-base && .venv/bin/python scripts/make_antonyms.py
Direct antonyms of every part of speech, single words only. Satellites of an adjective
("damp" ~ "wet", so "damp" against "dry") were tried and left out: they pair "legal" with
"white" and "dirty", too loose for a verifier.
"""

from __future__ import annotations

import sys
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent.parent / "src/briefing/data/antonyms.tsv"
NOTICE = """# Antonym pairs (lemma<TAB>lemma, lowercase) extracted from WordNet 3.0 by scripts/make_antonyms.py.
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright
# in this software, database and any associated documentation shall at all times remain
# with Princeton University and LICENSEE agrees to preserve same.
"""


def synsets(pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, int, int]]]]:
    """offset -> (words, pointers as (symbol, target offset, source word no, target word no))."""
    out = {}
    for line in (WORDNET / f"data.{pos}").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue  # licence header
        f = line.split(" | ")[0].split()
        n = int(f[3], 16)
        words = [f[4 + 2 * i].split("(")[0].lower() for i in range(n)]
        k = 4 + 2 * n
        pointers = []
        for i in range(int(f[k])):
            sym, target, _, st = f[k + 1 + 4 * i: k + 5 + 4 * i]
            pointers.append((sym, target, int(st[:2], 16), int(st[2:], 16)))
        out[f[0]] = (words, pointers)
    return out


def main() -> None:
    if not (WORDNET / "data.adj").exists():
        sys.exit(f"make_antonyms: no WordNet in {WORDNET} (apt-get install wordnet-base)")
    pairs: set[tuple[str, str]] = set()
    for pos in ("adj", "adv", "noun", "verb"):
        data = synsets(pos)
        for words, pointers in data.values():
            for sym, target, src, dst in pointers:
                if sym == "!" and src and dst:
                    a, b = words[src - 1], data[target][0][dst - 1]
                    pairs.add((a, b))
        for a, b in list(pairs):
            pairs.add((b, a))
    rows = sorted((a, b) for a, b in pairs if a != b and "_" not in a + b and "-" not in a[:1] + b[:1])
    OUT.write_text(NOTICE + "".join(f"{a}\t{b}\n" for a, b in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} pairs")


if __name__ == "__main__":
    main()
