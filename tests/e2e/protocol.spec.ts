import { expect, test, type Page } from "@playwright/test";
import { createE2eStaff, createE2eVisit, e2eDb } from "./db";
import { signIn } from "./helpers";
import { leipzigVisit } from "../factories/leipzig";

const PASSWORD = "correct horse battery";
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1000)}`;

test.describe.configure({ timeout: 120_000 });

/** This test's own copy of the Leipzig visit, and a signed-in editor. */
async function setUp(page: Page) {
  const file = leipzigVisit();
  file.visit.title = `Leipzig protocol ${unique()}`;
  const visitId = await createE2eVisit(file);
  const staff = await createE2eStaff({ role: "EDITOR", email: `protocol-${unique()}@example.org` });
  await signIn(page, { email: staff.email, password: PASSWORD });
  return visitId;
}

test("an editor reorders the delegation's precedence with the arrows and by keyboard drag; the run-sheet follows", async ({ page }) => {
  const visitId = await setUp(page);
  await page.goto(`/visits/${visitId}/protocol`);
  const list = page.getByRole("list", { name: "Delegates in order of precedence" });
  const names = () => list.getByTestId("precedence-row").locator("span.font-semibold").allTextContents();
  await expect.poll(names).toEqual(["Ms Manuela Blum", "Dr Antje Nolting", "Ms Ines Dietrich"]);
  await page.getByRole("button", { name: "Move Ms Ines Dietrich up" }).click();
  await expect(page.getByText("Ms Ines Dietrich is now number 2 of 3.")).toBeVisible();
  // Keyboard drag: Space lifts, an arrow moves, Space drops.
  const handle = page.getByRole("button", { name: /^Drag Ms Manuela Blum/ });
  await handle.focus();
  // dnd-kit says each step in its live region; each key waits for the step before it.
  const said = (text: string) => page.locator("[id^=DndLiveRegion]").filter({ hasText: text });
  await page.keyboard.press("Space");
  await expect(said("Ms Manuela Blum is over position 1 of 3.")).toBeAttached();
  await page.keyboard.press("ArrowDown");
  await expect(said("Ms Manuela Blum is over position 2 of 3.")).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByText("Ms Manuela Blum is now number 2 of 3.")).toBeVisible();
  await page.reload();
  await expect.poll(names).toEqual(["Ms Ines Dietrich", "Ms Manuela Blum", "Dr Antje Nolting"]);
  await page.goto(`/visits/${visitId}/run-sheet?day=2025-06-12`);
  const reception = page.getByTestId("run-slot").filter({ hasText: "Lord Mayor's reception" });
  await expect(reception.getByTestId("run-people").first().locator("li")).toHaveText([
    /^Ms Ines Dietrich/,
    /^Ms Manuela Blum/,
    /^Dr Antje Nolting/,
  ]);
  await expect(reception).toContainText("Greeting at arrival");
  await expect(reception).toContainText("Lord Mayor → Ms Dietrich, Ms Blum, Dr Nolting");
  await expect(reception).toContainText("Katrin Weber · German ↔ English");
  await expect(reception.getByRole("link", { name: /Call The Lord Mayor of Birmingham/ })).toHaveAttribute("href", "tel:+441214960700");
});

test("an editor records a gift on a slot and a late car is flagged; the gifts register downloads as CSV", async ({ page }) => {
  const visitId = await setUp(page);
  // The STEAMhouse visit is on Tuesday; the list view has each slot's Edit button.
  await page.goto(`/visits/${visitId}?day=2025-06-10&view=list`);
  await page.locator("[data-editor-ready]").waitFor();
  await page
    .getByRole("group", { name: `Change "STEAMhouse: Birmingham's hub for creative innovation"` })
    .getByRole("button", { name: /^Edit/ })
    .click();
  const form = page.getByTestId("slot-form");
  // The slot has a dress code already, so its Protocol section opens by itself.
  await expect(form.getByTestId("slot-protocol")).toHaveAttribute("open", "");
  await expect(form.getByLabel("Dress code", { exact: true })).toHaveValue("SMART_CASUAL");
  await form.getByRole("button", { name: "Add a gift" }).click();
  await form.getByLabel("Giver").fill("Ms Blum");
  await form.getByLabel("Gift", { exact: true }).fill("Leipziger Lerchen");
  await form.getByLabel("Recipient").fill("STEAMhouse team");
  await form.getByLabel("Estimated value (staff only)").fill("12.5");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(form).toBeHidden();

  await page.goto(`/visits/${visitId}/gifts`);
  const table = page.getByTestId("gifts-register");
  await expect(table.locator("tbody tr")).toHaveCount(3);
  await expect(table).toContainText("Leipziger Lerchen");
  await expect(table).toContainText("£12.50");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download CSV" }).click();
  const csv = await (await download).path().then((p) => import("node:fs").then((fs) => fs.readFileSync(p!, "utf8")));
  expect(csv.split("\r\n")[1]).toBe(
    "2025-06-10,16:30,STEAMhouse: Birmingham's hub for creative innovation,STEAMhouse,given,Ms Blum,Leipziger Lerchen,STEAMhouse team,12.50,GBP,",
  );

  // A taxi booked to reach the reception ten minutes late.
  await page.goto(`/visits/${visitId}/protocol`);
  await page.getByText("Add a transport leg").click();
  const leg = page.getByTestId("leg-form");
  await leg.getByLabel("Leaves from").selectOption("PLACE");
  await leg.getByLabel("Place").first().fill("Aston University");
  await leg.getByLabel("Goes to").selectOption("SLOT");
  await leg.getByLabel("Slot").selectOption({ label: "Thu 12 June, 18:30 · Lord Mayor's reception in honour of the Leipzig delegation" });
  await leg.getByLabel("How").selectOption("TAXI");
  await leg.getByLabel("Pick-up (local time)").fill("2025-06-12T18:20");
  await leg.getByLabel("Arrives (local time)").fill("2025-06-12T18:40");
  await leg.getByRole("button", { name: "Add leg" }).click();
  await expect(page.getByTestId("leg-clash")).toContainText(
    'Late car: "Taxi: Aston University → Chamberlain Room, The Council House" arrives at 18:40',
  );
  await page.goto(`/visits/${visitId}/conflicts`);
  await expect(page.getByRole("heading", { level: 2, name: /^Late car \(1\)/ })).toBeVisible();
});

test("the staff phone view shows now and next for the delegation with one tap to call the driver", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const visitId = await setUp(page);
  await page.goto(`/visits/${visitId}/today?day=2025-06-12&time=18:10`);
  await expect(page.getByTestId("today-now")).toContainText("Car: Hyatt Regency Birmingham → Chamberlain Room, The Council House");
  await expect(page.getByTestId("today-now").getByRole("link", { name: /Call Gary Holt/ })).toHaveAttribute("href", "tel:+447700900101");
  await expect(page.getByTestId("today-next")).toContainText("Lord Mayor's reception in honour of the Leipzig delegation");

  // On a day outside the visit it says so and offers the visit's days, each from the morning.
  await page.goto(`/visits/${visitId}/today`);
  await expect(page.getByTestId("today-outside")).toContainText("Today is not a day of this visit (10–13 June 2025).");
  await page.getByRole("link", { name: "Thursday 12 June 2025" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Today: Thursday 12 June 2025");
  await expect(page.getByTestId("today-next")).toContainText("German Career Road Show");
  await expect(page.getByTestId("today-outside")).toHaveCount(0);
});

test("a pick-up before a delegate lands is a clash, shown with the leg and linked from the Clashes page", async ({ page }) => {
  const visitId = await setUp(page);
  const db = await e2eDb();
  await db.delegate.updateMany({ where: { visitId, name: "Antje Nolting" }, data: { arrivalAt: new Date("2025-06-10T12:40:00Z") } });
  await page.goto(`/visits/${visitId}/clashes`);
  const group = page.getByTestId("conflict-group").filter({ hasText: "Outside a delegate's stay" });
  const clash = group.getByTestId("conflict").filter({ hasText: "Dr Antje Nolting arrives Tue 10 Jun 13:40" });
  await expect(clash).toContainText(
    '"Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham" picks up at Tue 10 Jun 13:05 (BST)',
  );
  await clash.getByRole("link", { name: "The leg under Protocol → Transport" }).click();
  await expect(page).toHaveURL(new RegExp(`/visits/${visitId}/protocol#leg-`));
  const leg = page.locator(`li[id="${new URL(page.url()).hash.slice(1)}"]`);
  await expect(leg.getByTestId("leg-clash")).toContainText("Clash: Dr Antje Nolting arrives Tue 10 Jun 13:40");
  await expect(leg).toBeInViewport();
});
