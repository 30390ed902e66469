import { expect, test, type Page } from "@playwright/test";
import { createE2eStaff, e2eDb } from "./db";
import { openLeipzigVisit, signIn } from "./helpers";
import { at, slot, visitFile } from "../factories/visit-file";

// A whole visit in and out of the app, as staff without a terminal do it: download the visit
// file from Settings, import it from New visit.

const PASSWORD = "correct horse battery";

async function signInAsEditor(page: Page) {
  const staff = await createE2eStaff({ role: "EDITOR", email: `visit-file-${Date.now()}@example.org` });
  await signIn(page, { email: staff.email, password: PASSWORD });
}

async function openImportCard(page: Page) {
  await page.goto("/visits/new");
  await page.locator("form[data-ready=visit-file-import]").waitFor();
  return page.getByRole("region", { name: "Or import a visit file" });
}

test("an editor downloads the demo visit's file from Settings and imports it as a new visit", async ({ page }) => {
  await signInAsEditor(page);
  const prisma = await e2eDb();
  await openLeipzigVisit(page);
  const demoId = new URL(page.url()).pathname.split("/")[2];
  await page.getByRole("navigation", { name: "Visit sections" }).getByRole("link", { name: "Settings" }).click();
  const card = page.getByRole("region", { name: "Visit file" });
  await expect(card).toContainText("staff notes and gift values included");
  const downloading = page.waitForEvent("download");
  await card.getByRole("link", { name: "Download visit file (JSON)" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("visit-2025-06-10-leipzig-delegation-to-birmingham.json");
  const path = await download.path();

  const visitsBefore = await prisma.visit.count();
  const importCard = await openImportCard(page);
  await importCard.getByLabel("Visit file (.json, at most 64 MB)").setInputFiles(path);
  await importCard.getByRole("button", { name: "Import visit file" }).click();
  await expect(page).toHaveURL(/\/visits\/(?!new$)[^/]+$/);
  const newId = new URL(page.url()).pathname.split("/")[2];
  try {
    expect(newId).not.toBe(demoId);
    await expect(page.getByRole("heading", { level: 1, name: "Leipzig delegation to Birmingham" })).toBeVisible();
    await expect(page.getByText("Welcome and programme briefing").first()).toBeVisible();
    expect(await prisma.visit.count()).toBe(visitsBefore + 1);
    const [demoSlots, copySlots] = await Promise.all([
      prisma.timeSlot.count({ where: { visitId: demoId } }),
      prisma.timeSlot.count({ where: { visitId: newId } }),
    ]);
    expect(copySlots).toBe(demoSlots);
  } finally {
    // Other specs find the demo visit by its title: the copy must not stay beside it.
    await prisma.visit.deleteMany({ where: { id: newId } });
  }
});

test("a visit file with problems lists them as 'path: message' and creates no visit", async ({ page }) => {
  await signInAsEditor(page);
  const prisma = await e2eDb();
  const visitsBefore = await prisma.visit.count();
  const card = await openImportCard(page);
  const input = card.getByLabel("Visit file (.json, at most 64 MB)");
  const backwards = visitFile({
    slots: [
      slot({ title: "Backwards", start: at("2025-06-10", "11:00", "Europe/London"), end: at("2025-06-10", "10:00", "Europe/London") }),
    ],
  });
  await input.setInputFiles({ name: "backwards.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(backwards)) });
  await card.getByRole("button", { name: "Import visit file" }).click();
  const alert = card.getByRole("alert");
  await expect(alert).toContainText("The file has 1 problem; nothing was imported.");
  await expect(alert.getByRole("listitem")).toHaveText(["slots[0].end: before start: a slot must end after it starts"]);

  // Bad JSON; the request is held until the button has shown that it is at work.
  await input.setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{"format": "itinera.visit",') });
  await expect(card.getByRole("alert")).toHaveCount(0);
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route("**/visits/import", async (route) => {
    await held;
    await route.continue();
  });
  await card.getByRole("button", { name: "Import visit file" }).click();
  await expect(card.getByRole("button", { name: "Importing…" })).toBeDisabled();
  release();
  await expect(alert.getByRole("listitem")).toHaveText([/^\(file\): not valid JSON/]);
  await page.unroute("**/visits/import");

  // Sixty problems: the first fifty are listed, then how many more.
  const many = visitFile({
    slots: Array.from({ length: 60 }, (_, i) =>
      slot({ title: `Backwards ${i}`, start: at("2025-06-10", "11:00", "Europe/London"), end: at("2025-06-10", "10:00", "Europe/London") }),
    ),
  });
  await input.setInputFiles({ name: "many.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(many)) });
  await card.getByRole("button", { name: "Import visit file" }).click();
  await expect(alert).toContainText("The file has 60 problems; nothing was imported.");
  await expect(alert.getByRole("listitem")).toHaveCount(50);
  await expect(alert).toContainText("and 10 more.");

  // The server cannot be reached.
  await page.route("**/visits/import", (route) => route.abort("internetdisconnected"));
  await card.getByRole("button", { name: "Import visit file" }).click();
  await expect(alert).toHaveText("The server could not be reached: check your connection and try again. Nothing was imported.");

  await expect(page).toHaveURL(/\/visits\/new$/);
  expect(await prisma.visit.count()).toBe(visitsBefore);
});

test("a visit file over 10 MB goes through the app whole (nothing on the way cuts it short)", async ({ page }) => {
  await signInAsEditor(page);
  const prisma = await e2eDb();
  const title = `Large file ${Date.now()}`;
  const file = visitFile({ visit: { ...visitFile().visit, title } });
  // Valid JSON of 12 MB: the visit, then white space (as a file with many photos would be).
  const body = JSON.stringify(file) + " ".repeat(12_000_000);
  const origin = new URL(page.url()).origin;
  const res = await page.request.post("/visits/import", { data: body, headers: { "Content-Type": "application/json", Origin: origin } });
  const text = await res.text();
  expect(res.status(), text).toBe(201);
  const answer = JSON.parse(text) as { visitId: string };
  try {
    expect((await prisma.visit.findUniqueOrThrow({ where: { id: answer.visitId } })).title).toBe(title);
  } finally {
    await prisma.visit.deleteMany({ where: { id: answer.visitId } });
  }
});
