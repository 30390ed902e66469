import { describe, expect, it } from "vitest";
import { delegateProgramme, mapUrl, othersText, telHref } from "@/lib/delegate-view/model";
import { updateSeen, MARK_HOURS } from "@/lib/delegate-view/seen";
import { programmeCalendar } from "@/lib/delegate-view/calendar";
import { itineraryOf, leipzigItinerary } from "@/tests/factories/itinerary";
import { at, contact, delegate, organisation, slot, visitFile } from "@/tests/factories/visit-file";
import { publicItinerary } from "@/lib/schedule/protocol";

// Pure view of one delegate's published programme (run under TZ=Asia/Kathmandu).
const it_ = leipzigItinerary();
const blum = "blum";
const after = new Date("2025-07-01T10:00:00Z");

describe("a delegate's programme", () => {
  it("lists only this delegate's slots, by the visit's days, with London and Leipzig times", () => {
    const p = delegateProgramme(it_, blum, after)!;
    expect(p.days.map((d) => d.date)).toEqual(["2025-06-10", "2025-06-11", "2025-06-12", "2025-06-13"]);
    const aston = p.days[1].slots.find((s) => s.title.startsWith("Aston University"))!;
    expect(aston.time).toBe("09:30–12:30");
    expect(aston.zone).toBe("BST");
    expect(aston.homeTime).toBe("10:30–13:30");
    expect(aston.venue?.mapUrl).toBe("https://www.openstreetmap.org/?mlat=52.4862&mlon=-1.8904#map=17/52.4862/-1.8904");
    expect(aston.contact).toMatchObject({ name: "Prof Mike Caine", tel: "tel:+441214960200" });
    expect(p.during).toBe(false);
    expect(p.now).toBeNull();
  });

  it("never carries internal notes or another delegate's contact details or needs", () => {
    const p = delegateProgramme(it_, blum, after)!;
    const json = JSON.stringify(p);
    expect(json).not.toContain("Committee Room 2"); // internal note of the welcome slot
    expect(json).not.toContain("antje.nolting@example.de");
    expect(json).not.toContain("+49 341 555 0102");
    expect(json).not.toContain("Vegetarian");
    expect(json).toContain("Antje Nolting"); // names of who else attends are shown
    const others = p.days.flatMap((d) => d.slots).flatMap((s) => s.others.map((o) => o.name));
    expect(others.some((n) => n.includes("Manuela Blum"))).toBe(false);
  });

  it("during the visit puts today first and marks now and next", () => {
    const during = new Date("2025-06-11T09:00:00Z"); // 10:00 in Birmingham, Wednesday
    const p = delegateProgramme(it_, blum, during)!;
    expect(p.during).toBe(true);
    expect(p.days[0]).toMatchObject({ date: "2025-06-11", isToday: true });
    expect(p.days.map((d) => d.date)).toEqual(["2025-06-11", "2025-06-12", "2025-06-13", "2025-06-10"]);
    expect(p.now?.title).toMatch(/^Aston University/);
    expect(p.next && Date.parse(p.next.startsAt)).toBeGreaterThan(during.getTime());
  });

  it("has no programme for a delegate who is not in the publication", () => {
    expect(delegateProgramme(it_, "nobody", after)).toBeNull();
  });

  it("builds an ICS with one event per slot of hers and per transfer, SEQUENCE from the publication", () => {
    const bumped = { ...it_, slots: it_.slots.map((s, i) => (i === 0 ? { ...s, sequence: 2 } : s)) };
    const p = delegateProgramme(bumped, blum, after)!;
    const ics = programmeCalendar(p, { locale: "de", stamp: "2025-06-01T09:00:00Z" });
    const n = p.days.reduce((k, d) => k + d.slots.length + d.legs.filter((l) => !l.toSlotId).length, 0);
    expect(p.days.some((d) => d.legs.some((l) => !l.toSlotId))).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(n);
    expect(ics).toContain(`UID:${it_.slots[0].id}@itinera\r\nSEQUENCE:2`);
    expect(ics).toContain("DTSTART;TZID=Europe/London:20250610T150000");
    expect(ics.replace(/\r\n /g, "")).toContain("Ansprechpartner: International Affairs team");
  });

  it("puts the pick-up and the dress code into the event they belong to, and no gift", () => {
    const p = delegateProgramme(publicItinerary(it_), blum, after)!;
    const events = programmeCalendar(p, { locale: "de", stamp: "2025-06-01T09:00:00Z" }).replace(/\r\n /g, "").split("BEGIN:VEVENT");
    const reception = events.find((e) => e.includes("SUMMARY:Lord Mayor's reception"))!;
    expect(reception).toContain(
      "Abholung 18:05\\, Hotel entrance\\, Bridge Street: Auto\\, Council car (silver Skoda Superb\\, BV24 LMO)\\, Gary Holt +44 7700 900101",
    );
    expect(reception).toContain("Kleiderordnung: Dunkler Anzug — Lounge suit or business attire.");
    // The minibus from the airport is an event of its own, from pick-up to arrival at her hotel.
    const airport = events.find((e) =>
      e.includes("SUMMARY:Kleinbus: Birmingham Airport (BHX)\\, arrivals hall → Hyatt Regency Birmingham"),
    )!;
    expect(airport).toContain("DTSTART;TZID=Europe/London:20250610T130500");
    expect(airport).toContain("DTEND;TZID=Europe/London:20250610T134500");
    expect(airport).toContain("LOCATION:Arrivals hall\\, by the Costa Coffee\\; driver holds a 'City of Leipzig' sign");
    expect(airport).toContain(": Kleinbus\\, Minibus (white Ford Transit\\, BX23 KTL)\\, Sandra Price +44 7700 900102");
    expect(events.join("")).not.toMatch(/silver dish|Porcelain|Receiving line/);
    const english = programmeCalendar(p, { locale: "en", stamp: "2025-06-01T09:00:00Z" }).replace(/\r\n /g, "");
    // In English the vehicle's name says "Minibus" already: it is not said twice.
    expect(english).toContain("sign: Minibus (white Ford Transit\\, BX23 KTL)\\, Sandra Price");
    expect(english).toContain("Dress code: Outdoor clothing and flat shoes — By the canal: flat shoes and a light jacket.");
  });

  it("lists who else attends by role, then in the visit's order of precedence", () => {
    const tz = "Europe/London";
    const it2 = itineraryOf(
      visitFile({
        delegates: [
          delegate({ key: "me", precedence: 1 }),
          delegate({ key: "a-third", name: "Zora Third", precedence: 4 }),
          delegate({ key: "b-second", name: "Yann Second", precedence: 2 }),
        ],
        organisations: [
          organisation({
            key: "o1",
            contacts: [
              contact({ key: "c-low", name: "Ann Junior", precedence: 9 }),
              contact({ key: "d-high", name: "Bea Senior", precedence: 1 }),
            ],
          }),
        ],
        slots: [
          slot({
            start: at("2025-06-10", "10:00", tz),
            end: at("2025-06-10", "11:00", tz),
            attendees: [{ person: "me" }, { person: "a-third" }, { person: "b-second" }, { person: "c-low" }, { person: "d-high" }],
          }),
        ],
      }),
    );
    const p = delegateProgramme(it2, "me", after)!;
    expect(p.days[0].slots[0].others.map((o) => o.name)).toEqual(["Yann Second", "Zora Third", "Bea Senior", "Ann Junior"]);
  });

  it("names who else comes with their honorific in the reader's language, on the page and in the calendar", () => {
    const p = delegateProgramme(it_, "nolting", after)!;
    const welcome = p.days.flatMap((d) => d.slots).find((s) => s.title === "Welcome and programme briefing")!;
    expect(othersText(welcome.others, "de")).toContain("Frau Manuela Blum, Frau Ines Dietrich");
    expect(othersText(welcome.others, "en")).toContain("Ms Manuela Blum, Ms Ines Dietrich");
    const ics = programmeCalendar(p, { locale: "de", stamp: "2025-06-01T09:00:00Z" }).replace(/\r\n /g, "");
    expect(ics).toContain("Frau Manuela Blum");
    expect(ics).not.toContain("Ms Manuela Blum");
  });

  it("makes tap-to-call and map links only from usable data", () => {
    expect(telHref("+44 121 496 0100")).toBe("tel:+441214960100");
    expect(telHref("")).toBeNull();
    expect(mapUrl(null, 1)).toBeNull();
  });
});

describe("changed marks", () => {
  const t0 = new Date("2025-06-10T08:00:00Z");
  it("marks nothing on the first view, then marks a slot whose content changed", () => {
    const first = updateSeen(null, { a: "1", b: "1" }, t0);
    expect([...first.changed]).toEqual([]);
    expect(first.dirty).toBe(true);
    const same = updateSeen(first.next, { a: "1", b: "1" }, t0);
    expect(same.dirty).toBe(false);
    const later = new Date(t0.getTime() + 3_600_000);
    const changed = updateSeen(first.next, { a: "2", b: "1", c: "1" }, later);
    expect([...changed.changed].sort()).toEqual(["a", "c"]);
  });

  it("keeps the mark on the next views for a day, then drops it", () => {
    const first = updateSeen(null, { a: "1" }, t0).next;
    const seenChange = updateSeen(first, { a: "2" }, t0).next;
    const reload = updateSeen(seenChange, { a: "2" }, new Date(t0.getTime() + 60_000));
    expect([...reload.changed]).toEqual(["a"]);
    const nextDay = updateSeen(reload.next, { a: "2" }, new Date(t0.getTime() + (MARK_HOURS + 1) * 3_600_000));
    expect([...nextDay.changed]).toEqual([]);
    expect(nextDay.dirty).toBe(true);
  });

  it("remembers, per marked slot, the publication it changed from, for as long as the mark lasts", () => {
    const v1 = updateSeen(null, { a: "1", b: "1" }, t0, {}, "pub1").next;
    expect(v1.pub).toBe("pub1");
    // Her page shows v2: slot a changed since v1, c is new (no "before"), b is as it was.
    const v2 = updateSeen(v1, { a: "2", b: "1", c: "1" }, t0, {}, "pub2");
    expect(v2.changedFrom).toEqual({ a: "pub1" });
    expect(v2.next.pub).toBe("pub2");
    // v3 changes b; a keeps its "before" while its mark lasts.
    const v3 = updateSeen(v2.next, { a: "2", b: "2", c: "1" }, new Date(t0.getTime() + 3_600_000), {}, "pub3");
    expect(v3.changedFrom).toEqual({ a: "pub1", b: "pub2" });
    const nextDay = updateSeen(v3.next, { a: "2", b: "2", c: "1" }, new Date(t0.getTime() + (MARK_HOURS + 2) * 3_600_000), {}, "pub3");
    expect(nextDay.changedFrom).toEqual({});
    expect([...nextDay.changed]).toEqual([]);
  });

  it("reads a state stored before it named publications: marks as before, no 'before' to show", () => {
    const old = { v: 1, slots: { a: "1" }, changedAt: {} };
    const now = updateSeen(old, { a: "2" }, t0, {}, "pub2");
    expect([...now.changed]).toEqual(["a"]);
    expect(now.changedFrom).toEqual({});
    expect(now.dirty).toBe(true);
    expect(now.next.pub).toBe("pub2");
  });
});
