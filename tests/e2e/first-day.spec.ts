import { expect, test, type Page } from "@playwright/test";
import { createE2eStaff, createE2eVisit } from "./db";
import { signIn } from "./helpers";
import { contact, delegate, organisation, visitFile } from "../factories/visit-file";

// Issue 16 items 7, 11-14 as a new user meets them: the travel question on New visit,
// coordinates pasted from a map, hours ticked known with no day, phone numbers on a phone,
// and the skip link.

const PASSWORD = "correct horse battery";
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1000)}`;
test.describe.configure({ timeout: 90_000 });

/** The factory's small visit under a title of its own. */
function titled(title: string, over: Parameters<typeof visitFile>[0] = {}) {
  const f = visitFile(over);
  return { ...f, visit: { ...f.visit, title } };
}

async function signInEditor(page: Page, callbackUrl = "/") {
  const staff = await createE2eStaff({ role: "EDITOR", email: `firstday-${unique()}@example.org` });
  await signIn(page, { email: staff.email, password: PASSWORD }, callbackUrl);
}

test("a new visit asks how the delegation gets around; venues take a pasted map link and show each leg's mode", async ({ page }) => {
  await signInEditor(page);
  await page.goto("/visits/new");
  await page.locator("form[data-hydrated]").waitFor();
  const title = `Transit visit ${unique()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/Guest city/).fill("Leipzig");
  await page.getByLabel(/Host city/).fill("Birmingham");
  await page.getByLabel("First day").fill("2031-06-10");
  await page.getByLabel("Last day").fill("2031-06-12");
  // No mode is assumed: creating without one is refused by the question.
  await page.getByRole("button", { name: "Create visit" }).click();
  await expect(page.getByText("choose walk, public transport or car")).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Walk/ })).toBeFocused();
  // Choosing a mode fills its typical speed.
  await page.getByRole("radio", { name: /^Public transport/ }).check();
  await expect(page.getByLabel("Typical speed (km/h)")).toHaveValue("15");
  await page.getByRole("button", { name: "Create visit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // A Google Maps place link and a plain pair, each read back with a link to check it.
  await page.locator("form[data-hydrated]").first().waitFor();
  await page.getByLabel("Venue name").fill("Aston University");
  await page
    .getByLabel("Coordinates")
    .fill("https://www.google.com/maps/place/Aston+University/@52.4870,-1.8950,17z/data=!3m1!4b1!4m6!3m5!8m2!3d52.4862!4d-1.8904");
  await expect(page.getByTestId("coordinates-read")).toContainText("Reads as 52.4862, -1.8904");
  await expect(page.getByRole("link", { name: /check on OpenStreetMap/ })).toHaveAttribute(
    "href",
    "https://www.openstreetmap.org/?mlat=52.4862&mlon=-1.8904#map=17/52.4862/-1.8904",
  );
  await page.getByRole("button", { name: "Add venue" }).click();
  const venues = page.getByRole("list", { name: "Venues" });
  await expect(venues.getByRole("link", { name: /52\.4862, -1\.8904 on OpenStreetMap/ })).toBeVisible();

  await page.getByLabel("Venue name").fill("The Council House");
  await page.getByLabel("Coordinates").fill("here, somewhere");
  await page.getByRole("button", { name: "Add venue" }).click();
  await expect(page.getByTestId("error-coordinates")).toContainText('cannot read "here, somewhere"');
  await page.getByLabel("Coordinates").fill("52.4797, -1.9031");
  await page.getByRole("button", { name: "Add venue" }).click();
  await expect(venues.getByRole("heading", { name: "The Council House" })).toBeVisible();

  await page.getByText(/^Travel times between venues/).click();
  await expect(page.getByRole("list", { name: "Travel times" })).toContainText(/Estimate: \d+ min by public transport/);
  await expect(page.getByText(/at 15 km\/h by public transport/)).toBeVisible();
});

test("opening hours ticked as known with no day open are refused in the form, and nothing is saved", async ({ page }) => {
  const id = await createE2eVisit(titled(`Hours ${unique()}`));
  await signInEditor(page, `/visits/${id}/venues`);
  await page.locator("form[data-hydrated]").first().waitFor();
  const add = page.getByRole("region", { name: "Add a venue" });
  await add.getByLabel("Venue name").fill("Library of Birmingham");
  await add.getByLabel(/Opening hours are known/).check();
  await add.getByRole("button", { name: "Add venue" }).click();
  await expect(add.getByTestId("error-openingHours")).toHaveText(/no day is open: tick the days it opens/);
  await expect(add.getByLabel(/Opening hours are known/)).toBeFocused();
  await expect(page.getByRole("list", { name: "Venues" }).getByRole("heading", { name: "Library of Birmingham" })).toHaveCount(0);
  // Ticking a day saves it.
  await add.getByLabel("Open on Tuesday").check();
  await add.getByRole("button", { name: "Add venue" }).click();
  await expect(page.getByRole("list", { name: "Venues" }).getByText("Hours: Mon closed · Tue 09:00–17:00 · Wed–Sun closed")).toBeVisible();
});

test("on a 390 px screen a phone number never breaks inside the number", async ({ page }) => {
  const phone = "+44 121 204 3000 ext. 5501";
  const id = await createE2eVisit(
    titled(`Phones ${unique()}`, {
      delegates: [
        delegate({
          key: "d1",
          name: "Dr Anna-Katharina Wolff-Zimmermann",
          email: "anna-katharina.wolff-zimmermann@leipzig.example.de",
          phone,
        }),
      ],
      organisations: [
        organisation({
          key: "o1",
          name: "Aston University",
          contacts: [contact({ key: "c1", name: "Prof Mike Caine", email: "m.caine.office@aston.example.ac.uk", phone })],
        }),
      ],
    }),
  );
  await page.setViewportSize({ width: 390, height: 844 });
  await signInEditor(page, `/visits/${id}/delegates`);
  const oneLine = async () => {
    const link = page.getByRole("link", { name: phone });
    await expect(link).toHaveAttribute("href", "tel:+441212043000,5501");
    // One line box: the number was not broken across lines.
    expect(await link.evaluate((el) => el.getClientRects().length)).toBe(1);
  };
  await oneLine();
  await page.goto(`/visits/${id}/hosts`);
  await oneLine();
});

test("the first Tab on a page reaches 'Skip to content', which jumps past the header and tabs", async ({ page }) => {
  const id = await createE2eVisit(titled(`Skip ${unique()}`));
  await signInEditor(page, `/visits/${id}/venues`);
  await page.locator("form[data-hydrated]").first().waitFor();
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  // The next Tab lands inside the page's main content, not on the header's links.
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => document.getElementById("main")?.contains(document.activeElement))).toBe(true);
});
