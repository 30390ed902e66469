import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import fs from "node:fs";
import { e2eDb } from "./db";
import { signIn } from "./helpers";

// The delegates' phone view at 390×844 against the seeded, published Leipzig visit. Each test
// issues its own links straight in the database (only their hashes are stored).

async function linkFor(email: string) {
  const db = await e2eDb();
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  const d = await db.delegate.findFirstOrThrow({ where: { email, visit: { title: "Leipzig delegation to Birmingham" } } });
  const { token } = await issueLink({ visitId: d.visitId, delegateId: d.id, actorId: null });
  return { token, delegate: d };
}

async function revoke(delegate: { id: string; visitId: string }) {
  const { revokeLink } = await import("@/lib/delegate-links/mutations");
  await revokeLink({ visitId: delegate.visitId, delegateId: delegate.id, actorId: null });
}

const BLUM = "manuela.blum@example.de";
const NOLTING = "antje.nolting@example.de";
const day = (page: Page, name: string | RegExp) => page.getByRole("heading", { level: 2, name });

test("Manuela Blum opens her link: her days and slots in her language, English on request", async ({ page }) => {
  const { token } = await linkFor(BLUM);
  const res = await page.goto(`/d/${token}?lang=en`);
  expect(res?.status()).toBe(200);
  expect(res?.headers()["cache-control"]).toMatch(/no-store/);
  expect(res?.headers()["content-security-policy"]).toMatch(/script-src 'sha256-[^']+'.*frame-ancestors 'none'/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme for Ms Manuela Blum");
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  for (const d of ["Tuesday 10 June", "Wednesday 11 June", "Thursday 12 June", "Friday 13 June"]) await expect(day(page, d)).toBeVisible();

  const aston = page.locator("article", { has: page.getByRole("heading", { name: "Aston University: research and knowledge exchange" }) });
  await expect(aston).toContainText(/09:30–12:30\s*Birmingham/);
  await expect(aston).toContainText("10:30–13:30 Leipzig");
  await expect(aston).toContainText("Aston Triangle, Birmingham, B4 7ET");
  await expect(aston.getByRole("link", { name: /Map of Aston University/ })).toHaveAttribute(
    "href",
    /openstreetmap\.org\/\?mlat=52\.4862&mlon=-1\.8904/,
  );
  await expect(aston.getByRole("link", { name: "Call Prof Mike Caine: +44 121 496 0200" })).toHaveAttribute("href", "tel:+441214960200");
  await expect(aston).toContainText("Dr Antje Nolting");
  await expect(page.getByText("Please bring photo ID for the Council House reception desk.")).toBeVisible();

  // Never another delegate's contact details or needs, never internal notes.
  // Without her link's token, which is random and may hold any digits ("…u240…").
  const html = (await page.content()).replaceAll(token, "");
  for (const secret of ["Book Committee Room 2", NOLTING, "+49 341 555 0102", "Vegetarian"]) expect(html).not.toContain(secret);

  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programm für Frau Manuela Blum");
  await expect(day(page, "Mittwoch, 11. Juni")).toBeVisible();
  await expect(page.getByText("Alle Zeiten: Ortszeit Birmingham (BST).")).toBeVisible();

  // Without ?lang the page follows her language (German).
  await page.goto(`/d/${token}`);
  await expect(day(page, "Dienstag, 10. Juni")).toBeVisible();
});

test("her calendar file has one event per slot in the visit's zone with a VTIMEZONE", async ({ page }) => {
  const { token, delegate } = await linkFor(BLUM);
  const db = await e2eDb();
  const pub = await db.publication.findFirstOrThrow({ where: { visitId: delegate.visitId }, orderBy: { version: "desc" } });
  const snapshot = pub.snapshot as {
    slots: { attendees: { kind: string; personId: string }[] }[];
    legs?: { to: { kind: string }; passengers: { kind: string; personId: string }[] }[];
  };
  const mine = (people: { kind: string; personId: string }[]) => people.some((a) => a.kind === "delegate" && a.personId === delegate.id);
  // One event per slot of hers, and one per transfer of hers (a leg to the hotel or the airport).
  const hers =
    snapshot.slots.filter((s) => mine(s.attendees)).length +
    (snapshot.legs ?? []).filter((l) => l.to.kind !== "SLOT" && mine(l.passengers)).length;

  await page.goto(`/d/${token}?lang=en`);
  await page.getByText("Add to calendar").click();
  await expect(page.getByRole("link", { name: /Subscribe/ })).toHaveAttribute(
    "href",
    new RegExp(`^webcal://[^/]+/d/${token}/calendar\\.ics`),
  );
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download .ics" }).click()]);
  const ics = fs.readFileSync((await download.path())!, "utf8");
  expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(hers);
  expect(ics).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/London");
  expect(ics).toContain("DTSTART;TZID=Europe/London:20250611T093000");
  expect(ics).toMatch(/GEO:52\.4862;-1\.8904/);
  expect(ics).not.toContain(NOLTING);
  expect(ics).not.toContain("Book Committee Room 2");
});

test("her page shows her hotel, the car to the Lord Mayor's reception with a driver to call, and the dress code, but no gift or its value", async ({
  page,
}) => {
  const { token } = await linkFor(NOLTING);
  await page.goto(`/d/${token}?lang=en`);
  const hotel = page.getByRole("region", { name: "Your hotel" });
  await expect(hotel).toContainText("Hyatt Regency Birmingham");
  await expect(hotel).toContainText(/Check-in\s*Tue 10 June, 14:00/);
  await expect(hotel).toContainText(/Check-out\s*Fri 13 June, 10:00/);

  const thursday = page.locator("section", { has: day(page, "Thursday 12 June") });
  const car = thursday.locator("article[data-leg]", { hasText: "18:05" });
  await expect(car).toContainText("Hyatt Regency Birmingham → Chamberlain Room, The Council House");
  await expect(car).toContainText("Pick-up: Hotel entrance, Bridge Street");
  await expect(car).toContainText("Council car (silver Skoda Superb, BV24 LMO)");
  await expect(car.getByRole("link", { name: "Call Gary Holt: +44 7700 900101" })).toHaveAttribute("href", "tel:+447700900101");
  // The car comes before the reception it takes her to.
  const cards = await thursday.locator("article").evaluateAll((els) => els.map((e) => e.textContent ?? ""));
  const carAt = cards.findIndex((c) => c.includes("18:05"));
  expect(cards[carAt + 1]).toContain("Lord Mayor's reception");
  const reception = thursday.locator("article[data-slot]", { hasText: "Lord Mayor's reception" });
  await expect(reception.getByTestId("dress-code")).toHaveText("Dress code: Lounge suit — Lounge suit or business attire.");

  // The gift's value (EUR 240) as a number standing alone: random ids, hashes and her token may
  // hold the digits ("…u240…", "c8240f…"), a printed value never sits inside a word.
  const html = await page.content();
  for (const secret of ["silver dish", "Porcelain plate", "£180", "180.00", "Receiving line", "Thank Ensemble Nobilis"]) {
    expect(html).not.toContain(secret);
  }
  expect(html).not.toMatch(/(?<![\w-])240(?![\w-])/);

  await page.goto(`/d/${token}?lang=de`);
  await expect(page.getByRole("region", { name: "Ihr Hotel" })).toContainText(/Check-in\s*Di\., 10\. Juni, 14:00/);
  await expect(page.locator("article[data-leg]", { hasText: "18:05" })).toContainText("Abholung: Hotel entrance, Bridge Street");
  await expect(page.locator("article[data-slot]", { hasText: "Lord Mayor's reception" }).getByTestId("dress-code")).toHaveText(
    "Kleiderordnung: Dunkler Anzug — Lounge suit or business attire.",
  );
});

test("a revoked, forged or malformed link is a 404 for the page, the calendar and the PDF; only the revoked one names the visit's contact", async ({
  page,
  request,
}) => {
  const { token, delegate } = await linkFor(NOLTING);
  expect((await request.get(`/d/${token}/calendar.ics`)).status()).toBe(200);
  await revoke(delegate);
  const forged = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
  for (const t of [token, forged, "not-a-token", "%2e%2e%2fvisits"]) {
    const res = await page.goto(`/d/${t}?lang=en`);
    expect(res?.status(), `page for ${t}`).toBe(404);
    await expect(page.getByText("Manuela Blum")).toHaveCount(0);
    expect((await request.get(`/d/${t}/calendar.ics`)).status()).toBe(404);
    expect((await request.get(`/d/${t}/itinerary.pdf`)).status()).toBe(404);
    if (t === token) {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link has been switched off");
      await expect(page.getByRole("link", { name: /^Call International Affairs team.*: \+44 121 496 0100$/ })).toHaveAttribute(
        "href",
        "tel:+441214960100",
      );
      await expect(page.getByRole("link", { name: "international.affairs@example.org" })).toBeVisible();
    } else {
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This link does not open a programme");
      await expect(page.getByTestId("contact")).toHaveCount(0);
    }
  }
});

test("a link revoked while its page is open is a 404 on the very next load", async ({ page }) => {
  const { token, delegate } = await linkFor(NOLTING);
  // Two loads: the server now holds this visit's published programme in memory.
  for (let i = 0; i < 2; i++) expect((await page.goto(`/d/${token}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Antje Nolting");
  await revoke(delegate);
  expect((await page.reload())?.status()).toBe(404);
  await expect(page.getByText("Antje Nolting")).toHaveCount(0);
});

test("one delegate's link opens only her own programme, never another delegate's", async ({ page, request }) => {
  const blum = await linkFor(BLUM);
  const nolting = await linkFor(NOLTING);
  await page.goto(`/d/${nolting.token}?lang=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme for Dr Antje Nolting");
  await page.goto(`/d/${blum.token}?lang=en`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme for Ms Manuela Blum");
  const ics = await (await request.get(`/d/${blum.token}/calendar.ics`)).text();
  expect(ics).toContain("Manuela Blum");
  expect(ics).not.toContain("+49 341 555 0102");
  // Swapping path parts cannot reach another delegate: the token is the only key.
  expect((await request.get(`/d/${nolting.delegate.id}`)).status()).toBe(404);
  expect((await request.get(`/d/${nolting.delegate.id}/calendar.ics`)).status()).toBe(404);
  expect((await request.get(`/d/${nolting.delegate.id}/itinerary.pdf`)).status()).toBe(404);
});

test("the delegate page has no accessibility violations (axe) in English and German", async ({ page }) => {
  test.setTimeout(120_000); // axe on a long page is slow on two shared cores
  const { token } = await linkFor(BLUM);
  for (const lang of ["en", "de"]) {
    await page.goto(`/d/${token}?lang=${lang}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(" ")}`)).toEqual([]);
  }
});

test("after one visit the programme opens offline and says when it was saved", async ({ page, context }) => {
  const { token } = await linkFor(BLUM);
  await page.goto(`/d/${token}?lang=en`);
  await page.locator("html[data-offline-ready]").waitFor();
  const updated = await page.getByTestId("updated").textContent();
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme for Ms Manuela Blum");
  await expect(page.getByRole("heading", { name: "Aston University: research and knowledge exchange" })).toBeVisible();
  // The saved copy is the service worker's own fetch, a moment after the page shown online:
  // same version, stamped the same minute or the next one.
  await expect(page.getByTestId("updated")).toHaveText(/^Updated \d\d:\d\d \S+, \d+ [A-Z][a-z]+ · version 1$/);
  const minutes = (text: string) => {
    const [, h, m] = /(\d\d):(\d\d)/.exec(text)!;
    return Number(h) * 60 + Number(m);
  };
  const saved = (await page.getByTestId("updated").textContent())!;
  expect([0, 1]).toContain((minutes(saved) - minutes(updated!) + 1440) % 1440);
  await expect(page.getByText("You are offline. This is the copy saved on this phone.")).toBeVisible();
  await context.setOffline(false);
});

test("staff issue a link once with copy and QR, then see only its date, and can revoke it", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page);
  const db = await e2eDb();
  const d = await db.delegate.findFirstOrThrow({ where: { email: "ines.dietrich@example.de" } });
  await page.goto(`/visits/${d.visitId}/links`);
  const row = page.getByTestId("link-Ines Dietrich");
  await row.locator("xpath=self::*[@data-hydrated]").waitFor();
  await row.getByRole("button", { name: /^(Issue|Re-issue) link$/ }).click();
  const issued = row.getByTestId("issued-link");
  await expect(issued.getByRole("img", { name: /QR code/ })).toBeVisible();
  const url = await issued.getByRole("textbox").inputValue();
  expect(url).toMatch(/\/d\/[A-Za-z0-9_-]{43}$/);
  await expect(row.getByTestId("link-status")).toContainText("Link issued");

  const phone = await page.context().newPage();
  expect((await phone.goto(url))?.status()).toBe(200);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText("Programme for Ms Ines Dietrich");

  await row.getByRole("button", { name: "Revoke" }).click();
  await row.getByRole("button", { name: "Confirm: revoke link" }).click();
  await expect(row.getByTestId("link-status")).toHaveText("No active link");
  expect((await phone.goto(url))?.status()).toBe(404);
});

/** A visit happening now (yesterday, today, the day after), published, with one delegate's link. */
async function liveVisit() {
  const { createE2eVisit } = await import("./db");
  const { visitFile, venue, organisation, contact, delegate, slot } = await import("../factories/visit-file");
  const { isoInZone } = await import("@/lib/schedule/time");
  const { localDate } = await import("@/lib/schedule/days");
  const tz = "Europe/London";
  const now = Date.now();
  const iso = (minutes: number) => isoInZone(new Date(now + minutes * 60_000), tz);
  const day = (minutes: number) => localDate(new Date(now + minutes * 60_000), tz);
  const email = `live-${now}-${Math.random().toString(36).slice(2, 6)}@example.de`;
  const visitId = await createE2eVisit(
    visitFile({
      visit: {
        title: `Live visit ${now}`,
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: day(-1440),
        lastDay: day(1440 * 2),
        timeZone: tz,
      },
      venues: [venue({ key: "v1", name: "Council House" })],
      organisations: [
        organisation({ key: "o1", name: "City Council", contacts: [contact({ key: "c1", name: "Pat Host", phone: "+44 121 496 0999" })] }),
      ],
      delegates: [delegate({ key: "d1", name: "Lena Live", email, language: "en" })],
      slots: [
        slot({
          title: "Yesterday's tour",
          start: iso(-1440),
          end: iso(-1380),
          venue: "v1",
          host: "o1",
          attendees: [{ person: "d1" }, { person: "c1", role: "HOST" }],
        }),
        slot({
          title: "Happening now",
          start: iso(-30),
          end: iso(60),
          venue: "v1",
          host: "o1",
          attendees: [{ person: "d1" }, { person: "c1", role: "HOST" }],
        }),
        slot({ title: "Coming up", start: iso(120), end: iso(180), venue: "v1", host: "o1", attendees: [{ person: "d1" }] }),
      ],
    }),
  );
  const db = await e2eDb();
  const { publishVisit } = await import("@/lib/publications/mutations");
  const { issueLink } = await import("@/lib/delegate-links/mutations");
  await publishVisit(visitId, null);
  const d = await db.delegate.findFirstOrThrow({ where: { email } });
  const { token } = await issueLink({ visitId, delegateId: d.id, actorId: null });
  /** Renames "Coming up" and publishes the change. */
  const republish = async (title: string) => {
    const coming = await db.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Coming up" } } });
    await db.timeSlot.update({ where: { id: coming.id }, data: { title } });
    await publishVisit(visitId, null);
  };
  const seenState = async () => JSON.stringify((await db.delegate.findUniqueOrThrow({ where: { id: d.id } })).seenSlots);
  return { visitId, token, day, republish, seenState };
}

test("during a visit: today first with Now and Next, and a republished change is marked and stays marked", async ({ page }) => {
  test.setTimeout(90_000);
  const { token, day, republish } = await liveVisit();

  await page.goto(`/d/${token}`);
  const top = page.getByRole("region", { name: "Now / Next" });
  await expect(top.getByRole("heading", { name: "Happening now" })).toBeVisible();
  await expect(top.getByRole("heading", { name: "Coming up" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2 }).filter({ hasText: "Today" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Earlier days" })).toBeVisible();
  await expect(page.getByText("Changed", { exact: true })).toHaveCount(0);
  // Her browser has reported what it showed her: changes are counted from here.
  await page.locator("html[data-seen]").waitFor();

  await republish("Coming up (moved room)");
  for (let view = 0; view < 2; view++) {
    await page.reload();
    const card = page.locator(`#day-${day(120)}`).locator("article", { hasText: "Coming up (moved room)" });
    await expect(card.getByText("Changed", { exact: true })).toBeVisible();
    await expect(page.locator(`#day-${day(-1440)}`).getByText("Changed", { exact: true })).toHaveCount(0);
  }
});

test("a link preview fetching her page records nothing; her own browser records what it showed", async ({ page, request }) => {
  const { token, day, republish, seenState } = await liveVisit();
  await page.goto(`/d/${token}`);
  await page.locator("html[data-seen]").waitFor();
  await republish("Coming up (new room)");
  const before = await seenState();
  // What a mail scanner or chat preview does: fetch the URL, run no script.
  for (let i = 0; i < 2; i++)
    expect((await request.get(`/d/${token}`, { headers: { "User-Agent": "Slackbot-LinkExpanding 1.0" } })).status()).toBe(200);
  expect(await seenState()).toBe(before);
  // She opens it: the change is marked, and once shown her browser reports it.
  const phone = await page.context().newPage();
  await phone.goto(`/d/${token}`);
  await expect(
    phone
      .locator(`#day-${day(120)}`)
      .locator("article", { hasText: "Coming up (new room)" })
      .getByText("Changed", { exact: true }),
  ).toBeVisible();
  await phone.locator("html[data-seen]").waitFor();
  const after = await seenState();
  expect(after).not.toBe(before);
  expect(after).toContain("changedAt");
});

test("when the server answers with an error, the phone shows its saved copy", async ({ page }) => {
  const { visitId, token } = await liveVisit();
  await page.goto(`/d/${token}`);
  await page.locator("html[data-offline-ready]").waitFor();
  // A publication the server cannot read: every load of the page now fails with a 500.
  const db = await e2eDb();
  const last = await db.publication.findFirstOrThrow({ where: { visitId }, orderBy: { version: "desc" } });
  await db.publication.create({ data: { visitId, version: last.version + 1, snapshot: { broken: true } } });
  const direct = await page.request.get(`/d/${token}`);
  expect(direct.status()).toBe(500);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Programme for Lena Live");
  await expect(page.getByRole("heading", { name: "Happening now" }).first()).toBeVisible();
});

test.describe(() => {
  // page.route does not see requests from a page that a service worker controls (the page's
  // worker installs itself on first load, sooner on a fast machine): block it for this test.
  test.use({ serviceWorkers: "block" });
  test("her PDF button says it is preparing, saves the file, and says what went wrong when it fails", async ({ page }) => {
    const { token } = await linkFor(BLUM);
    await page.goto(`/d/${token}?lang=de`);
    const pdf = page.getByRole("link", { name: "PDF herunterladen" });
    // Hold the first response until the pending state has been seen; fail the second.
    let release!: () => void;
    const seen = new Promise<void>((r) => (release = r));
    let calls = 0;
    await page.route("**/itinerary.pdf*", async (route) => {
      if (++calls === 2) return route.fulfill({ status: 500, body: "boom" });
      const response = await route.fetch();
      await seen;
      await route.fulfill({ response });
    });
    const download = page.waitForEvent("download");
    await pdf.click();
    await expect(page.getByRole("link", { name: "PDF wird erstellt …" })).toHaveAttribute("aria-busy", "true");
    release();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    expect(
      fs
        .readFileSync((await file.path())!)
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
    await expect(pdf).not.toHaveAttribute("aria-busy", /.*/);
    await pdf.click();
    await expect(page.getByRole("alert")).toHaveText(
      "Das PDF konnte gerade nicht erstellt werden. Bitte versuchen Sie es in einer Minute noch einmal.",
    );
    await expect(pdf).toHaveText("PDF herunterladen");
  });
});
