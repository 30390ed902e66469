// Dev tool: screenshots of pages at phone and desktop width in Debian's Chromium.
// node scripts/screenshot.mjs <baseUrl> <outDir> <path> [path…]   (signs in as the demo admin
// first when SIGN_IN=1; paths starting with /d/ are delegate pages and need no sign-in)
import { chromium } from "@playwright/test";
import fs from "node:fs";

const [base, out, ...paths] = process.argv.slice(2);
fs.mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});
for (const width of [390, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: width === 390 ? 844 : 900 }, deviceScaleFactor: 1 });
  const page = await ctx.newPage();
  if (process.env.SIGN_IN === "1") {
    await page.goto(`${base}/signin`);
    await page.locator("form[data-hydrated]").waitFor();
    await page.fill("#email", process.env.EMAIL ?? "admin@example.org");
    await page.fill("#password", process.env.PASSWORD ?? "itinera-demo");
    await page.click("button[type=submit]");
    await page.waitForURL((u) => !u.pathname.startsWith("/signin"));
  }
  for (const p of paths) {
    await page.goto(base + p, { waitUntil: "load", timeout: 60_000 });
    const name = `${p.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "home"}-${width}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: process.env.FULL !== "0" });
    console.log(`${out}/${name}`);
  }
  await ctx.close();
}
await browser.close();
