import { expect, test } from "@playwright/test";
import { leipzigVisit } from "../factories/leipzig";
import { createE2eVisit, e2eDb } from "./db";
import { signIn } from "./helpers";

// Publishing with e-mail, as an editor on a phone: the changes come before the button, the
// default tells only the delegates whose programme changed, and the Outbox lists the messages.

async function publishedVisit() {
  const file = leipzigVisit();
  file.visit.title = `Mail probe ${Date.now()} ${Math.random().toString(36).slice(2, 6)}`;
  const id = await createE2eVisit(file);
  const { publishVisit } = await import("@/lib/publications/mutations");
  await publishVisit(id, null);
  return id;
}

test.use({ viewport: { width: 390, height: 844 } });

test("on a phone the changes come before Publish, and only the changed delegates are e-mailed", async ({ page }) => {
  const id = await publishedVisit();
  const db = await e2eDb();
  const blum = await db.delegate.findFirstOrThrow({ where: { visitId: id, name: "Manuela Blum" } });
  await db.timeSlot.create({
    data: {
      visitId: id,
      title: "Breakfast with the Consul",
      kind: "MEAL",
      startsAt: new Date("2025-06-12T06:30:00Z"),
      endsAt: new Date("2025-06-12T07:15:00Z"),
      attendances: { create: [{ delegateId: blum.id }] },
    },
  });
  await signIn(page);
  await page.goto(`/visits/${id}/publish`);
  await page.locator("form[data-hydrated]").waitFor();
  const changes = await page.getByRole("heading", { name: "Changes since version 1" }).boundingBox();
  const button = await page.getByRole("button", { name: "Publish as version 2" }).boundingBox();
  expect(changes!.y).toBeLessThan(button!.y);
  await expect(page.getByRole("radio", { name: /Notify delegates whose programme changed/ })).toBeChecked();
  await expect(page.getByText("1 of 3: each gets only their own changes")).toBeVisible();
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 2" })).toContainText("1 e-mail queued");
  await page.goto(`/visits/${id}/outbox`);
  const messages = page.getByTestId("outbox-message");
  await expect(messages).toHaveCount(1);
  await expect(messages.first()).toContainText("Änderungen in Ihrem Programm");
  await expect(messages.first()).toContainText("Manuela Blum");
});

test("a draft identical to the published version cannot be published", async ({ page }) => {
  const id = await publishedVisit();
  await signIn(page);
  await page.goto(`/visits/${id}/publish`);
  await page.locator("form[data-hydrated]").waitFor();
  await expect(page.getByRole("button", { name: "Publish as version 2" })).toBeDisabled();
  await expect(page.getByText("Nothing has changed since version 1.")).toBeVisible();
});

test("when only the airport minibus moved, the review lists the transfer and all three passengers are told", async ({ page }) => {
  const id = await publishedVisit();
  const db = await e2eDb();
  const airport = await db.transportLeg.findFirstOrThrow({ where: { visitId: id, fromKind: "AIRPORT" } });
  await db.transportLeg.update({
    where: { id: airport.id },
    data: { pickUpAt: new Date("2025-06-10T12:35:00Z"), arriveAt: new Date("2025-06-10T13:15:00Z") },
  });
  await signIn(page);
  await page.goto(`/visits/${id}`);
  await expect(page.getByTestId("draft-status")).toContainText("Draft has unpublished changes (1 transport leg)");
  await page.goto(`/visits/${id}/publish`);
  await page.locator("form[data-hydrated]").waitFor();
  await expect(page.getByTestId("no-changes")).toHaveCount(0);
  await expect(page.getByTestId("no-slot-changes")).toContainText("No slot changed. The transport below did.");
  const leg = page.getByTestId("leg-change");
  await expect(leg).toHaveCount(1);
  await expect(leg).toContainText("Changed");
  await expect(leg).toContainText("Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
  await expect(leg.locator("dd")).toHaveText(["Tue 10 Jun 13:05–13:45 BST → Tue 10 Jun 13:35–14:15 BST"]);
  await expect(page.getByText("3 of 3: each gets only their own changes")).toBeVisible();
  await page.screenshot({ path: "tmp/playwright/publish-transfer-390.png", fullPage: true });
  await page.getByRole("button", { name: "Publish as version 2" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published version 2" })).toContainText("3 e-mails queued");
});
