import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createE2eVisit, e2eDb } from "./db";
import { DEMO_ADMIN, openLeipzigVisit, signIn } from "./helpers";
import { at, contact, delegate, organisation, slot, venue, visitFile } from "../factories/visit-file";

async function leipzigId() {
  const db = await e2eDb();
  return (await db.visit.findFirstOrThrow({ where: { title: "Leipzig delegation to Birmingham" }, orderBy: { createdAt: "asc" } })).id;
}

// Rendering a PDF takes a moment, and far longer on a cold, busy server: these tests allow it.
test.describe.configure({ timeout: 120_000 });

test("staff download the programme PDF: the button shows it is preparing, then the file arrives", async ({ page }) => {
  await signIn(page, DEMO_ADMIN);
  await openLeipzigVisit(page);
  const button = page.getByRole("button", { name: "Programme PDF" });
  await page.locator("[data-hydrated]").first().waitFor();

  // Hold the response until the pending state has been seen, so the check never races the server.
  let release!: () => void;
  const seen = new Promise<void>((r) => (release = r));
  let contentType = "";
  await page.route("**/programme.pdf", async (route) => {
    const response = await route.fetch();
    contentType = response.headers()["content-type"];
    await seen;
    await route.fulfill({ response });
  });

  const download = page.waitForEvent("download");
  await button.click();
  await expect(page.getByRole("button", { name: "Preparing PDF…" })).toBeDisabled();
  release();
  const file = await download;
  await expect(page.getByRole("button", { name: "Programme PDF" })).toBeEnabled({ timeout: 60_000 });
  expect(file.suggestedFilename()).toBe("Leipzig-delegation-programme-v1.pdf");
  expect(contentType).toBe("application/pdf");
  expect(
    fs
      .readFileSync((await file.path())!)
      .subarray(0, 5)
      .toString(),
  ).toBe("%PDF-");
});

test("a signed-out request for the programme PDF is refused", async ({ request }) => {
  const res = await request.get(`/visits/${await leipzigId()}/programme.pdf`);
  expect(res.status()).toBe(401);
  expect(res.headers()["content-type"]).not.toContain("pdf");
  expect(await res.text()).toContain("Sign in again");
});

test("when the session has ended, the download button says so instead of saving a file", async ({ page, context }) => {
  await signIn(page, DEMO_ADMIN);
  await openLeipzigVisit(page);
  await page.locator("[data-hydrated]").first().waitFor();
  await context.clearCookies();
  await page.getByRole("button", { name: "All itineraries PDF" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Your session has ended. Sign in again." })).toBeVisible({ timeout: 60_000 });
});

test("a visit never published offers no PDFs and its programme URL says to publish first", async ({ page }) => {
  const id = await createE2eVisit(
    visitFile({
      visit: {
        title: `Unpublished PDF probe ${Date.now()}`,
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: "2025-06-10",
        lastDay: "2025-06-11",
        timeZone: "Europe/London",
      },
    }),
  );
  await signIn(page, DEMO_ADMIN);
  await page.goto(`/visits/${id}`);
  await expect(page.getByText("publish the visit to download them")).toBeVisible();
  await expect(page.getByRole("button", { name: "Programme PDF" })).toHaveCount(0);
  const res = await page.request.get(`/visits/${id}/programme.pdf`);
  expect(res.status()).toBe(409);
  expect(await res.text()).toContain("Publish it first");
});

/** Page texts, bookmarks and the QR codes on page 1 of a PDF, read with poppler, qpdf and zbarimg. */
function readPdf(bytes: Buffer) {
  const file = path.join(os.tmpdir(), `itinera-e2e-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, bytes);
  try {
    const quiet = { encoding: "utf8" as const, stdio: ["ignore", "pipe", "ignore"] as ["ignore", "pipe", "ignore"] };
    const pages = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"], quiet)
      .split("\f")
      .slice(0, -1)
      .map((p) => p.replace(/\s+/g, " "));
    const outlines = JSON.parse(execFileSync("qpdf", ["--json", "--json-key=outlines", file], quiet)).outlines as { title: string }[];
    execFileSync("pdftoppm", ["-r", "150", "-f", "1", "-l", "1", "-singlefile", "-png", file, `${file}-1`], quiet);
    let qr: string[] = [];
    try {
      qr = execFileSync("zbarimg", ["--raw", "-q", `${file}-1.png`], quiet)
        .trim()
        .split("\n")
        .filter(Boolean);
    } catch {
      qr = [];
    }
    return { pages, bookmarks: outlines.map((o) => o.title), qr };
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(`${file}-1.png`, { force: true });
  }
}

test("all itineraries of a large delegation come as one PDF: each delegate numbered on their own and bookmarked", async ({ page }) => {
  const tz = "Europe/London";
  const names = Array.from({ length: 14 }, (_, n) => `Delegate ${String(n + 1).padStart(2, "0")} Øster`);
  const visitId = await createE2eVisit(
    visitFile({
      visit: {
        title: `Large delegation ${Date.now()}`,
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: "2025-06-10",
        lastDay: "2025-06-11",
        timeZone: tz,
      },
      venues: [venue({ key: "v1", name: "Council House" })],
      organisations: [
        organisation({ key: "o1", name: "City Council", contacts: [contact({ key: "c1", name: "Pat Host", phone: "+44 121 496 0999" })] }),
      ],
      delegates: names.map((name, n) => delegate({ key: `d${n}`, name, language: n % 2 ? "de" : "en" })),
      slots: names.map((_, n) =>
        slot({
          title: `Meeting ${n + 1}`,
          start: at("2025-06-10", `${String(8 + (n % 10)).padStart(2, "0")}:00`, tz),
          end: at("2025-06-10", `${String(8 + (n % 10)).padStart(2, "0")}:45`, tz),
          venue: "v1",
          host: "o1",
          attendees: [{ person: `d${n}` }, { person: "c1", role: "HOST" }],
        }),
      ),
    }),
  );
  const { publishVisit } = await import("@/lib/publications/mutations");
  await publishVisit(visitId, null);

  await signIn(page, DEMO_ADMIN);
  const res = await page.request.get(`/visits/${visitId}/itineraries.pdf`, { timeout: 120_000 });
  expect(res.status()).toBe(200);
  const { pages, bookmarks } = readPdf(await res.body());
  expect(pages.map((p) => names.find((name) => p.includes(`${name} · Large delegation`)))).toEqual(names);
  expect(pages.map((p) => /(Page|Seite) \d+ (of|von) \d+/.exec(p)?.[0])).toEqual(
    names.map((_, n) => (n % 2 ? "Seite 1 von 1" : "Page 1 of 1")),
  );
  names.forEach((_, n) => expect(pages[n]).toContain(`Meeting ${n + 1}`));
  expect(bookmarks).toEqual(names);

  // Staff choose one language for all
  const english = readPdf(await (await page.request.get(`/visits/${visitId}/itineraries.pdf?lang=en`)).body());
  expect(english.pages.every((p) => p.includes("Page 1 of 1"))).toBe(true);
});

test("a staff copy of an itinerary carries the delegate's current link as a QR code, which opens their page", async ({ page }) => {
  const db = await e2eDb();
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  const visitId = await leipzigId();
  const blum = await db.delegate.findFirstOrThrow({ where: { visitId, name: "Manuela Blum" } });
  const { token } = await issueLink({ visitId, delegateId: blum.id, actorId: null });

  await signIn(page, DEMO_ADMIN);
  const res = await page.request.get(`/visits/${visitId}/delegates/${blum.id}/itinerary.pdf`);
  expect(res.status()).toBe(200);
  const { pages, qr } = readPdf(await res.body());
  expect(pages[0]).toContain("PERSÖNLICHER REISEPLAN");
  expect(qr).toHaveLength(1);
  expect(qr[0]).toMatch(new RegExp(`/d/${token}$`));

  // Printed again: the same link, not a new one (her phone keeps working)
  const again = readPdf(await (await page.request.get(`/visits/${visitId}/delegates/${blum.id}/itinerary.pdf?lang=en`)).body());
  expect(again.qr).toEqual(qr);
  expect(again.pages[0]).toContain("PERSONAL ITINERARY");

  // The code opens her page
  await page.context().clearCookies();
  await page.goto(new URL(qr[0]).pathname);
  await expect(page.getByText("Manuela Blum").first()).toBeVisible();
});
