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

  const days = page.getByTestId("day");
  await expect(days).toHaveCount(4);
  await expect(days.nth(0).getByRole("heading", { level: 2 })).toHaveText("Tuesday 10 June 2025");
  await expect(days.nth(3).getByRole("heading", { level: 2 })).toHaveText("Friday 13 June 2025");
  await expect(page.getByText(/All times are Birmingham local time \(BST, Europe\/London\)/)).toBeVisible();

  const aston = page.getByTestId("slot").filter({ hasText: "Aston University: research and knowledge exchange" });
  await expect(aston).toHaveCount(1);
  await expect(aston).toContainText("09:30–12:30 BST");
  await expect(aston.getByTestId("slot-host")).toHaveText("Aston University");
  await expect(aston).toContainText("Dr Ed Turner (chair)");
  await expect(aston).toContainText("Prof Mike Caine (host)");
  await expect(aston).toContainText("Dr Antje Nolting");

  // Each day holds its own slots, in time order.
  const thursday = days.nth(2).getByTestId("slot");
  await expect(thursday.nth(0)).toContainText("German Career Road Show");
  await expect(thursday.nth(1)).toContainText("Lord Mayor's reception");
  await expect(thursday.nth(1)).toContainText("Chamberlain Room, The Council House");
  await expect(days.nth(3)).toContainText("Birmingham Design Festival");
});
