import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { createE2eStaff, createE2eVisit, e2eDb } from "./db";
import { signIn } from "./helpers";
import { leipzigVisit } from "../factories/leipzig";
import { conferenceSummitFile } from "../factories/summit";

// The day timeline: drag with the mouse, move with the keyboard, see a clash before the drop,
// undo, two editors at once, the 2,000-slot summit, axe. Geometry: 1.6 px per minute; lanes
// are the visit's venues by name (Aston University first, Birmingham Design Festival next).

const PASSWORD = "correct horse battery";
const PX_PER_MIN = 1.6;
test.describe.configure({ timeout: 120_000 });

async function setup(label: string) {
  const editor = await createE2eStaff({ role: "EDITOR", name: `Tim ${label}`, email: `timeline-${label}-${Date.now()}@example.org` });
  const file = leipzigVisit();
  const id = await createE2eVisit({ ...file, visit: { ...file.visit, title: `Leipzig timeline ${label} ${Date.now()}` } });
  return { editor, id };
}

async function openDay(page: Page, id: string, day = "2025-06-11") {
  await page.goto(`/visits/${id}?day=${day}`);
  await page.locator("[data-editor-ready]").waitFor();
  await expect(page.getByTestId("timeline")).toBeVisible();
}

/** The block whose title this is (other blocks may name it in their clashes). */
const block = (page: Page, title: string) =>
  page.getByTestId("block").filter({ hasText: new RegExp(`^(⚠ )?${title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });

async function slotRow(id: string, title: string) {
  const db = await e2eDb();
  return db.timeSlot.findFirstOrThrow({ where: { visitId: id, title }, include: { venue: true, attendances: true } });
}

/** Presses the mouse on a block, moves it by minutes and lanes in small steps; `drop` releases it. */
async function dragBlock(page: Page, b: Locator, { minutes, lanes = 0 }: { minutes: number; lanes?: number }, drop = true) {
  // In the middle of the screen, away from the edges where dragging scrolls the page.
  await b.evaluate((el) => el.scrollIntoView({ block: "center" }));
  const box = (await b.boundingBox())!;
  const laneWidth = (await page.locator("[data-lane]").first().boundingBox())!.width;
  const x = box.x + 12;
  const y = box.y + 10;
  await page.mouse.move(x, y);
  await page.mouse.down();
  const dx = lanes * laneWidth;
  const dy = minutes * PX_PER_MIN;
  for (let i = 1; i <= 8; i++) await page.mouse.move(x + (dx * i) / 8, y + (dy * i) / 8);
  if (drop) await page.mouse.up();
}

test("a block dragged with the mouse to a later time and another venue is saved", async ({ page }) => {
  const { editor, id } = await setup("mouse");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openDay(page, id);
  const lunch = block(page, "Lunch with Aston researchers");
  await expect(lunch).toContainText("12:30–13:30");
  await dragBlock(page, lunch, { minutes: 30, lanes: 1 });
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toContainText(
    'Moved "Lunch with Aston researchers" 13:00–14:00 at Birmingham Design Festival – The Exchange.',
  );
  await expect(lunch).toContainText("13:00–14:00");
  const row = await slotRow(id, "Lunch with Aston researchers");
  expect(row.venue?.name).toBe("Birmingham Design Festival – The Exchange");
  expect(row.startsAt.toISOString()).toBe("2025-06-11T12:00:00.000Z");
  expect(row.endsAt.toISOString()).toBe("2025-06-11T13:00:00.000Z");
  // After a reload it is still there, in the new venue's lane.
  await page.reload();
  await expect(block(page, "Lunch with Aston researchers")).toHaveAccessibleName(/13:00–14:00 · 4 people\s*, Birmingham Design Festival/);
});

test("a block is moved with the keyboard alone, each step announced", async ({ page }) => {
  const { editor, id } = await setup("keys");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openDay(page, id);
  const lunch = block(page, "Lunch with Aston researchers");
  // Tab to it as a person would.
  for (let n = 0; n < 80 && !(await lunch.evaluate((el) => el === document.activeElement)); n++) await page.keyboard.press("Tab");
  await expect(lunch).toBeFocused();
  await lunch.evaluate((el) => el.scrollIntoView({ block: "center" }));
  await expect(lunch).toHaveAccessibleName(/^Lunch with Aston researchers\s*12:30–13:30 · 4 people\s*, Aston University, no clashes$/);
  const live = page.locator('[id^="DndLiveRegion"]');
  await page.keyboard.press("Space");
  await expect(live).toContainText('Picked up "Lunch with Aston researchers" 12:30–13:30 at Aston University');
  await page.keyboard.press("ArrowDown");
  await expect(live).toContainText('"Lunch with Aston researchers" 12:35–13:35 at Aston University. No clash.');
  await page.keyboard.press("Shift+ArrowDown");
  await expect(live).toContainText("12:50–13:50 at Aston University");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(live).toContainText("12:35–13:35 at Aston University");
  await page.keyboard.press("ArrowRight");
  await expect(live).toContainText("12:35–13:35 at Birmingham Design Festival – The Exchange");
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toContainText("12:35–13:35 at Birmingham Design Festival");
  const row = await slotRow(id, "Lunch with Aston researchers");
  expect(row.startsAt.toISOString()).toBe("2025-06-11T11:35:00.000Z");
  expect(row.venue?.name).toBe("Birmingham Design Festival – The Exchange");

  // Escape cancels: nothing changes. (On a fresh load: the page refreshed after the drop.)
  await page.reload();
  await expect(lunch).toHaveAccessibleName(/^Lunch with Aston researchers\s*12:35–13:35/);
  await lunch.focus();
  await page.keyboard.press("Space");
  await expect(live).toContainText('Picked up "Lunch with Aston researchers" 12:35–13:35');
  await page.keyboard.press("ArrowDown");
  await expect(live).toContainText("12:40–13:40 at Birmingham Design Festival");
  await page.keyboard.press("Escape");
  await expect(live).toContainText("Cancelled.");
  await expect(page.getByTestId("drag-preview")).toHaveCount(0);
  expect((await slotRow(id, "Lunch with Aston researchers")).startsAt.toISOString()).toBe("2025-06-11T11:35:00.000Z");
});

test("dragging a block onto a delegate's other slot shows the clash before the drop", async ({ page }) => {
  const { editor, id } = await setup("clash");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openDay(page, id);
  const lunch = block(page, "Lunch with Aston researchers");
  await expect(lunch).not.toHaveAttribute("data-clashes");
  // 12:30 -> 14:30, when the same delegates are at the University of Birmingham.
  await dragBlock(page, lunch, { minutes: 120 }, false);
  const preview = page.getByTestId("drag-preview");
  await expect(preview).toContainText("If dropped: 14:30–15:30 at Aston University");
  await expect(preview).toContainText(
    'are in two slots at once: "Lunch with Aston researchers" (Wed 11 Jun 14:30–15:30 BST) and "University of Birmingham: Horizon Europe partnerships"',
  );
  await expect(lunch).toHaveAttribute("data-clashes", /\d/);
  expect((await slotRow(id, "Lunch with Aston researchers")).startsAt.toISOString()).toBe("2025-06-11T11:30:00.000Z");
  await page.mouse.up();
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toContainText("It clashes");
  await expect(page.getByTestId("day-clashes")).toContainText("in two slots at once");
});

test("a pick-up before the delegates land is a clash of the day's timeline and list, linked to the leg", async ({ page }) => {
  const { editor, id } = await setup("leg");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openDay(page, id, "2025-06-10");
  const tab = page.getByTestId("day-tab").filter({ hasText: "Tue 10 Jun" });
  const before = Number((await tab.textContent())?.match(/(\d+) ⚠/)?.[1] ?? 0);
  await expect(page.getByTestId("leg-clashes")).toHaveCount(0);
  // The airport minibus waits from 12:25; the three delegates land at 12:40. No slot is involved.
  const db = await e2eDb();
  const leg = await db.transportLeg.findFirstOrThrow({ where: { visitId: id, fromKind: "AIRPORT" } });
  await db.transportLeg.update({
    where: { id: leg.id },
    data: { pickUpAt: new Date("2025-06-10T11:25:00Z"), arriveAt: new Date("2025-06-10T12:05:00Z") },
  });
  const title = "Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham";

  for (const view of ["timeline", "list"] as const) {
    await page.goto(`/visits/${id}?day=2025-06-10${view === "list" ? "&view=list" : ""}`);
    await page.locator("[data-editor-ready]").waitFor();
    await expect(tab).toContainText(`${before + 3} ⚠`);
    const strip = page.getByRole("region", { name: "Transport clashes on this day (3)" });
    await expect(strip).toBeVisible();
    await expect(strip.getByTestId("day-leg-clash")).toHaveText([/^To review/, /^To review/, /^To review/]);
    await expect(strip.getByTestId("day-leg-clash").filter({ hasText: "Ms Manuela Blum arrives" })).toContainText(
      `Ms Manuela Blum arrives Tue 10 Jun 12:40, but "${title}" picks up at Tue 10 Jun 12:25 (BST). Move the leg, take Ms Manuela Blum off it, or correct the arrival time.`,
    );
    await expect(strip.getByRole("link", { name: `Protocol → Transport: 12:25–13:05 BST ${title}` })).toHaveCount(1);
    if (view === "timeline") {
      // Above the day's lanes, where it is seen before the blocks.
      const stripBox = (await strip.boundingBox())!;
      expect(stripBox.y).toBeLessThan((await page.getByTestId("timeline-scroll").boundingBox())!.y);
    } else {
      await expect(page.getByTestId("day").getByRole("region", { name: /^Transport clashes/ })).toBeVisible();
    }
    const result = await new AxeBuilder({ page }).include("[data-testid=leg-clashes]").analyze();
    expect(result.violations.map((v) => v.id)).toEqual([]);
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await strip.evaluate((el) => el.scrollIntoView({ block: "start" }));
      await page.screenshot({ path: `tmp/playwright/leg-clash-${view}-${width}.png` });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  }

  // The link opens the leg under Protocol → Transport, where the same clash stands.
  await page
    .getByRole("link", { name: `Protocol → Transport: 12:25–13:05 BST ${title}` })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`/visits/${id}/protocol#leg-${leg.id}$`));
  const row = page.locator(`li[id="leg-${leg.id}"]`);
  await expect(row).toBeInViewport();
  await expect(row).toContainText(title);
  await expect(row.getByTestId("leg-clash").filter({ hasText: "Ms Manuela Blum" })).toContainText(
    "Clash: Ms Manuela Blum arrives Tue 10 Jun 12:40",
  );
});

test("undo restores time, venue and attendees, from the toast and from History", async ({ page }) => {
  const { editor, id } = await setup("undo");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openDay(page, id);
  const before = await slotRow(id, "Lunch with Aston researchers");
  await dragBlock(page, block(page, "Lunch with Aston researchers"), { minutes: 60, lanes: 1 });
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toBeVisible();
  expect((await slotRow(id, "Lunch with Aston researchers")).venueId).not.toBe(before.venueId);
  await page.getByTestId("toast").getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone" })).toHaveText(
    'Undone: "Lunch with Aston researchers" is back as it was.',
  );
  let now = await slotRow(id, "Lunch with Aston researchers");
  expect([now.startsAt, now.endsAt, now.venueId]).toEqual([before.startsAt, before.endsAt, before.venueId]);
  await expect(block(page, "Lunch with Aston researchers")).toContainText("12:30–13:30");

  // An edit in the form that takes people off, undone from History.
  await block(page, "Lunch with Aston researchers").click();
  await page.getByTestId("selected-slot").getByRole("button", { name: 'Edit "Lunch with Aston researchers"' }).click();
  const form = page.getByRole("dialog", { name: 'Edit "Lunch with Aston researchers"' });
  await form.getByRole("checkbox", { name: /^Dr Antje Nolting/ }).uncheck();
  await form.getByRole("checkbox", { name: /^Ms Ines Dietrich/ }).uncheck();
  await form.getByLabel("Start (BST)").fill("12:45");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form).toBeHidden();
  expect((await slotRow(id, "Lunch with Aston researchers")).attendances).toHaveLength(2);
  await page.goto(`/visits/${id}/history`);
  const entry = page.getByTestId("audit-entry").filter({ hasText: "Changed slot “Lunch with Aston researchers”" }).first();
  await expect(entry).toContainText("People:");
  await expect(entry).toContainText("Dr Antje Nolting");
  await expect(entry).not.toContainText("{");
  await entry.getByRole("button", { name: "Undo" }).click();
  await expect(entry.getByRole("status")).toHaveText('Undone: "Lunch with Aston researchers" is back as it was.');
  now = await slotRow(id, "Lunch with Aston researchers");
  expect(now.attendances.map((a) => a.delegateId ?? a.hostContactId).sort()).toEqual(
    before.attendances.map((a) => a.delegateId ?? a.hostContactId).sort(),
  );
  expect(now.startsAt).toEqual(before.startsAt);
  await expect(page.getByTestId("audit-entry").first()).toContainText("Undid a change to slot “Lunch with Aston researchers”");
  // The same entry cannot be undone twice: the slot has changed since.
  await page.reload();
  await page
    .getByTestId("audit-entry")
    .filter({ hasText: "Changed slot “Lunch with Aston researchers”" })
    .first()
    .getByRole("button", { name: "Undo" })
    .click();
  await expect(page.getByRole("alert").filter({ hasText: "Cannot undo" })).toContainText(
    'Cannot undo: "Lunch with Aston researchers" has changed since',
  );
});

test("two editors drop the same block: the second is refused and sees the first one's move", async ({ page, browser }) => {
  const { editor, id } = await setup("race");
  const other = await createE2eStaff({ role: "EDITOR", email: `timeline-race2-${Date.now()}@example.org` });
  const second = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page2 = await second.newPage();
  await signIn(page, { email: editor.email, password: PASSWORD });
  await signIn(page2, { email: other.email, password: PASSWORD });
  await openDay(page, id);
  await openDay(page2, id);
  await dragBlock(page, block(page, "Lunch with Aston researchers"), { minutes: 30 });
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toBeVisible();
  await dragBlock(page2, block(page2, "Lunch with Aston researchers"), { minutes: 60, lanes: 1 });
  await expect(page2.getByRole("alert").filter({ hasText: "Not saved" })).toContainText(
    'someone else changed "Lunch with Aston researchers" meanwhile. It is now "Lunch with Aston researchers", 2025-06-11 13:00–14:00 at Aston University',
  );
  // The block goes back to where the first editor put it.
  await expect(block(page2, "Lunch with Aston researchers")).toContainText("13:00–14:00");
  const row = await slotRow(id, "Lunch with Aston researchers");
  expect(row.startsAt.toISOString()).toBe("2025-06-11T12:00:00.000Z");
  expect(row.venue?.name).toBe("Aston University");
  await second.close();
});

test("the timeline has no axe violations, in each lane mode", async ({ page }) => {
  const { editor, id } = await setup("axe");
  await signIn(page, { email: editor.email, password: PASSWORD });
  await openDay(page, id);
  for (const mode of ["Venues", "Delegates", "Host people"]) {
    await page.getByTestId("timeline").getByText(mode, { exact: true }).click();
    if (mode === "Delegates") await expect(page.getByTestId("travel-leg").first()).toBeVisible();
    const result = await new AxeBuilder({ page }).include("main").analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("the 2,000-slot summit's day page loads and a block can be moved", async ({ page }) => {
  test.setTimeout(300_000);
  const editor = await createE2eStaff({ role: "EDITOR", email: `timeline-summit-${Date.now()}@example.org` });
  const id = await createE2eVisit(conferenceSummitFile(`Cities summit ${Date.now()}`));
  await signIn(page, { email: editor.email, password: PASSWORD });
  const response = await page.goto(`/visits/${id}?day=2025-06-11`);
  expect(response?.status()).toBe(200);
  await page.locator("[data-editor-ready]").waitFor();
  await expect(page.getByTestId("block")).toHaveCount(500);
  await expect(page.getByTestId("day-tab").filter({ hasText: "Wed 11 Jun" })).toContainText("(500)");
  const first = block(page, "Session 1 in Hall 1:");
  await first.focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowDown");
  // 08:05 in Hall 1 overlaps Session 2: the hall is booked twice, said before the drop.
  await expect(page.getByTestId("drag-preview")).toContainText("Hall 1 is booked twice at once");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("drag-preview")).toHaveCount(0);
});
