// Module worker: loads the WebAssembly analyzer once, then answers {id, op, args} messages
// with {id, ok, value} or {id, ok: false, error}. Posts {ready} (or {fatal}) first.
import init, { analyze, compare, modelId, version } from "./pkg/newslens.js";

const ready = init()
  .then(() => {
    const wasmMs = performance.now();
    const id = modelId(); // loads the model
    postMessage({ ready: true, modelId: id, version: version(), startMs: performance.now(), wasmMs });
    // The first analysis in a fresh worker costs 25–50 ms more than the next ones (the engine
    // compiles the analyzer's functions when they first run): spend that now, on a sentence of
    // our own, rather than on the reader's first paste. A paste that arrives meanwhile waits a
    // few milliseconds at most more than it would have.
    setTimeout(() => {
      try {
        analyze("Storm Hilde hit Bergen on Monday; Mayor Ada Lindqvist said more than 1,200 residents left.");
      } catch (_) {
        /* a warm-up failure shows on the first real call */
      }
    }, 0);
  })
  .catch((e) => {
    postMessage({ fatal: String(e && e.message ? e.message : e) });
    throw e;
  });

const ops = {
  analyze: (text, date) => analyze(text, date || undefined),
  compare: (texts, date) => compare(texts, date || undefined),
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
      postMessage({ id, ok: true, chunked: true, value: { entities: [], figures: [], groups: value.groups }, ms });
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
