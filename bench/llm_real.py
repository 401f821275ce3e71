"""The openai engine against a real model server: wall time, requests, tokens and what became
of the model's sentences, per theme. Fresh cache for each command; prints markdown tables.
    OPENAI_BASE_URL=http://127.0.0.1:8090/v1 .venv/bin/python bench/llm_real.py MODEL [--timeout S]
bench/llama.sh starts gemma-3-270m on llama.cpp and runs this against it.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
THEMES = ("vetting", "motivations", "risks", "units")


def make(model: str, theme: str, timeout: str, out: Path) -> tuple[float, int, str]:
    with tempfile.TemporaryDirectory() as cache:
        env = {**os.environ, "XDG_CACHE_HOME": cache}
        start = time.perf_counter()
        done = subprocess.run([str(ROOT / ".venv/bin/briefing"), "make", "--engine", "openai", "--model", model,
                               "--theme", theme, "--out", str(out), "--timeout", timeout],
                              env=env, capture_output=True, text=True)
        return time.perf_counter() - start, done.returncode, done.stderr


def row(theme: str, data: dict) -> str:
    u, r = data["usage"], data["audit"]["model_repairs"]
    final = len(data["sentences"])
    given = {x["result"] for x in data["audit"]["model_repaired_sentences"] if x["result"]}
    kept = sum(1 for s in data["sentences"] if s["text"] not in given)  # the model's, as it wrote them
    return (f"| {theme} | {u['requests']} | {u['prompt_tokens']} | {u['completion_tokens']} | "
            f"{u.get('salvaged_answers', 0)} | {final} | {kept} | {r['repaired']} | {r['replaced']} | {r['dropped']} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("model")
    parser.add_argument("--timeout", default="30")
    args = parser.parse_args()
    print(f"model {args.model} at {os.environ.get('OPENAI_BASE_URL')}; load average before: "
          f"{os.getloadavg()[0]:.1f}\n")
    print("| command | wall s | exit |\n|---|---|---|")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for command in ("vetting", "all"):
            out = Path(tmp) / command
            wall, rc, err = make(args.model, command, args.timeout, out)
            print(f"| `--theme {command}` | {wall:.1f} | {rc} |")
            if rc:
                print(f"\n{err.strip().splitlines()[-1]}\n")
            results[command] = {t: json.loads((out / f"{t}.json").read_text())
                                for t in THEMES if (out / f"{t}.json").exists()}
    print("\nPer theme (sentences: in the briefing; kept: the model's own, as written)\n")
    print("| command | theme | requests | prompt tokens | completion tokens | salvaged answers | sentences | kept | "
          "repaired | replaced | dropped |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for command, per_theme in results.items():
        for theme, data in per_theme.items():
            print(f"| `--theme {command}` " + row(theme, data))


if __name__ == "__main__":
    main()
