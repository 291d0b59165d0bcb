// Speed and size of the analyzer: native CLI, the wasm build in Node, and the JavaScript peers
// compromise and wink-nlp (npm dev dependencies), on the same ~1 MB of news
// (the sample articles in ../shared/samples when present, and the project's own www/samples),
// cut into ~4 KB documents. Prints MB/s, ms per article and download sizes. Not a test.
//   node .ci/bench.mjs            (after .ci/build-web and `cargo build --profile cli`)
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
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
const cli = path.join(root, "target/cli/newslens");
const runs = [];
for (let r = 0; r < 3; r++) {
  const t0 = process.hrtime.bigint();
  execFileSync(cli, ["analyze", "--jsonl"], { input: jsonl, maxBuffer: 1 << 30, env: { ...process.env } });
  runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
}
const nat = Math.min(...runs);
console.log(`native CLI (--jsonl, all cores, incl. JSON in/out): ${(mb / (nat / 1000)).toFixed(1)} MB/s, ${(nat / docs.length).toFixed(3)} ms/article`);

// wasm in Node.
const pkg = path.join(root, "www/pkg");
const { default: init, analyze } = await import(path.join(pkg, "newslens.js"));
const wasmBytes = fs.readFileSync(path.join(pkg, "newslens_bg.wasm"));
let t0 = performance.now();
await init({ module_or_path: wasmBytes });
analyze("warm-up: 3 people met in Oslo.");
const initMs = performance.now() - t0;
let best = Infinity;
for (let r = 0; r < 3; r++) {
  t0 = performance.now();
  for (const d of docs) analyze(d);
  best = Math.min(best, performance.now() - t0);
}
console.log(`wasm in Node (single thread, incl. JS objects out): ${(mb / (best / 1000)).toFixed(1)} MB/s, ${(best / docs.length).toFixed(3)} ms/article; init + model load ${initMs.toFixed(0)} ms`);

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
console.log(`page download: ${kb(raw)} raw, ${kb(gz)} gzip, ${kb(br)} brotli; of it the entity model ${kb(model.length)} raw, ${kb(zlib.brotliCompressSync(model).length)} brotli`);
