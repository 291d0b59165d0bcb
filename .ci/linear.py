#!/usr/bin/env python3
"""A test that the core's cost grows in proportion to the text, counted in instructions.

A rule that compares every name with every other, or removes spans from the middle of a list,
costs time that grows with the square of a text's length: on a 10 MB paste the page stalls.
Timings cannot tell this in a test (machines are noisy), but instruction counts can: valgrind's
callgrind counts the instructions the native CLI executes, and they are the same on every run
of the same build. Each input below is repeated to a size and to twice that; the CLI is counted
on both and on a one-word text (start-up and model loading), and

    ratio = (I(2 × size) − I(start-up)) / (I(size) − I(start-up))

is 2.00 for a linear core (1.998–2.006 measured) and grows towards 4 with a quadratic pass: the
build before af9b6d8 (two quadratic entity passes that took the bench's hostile 10 MB from
2.2 to 3.3 s) gives 2.38 on the hostile paragraph. The test fails above MAX_RATIO.

Inputs: the bench's hostile paragraph (tests/linear/hostile.txt) and the project's own
articles (www/samples), each repeated to SIZE; and every sentence of the project's tests (as
.ci/scaling.py collects them) in runs of about GROUP bytes, each run repeated to SENTENCE_SIZE.
A pattern must fill enough of a text for its square to show: a dateline on every line, a
quadratic pass alone at 2.91, gave 2.03 in runs of 1 KB repeated to 200 KB, hence 400 KB.
`.ci/scaling.py` stays the wider, timed diagnostic: one sentence at a time.

  python3 .ci/linear.py [--bin target/cli/newslens] [--size 500000] [--group 1000]
                        [--sentence-size 400000] [--max-ratio 2.05]
"""
import argparse
import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_RATIO = 2.05


def sentence_runs(group):
    """The tests' sentences in runs of about `group` bytes, one sentence a line."""
    spec = importlib.util.spec_from_file_location("scaling", ROOT / ".ci/scaling.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    run = ""
    for s in mod.sentences():
        run += s.strip() + "\n"
        if len(run.encode()) >= group:
            yield run
            run = ""
    if run:
        yield run


def inputs(size, group, sentence_size):
    """(name, unit, size) triples: each unit is counted repeated to `size` bytes and to twice that."""
    yield "hostile paragraph", (ROOT / "tests/linear/hostile.txt").read_text(encoding="utf-8"), size
    arts = sorted((ROOT / "www/samples").glob("*.txt"))
    yield "own articles", "\n\n".join(p.read_text(encoding="utf-8") for p in arts) + "\n\n", size
    for k, run in enumerate(sentence_runs(group), 1):
        yield f"test sentences {k}", run, sentence_size


def repeated(unit, size):
    """`unit` repeated to at least `size` bytes (whole repetitions, so twice is exactly double)."""
    return unit * max(1, -(-size // len(unit.encode())))


def instructions(binary, text):
    fd, path = tempfile.mkstemp(suffix=".txt")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    r = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", binary, "analyze", path],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    os.remove(path)
    if r.returncode != 0:
        sys.exit(f"linear: the CLI failed under valgrind (exit {r.returncode}):\n{r.stderr[-2000:]}")
    m = re.search(r"refs:\s+([\d,]+)", r.stderr)
    if not m:
        sys.exit(f"linear: no instruction count in valgrind's output:\n{r.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def measure(binary, base, name, unit, size):
    one = repeated(unit, size)
    i1 = instructions(binary, one) - base
    i2 = instructions(binary, one + one) - base
    return name, len(one.encode()), i1, i2, i2 / i1


def main():
    target = os.environ.get("CARGO_TARGET_DIR", str(ROOT / "target"))
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=os.path.join(target, "cli/newslens"))
    ap.add_argument("--size", type=int, default=500_000)
    ap.add_argument("--group", type=int, default=1_000)
    ap.add_argument("--sentence-size", type=int, default=400_000)
    ap.add_argument("--max-ratio", type=float, default=MAX_RATIO)
    a = ap.parse_args()
    if not shutil.which("valgrind"):
        sys.exit("linear: valgrind is not installed (.ci/setup installs it)")
    if not Path(a.bin).exists():
        sys.exit(f"linear: no binary at {a.bin}; build it with: cargo build --profile cli --bin newslens")
    base = instructions(a.bin, "x\n")
    print(f"start-up: {base:,} instructions")
    failed = []
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        jobs = [pool.submit(measure, a.bin, base, *inp) for inp in inputs(a.size, a.group, a.sentence_size)]
        for job in jobs:
            name, size, i1, i2, ratio = job.result()
            verdict = "ok" if ratio <= a.max_ratio else "GROWS FASTER THAN THE TEXT"
            print(f"{name:>19}: {size:>9,} bytes {i1:>14,} instr; twice {i2:>14,}; ratio {ratio:.3f}  {verdict}", flush=True)
            if ratio > a.max_ratio:
                failed.append(name)
    if failed:
        sys.exit(f"linear: cost grows faster than the text (ratio over {a.max_ratio}) for: {', '.join(failed)}; "
                 "look for a pass that rescans spans or removes from the middle of a list (python3 .ci/scaling.py narrows it down)")
    print(f"every input linear (ratio ≤ {a.max_ratio})")


if __name__ == "__main__":
    main()
