import { expect, test, type Locator, type Page } from "@playwright/test";
import { createE2eStaff, createE2eVisit } from "./db";
import { leipzigVisit } from "../factories/leipzig";

// The schedule editor with a keyboard alone: no clicks, no fill(). Tab and Shift+Tab move
// between controls, Enter and Space press them, typing goes into the focused field, Escape
// closes a dialog. Each step checks where the focus is, so a control that cannot be
// reached, or a dialog that loses the focus, fails the test.

const PASSWORD = "correct horse battery";
// Debian's headless Chromium shows time fields with hours, minutes and AM/PM whatever the
// locale, so times are typed as a person would type them there: "1000PM" for 22:00.
const typeTime = (page: Page, hhmmAmPm: string) => page.keyboard.type(hhmmAmPm, { delay: 50 });
test.describe.configure({ timeout: 120_000 });

/**
 * Presses Tab until `target` has the focus, as a person would; when it is not ahead, goes
 * back with Shift+Tab (or the other way round with `back`). Fails after `limit` presses.
 */
async function tabTo(page: Page, target: Locator, { back = false, limit = 150 } = {}) {
  const has = () => target.evaluate((el) => el === document.activeElement).catch(() => false);
  for (const key of back ? ["Shift+Tab", "Tab"] : ["Tab", "Shift+Tab"]) {
    for (let n = 0; n < limit; n++) {
      if (await has()) return;
      await page.keyboard.press(key);
    }
  }
  throw new Error(`could not reach ${target} with the keyboard`);
}

const focused = (target: Locator) => expect.poll(() => target.evaluate((el) => el === document.activeElement));

test("an editor adds, moves and deletes a slot with the keyboard alone", async ({ page }) => {
  const editor = await createE2eStaff({ role: "EDITOR", name: "Kim Keyboard", email: `keys-${Date.now()}@example.org` });
  const file = leipzigVisit();
  const id = await createE2eVisit({ ...file, visit: { ...file.visit, title: `Leipzig keyboard test ${Date.now()}` } });

  // Sign in: type into the focused fields, Enter submits.
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(`/visits/${id}?day=2025-06-12&view=list`)}`);
  await page.locator("form[data-hydrated]").waitFor();
  await tabTo(page, page.getByLabel("E-mail"));
  await page.keyboard.type(editor.email);
  await page.keyboard.press("Tab");
  await focused(page.getByLabel("Password")).toBe(true);
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await page.locator("[data-editor-ready]").waitFor();

  // Add a late reception on Thursday that runs past midnight.
  await tabTo(page, page.getByRole("button", { name: "Add slot on Thursday 12 June 2025" }));
  await page.keyboard.press("Enter");
  const form = page.getByRole("dialog", { name: "New slot on Thursday 12 June 2025" });
  await focused(form.getByLabel("Title")).toBe(true);
  await page.keyboard.type("Late reception");
  await tabTo(page, form.getByLabel("Start (BST)"));
  await typeTime(page, "1000PM");
  await expect(form.getByLabel("Start (BST)")).toHaveValue("22:00");
  await tabTo(page, form.getByLabel("End (BST)"));
  await typeTime(page, "1230AM");
  await expect(form.getByLabel("End (BST)")).toHaveValue("00:30");
  // Without "Ends the next day" the form says what to fix, by the field, and keeps the focus in the dialog.
  await tabTo(page, form.getByRole("button", { name: "Add slot" }));
  await page.keyboard.press("Enter");
  await expect(form.getByTestId("error-end")).toContainText('If it runs past midnight, tick "Ends the next day".');
  // The field to fix takes the focus; the checkbox is next (after the time's own segments).
  await focused(form.getByLabel("End (BST)")).toBe(true);
  await tabTo(page, form.getByLabel("Ends the next day"), { limit: 5 });
  await page.keyboard.press("Space");
  await expect(form.getByLabel("Ends the next day")).toBeChecked();
  await tabTo(page, form.getByLabel("Venue"));
  await page.keyboard.type("STEAMhouse");
  await expect(form.getByLabel("Venue").locator("option:checked")).toHaveText("STEAMhouse");
  const nolting = form.getByRole("checkbox", { name: /^Dr Antje Nolting/ });
  await tabTo(page, nolting);
  await page.keyboard.press("Space");
  await expect(nolting).toBeChecked();
  await tabTo(page, form.getByRole("button", { name: "Add slot" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Added" })).toHaveText(
    'Added "Late reception" on Thursday 12 June 2025 at 22:00.',
  );
  await expect(form).toBeHidden();
  const card = page.getByTestId("slot").filter({ has: page.getByRole("heading", { level: 3, name: "Late reception" }) });
  await expect(card).toContainText("22:00");
  await expect(card).toContainText("STEAMhouse");

  // Move it to Friday 19:00 (it keeps its length); Escape first proves a dialog closes without saving.
  const moveButton = page.getByRole("button", { name: 'Move "Late reception"' });
  await tabTo(page, moveButton);
  await page.keyboard.press("Enter");
  const move = page.getByRole("dialog", { name: 'Move "Late reception"' });
  await focused(move.getByLabel("New start (BST)")).toBe(true);
  await page.keyboard.press("Escape");
  await expect(move).toBeHidden();
  await focused(moveButton).toBe(true);
  await page.keyboard.press("Enter");
  await focused(move.getByLabel("New start (BST)")).toBe(true);
  await typeTime(page, "0700PM");
  await expect(move.getByLabel("New start (BST)")).toHaveValue("19:00");
  await tabTo(page, move.getByLabel("New day"), { back: true });
  await page.keyboard.type("Friday");
  await expect(move.getByLabel("New day").locator("option:checked")).toHaveText("Friday 13 June 2025");
  await tabTo(page, move.getByRole("button", { name: "Move slot" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toHaveText('Moved "Late reception" to Friday 13 June 2025 at 19:00.');
  // It left Thursday: the day tabs lead to Friday.
  await expect(card).toHaveCount(0);
  await tabTo(page, page.getByRole("navigation", { name: "Days" }).getByRole("link", { name: /Fri 13 Jun/ }), { back: true });
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("day").getByRole("heading", { level: 2 })).toHaveText("Friday 13 June 2025");
  await page.locator("[data-editor-ready]").waitFor();
  await expect(card).toContainText("19:00–21:30 BST");

  // Delete it: the confirmation names the slot; Enter on its button deletes.
  await tabTo(page, page.getByRole("button", { name: 'Delete "Late reception"' }));
  await page.keyboard.press("Enter");
  const confirm = page.getByRole("dialog", { name: "Delete this slot?" });
  await expect(confirm).toContainText("Late reception");
  await tabTo(page, confirm.getByRole("button", { name: "Delete slot" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Deleted" })).toContainText('Deleted "Late reception"');
  await expect(card).toHaveCount(0);
});
