// Page weight as Chromium sees it: every response of one cold page load,
// largest first. `node weight.mjs URL [URL…]` (serve the site first, e.g.
// with `cargo xtask serve`); CHROMIUM picks the browser (/usr/bin/chromium).
import { chromium } from "playwright-core";

const urls = process.argv.slice(2);
if (urls.length === 0) {
  console.error("usage: node weight.mjs URL [URL…]");
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync"],
});
for (const url of urls) {
  const context = await browser.newContext();
  // Answer the playground's crate list locally (an online build asks for it).
  await context.route("https://play.rust-lang.org/**", (r) => r.fulfill({ body: '{"crates":[]}' }));
  const page = await context.newPage();
  const rows = [];
  page.on("requestfinished", async (req) => {
    const s = await req.sizes();
    rows.push([s.responseBodySize + s.responseHeadersSize, req.url()]);
  });
  await page.goto(url, { waitUntil: "networkidle" });
  await context.close();
  rows.sort((a, b) => b[0] - a[0]);
  const total = rows.reduce((t, r) => t + r[0], 0);
  console.log(`${url}: ${total} bytes in ${rows.length} responses`);
  for (const [bytes, u] of rows) console.log(`  ${String(bytes).padStart(8)}  ${u.replace(url.replace(/[^/]*$/, ""), "")}`);
}
await browser.close();
