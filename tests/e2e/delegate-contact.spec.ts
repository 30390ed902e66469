import { expect, test } from "@playwright/test";
import { createE2eVisit, e2eDb } from "./db";
import { signIn } from "./helpers";

// The visit's contact for switched-off links: set by staff on the Links page, shown to a
// delegate who opens a revoked link.

test("staff set the contact for switched-off links; a revoked link shows it, a wrong phone is refused", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const { visitFile, delegate } = await import("../factories/visit-file");
  const title = `Contact visit ${Date.now()}`;
  const visitId = await createE2eVisit(
    visitFile({
      visit: {
        title,
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: "2025-06-10",
        lastDay: "2025-06-11",
        timeZone: "Europe/London",
      },
      delegates: [delegate({ key: "d1", name: "Rita Revoked" })],
    }),
  );
  const db = await e2eDb();
  const d = await db.delegate.findFirstOrThrow({ where: { visitId } });
  const { issueLink, revokeLink } = await import("@/lib/delegate-links/mutations");
  const { token } = await issueLink({ visitId, delegateId: d.id, actorId: null });
  await revokeLink({ visitId, delegateId: d.id, actorId: null });

  await signIn(page);
  await page.goto(`/visits/${visitId}/links`);
  await page.getByTestId("link-Rita Revoked").locator("xpath=self::*[@data-hydrated]").waitFor();
  const form = page.getByRole("region", { name: "Contact for switched-off links" });
  await form.getByLabel("Name").fill("Sam Protocol");
  await form.getByLabel("Phone").fill("call me");
  await form.getByLabel("E-mail").fill("sam@example.org");
  await form.getByRole("button", { name: "Save contact" }).click();
  await expect(form.getByTestId("error-contactPhone")).toContainText("Use digits");
  await form.getByLabel("Phone").fill("+44 121 303 1111");
  await form.getByRole("button", { name: "Save contact" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");

  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const res = await phone.goto(`/d/${token}?lang=en`);
  expect(res?.status()).toBe(404);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("This link has been switched off");
  await expect(phone.getByRole("link", { name: "Call Sam Protocol: +44 121 303 1111" })).toHaveAttribute("href", "tel:+441213031111");
  await expect(phone.getByRole("link", { name: "sam@example.org" })).toHaveAttribute("href", "mailto:sam@example.org");
  await expect(phone.getByText("Rita Revoked")).toHaveCount(0);
  await phone.close();
});
