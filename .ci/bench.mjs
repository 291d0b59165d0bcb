// Speed and size of the analyzer: native CLI, the wasm build in Node, and the JavaScript peers
// compromise and wink-nlp (npm dev dependencies), on the same ~1 MB of news
// (the sample articles in ../shared/samples when present, and the project's own www/samples),
// cut into ~4 KB documents. Prints MB/s, ms per article and download sizes. Not a test.
// Also: peak memory and time for one 10 MB article (native and wasm), and in headless Chromium the
// time from navigation to the first highlighted article and the time a 10 MB paste takes.
//   node .ci/bench.mjs            (after .ci/build-web and `cargo build --profile cli`)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import os from "node:os";
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const sources = [];
for (const dir of [path.join(root, "../shared/samples"), path.join(root, "www/samples")]) {
  if (fs.existsSync(dir)) for (const f of fs.readdirSync(dir).sort()) if (f.endsWith(".txt")) sources.push(fs.readFileSync(path.join(dir, f), "utf8"));
}
const corpus = sources.join("\n\n");
const docs = [];
let total = 0;
while (total < 1_000_000) {
  for (let i = 0; i < corpus.length && total < 1_000_000; i += 4000) {
    const d = corpus.slice(i, i + 4000);
    docs.push(d);
    total += Buffer.byteLength(d);
  }
}
const mb = total / 1e6;
console.log(`corpus: ${docs.length} documents, ${mb.toFixed(2)} MB (from ${sources.length} articles)`);

// Native, single thread: one process, all documents as JSONL.
const jsonl = docs.map((t, i) => JSON.stringify({ id: i, text: t })).join("\n") + "\n";
// `--write-corpus FILE`: write these documents as JSONL and stop, for an instruction count that
// does not depend on the machine's hour:
//   valgrind --tool=callgrind --callgrind-out-file=/dev/null target/cli/newslens analyze --jsonl --threads 1 < FILE
const w = process.argv.indexOf("--write-corpus");
if (w >= 0) {
  fs.writeFileSync(process.argv[w + 1], jsonl);
  process.exit(0);
}
const cli = path.join(root, "target/cli/newslens");
const timeCli = (args) => {
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t0 = process.hrtime.bigint();
    execFileSync(cli, args, { input: jsonl, maxBuffer: 1 << 30, env: { ...process.env } });
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return Math.min(...runs);
};
const nat1 = timeCli(["analyze", "--jsonl", "--threads", "1"]);
console.log(`native CLI (--jsonl, 1 thread, incl. JSON in/out): ${(mb / (nat1 / 1000)).toFixed(1)} MB/s, ${(nat1 / docs.length).toFixed(3)} ms/article`);
const nat = timeCli(["analyze", "--jsonl"]);
console.log(`native CLI (--jsonl, all ${os.availableParallelism()} cores): ${(mb / (nat / 1000)).toFixed(1)} MB/s`);

// One 10 MB article: time and peak memory of the CLI (GNU time's maximum resident set size).
const big = [];
for (let n = 0; n < 10_000_000; ) {
  for (const d of docs) {
    big.push(d);
    n += Buffer.byteLength(d);
    if (n >= 10_000_000) break;
  }
}
const bigText = big.join("\n\n");
const bigFile = path.join(os.tmpdir(), `newslens-bench-${process.pid}.txt`);
fs.writeFileSync(bigFile, bigText);
if (fs.existsSync("/usr/bin/time")) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync("/usr/bin/time", ["-f", "%M", cli, "analyze", bigFile], { maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kbPeak = Number(String(r.stderr).trim().split("\n").pop());
  console.log(`native CLI, one ${(Buffer.byteLength(bigText) / 1e6).toFixed(1)} MB article: ${(ms / 1000).toFixed(2)} s incl. JSON out, peak memory ${(kbPeak / 1024).toFixed(0)} MB`);
}
fs.rmSync(bigFile);

// 10 MB of one paragraph of patterns that rules look at across the whole text (datelines on
// every line, companies, acronyms defined in brackets, currencies several countries use, a
// line-up), repeated: a rule that compares every name with every other shows here as seconds
// growing with the square of the size. The paragraph is tests/linear/hostile.txt, which
// .ci/linear.py (a test) also repeats, counting instructions instead of seconds.
{
  const para = fs.readFileSync(path.join(root, "tests/linear/hostile.txt"), "utf8");
  const hostile = para.repeat(Math.ceil(10_000_000 / para.length));
  const file = path.join(os.tmpdir(), `newslens-bench-hostile-${process.pid}.txt`);
  fs.writeFileSync(file, hostile);
  const t0 = process.hrtime.bigint();
  execFileSync(cli, ["analyze", file], { maxBuffer: 1 << 30 });
  console.log(`native CLI, ${(hostile.length / 1e6).toFixed(1)} MB of repeated hostile patterns: ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(2)} s`);
  fs.rmSync(file);
}

// wasm in Node.
const pkg = path.join(root, "www/pkg");
const { default: init, analyze } = await import(path.join(pkg, "newslens.js"));
const wasmBytes = fs.readFileSync(path.join(pkg, "newslens_bg.wasm"));
let t0 = performance.now();
const wasmExports = await init({ module_or_path: wasmBytes });
analyze("warm-up: 3 people met in Oslo.");
const initMs = performance.now() - t0;
let best = Infinity;
for (let r = 0; r < 7; r++) {
  t0 = performance.now();
  for (const d of docs) analyze(d);
  best = Math.min(best, performance.now() - t0);
}
console.log(`wasm in Node (single thread, incl. JS objects out): ${(mb / (best / 1000)).toFixed(1)} MB/s, ${(best / docs.length).toFixed(3)} ms/article; init + model load ${initMs.toFixed(0)} ms`);
{
  t0 = performance.now();
  const a = analyze(bigText);
  const ms = performance.now() - t0;
  // Linear memory only grows, so its size after the call is the wasm side's peak.
  console.log(`wasm in Node, one ${(Buffer.byteLength(bigText) / 1e6).toFixed(1)} MB article: ${(ms / 1000).toFixed(2)} s (${a.entities.length} names, ${a.figures.length} figures), wasm memory peak ${(wasmExports.memory.buffer.byteLength / 1048576).toFixed(0)} MB`);
}

// Peers on the same documents, each asked for what it offers of names, numbers and dates.
const peers = [];
{
  const { default: nlp } = await import("compromise");
  const { default: dates } = await import("compromise-dates");
  nlp.plugin(dates);
  const run = (t) => {
    const d = nlp(t);
    return d.people().out("array").length + d.places().out("array").length + d.organizations().out("array").length + d.numbers().out("array").length + d.dates().out("array").length;
  };
  peers.push(["compromise 14 + compromise-dates", run]);
}
{
  const { default: winkNLP } = await import("wink-nlp");
  const { default: model } = await import("wink-eng-lite-web-model");
  const wink = winkNLP(model);
  peers.push(["wink-nlp 2 (eng-lite-web model; entities)", (t) => wink.readDoc(t).entities().out().length]);
}
const results = [["newslens wasm", best]];
for (const [name, fn] of peers) {
  fn("warm-up: 3 people met in Oslo on Monday.");
  let t = Infinity;
  for (let r = 0; r < 2; r++) {
    const t0 = performance.now();
    for (const d of docs) fn(d);
    t = Math.min(t, performance.now() - t0);
  }
  results.push([name, t]);
  console.log(`${name}: ${(mb / (t / 1000)).toFixed(2)} MB/s, ${(t / docs.length).toFixed(2)} ms/article`);
}
console.log(`ratios (peer time / newslens wasm time): ${results.slice(1).map(([n, t]) => `${n.split(" ")[0]} ${(t / best).toFixed(1)}×`).join(", ")}`);

// Sizes of what the page downloads.
const files = ["index.html", "app.js", "worker.js", "style.css", "pkg/newslens.js", "pkg/newslens_bg.wasm"];
let raw = 0, gz = 0, br = 0;
for (const f of files) {
  const b = fs.readFileSync(path.join(root, "www", f));
  raw += b.length;
  gz += zlib.gzipSync(b, { level: 9 }).length;
  br += zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
}
const model = fs.readFileSync(path.join(root, "src/entities/model/ner.bin"));
const kb = (n) => `${(n / 1024).toFixed(0)} KB`;
console.log(`page download: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli (${br} bytes; budget 1,000,000); of it the entity model ${kb(model.length)} raw, ${kb(zlib.brotliCompressSync(model).length)} brotli`);

// Headless Chromium: navigation → page ready (wasm loaded) → a ~4 KB article pasted → first
// highlight; then a 10 MB paste, timed by the worker's own "analyzed in" report and to the screen.
try {
  const { startServer, launch, openPage } = await import(path.join(root, "tests/page/harness.mjs"));
  const server = await startServer();
  const browser = await launch();
  // A paste as the browser reports one, with a performance mark the page's own marks are timed from.
  const pasteMarked = (page, text) => page.evaluate((t) => {
    const ta = document.querySelector('[data-testid="article-input"]');
    ta.value = t;
    performance.mark("bench-paste");
    ta.dispatchEvent(new InputEvent("input", { inputType: "insertFromPaste" }));
  }, text);
  try {
    const rows = [];
    for (let r = 0; r < 5; r++) {
      const { page, context } = await openPage(browser, server.url);
      await pasteMarked(page, docs[0]);
      await page.waitForFunction(() => performance.getEntriesByName("newslens-highlighted").length > 0, null, { timeout: 20000 });
      rows.push(await page.evaluate(() => {
        const at = (n) => performance.getEntriesByName(n)[0];
        const nav = performance.getEntriesByType("navigation")[0];
        const paste = at("bench-paste").startTime;
        return { dom: nav.domContentLoadedEventEnd, worker: at("newslens-worker").detail.total, wasm: at("newslens-worker").detail.wasm, ready: at("newslens-ready").startTime, shown: at("newslens-highlighted").startTime - paste };
      }));
      await context.close();
    }
    const med = (k) => rows.map((x) => x[k]).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
    console.log(`Chromium (median of 5 fresh loads): DOM ready ${med("dom").toFixed(0)} ms; the worker has the wasm ${med("wasm").toFixed(0)} ms and the model ${med("worker").toFixed(0)} ms after it starts; page ready ${med("ready").toFixed(0)} ms after navigation; a ${(Buffer.byteLength(docs[0]) / 1024).toFixed(1)} KB article highlighted ${med("shown").toFixed(0)} ms after its paste`);
    const { page, context } = await openPage(browser, server.url);
    const t = performance.now();
    await pasteMarked(page, bigText);
    await page.waitForFunction(() => /analyzed in/.test(document.getElementById("status").textContent), null, { timeout: 120000 });
    const status = await page.evaluate(() => document.getElementById("status").textContent);
    const [sentMs, resultMs, firstMs] = await page.evaluate(() => ["newslens-sent", "newslens-result", "newslens-first-highlight"].map((n) => performance.getEntriesByName(n).pop().startTime - performance.getEntriesByName("bench-paste").pop().startTime));
    console.log(`Chromium, ${(Buffer.byteLength(bigText) / 1e6).toFixed(1)} MB pasted: "${status.trim()}"; sent to the worker ${(sentMs / 1000).toFixed(2)} s, results on the page ${(resultMs / 1000).toFixed(2)} s, first screen highlighted ${(firstMs / 1000).toFixed(2)} s and every block ${((performance.now() - t) / 1000).toFixed(2)} s after the paste`);
    await context.close();
  } finally {
    await browser.close();
    server.stop();
  }
} catch (e) {
  console.log(`Chromium timings skipped: ${e.message.split("\n")[0]}`);
}
