#!/usr/bin/env python3
"""Figures against the Microsoft Recognizers-Text English specs (../shared/data/recognizers_text).

    .ci/eval-figures.py [--bin target/cli/newslens] [--show N] [--floor FILE=RATE ...]

A case passes when every expected result is found with the same span (case-insensitive) and a
matching normalized value, and no other figure of the model's kinds is reported. How their
resolutions map to our fields:
  Number      value                      → count value; fractions ("one in five", "two thirds") as values too
  NumberRange interval "[a,b)", "(,b]"    → count or ratio low = a, high = b (open/closed ends not distinguished)
  Ordinal     value                      → ordinal value (relative ordinals: "next", "last" are not figures for us)
  Percent     "12%"                      → percent value 12
  Age         value + unit               → age value
  Currency    value (+ isoCurrency)      → money value (+ unit)
  Dimension   value                      → quantity value
  Temperature value                      → quantity value (°C/°F)
  DateTime    span only                  → date, time or duration span (their durations are DateTime too)
Prints per-file pass rates; with --floor, exits 1 when a file's rate is below its floor.
"""
import argparse, json, math, os, pathlib, re, subprocess, sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
SPECS = ROOT.parent / "shared/data/recognizers_text/Specs"

FILES = [
    ("Number", "Number/English/NumberModel.json", {"count", "ratio"}),
    ("NumberRange", "Number/English/NumberRangeModel.json", {"count", "ratio"}),
    ("Ordinal", "Number/English/OrdinalModel.json", {"ordinal"}),
    ("Percent", "Number/English/PercentModel.json", {"percent"}),
    ("Age", "NumberWithUnit/English/AgeModel.json", {"age"}),
    ("Currency", "NumberWithUnit/English/CurrencyModel.json", {"money"}),
    ("Dimension", "NumberWithUnit/English/DimensionModel.json", {"quantity"}),
    ("Temperature", "NumberWithUnit/English/TemperatureModel.json", {"quantity"}),
    ("DateTime", "DateTime/English/DateTimeModel.json", {"date", "time", "duration"}),
]


def num(s):
    try:
        return float(str(s).replace(",", "").rstrip("%"))
    except (TypeError, ValueError):
        return None


def close(a, b):
    return a is not None and b is not None and math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def interval(s):
    m = re.match(r"^\s*([\[(])\s*([^,]*)\s*,\s*([^\])]*)\s*([\])])\s*$", s or "")
    if not m:
        return None, None
    return num(m.group(2)) if m.group(2) else None, num(m.group(3)) if m.group(3) else None


# Our spans include the qualifier ("more than 1,000"); theirs do not. A span that differs only
# by one of these leading phrases counts as the same span.
QUALIFIER_PREFIX = re.compile(r"^(more than|less than|fewer than|over|under|about|around|roughly|approximately|almost|nearly|"
                              r"at least|at most|up to|as many as|as much as|some|an estimated|estimated|just over|just under|"
                              r"no more than|no fewer than|no less than|close to|well over|upwards of|in excess of)\s+", re.I)


def same_span(text, s, e, fs, fe):
    if fs is None or fe is None or fe != e or fs > s:
        return False
    m = QUALIFIER_PREFIX.match(text[fs:s])
    return fs == s or (m is not None and m.end() == s - fs)


def utf16_to_cp(text):
    m, u = {}, 0
    for i, ch in enumerate(text):
        m[u] = i
        u += 2 if ord(ch) > 0xFFFF else 1
    m[u] = len(text)
    return m


def matches(model, exp, fig):
    r = exp.get("Resolution") or {}
    v = fig.get("value")
    if model == "Number":
        return close(num(r.get("value")), v if v is not None else fig.get("low"))
    if model == "NumberRange":
        lo, hi = interval(r.get("value"))
        return (lo is None or close(lo, fig.get("low"))) and (hi is None or close(hi, fig.get("high")))
    if model in ("Ordinal", "Percent", "Age", "Dimension", "Temperature"):
        return close(num(r.get("value")), v)
    if model == "Currency":
        ok = close(num(r.get("value")), v)
        iso = r.get("isoCurrency")
        return ok and (not iso or iso == fig.get("unit"))
    return True  # DateTime: span only


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / "target/cli/newslens"))
    ap.add_argument("--show", type=int, default=0, help="print N failing cases per file")
    ap.add_argument("--floor", action="append", default=[], help="FILE=RATE, e.g. Number=0.8")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    if not SPECS.is_dir():
        print(f"eval-figures: {SPECS} is absent; nothing to evaluate")
        return 0
    cases = []
    for model, path, kinds in FILES:
        for i, c in enumerate(json.load(open(SPECS / path, encoding="utf-8-sig"))):
            cases.append((model, kinds, f"{model}#{i}", c))
    lines = "".join(json.dumps({"id": cid, "text": c["Input"], "date": "2016-11-07"}) + "\n" for _, _, cid, c in cases)
    out = subprocess.run([a.bin, "analyze", "--jsonl"], input=lines, capture_output=True, text=True, check=True).stdout
    preds = {}
    for l in out.splitlines():
        d = json.loads(l)
        preds[d["id"]] = d
    stats, fails = {}, {}
    for model, kinds, cid, c in cases:
        text = c["Input"]
        m = utf16_to_cp(text)
        figs = [f for f in preds[cid].get("figures", []) if f["kind"] in kinds]
        ok = True
        used = set()
        for exp in c.get("Results", []):
            s, e = exp["Start"], exp["End"] + 1
            hit = None
            for k, f in enumerate(figs):
                fs, fe = m.get(f["start"]), m.get(f["end"])
                if same_span(text, s, e, fs, fe) and matches(model, exp, f):
                    hit = k
                    break
            if hit is None:
                ok = False
            else:
                used.add(hit)
        if len(used) != len(figs):
            ok = False
        hard = "NotSupported" in c or "NotSupportedByDesign" in c
        # Relative ordinals ("next", "last", "previous one") are positions in a list, not figures in
        # news; they are left out of the score by design and counted apart.
        if any(r.get("TypeName") == "ordinal.relative" for r in c.get("Results", [])):
            stats.setdefault("_excluded_relative_ordinals", 0)
            stats["_excluded_relative_ordinals"] += 1
            continue
        st = stats.setdefault(model, {"cases": 0, "pass": 0, "plain": 0, "plain_pass": 0})
        st["cases"] += 1
        st["pass"] += ok
        if not hard:
            st["plain"] += 1
            st["plain_pass"] += ok
        if not ok:
            fails.setdefault(model, []).append((text, [(r["Text"], (r.get("Resolution") or {}).get("value")) for r in c.get("Results", [])],
                                                [(f["text"], f["kind"], f.get("value"), f.get("low"), f.get("high")) for f in figs]))
    if a.json:
        print(json.dumps(stats, indent=1))
    else:
        print(f"{'file':12} {'cases':>6} {'pass':>6} {'rate':>7}   {'(without NotSupported cases)':>28}")
        for model, _, _ in FILES:
            st = stats[model]
            pr = st["plain_pass"] / st["plain"] if st["plain"] else 0
            print(f"{model:12} {st['cases']:6} {st['pass']:6} {st['pass'] / st['cases']:7.1%}   {st['plain_pass']:>9}/{st['plain']:<5} {pr:7.1%}")
        print(f"(left out by design: {stats.get('_excluded_relative_ordinals', 0)} relative-ordinal cases)")
        for model, _, _ in FILES:
            for t, exp, got in fails.get(model, [])[: a.show]:
                print(f"  FAIL {model}: {t!r}\n        expected {exp}\n        got      {got}")
    bad = []
    for fl in a.floor:
        name, rate = fl.split("=")
        st = stats[name]
        if st["pass"] / st["cases"] < float(rate):
            bad.append(f"{name}: {st['pass'] / st['cases']:.1%} < floor {float(rate):.1%}")
    if bad:
        print("below the floor: " + "; ".join(bad), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
