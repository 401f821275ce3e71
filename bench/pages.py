"""How long saved web pages take: extraction per page, and 1,000 pages cold and warm.

Pages are make_corpus.py's articles wrapped in the furniture of a news site (cookie
banner, navigation, ads, share bars, "related" block, scripts), ~13 KB each.
    .venv/bin/python bench/pages.py            # 1,000 pages
    .venv/bin/python bench/pages.py --count 100
"""

from __future__ import annotations

import argparse
import html
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from make_corpus import article, pool

from briefing import pages, sources

ROOT = Path(__file__).resolve().parent.parent
FURNITURE_TOP = """<div class="cookie-banner"><p>We use cookies to improve your experience and to show you
personalised advertising. By continuing to browse you accept our use of cookies.</p><button>Accept</button></div>
<header><a href="/">The Bench Times</a><nav><ul>{nav}</ul></nav></header>
<div class="ad"><img src="/ad.gif" alt="Advertisement"></div>"""
FURNITURE_BOTTOM = """<aside class="related"><h2>Related stories</h2><ul>{related}</ul></aside>
<footer><p>© 2024 The Bench Times. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
<script>{script}</script>"""


def page(rng: random.Random, text: str, n: int) -> str:
    blocks = [b.replace("\n", " ") for b in text.split("\n\n") if b.strip()]
    blocks = [b for b in blocks if b not in ("Connect with us", "Related Articles", "Back to top button")]
    title, paras = blocks[0], blocks[1:]
    body = []
    for i, p in enumerate(paras):
        body.append(f"<p>{html.escape(p)}</p>")
        if i == 3:
            body.append('<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>')
        if i == 6:
            body.append('<div class="ad-inline"><p>Advertisement</p><p>Subscribe for unlimited access.</p></div>')
    day = f"2024-{rng.randint(1, 12):02}-{rng.randint(1, 28):02}"
    nav = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(12))
    related = "".join(f'<li><a href="/r{i}">Other story number {i} of the day</a></li>' for i in range(8))
    script = "var x = [" + ",".join(str(rng.random()) for _ in range(300)) + "];"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{html.escape(title)} | The Bench Times</title>
<link rel="canonical" href="https://bench-times.example/story/{n}">
<meta property="og:site_name" content="The Bench Times">
<meta property="article:published_time" content="{day}T09:00:00+00:00">
<meta name="author" content="Reporter {n % 17}">
<style>body {{ font-family: serif }}</style></head><body>
{FURNITURE_TOP.format(nav=nav)}
<main><article><h1>{html.escape(title)}</h1>{''.join(body)}</article></main>
{FURNITURE_BOTTOM.format(related=related, script=script)}
</body></html>"""


def make_pages(count: int, folder: Path, seed: int = 7, texts_folder: Path | None = None) -> None:
    """`count` pages in `folder`; the same articles as .txt in `texts_folder`, for comparison."""
    rng = random.Random(seed)
    texts, titles = pool()
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        text = article(rng, texts, titles, n)
        (folder / f"{n:05}.html").write_text(page(rng, text, n), encoding="utf-8")
        if texts_folder is not None:
            texts_folder.mkdir(parents=True, exist_ok=True)
            (texts_folder / f"{n:05}.txt").write_text(text, encoding="utf-8")


def run_make(folder: Path, out: Path) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of one `briefing make`, measured in a fresh parent
    process so each run's peak is its own (RUSAGE_CHILDREN keeps the largest child so far)."""
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True, capture_output=True); "
             "r = resource.getrusage(resource.RUSAGE_CHILDREN); print(r.ru_utime + r.ru_stime, r.ru_maxrss)")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", probe, str(ROOT / ".venv/bin/briefing"), "make", "--theme", "risks",
                           "--engine", "extractive", "--sources", str(folder), "--out", str(out)],
                          check=True, capture_output=True, text=True)
    cpu, rss = done.stdout.split()[-2:]
    return time.perf_counter() - start, float(cpu), int(rss) / 1024


def timed(fn) -> tuple[float, float]:
    """(wall s, CPU s) of fn(): on a shared machine CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        make_pages(args.count, work / "pages", texts_folder=work / "texts")
        files = sorted((work / "pages").glob("*.html"))
        kb = sum(f.stat().st_size for f in files) / 1024 / len(files)

        import trafilatura  # noqa: F401 -- imported once, outside the per-page timings

        per_page = []  # CPU s
        for f in files:
            data = f.read_bytes()
            per_page.append(timed(lambda data=data: pages.extract(data, "x"))[1])
        loaded = []
        cold_load = timed(lambda: loaded.append(sources.load(work / "pages", snapshots=work / "snap")))
        warm_load = timed(lambda: sources.load(work / "pages", snapshots=work / "snap"))
        assert len(loaded[0].sources) == len(files), loaded[0].warnings[:3]

        cold_make = run_make(work / "pages", work / "out")  # makes every snapshot
        warm_make = run_make(work / "pages", work / "out")  # reuses them
        text_make = run_make(work / "texts", work / "out-texts")  # the same articles as .txt
        n = len(files)
        print(f"{n} pages, {kb:.0f} KB each on average; load average {os.getloadavg()[0]:.1f} on "
              f"{os.cpu_count()} cores\n")
        print("| measure | wall s | CPU s | peak RSS MB |\n|---|---|---|---|")
        print(f"| extraction per page, median (CPU ms) | | {statistics.median(per_page) * 1000:.1f} ms | |")
        print(f"| extraction per page, 95th percentile (CPU ms) | | {sorted(per_page)[int(n * .95)] * 1000:.1f} ms | |")
        print(f"| extraction of all {n} pages, in-process | | {sum(per_page):.2f} | |")
        print(f"| `sources.load` of {n} pages, snapshots made | {cold_load[0]:.2f} | {cold_load[1]:.2f} | |")
        print(f"| `sources.load` of {n} pages, snapshots reused | {warm_load[0]:.2f} | {warm_load[1]:.2f} | |")
        for label, (wall, cpu, rss) in [("snapshots made", cold_make), ("snapshots reused", warm_make),
                                        ("the same articles as .txt", text_make)]:
            print(f"| `make --theme risks` over {n} pages, {label} | {wall:.2f} | {cpu:.2f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
