import { expect, test, type Page, type Request } from "@playwright/test";
import { createE2eStaff, createE2eVisit, e2eDb } from "./db";
import { signIn } from "./helpers";
import { leipzigVisit } from "../factories/leipzig";

const PASSWORD = "correct horse battery";

// Whole user journeys on a shared 2-core machine: more than the default 30 s each.
test.describe.configure({ timeout: 120_000 });

/** A private copy of the Leipzig visit (the seeded one stays as other tests expect it). */
async function freshLeipzig(label: string) {
  const file = leipzigVisit();
  const title = `Leipzig ${label} ${Date.now()}`;
  const id = await createE2eVisit({ ...file, visit: { ...file.visit, title } });
  return { id, title };
}

/** One day of the schedule as a list (the timeline has its own spec). */
async function openSchedule(page: Page, id: string, day = "2025-06-10") {
  await page.goto(`/visits/${id}?day=${day}&view=list`);
  await page.locator("[data-editor-ready]").waitFor();
}

const slotCard = (page: Page, title: string) =>
  page.getByTestId("slot").filter({ has: page.getByRole("heading", { level: 3, name: title }) });

test("an editor double-books Dr Antje Nolting, sees the clash, moves the slot away and publishes", async ({ page }) => {
  const editor = await createE2eStaff({ role: "EDITOR", name: "Erika Editor", email: `editor-${Date.now()}@example.org` });
  const visit = await freshLeipzig("editor test");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openSchedule(page, visit.id, "2025-06-11");
  await expect(page.getByTestId("draft-status")).toContainText("Not published yet");

  // Add a slot on Wednesday at 10:00 BST, during the Aston meeting she speaks at.
  await page.getByRole("button", { name: "Add slot on Wednesday 11 June 2025" }).click();
  const form = page.getByRole("dialog", { name: "New slot on Wednesday 11 June 2025" });
  await form.getByLabel("Title").fill("Press interview");
  await form.getByLabel("Start (BST)").fill("10:00");
  await form.getByLabel("End (BST)").fill("09:00");
  await form.getByRole("button", { name: "Add slot" }).click();
  await expect(form.getByTestId("error-end")).toHaveText(
    'The slot must end after it starts: 09:00 is not after 10:00. If it runs past midnight, tick "Ends the next day".',
  );
  await form.getByLabel("End (BST)").fill("11:00");
  await form.getByLabel("Venue").selectOption({ label: "STEAMhouse" });
  await form.getByLabel("Dr Antje Nolting").check();
  await form.getByRole("button", { name: "Add slot" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toHaveText(
    'Added "Press interview" on Wednesday 11 June 2025 at 10:00.',
  );
  await expect(form).toBeHidden();

  // The warning on the slot …
  const card = slotCard(page, "Press interview");
  await expect(card).toContainText("10:00–11:00 BST");
  await expect(card.locator('[data-testid=slot-warning][data-type="person-double-booked"]')).toContainText(
    'Dr Antje Nolting is in two slots at once: "Aston University: research and knowledge exchange" (Wed 11 Jun 09:30–12:30 BST) and "Press interview" (Wed 11 Jun 10:00–11:00 BST)',
  );
  // … and in the list, linking back to the slot.
  await page.getByRole("navigation", { name: "Visit sections" }).getByRole("link", { name: "Clashes" }).click();
  const listed = page.getByTestId("conflict").filter({ hasText: "Dr Antje Nolting is in two slots at once" });
  await expect(listed).toHaveCount(1);
  const api = await page.request.get(`/api/visits/${visit.id}/conflicts`);
  expect(api.status()).toBe(200);
  const json = (await api.json()) as { warnings: { type: string; personIds: string[] }[] };
  expect(json.warnings.filter((w) => w.type === "person-double-booked")).toHaveLength(1);
  await listed.getByRole("link", { name: /Press interview/ }).click();
  await expect(page).toHaveURL(new RegExp(`/visits/${visit.id}\\?day=2025-06-11&view=list#slot-`));
  await page.locator("[data-editor-ready]").waitFor();

  // Move it to Friday afternoon, when she is free: the clash goes.
  await page.getByRole("button", { name: 'Move "Press interview"' }).click();
  const move = page.getByRole("dialog", { name: 'Move "Press interview"' });
  await move.getByLabel("New day").selectOption({ label: "Friday 13 June 2025" });
  await move.getByLabel("New start (BST)").fill("15:00");
  await move.getByRole("button", { name: "Move slot" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toHaveText(
    'Moved "Press interview" to Friday 13 June 2025 at 15:00.',
  );
  // It left Wednesday's page and is on Friday's.
  await expect(slotCard(page, "Press interview")).toHaveCount(0);
  await page
    .getByRole("navigation", { name: "Days" })
    .getByRole("link", { name: /Fri 13 Jun/ })
    .click();
  await expect(page.getByTestId("day").getByRole("heading", { level: 2 })).toHaveText("Friday 13 June 2025");
  const moved = slotCard(page, "Press interview");
  await expect(moved).toContainText("15:00–16:00 BST");
  await expect(moved.getByTestId("slot-warning")).toHaveCount(0);
  // The tab's old address still arrives, at the Clashes tab.
  await page.goto(`/visits/${visit.id}/conflicts`);
  await expect(page).toHaveURL(new RegExp(`/visits/${visit.id}/clashes$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Clashes" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("conflict").filter({ hasText: "Press interview" })).toHaveCount(0);

  // Publish: the review lists the new slot; the history names the editor.
  await page.getByRole("navigation", { name: "Visit sections" }).getByRole("link", { name: "Publish" }).click();
  await expect(page.getByTestId("change").filter({ hasText: "Press interview" })).toContainText("Added");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByRole("button", { name: "Publish as version 1" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 1" })).toBeVisible();
  await expect(page.getByTestId("publication-history")).toContainText("Erika Editor");
  await page.goto(`/visits/${visit.id}`);
  await expect(page.getByTestId("draft-status")).toContainText("Published v1");
  await expect(page.getByTestId("draft-status")).toContainText("Draft matches the published version");
  await page.goto(`/visits/${visit.id}/history`);
  const entries = page.getByTestId("audit-entry");
  await expect(entries.nth(0)).toContainText("Published version 1");
  await expect(entries.nth(1)).toContainText("Moved slot “Press interview”");
  await expect(entries.nth(1)).toContainText("Erika Editor");
  await expect(entries.nth(1)).toContainText("Wed 11 Jun 10:00 BST → Fri 13 Jun 15:00 BST");
  await expect(entries.nth(2)).toContainText("Added slot “Press interview”");
});

test("a viewer sees no edit controls, and a forged server action from a viewer is refused", async ({ page, browser }) => {
  const stamp = Date.now();
  const editor = await createE2eStaff({ role: "EDITOR", email: `editor2-${stamp}@example.org` });
  const viewer = await createE2eStaff({ role: "VIEWER", email: `viewer2-${stamp}@example.org` });
  const visit = await freshLeipzig("viewer test");
  const prisma = await e2eDb();
  const counts = async () => ({
    slots: await prisma.timeSlot.count({ where: { visitId: visit.id } }),
    audit: await prisma.auditEntry.count({ where: { visitId: visit.id } }),
  });

  // The editor adds a slot; the browser's server action request is kept for replaying.
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openSchedule(page, visit.id);
  await page.getByRole("button", { name: "Add slot on Tuesday 10 June 2025" }).click();
  const form = page.getByRole("dialog", { name: "New slot on Tuesday 10 June 2025" });
  await form.getByLabel("Title").fill("Forgery probe");
  const sent = page.waitForRequest((r: Request) => r.method() === "POST" && !!r.headers()["next-action"]);
  await form.getByRole("button", { name: "Add slot" }).click();
  const request = await sent;
  await expect(slotCard(page, "Forgery probe")).toHaveCount(1);
  const before = await counts();

  const viewerContext = await browser.newContext();
  const vpage = await viewerContext.newPage();
  await signIn(vpage, { email: viewer.email, password: PASSWORD });
  await vpage.goto(`/visits/${visit.id}?view=list`);
  await expect(vpage.getByRole("heading", { level: 3, name: "Forgery probe" })).toBeVisible();
  await expect(vpage.getByRole("button", { name: /Add slot|Edit|Move|Duplicate|Delete/ })).toHaveCount(0);
  await expect(vpage.getByText("ask an admin for editor rights")).toBeVisible();
  await vpage.goto(`/visits/${visit.id}/publish`);
  await expect(vpage.getByRole("button", { name: /Publish/ })).toHaveCount(0);
  await expect(vpage.getByText("Only editors can publish.")).toBeVisible();

  const replay = (ctx: typeof vpage.request) =>
    ctx.post(request.url(), {
      headers: {
        "next-action": request.headers()["next-action"],
        "content-type": request.headers()["content-type"],
        accept: "text/x-component",
      },
      data: request.postData() ?? "",
    });
  const refused = await replay(vpage.request);
  expect(await refused.text()).toContain('"code":"FORBIDDEN"');
  expect(await counts()).toEqual(before);

  // The same bytes with the editor's session do write: the refusal above was the role check.
  const accepted = await replay(page.request);
  expect(await accepted.text()).toContain('"ok":true');
  expect((await counts()).slots).toBe(before.slots + 1);

  // The conflicts JSON: viewers may read it, a signed-out request gets a JSON 401.
  expect((await vpage.request.get(`/api/visits/${visit.id}/conflicts`)).status()).toBe(200);
  const anonymous = await browser.newContext();
  const r401 = await anonymous.request.get(`/api/visits/${visit.id}/conflicts`);
  expect(r401.status()).toBe(401);
  expect(await r401.json()).toMatchObject({ error: "UNAUTHENTICATED" });
  await anonymous.close();
  await viewerContext.close();
});

test("a save based on an old version is refused, keeps what was typed and shows the other editor's values", async ({ page }) => {
  const editor = await createE2eStaff({ role: "EDITOR", email: `editor3-${Date.now()}@example.org` });
  const visit = await freshLeipzig("stale test");
  const prisma = await e2eDb();
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openSchedule(page, visit.id, "2025-06-13");

  await page.getByRole("button", { name: 'Edit "Farewell lunch"' }).click();
  const form = page.getByRole("dialog", { name: 'Edit "Farewell lunch"' });
  await form.getByLabel("Title").fill("Farewell lunch with the Lord Mayor");
  // Meanwhile a colleague saves the same slot.
  const slot = await prisma.timeSlot.findFirstOrThrow({ where: { visitId: visit.id, title: "Farewell lunch" } });
  await prisma.timeSlot.update({ where: { id: slot.id }, data: { title: "Farewell lunch (moved upstairs)", version: { increment: 1 } } });

  await form.getByRole("button", { name: "Save changes" }).click();
  // The same notice as every record form: nothing saved, their values listed, mine kept.
  const notice = form.getByRole("alert").filter({ hasText: "Someone else saved this while you were editing. Nothing of yours was saved." });
  await expect(notice).toContainText("Title: Farewell lunch (moved upstairs)");
  await expect(form.getByLabel("Title")).toHaveValue("Farewell lunch with the Lord Mayor");
  expect((await prisma.timeSlot.findUniqueOrThrow({ where: { id: slot.id } })).title).toBe("Farewell lunch (moved upstairs)");

  // Saving again replaces theirs knowingly.
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved" })).toHaveText('Saved "Farewell lunch with the Lord Mayor".');
  await expect(page.getByRole("heading", { level: 3, name: "Farewell lunch with the Lord Mayor" })).toBeVisible();
  expect((await prisma.timeSlot.findUniqueOrThrow({ where: { id: slot.id } })).version).toBe(3);
});
