"""`--theme all` with the openai engine against each theme alone, on a model that takes a
fixed time per answer: the themes' requests go out at once, so all four should take about
as long as the slowest one (goal: <= 1.3x), not the sum.

Starts tests/llm_server.py on 127.0.0.1 with --delay, runs the whole CLI in a subprocess with
a fresh cache per run, and prints a markdown table for BENCHMARKS.md.
    .venv/bin/python bench/llm_concurrency.py [--delay 3] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from llm_server import serve  # noqa: E402

THEMES = ("vetting", "motivations", "risks", "units")


def run(theme: str, port: int) -> float:
    with tempfile.TemporaryDirectory() as tmp:
        env = {**os.environ, "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1", "XDG_CACHE_HOME": tmp}
        start = time.perf_counter()
        subprocess.run([str(ROOT / ".venv/bin/briefing"), "make", "--engine", "openai", "--model", "test-good",
                        "--theme", theme, "--out", f"{tmp}/out"], env=env, check=True, capture_output=True)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--delay", type=float, default=3.0, help="seconds the server takes per answer")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    server = serve(0, delay=args.delay)
    port = server.server_port
    medians = {t: statistics.median(run(t, port) for _ in range(args.runs)) for t in (*THEMES, "all")}
    server.shutdown()
    slowest = max(THEMES, key=medians.get)
    print(f"server delay {args.delay:g} s per answer; median of {args.runs} runs, whole process, fresh cache\n")
    print("| command | wall s |\n|---|---|")
    for t in (*THEMES, "all"):
        print(f"| `--theme {t}` | {medians[t]:.2f} |")
    total = sum(medians[t] for t in THEMES)
    print(f"\nall / slowest theme ({slowest}) = {medians['all'] / medians[slowest]:.2f} (goal <= 1.3); "
          f"the four themes one after another: {total:.2f} s")


if __name__ == "__main__":
    main()
