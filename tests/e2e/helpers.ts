import { expect, type Page } from "@playwright/test";

export const DEMO_ADMIN = { email: "admin@example.org", password: "itinera-demo" };

/** Signs in through the real form; waits for hydration first so the click is not lost. */
export async function signIn(page: Page, { email, password } = DEMO_ADMIN, callbackUrl = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`);
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/signin/);
}

/** The seeded Leipzig visit's page, reached the way a user would: from the visit list. */
export async function openLeipzigVisit(page: Page) {
  await page.goto("/");
  await page.getByRole("link", { name: /Leipzig delegation to Birmingham/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Leipzig delegation to Birmingham" })).toBeVisible();
}
