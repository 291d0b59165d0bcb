#!/usr/bin/env python3
"""Finds inputs whose cost grows faster than their length (a diagnostic, not a test).

Every sentence the project's own tests use (string literals of 25-200 characters in the test
files and the entity rules), plus a few hand-picked runs, is repeated to ~200 KB and to twice
that, and the native CLI (one thread) is timed on both. A linear pass takes about twice as long
on the double; a ratio near 4 means some rule rescans what came before. Prints the worst ones.

  python3 .ci/scaling.py [--bin target/cli/newslens] [--size 200000] [--top 15]

Timings are noisy on a busy machine: rerun a suspect at larger sizes before believing it.
"""
import argparse
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ["src/figures/tests.rs", "tests/api.rs", "tests/spans.rs", "src/entities/mod.rs", "src/entities/groups.rs"]
RUNS = [
    "Wednesday, October 9, 2013 ", "1 2 3 4 5 6 7 8 9 ", "by Friday the talks were held, ", "0800 123 456 ",
    "$5 or $6 or ", "between 5 and 6 and ", "more than 5 and less than 9 and ", "Mr Smith said Smith said ",
    "John Smith Jr. ", "\"Yes,\" Torvik Aalund said, ", "2 408 113 ", "U.S. $ 1.5 billion ", "Mount Mount ",
    "A. B. C. D. ", "5 or 6 people came. ", "two of the ships ", "1 hour 24 minutes ",
]


def sentences():
    seen = set()
    for rel in SOURCES:
        p = ROOT / rel
        if not p.exists():
            continue
        for m in re.findall(r'"((?:[^"\\\n]|\\.){25,200})"', p.read_text(encoding="utf-8")):
            s = m.replace('\\"', '"').replace("\\n", "\n")
            if " " in s and not s.lstrip().startswith("{") and s not in seen:
                seen.add(s)
                yield s.strip() + " "
    yield from RUNS


def timed(binary, text):
    line = json.dumps({"id": "x", "text": text}) + "\n"
    t = time.perf_counter()
    subprocess.run([binary, "analyze", "--jsonl", "--threads", "1"], input=line.encode(), capture_output=True, check=True)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target/cli/newslens"))
    ap.add_argument("--size", type=int, default=200_000)
    ap.add_argument("--top", type=int, default=15)
    a = ap.parse_args()
    if not Path(a.bin).exists():
        sys.exit(f"scaling: no binary at {a.bin}; build it with: cargo build --profile cli --bin newslens")
    rows = []
    for unit in sentences():
        n = max(1, a.size // len(unit.encode()))
        t1 = timed(a.bin, unit * n)
        if t1 < 0.05:  # too fast to tell from process start-up
            continue
        t2 = timed(a.bin, unit * (2 * n))
        rows.append((t2 / t1, t1, t2, unit))
    rows.sort(reverse=True)
    print(f"{'ratio':>6} {'t(1x)':>7} {'t(2x)':>7}  unit repeated (~{a.size // 1000} KB, then twice)")
    for r, t1, t2, unit in rows[: a.top]:
        print(f"{r:6.2f} {t1:7.2f} {t2:7.2f}  {unit[:70]!r}")
    worst = rows[0][0] if rows else 0.0
    print(f"{len(rows)} inputs timed; worst ratio {worst:.2f} ({'look closer' if worst > 3 else 'linear'})")


if __name__ == "__main__":
    main()
