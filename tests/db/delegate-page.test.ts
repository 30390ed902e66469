import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { issueLink, revokeLink, setVisitContact } from "@/lib/delegate-links/mutations";
import { publishVisit } from "@/lib/publications/mutations";
import { GET } from "@/app/d/[token]/route";
import { POST } from "@/app/d/[token]/seen/route";
import { delegatePageResponse } from "@/app/d/[token]/page-response";
import { importVisitFile } from "@/tests/factories/records";

// The delegate page as the phone receives it, through its App Router routes: GET
// /d/<token> (reads only) and POST /d/<token>/seen (the page's own report once shown).

const t = useTestDatabase();
let visitId: string;
const ids: Record<string, string> = {};
const JUNE_11_0929 = new Date("2025-06-11T08:29:00Z"); // 09:29 in Birmingham
const HOUR = 3_600_000;

beforeAll(async () => {
  visitId = await importVisitFile(leipzigVisit());
  for (const d of await t.prisma.delegate.findMany({ where: { visitId } })) ids[d.name] = d.id;
  await publishVisit(visitId, null);
});

async function get(token: string, o: { lang?: string; now?: Date; acceptLanguage?: string } = {}) {
  const url = new URL(`http://phone.test/d/${token}${o.lang ? `?lang=${o.lang}` : ""}`);
  const r = await delegatePageResponse({ token, url, acceptLanguage: o.acceptLanguage ?? null, now: o.now ?? JUNE_11_0929 });
  return { status: r.status, headers: r.headers, html: await r.text() };
}
/** What a link preview or mail scanner does: a plain GET through the route. */
const fetchAsBot = (token: string) => GET(new Request(`http://phone.test/d/${token}`), { params: Promise.resolve({ token }) });
/** What the page's own script does once the delegate sees it. */
const reportSeen = (token: string, publicationId: string) =>
  POST(new Request(`http://phone.test/d/${token}/seen`, { method: "POST", body: publicationId }), { params: Promise.resolve({ token }) });

const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1];
const updated = (html: string) => /data-testid="updated"[^>]*>(.*?)<\/p>/.exec(html)?.[1];
const publicationOf = (html: string) => /data-publication="([^"]+)"/.exec(html)![1];
const section = (html: string, label: string) =>
  html.slice(html.indexOf(`aria-label="${label}"`), html.indexOf("</section>", html.indexOf(`aria-label="${label}"`)));
const hash = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const changedMarks = (html: string) => html.split(">Changed<").length - 1;

async function republishWithChange(delegate: string) {
  const slot = await t.prisma.timeSlot.findFirstOrThrow({
    where: { visitId, attendances: { some: { delegateId: ids[delegate] } } },
    orderBy: { startsAt: "desc" },
  });
  const title = `${slot.title} (${Math.random().toString(36).slice(2, 7)})`;
  await t.prisma.timeSlot.update({ where: { id: slot.id }, data: { title } });
  await publishVisit(visitId, null);
  return title;
}

describe("the delegate's page as served", () => {
  it("is one private HTML document, CSS and script inline, allowed by hash in a strict CSP", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    const r = await get(token, { lang: "en" });
    expect(r.status).toBe(200);
    expect(r.headers.get("Cache-Control")).toBe("private, no-store");
    expect(r.headers.get("Referrer-Policy")).toBe("no-referrer");
    expect(h1(r.html)).toBe("Programme for Ms Manuela Blum");
    expect(r.html).toContain('<meta name="robots" content="noindex, nofollow, nocache">');
    expect(r.html).toMatch(/<style>[^<]*\.bg-accent\{/);
    expect(r.html).not.toMatch(/<script[^>]+src=/);
    expect(r.html).toContain(`<link rel="manifest" href="/d/${token}/manifest.webmanifest">`);
    expect(r.html).toContain(`href="webcal://phone.test/d/${token}/calendar.ics?lang=en"`);
    expect(r.html).not.toContain("+49 341 555 0102"); // another delegate's phone
    // The browser runs exactly this script and this stylesheet, nothing else, in no frame.
    const csp = r.headers.get("Content-Security-Policy")!;
    const script = /<script>([\s\S]*?)<\/script>/.exec(r.html)![1];
    const style = /<style>([\s\S]*?)<\/style>/.exec(r.html)![1];
    expect(csp).toContain(`script-src ${hash(script)}`);
    expect(csp).toContain(`style-src ${hash(style)}`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(r.headers.get("Permissions-Policy")).toContain("camera=()");
    const de = await get(token, { lang: "de" });
    expect(h1(de.html)).toBe("Programm für Frau Manuela Blum");
    expect(de.headers.get("Content-Language")).toBe("de");
    expect(de.html).toContain("Mittwoch, 11. Juni");
  });

  it("says when it was updated in the visit's zone, with the zone's name", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    expect(updated((await get(token, { lang: "en" })).html)).toMatch(/^Updated 09:29 BST, 11 June · version \d+$/);
    expect(updated((await get(token, { lang: "de" })).html)).toMatch(/^Aktualisiert 09:29 BST, 11\. Juni · Version \d+$/);
    // The stamp is the moment of the response.
    expect(updated((await get(token, { lang: "en", now: new Date("2025-06-11T08:31:00Z") })).html)).toMatch(/^Updated 09:31 BST/);
  });

  it("moves Now and Next when a slot starts", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    const before = await get(token, { lang: "en" });
    const slot = (
      await t.prisma.timeSlot.findMany({
        where: { visitId, attendances: { some: { delegateId: ids["Manuela Blum"] } } },
        orderBy: { startsAt: "asc" },
      })
    ).find((s) => s.startsAt > JUNE_11_0929)!;
    expect(section(before.html, "Now / Next")).toContain(slot.title);
    const during = await get(token, { lang: "en", now: new Date(slot.startsAt.getTime() + 60_000) });
    const nowPart = section(during.html, "Now / Next");
    expect(nowPart.indexOf(">Now<")).toBeLessThan(nowPart.indexOf(slot.title));
    expect(nowPart.indexOf(">Next<")).toBeGreaterThan(nowPart.indexOf(slot.title));
  });

  it("answers a revoked link at once with a 404 that names the visit's contact", async () => {
    const delegateId = ids["Antje Nolting"];
    await setVisitContact({
      visitId,
      contactName: "Jo Organiser",
      contactPhone: "+44 121 303 2000",
      contactEmail: "jo@example.org",
      actorId: null,
    });
    const { token } = await issueLink({ visitId, delegateId, actorId: null });
    expect((await get(token)).status).toBe(200);
    await revokeLink({ visitId, delegateId, actorId: null });
    const r = await get(token, { lang: "en" });
    expect(r.status).toBe(404);
    expect(h1(r.html)).toBe("This link has been switched off");
    expect(r.html).toContain('href="tel:+441213032000"');
    expect(r.html).toContain('href="mailto:jo@example.org"');
    expect(r.html).not.toContain("Nolting");
    expect(r.html).not.toContain("Leipzig");
  });

  it("gives a re-issued link a page with its own links, and the old link the contact page", async () => {
    const first = await issueLink({ visitId, delegateId: ids["Ines Dietrich"], actorId: null });
    expect((await get(first.token)).status).toBe(200);
    const second = await issueLink({ visitId, delegateId: ids["Ines Dietrich"], actorId: null });
    const old = await get(first.token, { lang: "de" });
    expect(old.status).toBe(404);
    expect(h1(old.html)).toBe("Dieser Link wurde abgeschaltet");
    const r = await get(second.token);
    expect(r.status).toBe(200);
    expect(r.html).toContain(`/d/${second.token}/calendar.ics`);
    expect(r.html).not.toContain(first.token);
  });

  it("gives any token never issued the same neutral page, whatever it looks like", async () => {
    const pages = await Promise.all(["A".repeat(43), "b".repeat(43), "not-a-token"].map((tok) => get(tok, { lang: "en" })));
    for (const p of pages) {
      expect(p.status).toBe(404);
      expect(h1(p.html)).toBe("This link does not open a programme");
      expect(p.html).not.toContain("tel:");
      expect(p.html).not.toContain("Birmingham");
    }
    expect(new Set(pages.map((p) => p.html)).size).toBe(1);
    // German for a phone that asks for German.
    expect(h1((await get("C".repeat(43), { acceptLanguage: "de-DE,de;q=0.9" })).html)).toBe("Dieser Link öffnet kein Programm");
  });

  it("gives fifty phones opening three links at once each their own programme", async () => {
    const tokens = await Promise.all(
      ["Manuela Blum", "Ines Dietrich"].map(
        async (n) => [n, (await issueLink({ visitId, delegateId: ids[n], actorId: null })).token] as const,
      ),
    );
    const asks = Array.from({ length: 50 }, (_, i) => (i % 3 === 2 ? (["wrong", "A".repeat(43)] as const) : tokens[i % 3]));
    const answers = await Promise.all(asks.map(([, token]) => get(token, { lang: "en" })));
    answers.forEach((r, i) => {
      if (asks[i][0] === "wrong") expect(r.status).toBe(404);
      else expect(h1(r.html)).toContain(asks[i][0]);
    });
  });
});

describe("a reload in the same minute (served from the rendered copy)", () => {
  it("still shows a republished change and refuses a revoked link at once", async () => {
    const delegateId = ids["Ines Dietrich"];
    const { token } = await issueLink({ visitId, delegateId, actorId: null });
    const first = await get(token, { lang: "en" });
    expect((await get(token, { lang: "en" })).html).toBe(first.html);
    const title = await republishWithChange("Ines Dietrich");
    const after = await get(token, { lang: "en" });
    expect(after.html).toContain(title);
    expect(publicationOf(after.html)).not.toBe(publicationOf(first.html));
    await revokeLink({ visitId, delegateId, actorId: null });
    const gone = await get(token, { lang: "en" });
    expect(gone.status).toBe(404);
    expect(gone.html).not.toContain(title);
  });
});

describe("the protocol layer on the delegate's page", () => {
  const text = (html: string) =>
    html
      .replace(/<style>[\s\S]*?<\/style>|<script>[\s\S]*?<\/script>/g, "")
      .replace(/<[^>]+>/g, " ")
      .replace(/&#x27;|&#39;/g, "'")
      .replace(/&amp;/g, "&")
      .replace(/\s+/g, " ");

  it("shows her hotel, her pick-ups with car and driver, and each slot's dress code, never a gift or its value", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Antje Nolting"], actorId: null });
    const page = text((await get(token, { lang: "en" })).html);
    expect(page).toContain("Your hotel Hyatt Regency Birmingham 2 Bridge Street, Birmingham B1 2JZ");
    expect(page).toContain("Check-in Tue 10 June, 14:00");
    expect(page).toContain("Check-out Fri 13 June, 10:00");
    // The car to the Lord Mayor's reception, before the reception itself.
    expect(page).toMatch(
      /18:05 – 18:20 Car Hyatt Regency Birmingham → Chamberlain Room, The Council House Pick-up: Hotel entrance, Bridge Street Council car \(silver Skoda Superb, BV24 LMO\) Driver: Gary Holt ☎ \+44 7700 900101 18:30 – 20:30 Birmingham Reception [^☎]*Lord Mayor's reception/,
    );
    expect(page).toContain("Route: Broad Street, Centenary Square, Paradise Street to Victoria Square (about 1 km)");
    expect(page).toContain("Dress code: Lounge suit — Lounge suit or business attire.");
    expect(page).toContain("Dress code: Outdoor clothing and flat shoes — By the canal: flat shoes and a light jacket.");
    for (const secret of [
      "silver dish",
      "Porcelain plate",
      "£180",
      "180.00",
      "Receiving line",
      "Thank Ensemble Nobilis",
      "Ensemble Nobilis (eight singers)",
    ]) {
      expect(page).not.toContain(secret);
    }
    // The received gift's value (EUR 240) standing alone; ids and hashes may hold the digits.
    expect(page).not.toMatch(/(?<![\w-])240(?![\w-])/);
  });

  it("stays under 15 kB gzip with all of it, in English and German", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    for (const lang of ["en", "de"]) {
      const html = (await get(token, { lang })).html;
      expect(html).toContain('data-leg="');
      expect(gzipSync(html).length).toBeLessThan(15 * 1024);
    }
  });

  it("says it in German on her German page", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    const page = text((await get(token, { lang: "de" })).html);
    expect(page).toContain("Ihr Hotel Hyatt Regency Birmingham");
    expect(page).toContain("Check-in Di., 10. Juni, 14:00");
    expect(page).toContain("13:05 – 13:45 Kleinbus Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(page).toContain("Abholung: Hotel entrance, Bridge Street");
    expect(page).toContain("Fahrer/in: Gary Holt");
    expect(page).toContain("Kleiderordnung: Dunkler Anzug — Lounge suit or business attire.");
    expect(page).not.toContain("silver dish");
  });
});

describe("what the delegate has seen", () => {
  it("is never recorded by a GET: a preview bot fetching the link leaves the marks in place, days later too", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    // Her browser showed her the current version once.
    expect((await reportSeen(token, publicationOf((await get(token)).html))).status).toBe(204);
    const title = await republishWithChange("Manuela Blum");
    const stored = await t.prisma.delegate.findUniqueOrThrow({ where: { id: ids["Manuela Blum"] } });
    for (let i = 0; i < 2; i++) expect((await fetchAsBot(token)).status).toBe(200);
    const still = await t.prisma.delegate.findUniqueOrThrow({ where: { id: ids["Manuela Blum"] } });
    expect(still.seenSlots).toEqual(stored.seenSlots);
    // She opens it three days later: the change is still marked.
    const later = await get(token, { lang: "en", now: new Date(Date.now() + 72 * HOUR) });
    expect(later.html).toContain(title);
    expect(changedMarks(later.html)).toBeGreaterThan(0);
  });

  it("starts a change's day when her page reports it shown: marked for that day, then gone", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    await reportSeen(token, publicationOf((await get(token)).html));
    await republishWithChange("Manuela Blum");
    const shown = await get(token, { lang: "en", now: new Date() });
    expect(changedMarks(shown.html)).toBeGreaterThan(0);
    expect((await reportSeen(token, publicationOf(shown.html))).status).toBe(204);
    // A reload the same day keeps the mark; a day after she saw it, it is gone.
    expect(changedMarks((await get(token, { lang: "en", now: new Date(Date.now() + 2 * HOUR) })).html)).toBeGreaterThan(0);
    expect(changedMarks((await get(token, { lang: "en", now: new Date(Date.now() + 25 * HOUR) })).html)).toBe(0);
  });

  it("refuses a report for a wrong token or another visit's publication, and writes nothing", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Ines Dietrich"], actorId: null });
    const before = await t.prisma.delegate.findUniqueOrThrow({ where: { id: ids["Ines Dietrich"] } });
    const otherVisit = await importVisitFile(leipzigVisit());
    await publishVisit(otherVisit, null);
    const foreign = await t.prisma.publication.findFirstOrThrow({ where: { visitId: otherVisit } });
    expect((await reportSeen(token, foreign.id)).status).toBe(404);
    expect((await reportSeen("A".repeat(43), foreign.id)).status).toBe(404);
    expect((await reportSeen(token, "<script>")).status).toBe(400);
    const after = await t.prisma.delegate.findUniqueOrThrow({ where: { id: ids["Ines Dietrich"] } });
    expect(after.seenSlots).toEqual(before.seenSlots);
  });

  it("says under a changed slot what changed since her last visit, before → after, in her language; a GET writes nothing", async () => {
    const own = await importVisitFile(leipzigVisit());
    await publishVisit(own, null);
    const blum = await t.prisma.delegate.findFirstOrThrow({ where: { visitId: own, name: "Manuela Blum" } });
    const { token } = await issueLink({ visitId: own, delegateId: blum.id, actorId: null });
    expect((await reportSeen(token, publicationOf((await get(token)).html))).status).toBe(204);
    // v2: the welcome moves 70 minutes later and to STEAMhouse; nothing else of hers changes.
    const welcome = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId: own, title: "Welcome and programme briefing" } });
    const steamhouse = await t.prisma.venue.findFirstOrThrow({ where: { visitId: own, name: "STEAMhouse" } });
    const later = (d: Date) => new Date(d.getTime() + 70 * 60_000);
    await t.prisma.timeSlot.update({
      where: { id: welcome.id },
      data: { startsAt: later(welcome.startsAt), endsAt: later(welcome.endsAt), venueId: steamhouse.id },
    });
    await publishVisit(own, null);
    const stored = (await t.prisma.delegate.findUniqueOrThrow({ where: { id: blum.id } })).seenSlots;

    const en = await get(token, { lang: "en", now: new Date() });
    const lists = changeLists(en.html);
    expect(lists).toHaveLength(1);
    expect(en.html.indexOf('data-testid="change-lines"')).toBeGreaterThan(en.html.indexOf(`data-slot="${welcome.id}"`));
    expect(lists[0]).toMatch(
      /Time: Tue 10 June, 15:00–16:00 BST \(Leipzig 16:00–17:00 CEST\) → 16:10–17:10 BST \(Leipzig 17:10–18:10 CEST\)/,
    );
    expect(lists[0]).toContain("Place: The Council House, Victoria Square, Birmingham → STEAMhouse, Belmont Row, Birmingham");
    const de = await get(token, { lang: "de", now: new Date() });
    expect(changeLists(de.html)[0]).toMatch(/Zeit: Di\., 10\. Juni, 15:00–16:00 .+ → 16:10–17:10/);
    expect(changeLists(de.html)[0]).toContain("Ort: The Council House");
    expect((await t.prisma.delegate.findUniqueOrThrow({ where: { id: blum.id } })).seenSlots).toEqual(stored);
    // Once her page reports v2 shown, the lines stay with the mark that day, and go with it.
    expect((await reportSeen(token, publicationOf(en.html))).status).toBe(204);
    expect(changeLists((await get(token, { lang: "en", now: new Date(Date.now() + 2 * HOUR) })).html)[0]).toContain("→ 16:10–17:10 BST");
    expect(changeLists((await get(token, { lang: "en", now: new Date(Date.now() + 25 * HOUR) })).html)).toEqual([]);
  });
});

describe("a changed pick-up or dress code", () => {
  it("marks the slot on her page and says what changed, before → after", async () => {
    const own = await importVisitFile(leipzigVisit());
    await publishVisit(own, null);
    const nolting = await t.prisma.delegate.findFirstOrThrow({ where: { visitId: own, name: "Antje Nolting" } });
    const { token } = await issueLink({ visitId: own, delegateId: nolting.id, actorId: null });
    expect((await reportSeen(token, publicationOf((await get(token, { lang: "en" })).html))).status).toBe(204);
    // v2: the car to the Lord Mayor's reception comes 15 minutes earlier; black tie.
    const reception = await t.prisma.timeSlot.findFirstOrThrow({
      where: { visitId: own, title: { startsWith: "Lord Mayor's reception" } },
    });
    const car = await t.prisma.transportLeg.findFirstOrThrow({ where: { toSlotId: reception.id } });
    await t.prisma.transportLeg.update({ where: { id: car.id }, data: { pickUpAt: new Date(car.pickUpAt.getTime() - 15 * 60_000) } });
    await t.prisma.timeSlot.update({ where: { id: reception.id }, data: { dressCode: "BLACK_TIE" } });
    await publishVisit(own, null);

    const en = await get(token, { lang: "en", now: new Date() });
    const lists = changeLists(en.html);
    expect(lists).toHaveLength(1);
    expect(en.html.indexOf('data-testid="change-lines"')).toBeGreaterThan(en.html.indexOf(`data-slot="${reception.id}"`));
    expect(lists[0]).toMatch(/Dress code: Lounge suit[^→]*→ Black tie/);
    expect(lists[0]).toMatch(
      /Pick-up: 18:05, Hotel entrance, Bridge Street · Car, Council car[^→]*→ 17:50, Hotel entrance, Bridge Street · Car/,
    );
    const de = changeLists((await get(token, { lang: "de", now: new Date() })).html)[0];
    expect(de).toMatch(/Abholung: 18:05, .* → 17:50, /);
  });

  it("marks a changed airport transfer on her page, names a cancelled one, and marks none on first upgrade", async () => {
    const own = await importVisitFile(leipzigVisit());
    await publishVisit(own, null);
    const blum = await t.prisma.delegate.findFirstOrThrow({ where: { visitId: own, name: "Manuela Blum" } });
    const { token } = await issueLink({ visitId: own, delegateId: blum.id, actorId: null });
    expect((await reportSeen(token, publicationOf((await get(token, { lang: "en" })).html))).status).toBe(204);
    // A state stored before transfers were kept marks none of them when it meets them.
    const stored = (await t.prisma.delegate.findUniqueOrThrow({ where: { id: blum.id } })).seenSlots as Record<string, unknown>;
    const slotsOnly = Object.fromEntries(Object.entries(stored.slots as Record<string, string>).filter(([id]) => !id.startsWith("leg:")));
    await t.prisma.delegate.update({ where: { id: blum.id }, data: { seenSlots: { ...stored, slots: slotsOnly, legs: undefined } } });
    const upgraded = (await get(token, { lang: "en" })).html;
    expect(upgraded).not.toContain("since you last looked");
    expect(changeLists(upgraded)).toEqual([]);
    expect((await reportSeen(token, publicationOf((await get(token, { lang: "en" })).html))).status).toBe(204);

    // v2: the minibus from the airport meets them half an hour later; the ride back on Wednesday is cancelled.
    const airport = await t.prisma.transportLeg.findFirstOrThrow({ where: { visitId: own, fromKind: "AIRPORT" } });
    await t.prisma.transportLeg.update({
      where: { id: airport.id },
      data: { pickUpAt: new Date("2025-06-10T12:35:00Z"), arriveAt: new Date("2025-06-10T13:15:00Z") },
    });
    const back = await t.prisma.transportLeg.findFirstOrThrow({
      where: { visitId: own, toKind: "HOTEL", pickUpAt: new Date("2025-06-11T15:35:00Z") },
    });
    await t.prisma.transportLeg.delete({ where: { id: back.id } });
    await publishVisit(own, null);

    const en = (await get(token, { lang: "en", now: new Date() })).html;
    const lists = changeLists(en);
    expect(lists).toHaveLength(1);
    expect(en.indexOf('data-testid="change-lines"')).toBeGreaterThan(en.indexOf(`data-leg="${airport.id}"`));
    expect(lists[0]).toContain(
      "Time: Tue 10 June, 13:05–13:45 BST (Leipzig 14:05–14:45 CEST) → 13:35–14:15 BST (Leipzig 14:35–15:15 CEST)",
    );
    expect(en).toContain("1 item changed since you last looked.");
    expect(en).toMatch(/No longer in your programme:[\s\S]*University of Birmingham → Hyatt Regency Birmingham/);
  });
});

/** The text of each "what changed" list on the page. */
function changeLists(html: string): string[] {
  return [...html.matchAll(/<ul[^>]*data-testid="change-lines"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) =>
    m[1].replace(/<[^>]+>/g, "").replace(/&amp;/g, "&"),
  );
}
