// The npm package from Node: installed by name into a scratch project, used by the example.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = path.join(root, "target/npm/newslens");

test("the example annotates a folder through the installed package", () => {
  assert.ok(fs.existsSync(path.join(pkg, "package.json")), "run .ci/build-npm first");
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "newslens-npm-"));
  try {
    fs.writeFileSync(path.join(work, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", pkg], { cwd: work });
    const docs = path.join(work, "docs");
    fs.mkdirSync(docs);
    fs.writeFileSync(path.join(docs, "a.txt"), "Officials in Lyon said 14 people were injured on Monday.");
    fs.writeFileSync(path.join(docs, "b.txt"), "😊 About 300 workers left Gdansk.");
    fs.writeFileSync(path.join(docs, "skip.md"), "not a text file");
    fs.copyFileSync(path.join(root, "tests/examples/annotate-folder.mjs"), path.join(work, "annotate-folder.mjs"));
    const out = execFileSync("node", ["annotate-folder.mjs", "docs", "--date", "2024-03-15"], { cwd: work, encoding: "utf8" });
    const lines = out.trim().split("\n").map((l) => JSON.parse(l));
    assert.deepEqual(lines.map((l) => l.file), ["a.txt", "b.txt"]);
    const [a, b] = lines;
    const injured = a.figures.find((f) => f.text === "14");
    assert.equal(injured.event, "injured");
    assert.equal(a.figures.find((f) => f.text === "Monday").iso, "2024-03-11");
    assert.ok(a.entities.some((e) => e.text === "Lyon" && e.label === "LOC"), JSON.stringify(a.entities));
    const text = fs.readFileSync(path.join(docs, "b.txt"), "utf8");
    const f = b.figures[0];
    assert.equal(text.slice(f.start, f.end), "About 300");
    // The declared types name the result shapes, not `any`.
    const dts = fs.readFileSync(path.join(pkg, "newslens.d.ts"), "utf8");
    assert.match(dts, /export function analyze\(text: string, date\?: string \| null, today\?: string \| null\): Analysis;/);
    assert.match(dts, /export function compare\(texts: string\[\], date\?: string \| null, today\?: string \| null\): Comparison;/);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});
