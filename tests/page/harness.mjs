// Shared set-up for the page tests: serve www/ on a free port and launch Debian's Chromium.
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export const CHROMIUM_ARGS = [
  "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
];

export async function startServer() {
  const proc = spawn("python3", [path.join(root, ".ci/serve.py"), "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
  // Keep reading the server's output for its whole life (closing the pipe early can end it).
  const url = await new Promise((resolve, reject) => {
    let buf = "";
    proc.stdout.setEncoding("utf8");
    proc.stdout.on("data", (chunk) => {
      buf += chunk;
      const m = buf.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) resolve(m[0]);
    });
    proc.on("exit", (code) => reject(new Error(`server exited (${code}) before it was ready: ${buf}`)));
  });
  // Ready means answering, not only printing its address.
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch (e) {
      if (i > 100) throw e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, origin: url.replace(/\/$/, ""), stop: () => proc.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Opens the page and records console errors and every request. */
export async function openPage(browser, url, { colorScheme = "light", now } = {}) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, colorScheme });
  // The page's clock, when a test fixes it (`now`: a Date); timers still run.
  if (now) await context.clock.setFixedTime(now);
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on("console", (m) => { if (m.type() === "error") errors.push(m.text()); });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  context.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector("body[data-ready='1']", { timeout: 20000 });
  return { page, context, errors, requests };
}

/** Types text into an article input the way a paste does, and waits for the highlights. */
export async function paste(page, testid, text) {
  await page.evaluate(([id, t]) => {
    const ta = document.querySelector(`[data-testid="${id}"]`);
    ta.value = t;
    ta.dispatchEvent(new Event("input"));
  }, [testid, text]);
  // Done when this text (not an earlier one) is analyzed and rendered in its view. The textarea
  // holds it with line breaks normalized (CRLF → LF), as every browser does.
  const view = testid === "article-input-2" ? "view-b" : "view-a";
  await page.waitForFunction(
    ([v, id]) => {
      const value = document.querySelector(`[data-testid="${id}"]`).value;
      return document.getElementById(v).textContent === value && document.querySelectorAll(`#${v} .blk`).length > 0 && /analyzed in/.test(document.getElementById("status").textContent);
    },
    [view, testid],
    { timeout: 30000 },
  );
}

export { root };
