// Module worker: loads the WebAssembly analyzer once, then answers {id, op, args} messages
// with {id, ok, value} or {id, ok: false, error}. Posts {ready} (or {fatal}) first.
import init, { analyze, compare, modelId, version } from "./pkg/newslens.js";

const ready = init()
  .then(() => {
    const wasmMs = performance.now();
    const id = modelId(); // loads the model
    postMessage({ ready: true, modelId: id, version: version(), startMs: performance.now(), wasmMs });
    // A fresh worker runs the analyzer in the engine's baseline code and compiles the optimized
    // code in the background only once a function has run for a while; one long call (a 10 MB
    // paste) would run baseline code throughout, about 1.4 times slower (measured in Node: 2.0 s
    // against 1.4 s). So the worker spends a few milliseconds, in short turns a paste can slip
    // between, on text of our own that walks the common paths, rather than the reader's first paste.
    let turns = 6;
    const warm = () => {
      try {
        analyze(WARM_UP);
      } catch (_) {
        /* a warm-up failure shows on the first real call */
      }
      if (--turns > 0) setTimeout(warm, 0);
    };
    setTimeout(warm, 0);
  })
  .catch((e) => {
    postMessage({ fatal: String(e && e.message ? e.message : e) });
    throw e;
  });

/** About 2 KB of news written for the warm-up: names, datelines, acronyms, money, percentages,
 * counts with events, dates and ages. */
const WARM_UP = `Storm Hilde hits Bergen as ferries halt
BERGEN, Norway, March 3, 2025 (Nordwire) — Storm Hilde hit Bergen on Monday; Mayor Ada Lindqvist said more than 1,200 residents left their homes and 14 people were injured.
The Norwegian Red Cross (NRC) sent 40 volunteers, and the European Union pledged €3.5 million. Lindqvist, 58, thanked the NRC.
Halvorsen Shipping Co said its shares fell 4.2% to 118 kroner in Oslo, the lowest level since August 2023, while analysts at Nordbank expected a loss of about $12 million in the first quarter.
Two fishermen were missing and one man, aged 71, died in hospital, police said. Rescue teams worked through the night and again on Tuesday morning.
The council will meet next week to discuss repairs costing between 30 and 45 million crowns, roughly three times last year's budget.
In Stavanger, some 300 students gathered outside the university; several hundred more joined them later.
Prime Minister Jonas Dahl flew to Bergen and promised a third of the funds within two months.
`.repeat(2);

const ops = {
  analyze: (text, date, today) => analyze(text, date || undefined, today || undefined),
  compare: (texts, date, today) => compare(texts, date || undefined, today || undefined),
};

onmessage = async (ev) => {
  const { id, op, args } = ev.data || {};
  try {
    await ready;
    if (!ops[op]) throw new Error(`unknown operation ${op}`);
    const t0 = performance.now();
    const value = ops[op](...(args || []));
    const ms = performance.now() - t0;
    const CHUNK = 5000;
    if (op === "analyze" && value.entities.length + value.figures.length > 2 * CHUNK) {
      // Large results go in pieces: one huge message would stall the page while it is copied in.
      postMessage({ id, ok: true, chunked: true, value: { ...value, entities: [], figures: [] }, ms });
      for (const key of ["entities", "figures"]) {
        for (let i = 0; i < value[key].length; i += CHUNK) postMessage({ id, part: key, items: value[key].slice(i, i + CHUNK) });
      }
      postMessage({ id, done: true });
    } else {
      postMessage({ id, ok: true, value, ms });
    }
  } catch (e) {
    postMessage({ id, ok: false, error: String(e && e.message ? e.message : e) });
  }
};
