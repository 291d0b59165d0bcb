// newslens page: UI only. Analysis runs in a module worker (worker.js) that owns the wasm.
// Article text is rendered with text nodes and <mark> elements only (never innerHTML).

const LABELS = ["PER", "LOC", "ORG", "MISC"];
const LABEL_NAMES = { PER: "people", LOC: "places", ORG: "organizations", MISC: "other names" };
const KINDS = ["count", "money", "percent", "ordinal", "age", "duration", "ratio", "date", "time", "quantity"];
const STORE_KEY = "newslens.v1";
const $ = (id) => document.getElementById(id);

// ---- worker client, restarted after a crash -------------------------------------------------

class Analyzer {
  constructor(onReady, onCrash) {
    this.onReady = onReady;
    this.onCrash = onCrash;
    this.next = 1;
    this.pending = new Map();
    this.start();
  }
  start() {
    this.worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
    this.worker.onmessage = (ev) => {
      const m = ev.data;
      if (m.ready) return this.onReady(m);
      if (m.fatal) return this.crash(new Error(m.fatal));
      const p = this.pending.get(m.id);
      if (!p) return;
      if (m.part) {
        for (const x of m.items) p.partial.value[m.part].push(x);
        return;
      }
      if (m.chunked) {
        p.partial = { value: m.value, ms: m.ms };
        return;
      }
      this.pending.delete(m.id);
      if (m.done) p.resolve(p.partial);
      else if (m.ok) p.resolve({ value: m.value, ms: m.ms });
      else {
        p.reject(new Error(m.error));
        // A trap inside wasm leaves its memory in an unknown state: start afresh.
        if (/unreachable|RuntimeError|memory access/i.test(m.error)) this.restart();
      }
    };
    this.worker.onerror = (ev) => {
      ev.preventDefault();
      this.crash(new Error(ev.message || "the analyzer stopped"));
    };
  }
  crash(err) {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
    this.onCrash(err);
    this.restart();
  }
  restart() {
    try { this.worker.terminate(); } catch (_) { /* already gone */ }
    setTimeout(() => this.start(), 300);
  }
  call(op, ...args) {
    const id = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, op, args });
    });
  }
}

// ---- formatting -------------------------------------------------------------------------------

function fmtNum(v) {
  if (v === null || v === undefined) return "?";
  const a = Math.abs(v);
  const short = (x, s) => `${+x.toFixed(x < 10 ? 2 : x < 100 ? 1 : 0)} ${s}`;
  if (a >= 1e12) return short(v / 1e12, "tn");
  if (a >= 1e9) return short(v / 1e9, "bn");
  if (a >= 1e6) return short(v / 1e6, "M");
  return v.toLocaleString("en-US", { maximumFractionDigits: 3 });
}

function unitText(f) {
  if (!f.unit) return "";
  if (f.kind === "money") return "";
  if (f.unit === "%") return " %";
  if (f.unit === "pp") return " pp";
  if (f.kind === "duration" || f.kind === "age") return ` ${f.unit}${(f.value ?? f.low ?? f.high) === 1 ? "" : "s"}`;
  return ` ${f.unit}`;
}

/** The normalized reading of a figure: "> 1,000 people", "≈ 19 M", "≥ 24", "2022-01-06". */
export function normalized(f) {
  if (f.kind === "date" || f.kind === "time") return f.iso || "(no reference date)";
  const cur = f.kind === "money" && f.unit ? `${f.unit} ` : "";
  const n = (v) => cur + fmtNum(v) + unitText(f);
  let s;
  switch (f.qualifier) {
    case "over": s = `> ${n(f.low)}`; break;
    case "atLeast": s = `≥ ${n(f.low)}`; break;
    case "under": s = `< ${n(f.high)}`; break;
    case "atMost": s = `≤ ${n(f.high)}`; break;
    case "approx": s = `≈ ${n(f.value)}`; break;
    case "range": s = `${cur}${fmtNum(f.low)}–${fmtNum(f.high)}${unitText(f)}`; break;
    case "vague": s = `≥ ${n(f.low)}` + (f.high ? ` (up to ${fmtNum(f.high)})` : ""); break;
    default: s = n(f.value);
  }
  if (f.kind === "ordinal") s = `#${fmtNum(f.value)}`;
  if (f.kind === "ratio") s = `× ${fmtNum(f.value)}`;
  if (f.counted) s += ` ${f.counted}`;
  return s;
}

// ---- rendering --------------------------------------------------------------------------------

/** Appends text[from, to) with its marks to `parent`. `cur` holds indices into the sorted span lists. */
function renderRange(parent, text, ents, figs, from, to, cur) {
  const cuts = [from, to];
  while (cur.e < ents.length && ents[cur.e].end <= from) cur.e++;
  while (cur.f < figs.length && figs[cur.f].end <= from) cur.f++;
  for (let i = cur.e; i < ents.length && ents[i].start < to; i++) cuts.push(ents[i].start, ents[i].end);
  for (let i = cur.f; i < figs.length && figs[i].start < to; i++) cuts.push(figs[i].start, figs[i].end);
  cuts.sort((a, b) => a - b);
  let ei = cur.e, fi = cur.f;
  let entEl = null, entIdx = -1, figEl = null, figIdx = -1;
  for (let k = 0; k < cuts.length - 1; k++) {
    const s = cuts[k], e = cuts[k + 1];
    if (e <= s || s < from || e > to) continue;
    while (ei < ents.length && ents[ei].end <= s) ei++;
    while (fi < figs.length && figs[fi].end <= s) fi++;
    const ent = ei < ents.length && ents[ei].start <= s ? ei : -1;
    const fig = fi < figs.length && figs[fi].start <= s ? fi : -1;
    if (ent !== entIdx) {
      entIdx = ent; entEl = null; figIdx = -1; figEl = null;
      if (ent >= 0) {
        entEl = document.createElement("mark");
        entEl.dataset.label = ents[ent].label;
        entEl.dataset.entity = String(ents[ent].entity);
        parent.appendChild(entEl);
      }
    }
    const host = entEl || parent;
    if (fig !== figIdx) {
      figIdx = fig; figEl = null;
      if (fig >= 0) {
        figEl = document.createElement("mark");
        figEl.dataset.kind = figs[fig].kind;
        figEl.dataset.fig = String(fig);
        figEl.dataset.start = String(figs[fig].start);
        host.appendChild(figEl);
      }
    }
    (figEl || host).appendChild(document.createTextNode(text.slice(s, e)));
  }
}

/** Block boundaries of about `size` UTF-16 units, after a line break or space, never inside a span. */
function blockCuts(text, ents, figs, size) {
  const cuts = [0];
  let ei = 0, fi = 0;
  while (cuts[cuts.length - 1] + size < text.length) {
    let p = cuts[cuts.length - 1] + size;
    const nl = text.indexOf("\n", p);
    p = nl >= 0 && nl - p < size ? nl + 1 : p;
    for (let moved = true; moved;) {
      moved = false;
      while (ei < ents.length && ents[ei].end <= p) ei++;
      while (fi < figs.length && figs[fi].end <= p) fi++;
      if (ei < ents.length && ents[ei].start < p) { p = ents[ei].end; moved = true; }
      if (fi < figs.length && figs[fi].start < p) { p = figs[fi].end; moved = true; }
    }
    const c = text.charCodeAt(p - 1);
    if (c >= 0xd800 && c <= 0xdbff) p++; // never split a surrogate pair
    if (p >= text.length) break;
    cuts.push(p);
  }
  cuts.push(text.length);
  return cuts;
}

/** First index whose span ends after `pos` (spans are sorted and do not overlap). */
function firstEndingAfter(list, pos) {
  let lo = 0, hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Renders `text` into `el` with entity marks (outer) and figure marks (inner). Long articles are
 * cut into blocks shown as plain text at once and highlighted a few at a time (about 10 ms of
 * work per turn, so the page never stalls), the blocks on screen first. Resolves true when every
 * block is done (false when a newer render replaced it); `el.dataset.highlighted` is "1" then.
 */
function renderArticle(el, text, res, onProgress) {
  const token = (el._renderToken = (el._renderToken || 0) + 1);
  if (el._observer) el._observer.disconnect();
  el.replaceChildren();
  el.dataset.highlighted = "0";
  const ents = res ? res.entities : [];
  const figs = res ? res.figures : [];
  const cuts = blockCuts(text, ents, figs, 16384);
  const blocks = [];
  for (let b = 0; b + 1 < cuts.length; b++) {
    const div = document.createElement("div");
    div.className = "blk";
    div.dataset.blk = String(b);
    div.appendChild(document.createTextNode(text.slice(cuts[b], cuts[b + 1])));
    blocks.push(div);
  }
  el.append(...blocks);
  const n = blocks.length;
  const done = new Uint8Array(n);
  let remaining = n, next = 0;
  // Blocks on screen (or about to be) are highlighted before the rest.
  const onScreen = new Set();
  if (n > 1 && "IntersectionObserver" in window) {
    el._observer = new IntersectionObserver((entries) => {
      for (const en of entries) {
        const b = Number(en.target.dataset.blk);
        if (en.isIntersecting) onScreen.add(b);
        else onScreen.delete(b);
      }
    }, { rootMargin: "600px 0px" });
    blocks.forEach((d) => el._observer.observe(d));
  }
  const pick = () => {
    for (const b of onScreen) if (!done[b]) return b;
    while (next < n && done[next]) next++;
    return next;
  };
  return new Promise((resolve) => {
    const slice = () => {
      if (token !== el._renderToken) return resolve(false);
      const t0 = performance.now();
      while (remaining > 0) {
        const b = pick();
        const cur = { e: firstEndingAfter(ents, cuts[b]), f: firstEndingAfter(figs, cuts[b]) };
        const frag = document.createDocumentFragment();
        renderRange(frag, text, ents, figs, cuts[b], cuts[b + 1], cur);
        blocks[b].replaceChildren(frag);
        done[b] = 1;
        remaining--;
        if (performance.now() - t0 >= 10) break;
      }
      if (onProgress) onProgress(1 - remaining / n);
      if (remaining > 0) return void setTimeout(slice, 0);
      if (el._observer) el._observer.disconnect();
      el.dataset.highlighted = "1";
      resolve(true);
    };
    slice();
  });
}

// ---- page state ------------------------------------------------------------------------------

const state = {
  texts: ["", ""],
  results: [null, null],
  statusLine: [null, null], // the last "Article A: … analyzed in" line of each article, shown again on its tab
  comparison: null,
  ready: false,
  hidden: new Set(),
};
const ids = ["a", "b"];
let analyzer;

function setStatus(msg, kind = "") {
  const s = $("status");
  s.textContent = msg;
  s.className = `status ${kind}`;
}

let saveTimer = 0;
function save() {
  // Deferred: writing megabytes to storage on every keystroke would stall typing.
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveNow, 800);
}

// Articles are kept in IndexedDB (no size limit worth the name) and, when small, also in
// localStorage, which is written synchronously and so survives even an abrupt unload.
const DB = { name: "newslens", store: "articles", key: "current" };
let dbPromise = null;

function db() {
  dbPromise ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB.name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(DB.store);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return dbPromise;
}

async function dbDo(mode, op) {
  const d = await db();
  return new Promise((resolve, reject) => {
    const tx = d.transaction(DB.store, mode);
    const req = op(tx.objectStore(DB.store));
    tx.oncomplete = () => resolve(req.result);
    tx.onerror = () => reject(tx.error);
  });
}

function saveNow() {
  const record = { a: state.texts[0], b: state.texts[1], date: $("ref-date").value, savedAt: Date.now() };
  dbDo("readwrite", (s) => s.put(record, DB.key)).catch(() => setStatus("could not save the articles in this browser", "error"));
  try {
    if (record.a.length + record.b.length < 1_000_000) localStorage.setItem(STORE_KEY, JSON.stringify(record));
    else localStorage.removeItem(STORE_KEY);
  } catch (_) { /* IndexedDB has it */ }
}

async function restore() {
  let fromLs = null, fromDb = null;
  try { fromLs = JSON.parse(localStorage.getItem(STORE_KEY) || "null"); } catch (_) { /* a damaged entry is ignored */ }
  try { fromDb = await dbDo("readonly", (s) => s.get(DB.key)); } catch (_) { /* no IndexedDB: localStorage only */ }
  const s = [fromLs, fromDb].filter(Boolean).sort((x, y) => (y.savedAt || 0) - (x.savedAt || 0))[0];
  if (!s) return;
  $("input-a").value = s.a || "";
  $("input-b").value = s.b || "";
  if (s.date) $("ref-date").value = s.date;
}

async function clearSaved() {
  localStorage.removeItem(STORE_KEY);
  try { await dbDo("readwrite", (s) => s.delete(DB.key)); } catch (_) { /* nothing stored */ }
}

function buildLegend(el, doc) {
  el.replaceChildren();
  for (const [key, name, attr] of [...LABELS.map((l) => [l, LABEL_NAMES[l], "label"]), ...KINDS.map((k) => [k, k, "kind"])]) {
    const b = document.createElement("button");
    b.type = "button";
    b.className = "chip";
    b.dataset[attr] = key;
    b.setAttribute("aria-pressed", state.hidden.has(key) ? "false" : "true");
    b.textContent = name;
    b.title = `show or hide ${name}`;
    b.addEventListener("click", () => {
      if (state.hidden.has(key)) state.hidden.delete(key); else state.hidden.add(key);
      applyHidden();
    });
    el.appendChild(b);
  }
}

function applyHidden() {
  for (const k of [...LABELS, ...KINDS]) document.body.classList.toggle(`hide-${k}`, state.hidden.has(k));
  document.querySelectorAll(".legend .chip").forEach((b) => {
    const k = b.dataset.label || b.dataset.kind;
    b.setAttribute("aria-pressed", state.hidden.has(k) ? "false" : "true");
  });
}

function cell(tr, text, cls) {
  const td = document.createElement("td");
  td.textContent = text;
  if (cls) td.className = cls;
  tr.appendChild(td);
  return td;
}

function renderSide(d) {
  const id = ids[d];
  const res = state.results[d];
  const groups = $(`groups-${id}`), figs = $(`figures-${id}`);
  groups.replaceChildren();
  figs.replaceChildren();
  $(`groups-count-${id}`).textContent = res ? `(${res.groups.length})` : "";
  $(`figures-count-${id}`).textContent = res ? `(${res.figures.length})` : "";
  if (!res) return;
  const sorted = [...res.groups].sort((x, y) => y.mentions.length - x.mentions.length || x.id - y.id);
  for (const g of sorted) {
    const li = document.createElement("li");
    li.tabIndex = 0;
    li.dataset.label = g.label;
    const badge = document.createElement("span");
    badge.className = "badge";
    badge.textContent = g.label;
    const name = document.createElement("span");
    name.className = "name";
    name.textContent = g.name;
    const n = document.createElement("span");
    n.className = "count";
    n.textContent = `×${g.mentions.length}`;
    const aliases = [...new Set(g.mentions.map((m) => res.entities[m].text))].filter((t) => t !== g.name);
    if (aliases.length) li.title = `also: ${aliases.join(", ")}`;
    li.append(badge, name, n);
    const light = () => lightEntity(`view-${id}`, g.id);
    li.addEventListener("click", light);
    li.addEventListener("keydown", (e) => { if (e.key === "Enter") light(); });
    groups.appendChild(li);
  }
  const MAX_ROWS = 2000;
  res.figures.slice(0, MAX_ROWS).forEach((f, i) => {
    const tr = document.createElement("tr");
    tr.dataset.kind = f.kind;
    cell(tr, f.text);
    cell(tr, f.kind, "kind");
    cell(tr, normalized(f));
    cell(tr, [f.event, f.iso].filter(Boolean).join(" · "));
    tr.addEventListener("click", () => {
      const m = $(`view-${id}`).querySelector(`mark[data-fig="${i}"]`);
      if (m) { clearLit(); m.classList.add("lit"); m.scrollIntoView({ block: "center", behavior: "smooth" }); }
    });
    figs.appendChild(tr);
  });
  if (res.figures.length > MAX_ROWS) {
    const tr = document.createElement("tr");
    cell(tr, `… and ${res.figures.length - MAX_ROWS} more (export JSON for all)`).colSpan = 4;
    figs.appendChild(tr);
  }
}

function clearLit() {
  document.querySelectorAll("mark.lit").forEach((m) => m.classList.remove("lit"));
  if (window.CSS && CSS.highlights) CSS.highlights.delete("claim");
}

function lightEntity(viewId, group) {
  clearLit();
  const marks = $(viewId).querySelectorAll(`mark[data-entity="${group}"]`);
  marks.forEach((m) => m.classList.add("lit"));
  if (marks[0]) marks[0].scrollIntoView({ block: "center", behavior: "smooth" });
}

/** The reader's date, YYYY-MM-DD by the local clock: gives a year to a dateline written without one. */
function today() {
  const t = new Date();
  return `${String(t.getFullYear()).padStart(4, "0")}-${String(t.getMonth() + 1).padStart(2, "0")}-${String(t.getDate()).padStart(2, "0")}`;
}

async function analyzeDoc(d) {
  const text = state.texts[d];
  const view = $(`view-${ids[d]}`);
  if (!state.ready) return;
  if (!text.trim()) {
    state.results[d] = null;
    state.statusLine[d] = null;
    view.replaceChildren();
    renderSide(d);
    return;
  }
  setStatus("analyzing…");
  performance.mark("newslens-sent");
  try {
    const { value, ms } = await analyzer.call("analyze", text, $("ref-date").value, today());
    performance.mark("newslens-result");
    if (text !== state.texts[d]) return; // a newer edit is on its way
    state.results[d] = value;
    const kb = (new Blob([text]).size / 1024).toFixed(1);
    let first = true;
    const done = await renderArticle(view, text, value, (p) => {
      if (first) performance.mark("newslens-first-highlight");
      first = false;
      if (p < 1) setStatus(`highlighting ${Math.round(p * 100)} % (the analysis took ${ms.toFixed(0)} ms)…`);
    });
    if (!done) return;
    performance.mark("newslens-highlighted");
    renderSide(d);
    // With no date given, the analyzer dates the article by its own first lines (its dateline);
    // a dateline without a year ("LISBON, Sept 18") takes the year that puts it on or before today.
    const dated = value.referenceSource === "text" ? ` · dates read from ${value.reference}, the article's own date`
      : value.referenceSource === "textYearFromToday" ? ` · dates read from ${value.reference}, the article's own day and month (the year is a guess from today's date: set "Published" if it is older)`
      : "";
    state.statusLine[d] = `Article ${"AB"[d]}: ${value.entities.length} names, ${value.figures.length} figures · ${kb} KB analyzed in ${ms.toFixed(1)} ms${dated}`;
    setStatus(state.statusLine[d], "ok");
    state.comparison = null;
    if (!$("pane-compare").hidden) runCompare();
  } catch (e) {
    setStatus(`Analysis failed: ${e.message}. Your text is kept; try again or shorten it.`, "error");
  }
}

const timers = [0, 0];
function scheduleAnalyze(d, delay = 250) {
  clearTimeout(timers[d]);
  timers[d] = setTimeout(() => analyzeDoc(d), delay);
}

// ---- compare ----------------------------------------------------------------------------------

function claimCell(tr, mentions, doc) {
  const td = document.createElement("td");
  for (const m of mentions.filter((x) => x.doc === doc)) {
    const s = document.createElement("div");
    s.textContent = `${m.text} → ${normalized({ ...m, counted: null })}`;
    td.appendChild(s);
  }
  if (!td.childNodes.length) td.textContent = "—";
  tr.appendChild(td);
}

async function runCompare() {
  const [a, b] = state.texts;
  const tbody = $("claims");
  tbody.replaceChildren();
  for (const id of ["ents-both", "ents-a", "ents-b"]) $(id).replaceChildren();
  if (!a.trim() || !b.trim()) {
    const tr = document.createElement("tr");
    cell(tr, "Paste an article in tab A and another report of the same event in tab B.").colSpan = 4;
    tbody.appendChild(tr);
    $("cmp-a").replaceChildren(); $("cmp-b").replaceChildren();
    return;
  }
  try {
    const { value } = await analyzer.call("compare", [a, b], $("ref-date").value, today());
    state.comparison = value;
    await Promise.all([renderArticle($("cmp-a"), a, value.documents[0]), renderArticle($("cmp-b"), b, value.documents[1])]);
    for (const g of value.figures) {
      const tr = document.createElement("tr");
      tr.dataset.relation = g.relation;
      const rel = cell(tr, g.relation, "relation");
      rel.dataset.relation = g.relation;
      cell(tr, g.topic);
      claimCell(tr, g.mentions, 0);
      claimCell(tr, g.mentions, 1);
      tr.addEventListener("click", () => {
        clearLit();
        const sentences = [];
        for (const m of g.mentions) {
          const view = $(m.doc === 0 ? "cmp-a" : "cmp-b");
          const mark = view.querySelector(`mark[data-start="${m.start}"]`);
          if (mark) { mark.classList.add("lit"); mark.scrollIntoView({ block: "center", behavior: "smooth" }); }
          const text = state.texts[m.doc];
          const [s, e] = sentenceAround(text, m.start, m.end);
          const r = domRange(view, s, e);
          if (r) sentences.push(r);
        }
        // The sentences that state the claim, lit in both articles (CSS Custom Highlight API).
        if (window.CSS && CSS.highlights && window.Highlight) CSS.highlights.set("claim", new Highlight(...sentences));
      });
      tbody.appendChild(tr);
    }
    for (const e of value.entities.filter((x) => x.label !== "MISC" || x.docs.length > 1)) {
      const li = document.createElement("li");
      li.dataset.label = e.label;
      li.textContent = `${e.name} (${e.label})` + (e.similar.length ? ` ≈ ${e.similar.join(", ")}?` : "");
      const where = e.docs.length > 1 ? "ents-both" : e.docs[0] === 0 ? "ents-a" : "ents-b";
      $(where).appendChild(li);
    }
    setStatus(`${value.figures.length} claim groups, ${value.figures.filter((g) => g.relation === "conflict").length} in conflict`, "ok");
  } catch (e) {
    setStatus(`Comparison failed: ${e.message}`, "error");
  }
}

/** UTF-16 bounds of the sentence around [start, end): back to the last . ! ? or line break, on to the next. */
function sentenceAround(text, start, end) {
  let s = start;
  while (s > 0 && !/[.!?\n]/.test(text[s - 1])) s--;
  while (s < start && /\s/.test(text[s])) s++;
  let e = end;
  while (e < text.length && !/[.!?\n]/.test(text[e])) e++;
  if (e < text.length && text[e] !== "\n") e++;
  return [s, e];
}

/** A DOM Range over the rendered article for UTF-16 offsets [s, e) of its text. */
function domRange(root, s, e) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let pos = 0, range = null;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const len = n.data.length;
    if (!range && s < pos + len) { range = document.createRange(); range.setStart(n, s - pos); }
    if (range && e <= pos + len) { range.setEnd(n, e - pos); return range; }
    pos += len;
  }
  return null;
}

// ---- tooltip ----------------------------------------------------------------------------------

function docOf(mark) {
  const art = mark.closest(".article");
  if (!art) return null;
  if (art.id === "view-a") return state.results[0];
  if (art.id === "view-b") return state.results[1];
  if (state.comparison) return state.comparison.documents[art.id === "cmp-a" ? 0 : 1];
  return null;
}

function showTip(mark) {
  const res = docOf(mark);
  const tip = $("tooltip");
  if (!res) return;
  const lines = [];
  const fmark = mark.dataset.fig !== undefined ? mark : mark.closest("mark[data-fig]");
  const emark = mark.closest("mark[data-entity]");
  if (fmark) {
    const f = res.figures[+fmark.dataset.fig];
    if (f) {
      lines.push([f.kind, normalized(f)]);
      const extra = [f.qualifier !== "exact" ? f.qualifier : "", f.event ? `event: ${f.event}` : "", f.iso && f.kind !== "date" ? f.iso : ""].filter(Boolean).join(" · ");
      if (extra) lines.push(["", extra]);
    }
  }
  if (emark) {
    const g = res.groups[+emark.dataset.entity];
    if (g) lines.push([LABEL_NAMES[g.label], `${g.name} · ${g.mentions.length} mention${g.mentions.length > 1 ? "s" : ""}`]);
  }
  tip.replaceChildren();
  for (const [k, v] of lines) {
    const row = document.createElement("div");
    if (k) { const b = document.createElement("b"); b.textContent = k; row.append(b, " "); }
    row.append(v);
    tip.appendChild(row);
  }
  const r = mark.getBoundingClientRect();
  tip.hidden = false;
  tip.style.left = `${Math.min(window.innerWidth - tip.offsetWidth - 8, Math.max(8, r.left))}px`;
  tip.style.top = `${r.bottom + 6 + window.scrollY}px`;
}

// ---- wiring -----------------------------------------------------------------------------------

function selectTab(tab) {
  for (const b of document.querySelectorAll(".tabs [role=tab]")) b.setAttribute("aria-selected", String(b.dataset.tab === tab));
  $("pane-a").hidden = tab !== "a";
  $("pane-b").hidden = tab !== "b";
  $("pane-compare").hidden = tab !== "compare";
  if (tab === "compare") runCompare();
  else if (state.statusLine["ab".indexOf(tab)]) setStatus(state.statusLine["ab".indexOf(tab)], "ok");
}

function download(name, type, body) {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

// ---- exports ----------------------------------------------------------------------------------

function csvField(v) {
  const s = v === null || v === undefined ? "" : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function csv(rows) {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}

/** UTF-16 offsets → code points (what Python, and so spaCy, index by), in one pass over the text. */
function codePointMap(text, offsets) {
  const want = [...new Set(offsets)].sort((a, b) => a - b);
  const map = new Map();
  let cp = 0, k = 0;
  for (let u = 0; u <= text.length && k < want.length; ) {
    while (k < want.length && want[k] <= u) map.set(want[k++], cp);
    if (u >= text.length) break;
    const c = text.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < text.length ? 2 : 1;
    cp++;
  }
  return map;
}

/** [filename, type, body] for an export choice, or null when there is nothing to export. */
function exportAs(what) {
  const docs = state.results.map((r, d) => (r ? { d, r, text: state.texts[d] } : null)).filter(Boolean);
  if (what === "json" && docs.length) {
    return ["newslens.json", "application/json", JSON.stringify({ articles: state.texts, analyses: state.results, comparison: state.comparison }, null, 2)];
  }
  if (what === "figures-csv" && docs.length) {
    const rows = [["article", "start", "end", "text", "kind", "value", "low", "high", "qualifier", "unit", "counted", "event", "iso"]];
    for (const { d, r } of docs) for (const f of r.figures) rows.push(["AB"[d], f.start, f.end, f.text, f.kind, f.value, f.low, f.high, f.qualifier, f.unit, f.counted, f.event, f.iso]);
    return ["newslens-figures.csv", "text/csv", csv(rows)];
  }
  if (what === "claims-csv" && state.comparison) {
    const rows = [["group", "relation", "topic", "article", "text", "value", "low", "high", "qualifier", "unit"]];
    state.comparison.figures.forEach((g, i) => {
      for (const m of g.mentions) rows.push([i + 1, g.relation, g.topic, "AB"[m.doc] || m.doc, m.text, m.value, m.low, m.high, m.qualifier, m.unit]);
    });
    return ["newslens-claims.csv", "text/csv", csv(rows)];
  }
  if (what === "displacy" && docs.length) {
    const out = docs.map(({ r, text }) => {
      const map = codePointMap(text, r.entities.flatMap((e) => [e.start, e.end]));
      return { text, ents: r.entities.map((e) => ({ start: map.get(e.start), end: map.get(e.end), label: e.label })), title: null };
    });
    return ["newslens-displacy.json", "application/json", JSON.stringify(out, null, 1)];
  }
  return null;
}

async function main() {
  buildLegend($("legend-a"), 0);
  buildLegend($("legend-b"), 1);
  // The worker (wasm download, compile, model load) starts first and runs while saved articles
  // are restored from IndexedDB.
  let restored = false;
  // Analysis starts when both the worker is ready and the page is wired (each can finish first).
  const start = () => {
    if (!state.ready || !restored) return;
    document.body.dataset.ready = "1";
    performance.mark("newslens-ready");
    scheduleAnalyze(0, 0);
    scheduleAnalyze(1, 0);
  };
  analyzer = new Analyzer(
    (info) => {
      state.ready = true;
      $("version").textContent = info.version;
      $("model-id").textContent = info.modelId;
      // How long the worker took from its start to a loaded model (wasm fetch, compile, model).
      performance.mark("newslens-worker", { detail: { total: info.startMs, wasm: info.wasmMs } });
      setStatus("ready", "ok");
      start();
    },
    (err) => {
      state.ready = false;
      setStatus(`The analyzer stopped (${err.message}); restarting. Your text is kept.`, "error");
    },
  );
  await restore();
  // Nothing typed is lost: pending saves are written when the page goes away or is hidden.
  window.addEventListener("pagehide", saveNow);
  document.addEventListener("visibilitychange", () => { if (document.hidden) saveNow(); });
  state.texts = [$("input-a").value, $("input-b").value];
  ids.forEach((id, d) => {
    const ta = $(`input-${id}`);
    ta.addEventListener("input", (e) => {
      const before = state.texts[d];
      state.texts[d] = ta.value;
      save();
      // A paste or drop is analyzed at once; typing waits for a pause.
      const jump = e.inputType === "insertFromPaste" || e.inputType === "insertFromDrop" || Math.abs(ta.value.length - before.length) > 64;
      scheduleAnalyze(d, jump ? 0 : 250);
    });
    ta.addEventListener("dragover", (e) => e.preventDefault());
    ta.addEventListener("drop", async (e) => {
      const file = e.dataTransfer && e.dataTransfer.files[0];
      if (!file) return;
      e.preventDefault();
      ta.value = await file.text();
      ta.dispatchEvent(new Event("input"));
    });
  });
  $("ref-date").addEventListener("change", () => { save(); scheduleAnalyze(0, 0); scheduleAnalyze(1, 0); });
  document.querySelectorAll(".tabs [role=tab]").forEach((b) => b.addEventListener("click", () => selectTab(b.dataset.tab)));
  $("sample").addEventListener("change", async (e) => {
    if (!e.target.value) return;
    const [a, b] = await Promise.all(["a", "b"].map((s) => fetch(`./samples/${e.target.value}-${s}.txt`).then((r) => r.text())));
    $("input-a").value = a;
    $("input-b").value = b;
    if (!$("ref-date").value) $("ref-date").value = "2024-05-15";
    state.texts = [a, b];
    save();
    scheduleAnalyze(0, 0);
    scheduleAnalyze(1, 0);
    e.target.value = "";
  });
  $("clear").addEventListener("click", async () => {
    clearTimeout(saveTimer);
    await clearSaved();
    $("input-a").value = ""; $("input-b").value = "";
    state.texts = ["", ""];
    analyzeDoc(0); analyzeDoc(1);
    setStatus("cleared: nothing is stored in this browser", "ok");
  });
  $("export").addEventListener("change", async (e) => {
    const what = e.target.value;
    e.target.value = "";
    if (what === "claims-csv" && !state.comparison && state.texts[0].trim() && state.texts[1].trim()) await runCompare();
    const out = exportAs(what);
    if (out) download(...out);
    else if (what) setStatus("Nothing to export yet: paste an article (and a second one for claim groups).", "error");
  });
  document.addEventListener("mouseover", (e) => {
    const m = e.target.closest && e.target.closest(".article mark");
    if (m) showTip(e.target.closest("mark"));
    else $("tooltip").hidden = true;
  });
  restored = true;
  start();
}

main();
