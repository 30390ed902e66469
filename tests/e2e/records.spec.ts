import { expect, test, type Page } from "@playwright/test";
import { createE2eStaff, createE2eVisit, e2eDb } from "./db";
import { DEMO_ADMIN, signIn } from "./helpers";
import { at, delegate, slot, visitFile } from "../factories/visit-file";
import { leipzigVisit } from "../factories/leipzig";

const PASSWORD = "correct horse battery";
const unique = () => `${Date.now()}-${Math.floor(Math.random() * 1000)}`;

async function signInAs(page: Page, role: "EDITOR" | "VIEWER") {
  const staff = await createE2eStaff({ role, email: `${role.toLowerCase()}-${unique()}@example.org` });
  await signIn(page, { email: staff.email, password: PASSWORD });
  return staff;
}

/** A small visit of this test's own: London, 29–31 March 2031 (the clocks go forward on the 30th). */
async function probeVisit(title: string) {
  return createE2eVisit(
    visitFile({
      visit: {
        title,
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: "2031-03-29",
        lastDay: "2031-03-31",
        timeZone: "Europe/London",
      },
      delegates: [delegate({ key: "d1", name: "Erika Probe" })],
      slots: [
        slot({
          title: "Welcome",
          start: at("2031-03-29", "10:00", "Europe/London"),
          end: at("2031-03-29", "11:00", "Europe/London"),
          venue: "v1",
          attendees: [{ person: "d1" }],
        }),
      ],
    }),
  );
}

// Whole user journeys of many saves each, on a shared CI machine: more than the default 30 s.
test.describe.configure({ timeout: 120_000 });

const section = (page: Page, name: string) => page.getByRole("navigation", { name: "Visit sections" }).getByRole("link", { name });

test("an editor builds a new visit in the UI: venue, host organisation with a contact, delegate", async ({ page }) => {
  await signInAs(page, "EDITOR");
  const title = `Lyon delegation ${unique()}`;
  await page.getByRole("link", { name: "New visit" }).click();
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/Guest city/).fill("Lyon");
  await page.getByLabel(/Host city/).fill("Birmingham");
  await page.getByLabel("First day").fill("2031-06-10");
  await page.getByLabel("Last day").fill("2031-06-12");
  await page.getByLabel("Time zone of the host city").selectOption("Europe/London");
  await page.getByRole("radio", { name: /^Car/ }).check();
  await page.getByLabel("Typical speed (km/h)").fill("20");
  await page.getByRole("button", { name: "Create visit" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("link", { name: "Venues", exact: true })).toHaveAttribute("aria-current", "page");

  // A venue with coordinates and Monday hours.
  await page.locator("form[data-hydrated]").first().waitFor();
  await page.getByLabel("Venue name").fill("The Council House");
  await page.getByLabel("Coordinates").fill("52.4797, -1.9031");
  await page.getByLabel(/Opening hours are known/).check();
  await page.getByLabel("Open on Monday").check();
  await page.getByLabel("Monday closes").fill("18:00");
  await page.getByRole("button", { name: "Add venue" }).click();
  const venues = page.getByRole("list", { name: "Venues" });
  await expect(venues.getByRole("heading", { name: "The Council House" })).toBeVisible();
  await expect(venues.getByText("Hours: Mon 09:00–18:00 · Tue–Sun closed")).toBeVisible();

  // A host organisation, then a contact inside it.
  await section(page, "Hosts").click();
  await page.getByLabel("Organisation name").fill("Aston University");
  await page.getByLabel("Website").fill("https://www.aston.ac.uk");
  await page.getByRole("button", { name: "Add organisation" }).click();
  const orgs = page.getByRole("list", { name: "Host organisations" });
  await expect(orgs.getByRole("heading", { name: "Aston University" })).toBeVisible();
  await page.getByText("Add a contact at Aston University").click();
  await page.getByLabel("Contact name").fill("Prof Mike Caine");
  await page.getByLabel("Role", { exact: true }).fill("Pro-Vice-Chancellor");
  await page.getByRole("button", { name: "Add contact" }).click();
  await expect(
    page.getByRole("list", { name: "Contacts at Aston University" }).getByRole("heading", { name: "Prof Mike Caine" }),
  ).toBeVisible();

  // A delegate arriving at a local time in the visit's zone.
  await section(page, "Delegates").click();
  await page.getByLabel("Name", { exact: true }).fill("Manuela Blum");
  await page.getByLabel("Honorific").fill("Ms");
  await page.getByLabel("Language for their schedule").selectOption("de");
  await page.getByLabel("Arrival").fill("2031-06-10T12:40");
  await page.getByRole("button", { name: "Add delegate" }).click();
  const delegates = page.getByRole("list", { name: "Delegates" });
  await expect(delegates.getByRole("heading", { name: /Manuela Blum/ })).toBeVisible();
  await expect(delegates.getByText("Arrival Tue 10 Jun 12:40 · departure not known (BST)")).toBeVisible();

  // Survives a reload: it is in the database, not only on screen.
  await page.reload();
  await expect(page.getByRole("list", { name: "Delegates" }).getByRole("heading", { name: /Manuela Blum/ })).toBeVisible();
});

test("a bad field shows an error by the field and nothing is saved; delete says what goes with it", async ({ page }) => {
  await signInAs(page, "EDITOR");
  const id = await probeVisit(`Probe ${unique()}`);
  await page.goto(`/visits/${id}/delegates`);
  await page.locator("form[data-hydrated]").first().waitFor();

  await page.getByLabel("Name", { exact: true }).fill("Bad Mail");
  await page.getByLabel("E-mail").fill("not-an-email");
  await page.getByRole("button", { name: "Add delegate" }).click();
  await expect(page.locator("#delegate-new-email-msg")).toHaveText("use an e-mail address like name@example.org");
  await expect(page.getByLabel("E-mail")).toBeFocused();

  // The night the clocks go forward in London: 01:30 does not exist.
  await page.getByLabel("E-mail").fill("");
  await page.getByLabel("Arrival").fill("2031-03-30T01:30");
  await page.getByRole("button", { name: "Add delegate" }).click();
  await expect(page.locator("#delegate-new-arrival-msg")).toContainText("2031-03-30 01:30 does not exist in Europe/London");

  const db = await e2eDb();
  expect(await db.delegate.count({ where: { visitId: id, name: "Bad Mail" } })).toBe(0);
  await page.reload();
  await expect(page.getByRole("list", { name: "Delegates" }).getByRole("listitem")).toHaveCount(1);

  // Delete asks first and names what goes with the delegate.
  await page.getByRole("button", { name: "Delete Erika Probe" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Delete Erika Probe?" });
  await expect(dialog).toContainText("Delete Erika Probe and 1 slot attendance? This cannot be undone.");
  await dialog.getByRole("button", { name: "Delete for good" }).click();
  await expect(page.getByText("No delegates yet.")).toBeVisible();
});

test("a CSV import with one bad row writes nothing and names the row; fixed, it imports all", async ({ page }) => {
  await signInAs(page, "EDITOR");
  const id = await probeVisit(`CSV probe ${unique()}`);
  await page.goto(`/visits/${id}/delegates`);
  await page.getByText("Import delegates from CSV").click();
  const csv = page.getByLabel("…or paste the CSV here");
  await csv.fill("name,language,arrival\nAnna Arndt,de,2031-03-29 12:40\nBen Bauer,en,29/03/2031 12:40\n");
  await page.getByRole("button", { name: "Import delegates" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was imported" });
  await expect(alert).toContainText("row 3, arrival: use a time like 2025-06-10 12:40");
  await expect(page.getByRole("list", { name: "Delegates" }).getByRole("listitem")).toHaveCount(1);

  await csv.fill("name,language,arrival\nAnna Arndt,de,2031-03-29 12:40\nBen Bauer,en,2031-03-29 14:00\n");
  await page.getByRole("button", { name: "Import delegates" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Imported 2 delegates." })).toBeVisible();
  await expect(page.getByRole("list", { name: "Delegates" }).getByRole("listitem")).toHaveCount(3);
});

test("an empty date says one thing, how to write a date, and nothing is saved", async ({ page }) => {
  await signInAs(page, "EDITOR");
  const title = `Empty date ${unique()}`;
  await page.goto("/visits/new");
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/Guest city/).fill("Lyon");
  await page.getByLabel(/Host city/).fill("Birmingham");
  await page.getByLabel("Last day").fill("2031-06-12");
  await page.getByRole("radio", { name: /^Walk/ }).check();
  await page.getByRole("button", { name: "Create visit" }).click();
  await expect(page.getByTestId("error-firstDay")).toHaveText("enter a date like 2025-06-10");
  await expect(page.getByLabel("First day")).toBeFocused();
  await expect(page.locator("[data-testid^=error-]")).toHaveCount(1);
  expect(await (await e2eDb()).visit.count({ where: { title } })).toBe(0);
});

test("a viewer reads every record page and sees no edit controls", async ({ page }) => {
  const id = await probeVisit(`Viewer probe ${unique()}`);
  await signInAs(page, "VIEWER");
  await expect(page.getByRole("heading", { level: 1, name: "Visits" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New visit" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Staff" })).toHaveCount(0);
  for (const [path, text] of [
    ["delegates", "Erika Probe"],
    ["hosts", "Organisation"],
    ["venues", "Venue"],
    ["settings", "Europe/London"],
  ] as const) {
    await page.goto(`/visits/${id}/${path}`);
    await expect(page.getByText("You can read this page.")).toBeVisible();
    await expect(page.getByRole("main").getByText(text).first()).toBeVisible();
    await expect(page.getByRole("button", { name: /^(Edit|Delete|Add|Save|Import)/ })).toHaveCount(0);
    await expect(page.locator("main form")).toHaveCount(0);
  }
  await page.goto("/visits/new");
  await expect(page).toHaveURL(/\/forbidden/);
});

test("an admin invites a staff member, who sets a password and signs in", async ({ page }) => {
  await signIn(page, DEMO_ADMIN);
  await page.getByRole("link", { name: "Staff" }).click();
  await page.locator("form[data-hydrated]").waitFor();
  const email = `invitee-${unique()}@example.org`;
  await page.getByLabel("Name").fill("Nina Neu");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Invite" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByRole("list", { name: "Staff accounts" }).getByText(email)).toBeVisible();

  await page.context().clearCookies();
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "Welcome, Nina Neu" })).toBeVisible();
  await page.locator("form[data-hydrated]").waitFor();
  await page.getByLabel("New password").fill("too short");
  await page.getByLabel("The same password again").fill("too short");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.locator("#password-msg")).toHaveText("use at least 12 characters");
  await page.getByLabel("New password").fill("nina's own long passphrase");
  await page.getByLabel("The same password again").fill("nina's own long passphrase");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText(`Your password is set. Sign in with ${email}.`)).toBeVisible();

  await signIn(page, { email, password: "nina's own long passphrase" });
  await expect(page.getByRole("heading", { level: 1, name: "Visits" })).toBeVisible();
  await expect(page.getByText("Nina Neu · viewer")).toBeVisible();

  // The link was used up.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});

test("two editors change the same delegate: the later save is refused and shows the other's values", async ({ page, browser }) => {
  const editor = await signInAs(page, "EDITOR");
  const id = await probeVisit(`Stale probe ${unique()}`);
  const other = await (await browser.newContext()).newPage();
  await signIn(other, { email: editor.email, password: PASSWORD });
  for (const p of [page, other]) {
    await p.goto(`/visits/${id}/delegates`);
    await p.getByRole("button", { name: "Edit Erika Probe" }).click();
  }
  const phone = (p: Page) => p.locator(`form:has(button:text("Save delegate"))`).getByLabel("Phone");
  await phone(other).fill("+49 111");
  await other.getByRole("button", { name: "Save delegate" }).click();
  await expect(other.getByRole("list", { name: "Delegates" }).getByText("+49 111")).toBeVisible();

  await phone(page).fill("+49 222");
  await page.getByRole("button", { name: "Save delegate" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "Someone else saved this while you were editing" });
  await expect(alert).toContainText("Phone: +49 111");
  const db = await e2eDb();
  expect((await db.delegate.findFirstOrThrow({ where: { visitId: id } })).phone).toBe("+49 111");

  // Saving again now overwrites knowingly.
  await page.getByRole("button", { name: "Save delegate" }).click();
  await expect(page.getByRole("list", { name: "Delegates" }).getByText("+49 222")).toBeVisible();
});

test("an admin deletes a whole visit from its settings; an editor is not offered it", async ({ page, browser }) => {
  const title = `Visit to delete ${unique()}`;
  const id = await probeVisit(title);
  // An editor sees the settings form but no way to delete the visit.
  const editorPage = await (await browser.newContext()).newPage();
  await signInAs(editorPage, "EDITOR");
  await editorPage.goto(`/visits/${id}/settings`);
  await expect(editorPage.getByRole("heading", { name: "Settings" })).toBeVisible();
  await expect(editorPage.getByRole("button", { name: /Delete visit/ })).toHaveCount(0);

  const admin = await createE2eStaff({ role: "ADMIN", email: `admin-${unique()}@example.org` });
  await signIn(page, { email: admin.email, password: PASSWORD });
  await page.goto(`/visits/${id}/settings`);
  const ask = page.getByRole("alertdialog", { name: `Delete visit ${title}?` });
  // The button works once the page is hydrated: retry the click until the question shows.
  await expect(async () => {
    await page.getByRole("button", { name: `Delete visit ${title}` }).click();
    await expect(ask).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(ask).toContainText(
    new RegExp(
      `Delete “${title}” with 1 delegate, (1 host organisation, )?1 venue, 1 slot, its published versions and its history\\? This cannot be undone\\.`,
    ),
  );
  await ask.getByRole("button", { name: "Keep" }).click();
  await expect(ask).toBeHidden();
  await page.getByRole("button", { name: `Delete visit ${title}` }).click();
  await ask.getByRole("button", { name: "Delete for good" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("link", { name: new RegExp(title) })).toHaveCount(0);
  expect((await page.goto(`/visits/${id}`))?.status()).toBe(404);
});

test("a new delegate starts with the language and home zone most of the delegation has", async ({ page }) => {
  await signInAs(page, "EDITOR");
  const file = leipzigVisit();
  const id = await createE2eVisit({ ...file, visit: { ...file.visit, title: `Leipzig defaults ${unique()}` } });
  await page.goto(`/visits/${id}/delegates`);
  // Two of the three Leipzig delegates read German; all three live in Europe/Berlin.
  const form = page.getByRole("region", { name: "Add a delegate" });
  await expect(form.getByLabel("Language for their schedule")).toHaveValue("de");
  await expect(form.getByLabel("Home time zone")).toHaveValue("Europe/Berlin");
});
