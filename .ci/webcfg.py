#!/usr/bin/env python3
"""Print one value of wasm-pack.toml for the shell scripts: webcfg.py build.out-dir"""
import pathlib, sys, tomllib

root = pathlib.Path(__file__).resolve().parent.parent
cfg = tomllib.loads((root / "wasm-pack.toml").read_text())
node = cfg
for part in sys.argv[1].split("."):
    node = node[part]
print(" ".join(node) if isinstance(node, list) else node)
