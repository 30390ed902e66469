import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { expect, test, type Page } from "@playwright/test";
import { E2E_DATABASE_URL } from "../../playwright.config";
import { createE2eStaff, createE2eVisit } from "./db";
import { signIn } from "./helpers";
import { visitFile } from "../factories/visit-file";

const PASSWORD = "correct horse battery";
const uniqueEmail = (what: string) => `${what}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`;

/** Every CSP report the page raises (Chromium logs each blocked script or style). */
function cspViolations(page: Page): string[] {
  const found: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) found.push(m.text());
  });
  return found;
}

// Fails on the old code: no Content-Security-Policy or Permissions-Policy at all.
test("staff and sign-in pages carry a strict CSP with a fresh nonce, and nothing on them is blocked", async ({ page, request }) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const csp = first.headers()["content-security-policy"];
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // Scripts and <style> elements need the nonce; only style attributes (the timeline's block
  // positions) may be inline.
  expect(csp).toMatch(/style-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/);
  expect(csp.replace("style-src-attr 'unsafe-inline'", "")).not.toContain("unsafe-inline");
  expect(second.headers()["content-security-policy"]).not.toBe(csp);
  expect(first.headers()["permissions-policy"]).toContain("camera=()");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const html = await first.text();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toContain(`nonce="${nonce}"`);

  const violations = cspViolations(page);
  const staff = await createE2eStaff({ role: "EDITOR", email: uniqueEmail("csp") });
  const id = await createE2eVisit(
    visitFile({
      visit: {
        title: "CSP visit",
        guestCity: "A",
        hostCity: "B",
        firstDay: "2025-06-10",
        lastDay: "2025-06-11",
        timeZone: "Europe/London",
      },
    }),
  );
  await signIn(page, { email: staff.email, password: PASSWORD });
  const res = await page.goto(`/visits/${id}`);
  expect(res!.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  await expect(page.getByRole("heading", { level: 1, name: "CSP visit" })).toBeVisible();
  await page.goto(`/visits/${id}/delegates`);
  await expect(page.locator("form[data-hydrated]").first()).toBeAttached();
  expect(violations).toEqual([]);
});

// Fails on the old code: generateMetadata read the visit before the page's sign-in check.
test("an anonymous request learns nothing about a visit, not even its title", async ({ request }) => {
  const title = `Secret visit ${Date.now()}`;
  const id = await createE2eVisit(
    visitFile({
      visit: { title, guestCity: "A", hostCity: "B", firstDay: "2025-06-10", lastDay: "2025-06-11", timeZone: "Europe/London" },
    }),
  );
  for (const headers of [{}, { RSC: "1" }] as Record<string, string>[]) {
    const res = await request.get(`/visits/${id}`, { headers, maxRedirects: 0 });
    expect(await res.text()).not.toContain(title);
  }
  const followed = await request.get(`/visits/${id}`);
  expect(followed.url()).toContain("/signin");
  expect(await followed.text()).not.toContain(title);
});

// Fails on the old code: "/\evil.example" passed the "starts with / but not //" check.
test("sign-in never sends the browser to another site", async ({ page }) => {
  const staff = await createE2eStaff({ role: "VIEWER", email: uniqueEmail("redirect") });
  await signIn(page, { email: staff.email, password: PASSWORD }, "/\\evil.example/phish");
  expect(new URL(page.url()).host).toMatch(/^127\.0\.0\.1:/);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/\t/evil.example")}`);
  expect(new URL(page.url()).host).toMatch(/^127\.0\.0\.1:/);
});

// Fails on the old code: a signed-out cookie stayed valid for 12 hours, here on a second instance.
test("after sign-out, the old session cookie is refused by a second instance too", async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const second = await startSecondInstance();
  try {
    const staff = await createE2eStaff({ role: "VIEWER", email: uniqueEmail("signout") });
    await signIn(page, { email: staff.email, password: PASSWORD });
    const cookies = await page.context().cookies();
    const other = await browser.newContext({ baseURL: second.url });
    await other.addCookies(cookies.map((c) => ({ ...c, domain: "127.0.0.1" })));
    const onSecond = await other.newPage();
    await onSecond.goto("/");
    await expect(onSecond).not.toHaveURL(/\/signin/); // the cookie works on both instances
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await onSecond.goto("/");
    await expect(onSecond).toHaveURL(/\/signin/);
    await other.close();
    expect(baseURL).not.toBe(second.url);
  } finally {
    second.stop();
  }
});

/** A second `next start` on the same build and database (E2E_PORT2, default 3126). */
async function startSecondInstance(): Promise<{ url: string; stop: () => void }> {
  const port = process.env.E2E_PORT2 ?? "3126";
  const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child: ChildProcess = spawn(process.execPath, [next, "start", "-H", "127.0.0.1", "-p", port], {
    env: {
      ...process.env,
      DATABASE_URL: E2E_DATABASE_URL,
      NEXTAUTH_SECRET: "e2e-only-secret-not-for-production-use-000000",
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => /Ready|started server|Local:/i.test(String(d)) && resolve());
    child.on("exit", (code) => reject(new Error(`second instance exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill("SIGTERM") };
}

// Fails on the old code: a 0.98 MB CSV passed the app's limit but not Next's 1 MB body limit
// once encoded (HTTP 500, a hung form); a larger one gave no message at all.
test("a CSV close to 1 MB imports, and a larger one gets a clear message before sending", async ({ page }) => {
  test.setTimeout(60_000);
  const staff = await createE2eStaff({ role: "EDITOR", email: uniqueEmail("upload") });
  const id = await createE2eVisit(
    visitFile({
      visit: {
        title: "Upload visit",
        guestCity: "A",
        hostCity: "B",
        firstDay: "2025-06-10",
        lastDay: "2025-06-11",
        timeZone: "Europe/London",
      },
    }),
  );
  await signIn(page, { email: staff.email, password: PASSWORD });
  await page.goto(`/visits/${id}/delegates`);
  await page.getByText("Import delegates from CSV").click();
  // Quotes and line breaks, as a spreadsheet exports notes: each grows when the form sends it.
  const note = `"${'Arrives with the main group; needs a quiet room, ""please"".\n'.repeat(8)}"`;
  const rows = Array.from({ length: 1900 }, (_, i) => `Delegate ${i + 1},${note}`);
  const csv = `name,notes\n${rows.join("\n")}\n`;
  expect(Buffer.byteLength(csv)).toBeGreaterThan(950_000);
  expect(Buffer.byteLength(csv)).toBeLessThan(1_000_000);
  await page.getByLabel(/CSV file/).setInputFiles({ name: "delegates.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Import delegates" }).click();
  await expect(page.getByRole("status")).toHaveText("Imported 1900 delegates.", { timeout: 30_000 });

  const big = `name,notes\n${Array.from({ length: 1800 }, (_, i) => `Delegate ${i},${"x".repeat(600)}`).join("\n")}`;
  await page.getByLabel(/CSV file/).setInputFiles({ name: "big.csv", mimeType: "text/csv", buffer: Buffer.from(big) });
  await expect(page.getByRole("alert").filter({ hasText: "larger" })).toHaveText(
    "The file is larger than 1 MB: split it into smaller files and import them one by one.",
  );
});

// Fails on the old code: every request made a PDF, however many came.
test("the delegate PDF answers 429 with a readable message after 10 downloads of one link in a minute", async ({ request }) => {
  const token = `e2e-limit-${Date.now()}`;
  const statuses: number[] = [];
  for (let i = 0; i < 11; i++) statuses.push((await request.get(`/d/${token}/itinerary.pdf`)).status());
  expect(statuses.slice(0, 10).every((s) => s !== 429)).toBe(true);
  const refused = await request.get(`/d/${token}/itinerary.pdf`);
  expect(refused.status()).toBe(429);
  expect(await refused.text()).toMatch(/^Too many downloads of this itinerary just now\. Wait a minute/);
  expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(0);
});
