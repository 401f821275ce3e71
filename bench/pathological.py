"""Hostile articles, each next to a normal article of the same size, to show no input stalls a run.

Each case is a folder holding one article: a pathological one (a 64 KB run of digits, of «»
quote marks, of “ marks; a 5 MB single line; 100,000 short lines) and, beside it, a normal
one of the same size built from the seeds' sentences. `briefing make` runs on each folder
and the table gives the time of the hostile article against its normal twin.
    .venv/bin/python bench/pathological.py            # prints a markdown table
    .venv/bin/python bench/pathological.py --keep DIR # also leaves the articles in DIR
It runs `python -m briefing` with this interpreter, so PYTHONPATH=OTHER/src times another checkout.
A run longer than --limit seconds (default 600) is stopped and shown as "> 600".
"""

from __future__ import annotations

import argparse
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from make_corpus import pool  # noqa: E402

RUN = 64 * 1024
FIVE_MB = 5 * 1024 * 1024 - 4096  # just under sources.MAX_BYTES, so the article is read


def prose(rng: random.Random, texts: list[str], size: int, per_line: int = 4) -> str:
    """Paragraphs of whole seed sentences, `per_line` sentences a line, about `size` bytes."""
    out: list[str] = []
    total = 0
    while total < size:
        line = " ".join(rng.choice(texts) for _ in range(per_line))
        out.append(line)
        total += len(line.encode()) + 2
    return "\n\n".join(out) + "\n"


def headline(n: str) -> str:
    return f"Russians who fight for Ukraine: {n}\n\n"


def cases(rng: random.Random) -> dict[str, tuple[str, str]]:
    """name -> (hostile article, normal article of the same size)."""
    texts, _ = pool()
    body = prose(rng, texts, 8 * 1024)
    out: dict[str, tuple[str, str]] = {}

    def around(run: str) -> str:
        # The run inside a sentence of a paragraph, as a scrape that lost its markup would hold it.
        return (headline("a run") + body + "\nThe legion said it had " + run + " members in all.\n\n" + body)

    for name, run in (("digit run", "7" * RUN), ("«» run", "«»" * (RUN // 4)), ("« run", "«" * (RUN // 2)),
                      ("“ run", "“" * (RUN // 3)), ("comma-digit run", "1," * (RUN // 2))):
        hostile = around(run)
        out[name] = (hostile, headline("normal") + prose(rng, texts, len(hostile.encode())))
    one_line = headline("one line") + prose(rng, texts, FIVE_MB - 200).replace("\n\n", " ")
    out["5 MB single line"] = (one_line, headline("normal") + prose(rng, texts, FIVE_MB - 200))
    short = headline("short lines") + "\n".join(rng.choice(("He said.", "Yes.", "It is so.", "Kyiv.", "1.", "“No.”"))
                                                for _ in range(100_000)) + "\n"
    out["100,000 short lines"] = (short, headline("normal") + prose(rng, texts, len(short.encode())))
    return out


def run_once(folder: Path, out: Path, limit: float) -> float:
    """Seconds of `briefing make --theme all` on the folder; inf when the run passes `limit`."""
    t = time.perf_counter()
    try:
        subprocess.run([sys.executable, "-m", "briefing", "make", "--theme", "all", "--engine", "extractive",
                        "--sources", str(folder), "--out", str(out)], check=True, capture_output=True, timeout=limit)
    except subprocess.TimeoutExpired:
        return float("inf")
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--keep", type=Path, help="write the articles here and keep them")
    parser.add_argument("--only", help="run only the case whose name contains this")
    parser.add_argument("--limit", type=float, default=600, help="seconds after which a run is stopped")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp())
    print("| article | size KB | normal s | hostile s | ratio |\n|---|---|---|---|---|")
    for name, (hostile, normal) in cases(random.Random(7)).items():
        if args.only and args.only not in name:
            continue
        slug = "".join(c if c.isalnum() else "-" for c in name.encode("ascii", "ignore").decode()).strip("-")
        for kind, text in (("normal", normal), ("hostile", hostile)):
            (work / slug / kind).mkdir(parents=True, exist_ok=True)
            (work / slug / kind / "article.txt").write_text(text, encoding="utf-8")
        # Normal and hostile runs take turns, so a busy machine slows both alike.
        times: dict[str, list[float]] = {"normal": [], "hostile": []}
        for _ in range(args.runs):
            for kind in times:
                times[kind].append(run_once(work / slug / kind, work / slug / f"{kind}-out", args.limit))
        figures = [statistics.median(times["normal"]), statistics.median(times["hostile"])]
        size = len(hostile.encode()) / 1024
        shown = [f"{x:.2f}" if x != float("inf") else f"> {args.limit:.0f}" for x in figures]
        ratio = figures[1] / figures[0] if figures[1] != float("inf") else float("inf")
        print(f"| {name} | {size:,.0f} | {shown[0]} | {shown[1]} | {ratio:.2f} |", flush=True)


if __name__ == "__main__":
    main()
