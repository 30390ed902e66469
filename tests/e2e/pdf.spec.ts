import fs from "node:fs";
import { expect, test } from "@playwright/test";
import { createE2eVisit, e2eDb } from "./db";
import { DEMO_ADMIN, openLeipzigVisit, signIn } from "./helpers";
import { visitFile } from "../factories/visit-file";

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
  expect(fs.readFileSync((await file.path())!).subarray(0, 5).toString()).toBe("%PDF-");
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
  const id = await createE2eVisit(visitFile({ visit: { title: `Unpublished PDF probe ${Date.now()}`, guestCity: "Leipzig", hostCity: "Birmingham", firstDay: "2025-06-10", lastDay: "2025-06-11", timeZone: "Europe/London" } }));
  await signIn(page, DEMO_ADMIN);
  await page.goto(`/visits/${id}`);
  await expect(page.getByText("publish the visit to download them")).toBeVisible();
  await expect(page.getByRole("button", { name: "Programme PDF" })).toHaveCount(0);
  const res = await page.request.get(`/visits/${id}/programme.pdf`);
  expect(res.status()).toBe(409);
  expect(await res.text()).toContain("Publish it first");
});
