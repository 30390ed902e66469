import { expect, test } from "@playwright/test";
import { createE2eStaff, createE2eVisit } from "./db";
import { signIn } from "./helpers";
import { visitFile } from "../factories/visit-file";

test("a viewer account can read a visit it did not create", async ({ page }) => {
  const viewer = await createE2eStaff({ role: "VIEWER", email: `viewer-${Date.now()}@example.org` });
  const id = await createE2eVisit(
    visitFile({
      visit: {
        title: "Probe visit",
        guestCity: "A",
        hostCity: "B",
        firstDay: "2025-06-10",
        lastDay: "2025-06-11",
        timeZone: "Europe/London",
      },
    }),
  );
  await signIn(page, { email: viewer.email, password: "correct horse battery" });
  await page.goto(`/visits/${id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Probe visit" })).toBeVisible();
});
