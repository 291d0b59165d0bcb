#!/usr/bin/env node
// Example: annotate every .txt file in a folder with newslens, one JSON line per file on stdout.
//   npm install newslens            (or the package built by .ci/build-npm)
//   node annotate-folder.mjs DIR [--date YYYY-MM-DD]
import fs from "node:fs";
import path from "node:path";
import init, { analyze } from "newslens";

const [dir, flag, date] = process.argv.slice(2);
if (!dir || (flag && (flag !== "--date" || !date))) {
  console.error("usage: node annotate-folder.mjs DIR [--date YYYY-MM-DD]");
  process.exit(2);
}
await init();
for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) {
  const text = fs.readFileSync(path.join(dir, name), "utf8");
  try {
    const { entities, figures, groups } = analyze(text, date);
    console.log(JSON.stringify({ file: name, entities, figures, groups }));
  } catch (e) {
    console.log(JSON.stringify({ file: name, error: e.message }));
  }
}
