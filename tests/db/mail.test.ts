import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { testSmtp, until } from "@/tests/setup/smtp";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";
import type { AppError } from "@/lib/errors";
import { importVisitFile } from "@/tests/factories/records";

// E-mail end to end: publishing writes outbox rows in its transaction, the pg-boss worker
// sends them to a real SMTP server running in this process, and the tests read what arrived.

const t = useTestDatabase();
let smtp: Awaited<ReturnType<typeof testSmtp>>;
let onMessage: (n: number) => void = () => {};

beforeAll(async () => {
  smtp = await testSmtp({ onMessage: (n) => onMessage(n) });
  process.env.SMTP_URL = smtp.url;
  process.env.MAIL_FROM = "Visits Office <visits@example.org>";
  const { startMailWorker } = await import("@/lib/outbox/worker");
  await startMailWorker({ pollingIntervalSeconds: 0.5, reminders: false });
});
afterAll(async () => {
  const { stopMailWorker } = await import("@/lib/outbox/worker");
  await stopMailWorker();
  await smtp.stop();
});

async function leipzig() {
  const visitId = await importVisitFile(leipzigVisit());
  const editor = await createStaff({ role: "EDITOR" });
  const publish = async (notify: "changed" | "everyone" | "nobody") => {
    const { loadItinerary } = await import("@/lib/visits/data");
    const { draftKey } = await import("@/lib/publications/fingerprint");
    const { publishDraft } = await import("@/lib/publications/mutations");
    return publishDraft(editor, { visitId, draftKey: draftKey((await loadItinerary(visitId))!), notify });
  };
  const delegate = (name: string) => t.prisma.delegate.findFirstOrThrow({ where: { visitId, name } });
  return { visitId, publish, delegate };
}

const sentTo = (address: string) => smtp.received.filter((r) => r.to.includes(address));

describe("publishing with notification", () => {
  it("e-mails only the delegate whose programme changed, in their language, with before → after", async () => {
    const { visitId, publish, delegate } = await leipzig();
    expect(await publish("nobody")).toMatchObject({ version: 1, mail: { queued: 0 } });
    const blum = await delegate("Manuela Blum");
    const slot = await t.prisma.timeSlot.create({
      data: {
        visitId,
        title: "Breakfast with the Consul",
        kind: "MEAL",
        startsAt: new Date("2025-06-12T07:00:00Z"),
        endsAt: new Date("2025-06-12T07:45:00Z"),
        attendances: { create: [{ delegateId: blum.id }] },
      },
    });
    const r = await publish("changed");
    expect(r).toMatchObject({ version: 2, mail: { queued: 1, noAddress: 0 } });
    await until(() => sentTo("manuela.blum@example.de").length === 1, "Ms Blum's e-mail");
    const { mail } = sentTo("manuela.blum@example.de")[0];
    expect(mail.subject).toBe("Änderungen in Ihrem Programm: Leipzig delegation to Birmingham");
    expect(mail.text).toContain("Neu: Breakfast with the Consul");
    expect(mail.text).toContain("Zeit: Do., 12. Juni, 08:00–08:45 BST (Leipzig 09:00–09:45 CEST)");
    expect(mail.html).toContain("Breakfast with the Consul");
    expect(mail.html).not.toMatch(/<img/i);
    expect(sentTo("antje.nolting@example.de")).toHaveLength(0);

    // Moving a meeting all three attend: the two with an address are told; the third is listed "no address".
    await t.prisma.delegate.update({ where: { id: (await delegate("Ines Dietrich")).id }, data: { email: "" } });
    const aston = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Aston University" } } });
    await t.prisma.timeSlot.update({
      where: { id: aston.id },
      data: { startsAt: new Date("2025-06-11T08:00:00Z"), endsAt: new Date("2025-06-11T11:00:00Z") },
    });
    await t.prisma.timeSlot.delete({ where: { id: slot.id } });
    expect(await publish("changed")).toMatchObject({ version: 3, mail: { queued: 2, noAddress: 1 } });
    await until(() => sentTo("antje.nolting@example.de").length === 1 && sentTo("manuela.blum@example.de").length === 2, "both e-mails");
    const nolting = sentTo("antje.nolting@example.de")[0].mail.text!;
    expect(nolting).toContain("Geändert: Aston University: research and knowledge exchange");
    expect(nolting).toContain(
      "Zeit: Mi., 11. Juni, 09:30–12:30 BST (Leipzig 10:30–13:30 CEST) → Mi., 11. Juni, 09:00–12:00 BST (Leipzig 10:00–13:00 CEST)",
    );
    expect(nolting).not.toContain("Breakfast");
    expect(sentTo("manuela.blum@example.de")[1].mail.text).toContain("Abgesagt: Breakfast with the Consul");
    const rows = await t.prisma.outboxMessage.findMany({
      where: { visitId, cause: { endsWith: ":v3" } },
      orderBy: { recipientName: "asc" },
    });
    expect(rows.map((m) => [m.recipientName, m.status])).toEqual([
      ["Antje Nolting", "SENT"],
      ["Ines Dietrich", "NO_ADDRESS"],
      ["Manuela Blum", "SENT"],
    ]);
  }, 60_000);

  it("refuses to publish a draft identical to the published version", async () => {
    const { visitId, publish } = await leipzig();
    await publish("nobody");
    const refused = await publish("changed").catch((e: AppError) => e);
    expect(refused).toMatchObject({ code: "BLOCKED", message: "Nothing has changed since version 1: there is nothing to publish." });
    expect(await t.prisma.publication.count({ where: { visitId } })).toBe(1);
    expect(await t.prisma.outboxMessage.count({ where: { visitId } })).toBe(0);
  });
});

describe("a mail server that goes down", () => {
  it("loses nothing and sends nothing twice when SMTP stops mid-batch and comes back", async () => {
    const { visitId, publish } = await leipzig();
    const from = smtp.received.length;
    await t.prisma.delegate.createMany({
      data: Array.from({ length: 12 }, (_, i) => ({
        visitId,
        name: `Guest ${i + 1}`,
        email: `guest${i + 1}@example.net`,
        homeTimeZone: "Europe/Berlin",
      })),
    });
    let stopped = false;
    let restarted!: Promise<void>;
    onMessage = (n) => {
      if (!stopped && n - from === 4) {
        stopped = true;
        restarted = (async () => {
          await smtp.stop();
          await until(async () => (await t.prisma.outboxMessage.count({ where: { visitId, status: "RETRYING" } })) > 0, "a failed attempt");
          await smtp.start();
        })();
      }
    };
    expect(await publish("everyone")).toMatchObject({ mail: { queued: 15 } });
    await until(() => stopped, "the server to stop");
    await restarted;
    await until(async () => (await t.prisma.outboxMessage.count({ where: { visitId, status: "SENT" } })) === 15, "all 15 sent", 60_000);
    const guests = smtp.received.slice(from);
    const perAddress = new Map<string, number>();
    for (const g of guests) perAddress.set(g.to[0], (perAddress.get(g.to[0]) ?? 0) + 1);
    expect(perAddress.size).toBe(15);
    expect([...perAddress.values()].every((n) => n === 1)).toBe(true);
    const retried = await t.prisma.outboxMessage.findMany({ where: { visitId, attempts: { gt: 1 } } });
    expect(retried.length).toBeGreaterThan(0);
    onMessage = () => {};
  }, 90_000);
});

describe("start-up", () => {
  it("says clearly when SMTP_URL is not usable", async () => {
    const { mailConfig } = await import("@/lib/mail/config");
    expect(() => mailConfig({ SMTP_URL: "http://mail.example.org" })).toThrow(
      'SMTP_URL is not usable (the scheme is "http", not smtp or smtps)',
    );
    expect(() => mailConfig({ SMTP_URL: "smtp//oops" })).toThrow("SMTP_URL is not usable (not a URL)");
    expect(mailConfig({ SMTP_URL: "smtps://u:p@mail.example.org:465", MAIL_FROM: "Office <o@example.org>" })).toEqual({
      url: "smtps://u:p@mail.example.org:465",
      from: "Office <o@example.org>",
    });
  });
});

describe("links and invitations by e-mail", () => {
  it("e-mails each delegate their current link (not re-issued) with the itinerary PDF, once per link", async () => {
    const { visitId, publish, delegate } = await leipzig();
    await publish("nobody");
    const editor = await createStaff({ role: "EDITOR" });
    const { issueLink } = await import("@/lib/delegate-links/mutations");
    const blum = await delegate("Manuela Blum");
    const { token } = await issueLink({ visitId, delegateId: blum.id, actorId: editor.id });
    const { emailLinks } = await import("@/lib/outbox/links");
    const from = smtp.received.length;
    expect(await emailLinks(visitId, null, editor.id)).toEqual({ queued: 3, noAddress: 0, already: 0 });
    await until(() => smtp.received.length - from === 3, "three link e-mails");
    const mine = smtp.received.slice(from).find((r) => r.to[0] === "manuela.blum@example.de")!.mail;
    expect(mine.subject).toBe("Ihr Programm für Leipzig delegation to Birmingham");
    expect(mine.text).toContain(`/d/${token}`);
    expect(mine.html).toContain("10.–13. Juni 2025");
    expect(mine.attachments.map((a) => [a.contentType, a.content.subarray(0, 5).toString()])).toEqual([["application/pdf", "%PDF-"]]);
    // Blum's link still works: the e-mail did not replace it.
    const { findDelegateByToken } = await import("@/lib/delegate-links/tokens");
    expect(await findDelegateByToken(token)).toMatchObject({ delegateId: blum.id });
    // The other two had no link: one was issued for each, in the same transaction.
    expect(await t.prisma.delegate.count({ where: { visitId, linkTokenHash: { not: null } } })).toBe(3);
    expect(await emailLinks(visitId, null, editor.id)).toEqual({ queued: 0, noAddress: 0, already: 3 });
  }, 60_000);

  it("e-mails a staff invitation with the set-password link that was just created", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const { inviteStaff } = await import("@/lib/staff/mutations");
    const from = smtp.received.length;
    const { token } = await inviteStaff({ name: "Rosa Haas", email: "rosa.haas@example.org", role: "EDITOR" }, admin.id);
    await until(() => smtp.received.slice(from).some((r) => r.to[0] === "rosa.haas@example.org"), "the invitation");
    const mail = smtp.received.slice(from).find((r) => r.to[0] === "rosa.haas@example.org")!.mail;
    expect(mail.subject).toBe("Your Itinera account");
    expect(mail.text).toContain(`/invite/${token}`);
  });
});

describe("evening reminders", () => {
  it("queue the next day's programme once per delegate per day, and not when switched off", async () => {
    const { visitId, publish } = await leipzig();
    await publish("nobody");
    // Other tests' visits share these dates: only this one sends reminders here.
    await t.prisma.visit.updateMany({ where: { id: { not: visitId } }, data: { remindersOn: false } });
    const { queueDueReminders } = await import("@/lib/outbox/reminders");
    const evening = new Date("2025-06-10T17:05:00Z"); // 18:05 BST, the day before Wednesday
    const from = smtp.received.length;
    expect(await queueDueReminders(evening)).toBe(3);
    expect(await queueDueReminders(new Date("2025-06-10T17:10:00Z"))).toBe(0);
    await until(() => smtp.received.length - from === 3, "three reminders");
    const blum = smtp.received.slice(from).find((r) => r.to[0] === "manuela.blum@example.de")!.mail;
    expect(blum.subject).toBe("Morgen, Mittwoch, 11. Juni 2025: Ihr Programm");
    expect(blum.text).toContain("Aston University: research and knowledge exchange");
    expect(blum.text).not.toContain("STEAMhouse"); // Tuesday's, not Wednesday's
    await t.prisma.visit.update({ where: { id: visitId }, data: { remindersOn: false } });
    expect(await queueDueReminders(new Date("2025-06-11T17:05:00Z"))).toBe(0);
  }, 60_000);
});

describe("a changed transfer", () => {
  it("e-mails every passenger when only the airport minibus moves, before → after", async () => {
    const { visitId, publish } = await leipzig();
    await publish("nobody");
    const airport = await t.prisma.transportLeg.findFirstOrThrow({ where: { visitId, fromKind: "AIRPORT" } });
    await t.prisma.transportLeg.update({
      where: { id: airport.id },
      data: { pickUpAt: new Date("2025-06-10T12:35:00Z"), arriveAt: new Date("2025-06-10T13:15:00Z") },
    });
    const from = smtp.received.length;
    expect(await publish("changed")).toMatchObject({ version: 2, mail: { queued: 3, noAddress: 0 } });
    await until(() => smtp.received.length - from === 3, "three e-mails");
    const nolting = smtp.received.slice(from).find((r) => r.to[0] === "antje.nolting@example.de")!.mail.text!;
    expect(nolting).toContain("Geändert: Kleinbus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(nolting).toContain("Zeit: Di., 10. Juni, 13:05–13:45 BST (Leipzig 14:05–14:45 CEST) → Di., 10. Juni, 13:35–14:15 BST");
  }, 60_000);
});

describe("a changed route", () => {
  it("tells the passengers the car's and the minibus's new way, marks both on the page, and moves the calendar event", async () => {
    const { visitId, publish, delegate } = await leipzig();
    const { issueLink } = await import("@/lib/delegate-links/mutations");
    const { delegatePageResponse } = await import("@/app/d/[token]/page-response");
    const { POST: seen } = await import("@/app/d/[token]/seen/route");
    const { GET: calendar } = await import("@/app/d/[token]/calendar.ics/route");
    const reception = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Lord Mayor's reception" } } });
    const car = await t.prisma.transportLeg.findFirstOrThrow({ where: { toSlotId: reception.id } });
    const airport = await t.prisma.transportLeg.findFirstOrThrow({ where: { visitId, fromKind: "AIRPORT" } });
    await t.prisma.transportLeg.update({ where: { id: car.id }, data: { route: "Broad Street and Paradise Street (about 2 km)" } });
    await publish("nobody");

    // Her page shows v1 (she reports it seen); Ms Nolting's state is one stored before routes were told.
    const page = async (token: string, lang = "en") =>
      (
        await delegatePageResponse({
          token,
          url: new URL(`http://phone.test/d/${token}?lang=${lang}`),
          acceptLanguage: null,
          now: new Date(),
        })
      ).text();
    const dietrich = await delegate("Ines Dietrich");
    const { token } = await issueLink({ visitId, delegateId: dietrich.id, actorId: null });
    const v1 = /data-publication="([^"]+)"/.exec(await page(token))![1];
    const report = (tok: string, pub: string) =>
      seen(new Request("http://phone.test/seen", { method: "POST", body: pub }), { params: Promise.resolve({ token: tok }) });
    expect((await report(token, v1)).status).toBe(204);
    const nolting = await delegate("Antje Nolting");
    const other = await issueLink({ visitId, delegateId: nolting.id, actorId: null });
    expect((await report(other.token, v1)).status).toBe(204);
    const stored = (await delegate("Antje Nolting")).seenSlots as { slots: Record<string, string> };
    const withoutRoutes = Object.fromEntries(Object.entries(stored.slots).map(([id, k]) => [id, k.replace(/~.*$/, "")]));
    await t.prisma.delegate.update({
      where: { id: nolting.id },
      data: { seenSlots: { ...stored, slots: withoutRoutes, routes: undefined } },
    });

    // v2: only the ways change: the car avoids Broad Street, the minibus from the airport gets one.
    await t.prisma.transportLeg.update({
      where: { id: car.id },
      data: { route: "Suffolk Street Queensway, Broad Street closed (about 3 km)" },
    });
    await t.prisma.transportLeg.update({ where: { id: airport.id }, data: { route: "A45 Coventry Road (about 14 km)" } });
    const from = smtp.received.length;
    expect(await publish("changed")).toMatchObject({ version: 2, mail: { queued: 3, noAddress: 0 } });
    await until(() => smtp.received.length - from === 3, "three e-mails");
    const mailTo = (address: string) => smtp.received.slice(from).find((r) => r.to[0] === address)!.mail;
    const en = mailTo("ines.dietrich@example.de").text!;
    expect(en).toContain("2 changes concern you");
    expect(en).toContain("Changed: Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(en).toContain("Route: no route given → A45 Coventry Road (about 14 km)");
    expect(en).toContain(`Changed: ${reception.title}`);
    expect(en).toContain(
      "Way there: Broad Street and Paradise Street (about 2 km) → Suffolk Street Queensway, Broad Street closed (about 3 km)",
    );
    expect(mailTo("ines.dietrich@example.de").html).toContain("Suffolk Street Queensway, Broad Street closed (about 3 km)");
    const de = mailTo("antje.nolting@example.de").text!;
    expect(de).toContain(
      "Weg dorthin: Broad Street and Paradise Street (about 2 km) → Suffolk Street Queensway, Broad Street closed (about 3 km)",
    );
    expect(de).toContain("Weg: kein Weg angegeben → A45 Coventry Road (about 14 km)");

    // Her page marks the slot and the transfer, each with its new way.
    const html = await page(token);
    expect(html).toContain("2 items changed since you last looked.");
    const lists = (h: string) =>
      [...h.matchAll(/<ul[^>]*data-testid="change-lines"[^>]*>([\s\S]*?)<\/ul>/g)].map((m) => m[1].replace(/<[^>]+>/g, ""));
    expect(lists(html)).toEqual(
      expect.arrayContaining([
        expect.stringContaining("Route: no route given → A45 Coventry Road (about 14 km)"),
        expect.stringContaining("Way there: Broad Street and Paradise Street (about 2 km) → Suffolk Street Queensway"),
      ]),
    );
    const card = html.slice(html.indexOf(`data-slot="${reception.id}"`));
    expect(card.slice(0, card.indexOf("</article>"))).toMatch(/data-testid="change-lines"[\s\S]*Suffolk Street Queensway/);
    expect(lists(await page(token, "de")).join("\n")).toContain(
      "Weg dorthin: Broad Street and Paradise Street (about 2 km) → Suffolk Street Queensway",
    );
    // A state from before routes were told marks nothing for a route alone.
    expect(await page(other.token)).not.toContain("since you last looked");
    // Her calendar: the reception's event (it names the car's way) and the transfer's come again.
    const ics = await (
      await calendar(new Request(`http://phone.test/d/${token}/calendar.ics`), { params: Promise.resolve({ token }) })
    ).text();
    expect(ics).toContain(`UID:${reception.id}@itinera\r\nSEQUENCE:1`);
    expect(ics).toContain(`UID:${airport.id}@itinera\r\nSEQUENCE:1`);
  }, 60_000);
});
