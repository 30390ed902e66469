import { expect, test } from "@playwright/test";
import { DEMO_ADMIN, openLeipzigVisit, signIn } from "./helpers";

test("signed-out visitors to a visit are sent to sign in", async ({ page }) => {
  await page.goto("/visits/some-visit");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fvisits%2Fsome-visit/);
  await expect(page.getByRole("heading", { name: "Staff sign-in" })).toBeVisible();
});

test("a wrong password gets a clear message and no session", async ({ page }) => {
  await page.goto("/signin");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("E-mail").fill("wrong-pw@example.org");
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText("Wrong e-mail or password. Check both and try again.");
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("the demo admin sees the Leipzig visit day by day with hosts and attendees", async ({ page }) => {
  await signIn(page, DEMO_ADMIN);
  await openLeipzigVisit(page);

  // One day at a time: the four days are tabs, the first is shown, as a timeline.
  const tabs = page.getByRole("navigation", { name: "Days" }).getByRole("link");
  await expect(tabs).toHaveCount(4);
  await expect(tabs.nth(0)).toContainText("Tue 10 Jun");
  await expect(tabs.nth(0)).toHaveAttribute("aria-current", "page");
  await expect(tabs.nth(3)).toContainText("Fri 13 Jun");
  await expect(page.getByText(/All times are Birmingham local time \(BST, Europe\/London\)/)).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
  // Arrival day starts at 15:00: the timeline opens at that hour, not on an empty morning.
  await page.getByTestId("timeline-scroll").evaluate((box) => box.scrollIntoView({ block: "start" }));
  await expect(page.getByTestId("block").filter({ hasText: "Welcome and programme briefing" })).toBeInViewport();

  // Wednesday as a list: the day's own slots, with hosts and attendees.
  await tabs.nth(1).click();
  await expect(page).toHaveURL(/day=2025-06-11/);
  await page.getByRole("navigation", { name: "View" }).getByRole("link", { name: "List" }).click();
  await expect(page).toHaveURL(/day=2025-06-11&view=list/);
  const days = page.getByTestId("day");
  await expect(days).toHaveCount(1);
  await expect(days.getByRole("heading", { level: 2 })).toHaveText("Wednesday 11 June 2025");
  const aston = page.getByTestId("slot").filter({ hasText: "Aston University: research and knowledge exchange" });
  await expect(aston).toHaveCount(1);
  await expect(aston).toContainText("09:30–12:30 BST");
  await expect(aston.getByTestId("slot-host")).toHaveText("Aston University");
  await expect(aston).toContainText("Dr Ed Turner (chair)");
  await expect(aston).toContainText("Prof Mike Caine (host)");
  await expect(aston).toContainText("Dr Antje Nolting");
  await expect(page.getByTestId("slot").filter({ hasText: "German Career Road Show" })).toHaveCount(0);

  // Each day holds its own slots, in time order.
  await tabs.nth(2).click();
  await expect(page).toHaveURL(/day=2025-06-12&view=list/);
  const thursday = page.getByTestId("slot");
  await expect(thursday.nth(0)).toContainText("German Career Road Show");
  await expect(thursday.nth(1)).toContainText("Lord Mayor's reception");
  await expect(thursday.nth(1)).toContainText("Chamberlain Room, The Council House");
  await tabs.nth(3).click();
  await expect(page.getByTestId("day")).toContainText("Birmingham Design Festival");
});

test("a search in the visit finds a slot by a person's name and opens its day at the slot", async ({ page }) => {
  await signIn(page, DEMO_ADMIN);
  await openLeipzigVisit(page);
  await page.getByRole("search", { name: "Search this visit" }).getByRole("searchbox").fill("caine");
  await page.getByRole("search", { name: "Search this visit" }).getByRole("button", { name: "Search" }).click();
  const results = page.getByTestId("visit-search-results");
  await expect(results).toContainText("1 slot matches “caine”");
  await expect(results).toContainText("person: Prof Mike Caine");
  await results.getByRole("link", { name: /Aston University: research and knowledge exchange/ }).click();
  await expect(page).toHaveURL(/day=2025-06-11#slot-/);
  await expect(page.getByTestId("block").filter({ hasText: "Aston University: research" })).toBeFocused();
});

test("the visits list finds a visit by city and by month, and archives a finished one", async ({ page }) => {
  const { createE2eStaff, createE2eVisit } = await import("./db");
  const { leipzigVisit } = await import("../factories/leipzig");
  const stamp = Date.now();
  const editor = await createE2eStaff({ role: "EDITOR", email: `finder-${stamp}@example.org` });
  const file = leipzigVisit();
  const title = `Archive probe ${stamp}`;
  const id = await createE2eVisit({ ...file, visit: { ...file.visit, title } });
  await signIn(page, { email: editor.email, password: "correct horse battery" });
  const search = page.getByRole("search", { name: "Search visits" });
  await search.getByRole("searchbox").fill(`probe ${stamp}`);
  await search.getByRole("button", { name: "Search" }).click();
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(1);
  await page.goto("/?q=June+2025");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(1);
  await page.goto("/?q=2024-06");
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  // June 2025 is over: the visit is past, not upcoming.
  await page.goto(`/?show=past&q=${stamp}`);
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(1);
  await page.goto(`/?show=upcoming&q=${stamp}`);
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);

  await page.goto(`/visits/${id}/settings`);
  await page.getByRole("button", { name: "Archive visit" }).click();
  await expect(page.getByRole("button", { name: "Restore from archive" })).toBeVisible();
  await page.goto(`/?q=${stamp}`);
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  await page.getByRole("navigation", { name: "Show visits" }).getByRole("link", { name: "Archived" }).click();
  await expect(page.getByRole("link", { name: new RegExp(title) })).toContainText("Archived");
});
