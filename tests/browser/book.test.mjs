// The built book in Chromium, as a reader meets it. `npm test` here (after
// `cargo xtask build`) or `cargo xtask browser-test` from the repository. The
// test serves the book itself: sirv on 127.0.0.1, a free port, in this process.
// Environment (all optional):
//   BOOK_DIR        the built site (default ../../book/html)
//   BOOK_PAGES      the pages to test as .html paths, one per line (default:
//                   every page the site's table of contents, toc.html, links to:
//                   the pages of SUMMARY.md)
//   CHROMIUM        the Chromium binary (default Debian's /usr/bin/chromium)
//   CHROMIUM_ARGS   its launch flags, one per line (default chromium-flags.json:
//                   xtask/src/pdf.rs's CHROMIUM_FLAGS, a test in browser.rs checks)
//   SCREENSHOT_DIR  where screenshots go (default ../../target/browser-screenshots)
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import { chromium } from "playwright-core";
import sirv from "sirv";

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const BOOK_DIR = resolve(process.env.BOOK_DIR || join(HERE, "../../book/html"));
assert.ok(
  existsSync(join(BOOK_DIR, "index.html")),
  `${BOOK_DIR} has no built book: run \`cargo xtask build\` first (or set BOOK_DIR)`,
);
const PAGES = (process.env.BOOK_PAGES || tocPages()).split("\n").filter(Boolean);
const SHOTS = resolve(process.env.SCREENSHOT_DIR || join(HERE, "../../target/browser-screenshots"));
// The same flags as the PDF's, from xtask/src/pdf.rs (CHROMIUM_FLAGS).
const CHROMIUM_ARGS = process.env.CHROMIUM_ARGS
  ? process.env.CHROMIUM_ARGS.split("\n").filter(Boolean)
  : JSON.parse(readFileSync(join(HERE, "chromium-flags.json"), "utf8"));
const FLASHCARDS_PAGE = "appendix-flashcards.html";
const QUIZ_PAGE = "ch12-field-guide/index.html";
// book.js asks the Rust playground which crates it offers, to decide which
// examples get a "run" button. The test answers that one request itself, so
// the run needs no network; any other request off the site is a failure.
const PLAYGROUND_CRATES = "https://play.rust-lang.org/meta/crates";

assert.ok(PAGES.length > 0, "no pages to test (BOOK_PAGES empty, or toc.html links to none)");
assert.ok(CHROMIUM_ARGS.length > 0, "CHROMIUM_ARGS is empty");

/** The pages the site's table of contents links to, one per line, in order. */
function tocPages() {
  const toc = join(BOOK_DIR, "toc.html");
  assert.ok(existsSync(toc), `${toc} is missing: is ${BOOK_DIR} an mdBook site?`);
  const hrefs = [...readFileSync(toc, "utf8").matchAll(/<a href="([^"#?:]+\.html)"/g)].map((m) => m[1]);
  return [...new Set(hrefs)].join("\n");
}

/** Base URL of the served site, http://127.0.0.1:PORT/ (set in before()). */
let BASE;
let server;
let browser;

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  // sirv's dev mode reads every file from disk when asked (no start-up scan,
  // no cache) and sends `Cache-Control: no-store`: each page load in a test is
  // a full one. It lists no directory, serves a directory's index.html, and
  // never leaves BOOK_DIR. A missing file is a 404 with a body: Chromium turns
  // an empty 404 into a navigation error (ERR_HTTP_RESPONSE_CODE_FAILURE)
  // instead of a response the tests can name. Node's HTTP server keeps
  // connections alive, as a real host does.
  const notFound = (req, res) => {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end(`not found: ${req.url}\n`);
  };
  server = createServer(sirv(BOOK_DIR, { dev: true, extensions: ["html"], onNoMatch: notFound }));
  await new Promise((ready, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", ready);
  });
  BASE = `http://127.0.0.1:${server.address().port}/`;
  console.log(`serving ${BOOK_DIR} at ${BASE}`);
  // Playwright refuses `--user-data-dir` in launch(): it always starts
  // Chromium with a fresh profile folder of its own (deleted at close), which
  // is what we want. Each test then opens its own context (no shared cache or
  // storage).
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

after(async () => {
  await browser?.close();
  if (server) {
    server.closeAllConnections();
    await new Promise((closed) => server.close(closed));
  }
});

/** A fresh context (no cache, no storage) that records every problem. */
async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const problems = [];
  const bytes = { total: 0 };
  await context.route(
    (url) => !url.href.startsWith(BASE),
    (route) => {
      const url = route.request().url();
      if (url === PLAYGROUND_CRATES) {
        return route.fulfill({ status: 200, contentType: "application/json", body: '{"crates":[]}' });
      }
      problems.push(`request off the site: ${url}`);
      return route.abort();
    },
  );
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error on ${page.url()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`script error on ${page.url()}: ${e.message}`));
  page.on("requestfailed", (r) => {
    // ERR_ABORTED: the page moved on before the request ended (a favicon
    // still loading when the test opens the next page), not a failure.
    const error = r.failure()?.errorText || "";
    if (r.url().startsWith(BASE) && !error.includes("ERR_ABORTED")) problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on("response", async (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
    if (r.url().startsWith(BASE)) {
      try {
        const s = await r.request().sizes();
        bytes.total += s.responseBodySize + s.responseHeadersSize;
      } catch {
        // The page moved on before the sizes were read: not counted.
      }
    }
  });
  return { context, page, problems, bytes };
}

async function axe(page) {
  await page.addScriptTag({ path: AXE });
  const results = await page.evaluate(() =>
    window.axe.run(document, { resultTypes: ["violations"] }),
  );
  return results.violations;
}

function describe(v) {
  const where = v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join("; ");
  return `${v.impact} ${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${where})`;
}

test("every page loads with no console error, failed request or request off the site", async () => {
  const { context, page, problems, bytes } = await open();
  const weights = [];
  for (const path of ["", ...PAGES]) {
    bytes.total = 0;
    const response = await page.goto(BASE + path, { waitUntil: "load" });
    assert.equal(response.status(), 200, `${path || "/"} answered ${response.status()}`);
    await page.waitForLoadState("networkidle");
    weights.push(`${path || "/"}: ${(bytes.total / 1024).toFixed(0)} KiB`);
  }
  await context.close();
  console.log(`transferred per page (the test server sends no-store: each is a full load):\n  ${weights.join("\n  ")}`);
  assert.deepEqual(problems, []);
});

test("a chapter page's weight, cold cache", async () => {
  const chapter = PAGES.find((p) => /^ch\d\d-/.test(p));
  assert.ok(chapter, "no chapter in SUMMARY.md");
  const { context, page, problems, bytes } = await open();
  await page.goto(BASE + chapter, { waitUntil: "networkidle" });
  console.log(`${chapter}: ${bytes.total} bytes transferred (cold cache)`);
  await context.close();
  assert.deepEqual(problems, []);
});

test("axe-core finds no serious or critical violation on any page (light and navy themes)", async () => {
  const serious = [];
  const counts = {};
  const { context, page, problems } = await open();
  for (const theme of ["light", "navy"]) {
    await page.goto(BASE, { waitUntil: "load" });
    await page.evaluate((t) => localStorage.setItem("mdbook-theme", t), theme);
    for (const path of PAGES) {
      await page.goto(BASE + path, { waitUntil: "load" });
      for (const v of await axe(page)) {
        counts[`${v.impact} ${v.id}`] = (counts[`${v.impact} ${v.id}`] || 0) + 1;
        if (v.impact === "serious" || v.impact === "critical") serious.push(`${theme} ${path}: ${describe(v)}`);
      }
    }
  }
  await context.close();
  console.log(`axe-core violations by impact and rule (pages × themes): ${JSON.stringify(counts)}`);
  assert.deepEqual(serious, []);
  assert.deepEqual(problems, []);
});

test("a flashcard deck flips, grades and moves by keyboard, and keeps progress", async () => {
  assert.ok(PAGES.includes(FLASHCARDS_PAGE), `${FLASHCARDS_PAGE} is not in SUMMARY.md`);
  const { context, page, problems } = await open();
  await page.goto(BASE + FLASHCARDS_PAGE, { waitUntil: "load" });
  const widget = page.locator(".fc-widget").first();
  assert.ok((await page.locator(".fc-widget").count()) > 0, "no flashcard deck in the book");
  const firstCard = page.locator(".flashcards").first().locator("details.flashcard");
  const ids = await firstCard.evaluateAll((ds) => ds.map((d) => d.dataset.card));
  assert.ok(ids.length >= 2, "the first deck needs two cards for this test");
  const answer0 = (await firstCard.nth(0).locator(".flashcard-answer").innerText()).trim();
  const face = widget.locator(".fc-face");
  assert.equal(await face.getAttribute("aria-live"), "polite");
  await page.screenshot({ path: join(SHOTS, "flashcards-page.png") });

  // Reach the deck with Tab, as a keyboard user does.
  await page.locator("main").focus().catch(() => {});
  let inDeck = false;
  for (let i = 0; i < 200 && !inDeck; i++) {
    await page.keyboard.press("Tab");
    inDeck = await page.evaluate(() => !!document.activeElement?.closest(".fc-widget"));
  }
  assert.ok(inDeck, "Tab never reaches the flashcard deck");
  const focused = await page.evaluate(() => document.activeElement.className);
  assert.match(focused, /fc-card/, "the card is the deck's first stop for Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, "none", "focus is visible on the card");

  const url = page.url();
  await page.keyboard.press("f");
  assert.equal((await face.innerText()).trim(), answer0, "F shows the answer");
  assert.equal((await widget.locator(".fc-side").innerText()).trim().toLowerCase(), "answer");
  await widget.screenshot({ path: join(SHOTS, "flashcard-answer.png") });
  await page.keyboard.press("k");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowLeft");
  assert.equal(page.url(), url, "arrow keys in the deck do not change the chapter");
  assert.match(await widget.locator(".fc-status").innerText(), /Card 2 of/);
  // Tab to "Again" and press it with Space: a plain button.
  const again = widget.locator(".fc-again");
  await again.focus();
  await page.keyboard.press("Space");
  const stored = await page.evaluate(
    (ids) => ids.slice(0, 2).map((id) => JSON.parse(localStorage.getItem("send-sync.flashcard." + id)).grade),
    ids,
  );
  assert.deepEqual(stored, ["knew", "again"], "progress is kept per card id");
  await page.reload({ waitUntil: "load" });
  assert.match(await page.locator(".fc-status").first().innerText(), /1 known · 1 to review/);
  // "S" shuffles and stays on the page (mdBook's own S opens the search).
  await page.locator(".fc-card").first().focus();
  await page.keyboard.press("s");
  assert.equal(await page.locator("#search-wrapper").isHidden(), true, "S in the deck does not open the search");
  assert.match(await page.locator(".fc-status").first().innerText(), /Card 1 of/);

  // In print, the widget goes and the plain list (answers too) shows.
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".fc-widget").first().isVisible(), false);
  assert.equal(await firstCard.nth(0).isVisible(), true);
  await page.emulateMedia({ media: "screen" });
  await context.close();
  assert.deepEqual(problems, []);
});

test("without JavaScript the deck is a list of questions that open", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  await page.goto(BASE + FLASHCARDS_PAGE, { waitUntil: "load" });
  const card = page.locator("details.flashcard").first();
  assert.equal(await card.isVisible(), true);
  await card.locator("summary").click();
  assert.equal(await card.locator(".flashcard-answer").isVisible(), true);
  await page.screenshot({ path: join(SHOTS, "flashcards-no-js.png") });
  await context.close();
});

test("the quiz is answered by keyboard, shows the real output, and keeps progress", async () => {
  assert.ok(PAGES.includes(QUIZ_PAGE), `${QUIZ_PAGE} is not in SUMMARY.md`);
  const { context, page, problems } = await open();
  await page.goto(BASE + QUIZ_PAGE, { waitUntil: "load" });
  const items = page.locator("section.quiz-item");
  const count = await items.count();
  assert.ok(count >= 20, `the quiz has ${count} items, not at least 20`);
  assert.match(await page.locator(".quiz-status").innerText(), new RegExp(`Answered 0 of ${count}`));

  // Item 1: Tab to its first radio, arrow to the wrong answer, Enter checks.
  const first = items.nth(0);
  const answer = Number(await first.getAttribute("data-answer"));
  const wrong = (answer + 1) % 4;
  await first.locator("input[type=radio]").first().focus();
  for (let i = 0; i < wrong; i++) await page.keyboard.press("ArrowDown");
  assert.equal(await first.locator("input[type=radio]").nth(wrong).isChecked(), true, "arrows move the choice");
  await page.keyboard.press("Enter");
  assert.match(await first.locator(".quiz-verdict").innerText(), /Not this time/);
  assert.equal(await first.locator("details.quiz-answer").getAttribute("open"), "", "the answer opens");
  const shown = await first.locator("details.quiz-answer pre").innerText();
  assert.match(shown, /^\$ cargo /, "the answer shows the captured run, command first");

  // Item 2: the right answer, with a click on the label and Space on Check.
  const second = items.nth(1);
  const right = Number(await second.getAttribute("data-answer"));
  await second.locator("label.quiz-choice").nth(right).click();
  await second.locator(".quiz-check").focus();
  await page.keyboard.press("Space");
  assert.match(await second.locator(".quiz-verdict").innerText(), /^Right/);
  await second.screenshot({ path: join(SHOTS, "quiz-item.png") });
  assert.match(await page.locator(".quiz-status").innerText(), /Answered 2 of \d+ · 1 right/);

  await page.reload({ waitUntil: "load" });
  assert.match(await page.locator(".quiz-status").innerText(), /Answered 2 of \d+ · 1 right/, "progress survives a reload");
  assert.equal(await items.nth(0).locator("input[type=radio]").nth(wrong).isChecked(), true);

  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".quiz-form").first().isVisible(), false, "print shows no form");
  assert.equal(await items.nth(2).locator("ol.quiz-choices").isVisible(), true, "print shows the lettered outcomes");
  await page.emulateMedia({ media: "screen" });
  await page.locator(".quiz-reset").click();
  assert.match(await page.locator(".quiz-status").innerText(), /Answered 0 of/);
  await context.close();
  assert.deepEqual(problems, []);
});

test("without JavaScript the quiz is lettered outcomes and answers that open", async () => {
  const { context, page } = await open({ javaScriptEnabled: false });
  await page.goto(BASE + QUIZ_PAGE, { waitUntil: "load" });
  const item = page.locator("section.quiz-item").first();
  assert.equal(await item.locator("ol.quiz-choices li").count(), 4);
  const details = item.locator("details.quiz-answer");
  assert.equal(await details.locator("pre").isVisible(), false, "the answer starts closed");
  await details.locator("summary").click();
  assert.equal(await details.locator("pre").isVisible(), true);
  await context.close();
});

test("search finds a chapter", async () => {
  const { context, page, problems } = await open();
  await page.goto(BASE, { waitUntil: "load" });
  await page.keyboard.press("s");
  const bar = page.locator("#searchbar");
  await bar.waitFor({ state: "visible" });
  // mdBook searches on keyup, so type as a reader does.
  await bar.pressSequentially("thread", { delay: 30 });
  const results = page.locator("#searchresults li");
  await results.first().waitFor({ state: "visible", timeout: 10000 });
  assert.ok((await results.count()) > 0);
  await page.screenshot({ path: join(SHOTS, "search.png") });
  await context.close();
  assert.deepEqual(problems, []);
});

test("the dark theme can be chosen and sticks", async () => {
  const chapter = PAGES.find((p) => /^ch\d\d-/.test(p));
  const { context, page, problems } = await open();
  await page.goto(BASE + chapter, { waitUntil: "load" });
  await page.screenshot({ path: join(SHOTS, "chapter-light.png") });
  await page.click("#theme-toggle");
  await page.click("#navy");
  assert.match((await page.locator("html").getAttribute("class")) || "", /\bnavy\b/);
  await page.goto(BASE + FLASHCARDS_PAGE, { waitUntil: "load" });
  assert.match((await page.locator("html").getAttribute("class")) || "", /\bnavy\b/, "the theme is kept");
  await page.locator(".fc-widget").first().screenshot({ path: join(SHOTS, "flashcards-navy.png") });
  await page.goto(BASE + chapter, { waitUntil: "load" });
  await page.screenshot({ path: join(SHOTS, "chapter-navy.png") });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(BASE + chapter, { waitUntil: "load" });
  await page.screenshot({ path: join(SHOTS, "chapter-phone-navy.png") });
  await context.close();
  assert.deepEqual(problems, []);
});
