"""Generate a corpus of N varied articles from the seeds' sentences, for scale benchmarks.

Not byte copies: each article gets its own headline, a random mix of whole sentences from
all seeds in a new order, paragraphs of random length, some hard-wrapped at 55-75 columns
like 001, and some site furniture (navigation, related links, a caption). Deterministic
for a given N and --seed.
    .venv/bin/python bench/make_corpus.py 1000 /tmp/corpus-1000
"""

from __future__ import annotations

import argparse
import random
import textwrap
from pathlib import Path

from briefing import sentences, sources

ROOT = Path(__file__).resolve().parent.parent


def pool() -> tuple[list[str], list[str]]:
    corpus = sources.load(ROOT / "seeds")
    texts = [s.text for src in corpus.sources for s in sentences.split(src) if s.whole]
    titles = [src.title for src in corpus.sources]
    return texts, titles


def article(rng: random.Random, texts: list[str], titles: list[str], n: int) -> str:
    words = rng.choice(titles).split()
    rng.shuffle(words)
    out = []
    if rng.random() < 0.5:
        out += ["Connect with us", ""]
    out += [" ".join(words[:12]).capitalize() + f" ({n})", ""]
    body = rng.sample(texts, k=rng.randint(25, 60))
    wrap = rng.random() < 0.3
    width = rng.randint(55, 75)
    i = 0
    while i < len(body):
        k = rng.randint(1, 4)
        para = " ".join(body[i:i + k])
        i += k
        out += (textwrap.wrap(para, width) if wrap else [para]) + [""]
        if rng.random() < 0.05:
            out += ["Soldiers at a training ground. | Photo: Staff/Agency", ""]
    out += ["Related Articles", "", "Back to top button"]
    return "\n".join(out) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts, titles = pool()
    args.folder.mkdir(parents=True, exist_ok=True)
    for n in range(args.count):
        (args.folder / f"{n:05}.txt").write_text(article(rng, texts, titles, n), encoding="utf-8")


if __name__ == "__main__":
    main()
