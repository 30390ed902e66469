import { expect, test } from "@playwright/test";
import { createE2eStaff, createE2eVisit } from "./db";
import { signIn } from "./helpers";
import { leipzigVisit } from "../factories/leipzig";

// Every staff page at 390 px: nothing wider than the screen (no sideways scroll of the page;
// the tab bar and the timeline scroll inside themselves), and the timeline shows one lane.

test.describe.configure({ timeout: 180_000 });

test("no staff page scrolls sideways at 390 px", async ({ page }) => {
  const admin = await createE2eStaff({ role: "ADMIN", email: `phone-admin-${Date.now()}@example.org` });
  const file = leipzigVisit();
  const id = await createE2eVisit({ ...file, visit: { ...file.visit, title: `Leipzig phone ${Date.now()}` } });
  await signIn(page, { email: admin.email, password: "correct horse battery" });
  const pages = [
    "/",
    "/staff",
    "/visits/new",
    `/visits/${id}?day=2025-06-11`,
    `/visits/${id}?day=2025-06-11&view=list`,
    `/visits/${id}?q=aston`,
    ...["conflicts", "delegates", "hosts", "venues", "links", "publish", "history", "settings"].map((p) => `/visits/${id}/${p}`),
  ];
  const wide: string[] = [];
  for (const p of pages) {
    await page.goto(p);
    await page.waitForLoadState("load");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 390) wide.push(`${p}: ${width} px`);
  }
  expect(wide).toEqual([]);

  // The timeline shows one lane at a time, with a way to the others.
  await page.goto(`/visits/${id}?day=2025-06-11`);
  await expect(page.locator("[data-lane]")).toHaveCount(1);
  await expect(page.locator("[data-lane]")).toHaveText("Aston University");
  await page.getByRole("button", { name: "Next lane" }).click();
  await expect(page.locator("[data-lane]")).toHaveText("Birmingham Design Festival – The Exchange");

  // Arrival day begins at 15:00 at the Council House: the day opens on that lane and hour, not
  // on an empty morning in the first venue's lane.
  await page.getByRole("link", { name: /Tue 10 Jun/ }).click();
  await expect(page.locator("[data-lane]")).toHaveText("The Council House");
  await page.getByTestId("timeline-scroll").evaluate((box) => box.scrollIntoView({ block: "start" }));
  await expect(page.getByTestId("block").filter({ hasText: "Welcome and programme briefing" })).toBeInViewport();
});
