import { describe, expect, it } from "vitest";
import { changedDelegates, delegateChanges, describeChange, transferMarkId } from "@/lib/schedule/delegate-changes";
import { delegateProgramme, staticProgramme } from "@/lib/delegate-view/model";
import { updateSeen } from "@/lib/delegate-view/seen";
import { programmeCalendar } from "@/lib/delegate-view/calendar";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { LegChangeList } from "@/components/schedule/change-list";
import { diffLegs, withSequences } from "@/lib/schedule/changes";
import { dueReminders } from "@/lib/outbox/reminders";
import { leipzigItinerary } from "@/tests/factories/itinerary";
import { changeWords } from "@/lib/i18n/change-words";
import type { Itinerary } from "@/lib/schedule/types";

// The per-delegate diff behind the change e-mails and the phone page's "changed since your
// last visit", and the evening reminders' choice of who and when.

const words = changeWords("en");

function edit(it: Itinerary, f: (x: Itinerary) => void): Itinerary {
  const copy = structuredClone(it);
  f(copy);
  return copy;
}

describe("delegateChanges", () => {
  const before = leipzigItinerary();
  const [blum, nolting] = before.delegates;

  it("lists a moved slot with before → after times in the visit's zone and the delegate's home zone", () => {
    const after = edit(before, (x) => {
      const s = x.slots.find((s) => s.title.startsWith("Aston University"))!;
      s.startsAt = "2025-06-11T09:15:00.000Z";
      s.endsAt = "2025-06-11T12:15:00.000Z";
    });
    const [c] = delegateChanges(before, after, blum.id);
    expect(c).toMatchObject({ kind: "changed", fields: ["time"] });
    const d = describeChange(c, { words, language: "en", timeZone: "Europe/London", homeTimeZone: "Europe/Berlin" });
    expect(d.lines[0]).toEqual({
      label: "Time",
      before: "Wed 11 June, 09:30–12:30 BST (Berlin 10:30–13:30 CEST)",
      after: "Wed 11 June, 10:15–13:15 BST (Berlin 11:15–14:15 CEST)",
    });
  });

  it("tells removed from cancelled, and leaves out delegates whose own programme did not change", () => {
    const lunch = before.slots.find((s) => s.title.startsWith("Lunch with Aston"))!;
    const aston = before.slots.find((s) => s.title.startsWith("Aston University"))!;
    const after = edit(before, (x) => {
      x.slots = x.slots.filter((s) => s.id !== lunch.id);
      const a = x.slots.find((s) => s.id === aston.id)!;
      a.attendees = a.attendees.filter((p) => p.personId !== blum.id);
    });
    expect(delegateChanges(before, after, blum.id).map((c) => c.kind)).toEqual(["removed", "cancelled"]);
    expect(delegateChanges(before, after, nolting.id).map((c) => c.kind)).toEqual(["cancelled"]);
    const venueOnly = edit(before, (x) => {
      x.slots
        .find((s) => s.id === aston.id)!
        .attendees.push({ kind: "contact", personId: x.organisations[0].contacts[0].id, role: "ATTENDEE" });
    });
    expect(changedDelegates(before, venueOnly).size).toBe(0);
  });
});

describe("delegateChanges: what the protocol office changes for her", () => {
  const before = leipzigItinerary();
  const reception = before.slots.find((s) => s.title.startsWith("Lord Mayor's reception"))!;
  const car = (before.legs ?? []).find((l) => l.to.slotId === reception.id)!;
  const rider = before.delegates.find((d) => car.passengers.some((p) => p.personId === d.id))!;
  const describe_ = (after: Itinerary, language: "en" | "de" = "en") => {
    const [c] = delegateChanges(before, after, rider.id);
    return c && describeChange(c, { words: changeWords(language), language, timeZone: "Europe/London", homeTimeZone: rider.homeTimeZone });
  };

  it("says when the dress code of one of her slots changed, before → after", () => {
    const after = edit(before, (x) => {
      const s = x.slots.find((s) => s.id === reception.id)!;
      s.protocol = { ...s.protocol!, dressCode: "BLACK_TIE", dressCodeNotes: "" };
    });
    const d = describe_(after);
    expect(d.title).toBe(reception.title);
    expect(d.lines.find((l) => l.label === "Dress code")).toEqual({
      label: "Dress code",
      before: `Lounge suit — ${reception.protocol!.dressCodeNotes}`,
      after: "Black tie",
    });
    expect(describe_(after, "de").lines.find((l) => l.label === "Kleiderordnung")?.after).toBe("Smoking (Black Tie)");
  });

  it("says when the car that takes her to a slot now picks her up at another time, under that slot", () => {
    expect(car.pickUpAt).toBe("2025-06-12T17:05:00.000Z");
    const after = edit(before, (x) => {
      x.legs!.find((l) => l.id === car.id)!.pickUpAt = "2025-06-12T16:50:00.000Z";
    });
    const d = describe_(after);
    expect(d.title).toBe(reception.title);
    const line = d.lines.find((l) => l.label === "Pick-up")!;
    expect(line.before).toMatch(/^18:05, Hotel entrance, Bridge Street · Car, Council car .*Gary Holt/);
    expect(line.after).toMatch(/^17:50, Hotel entrance, Bridge Street · Car, /);
    // A note for the driver is not hers to see: no change for her.
    const noteOnly = edit(before, (x) => {
      x.legs!.find((l) => l.id === car.id)!.notes = "Park at the side entrance.";
    });
    expect(delegateChanges(before, noteOnly, rider.id)).toEqual([]);
  });
});

describe("evening reminders", () => {
  const it0 = leipzigItinerary();
  it("are due from 18:00 in the visit's zone for delegates with slots the next day, and only then", () => {
    expect(dueReminders(it0, new Date("2025-06-10T16:59:00Z"))).toHaveLength(0); // 17:59 BST
    const due = dueReminders(it0, new Date("2025-06-10T17:00:00Z"));
    expect(due.map((m) => m.cause)).toEqual(["reminder:2025-06-11", "reminder:2025-06-11", "reminder:2025-06-11"]);
    expect(dueReminders(it0, new Date("2025-06-13T17:30:00Z"))).toHaveLength(0); // after the last day
  });
});

describe("delegateChanges: her transfers that lead to none of her slots", () => {
  const before = leipzigItinerary();
  const [blum, nolting] = before.delegates;
  const airport = (before.legs ?? []).find((l) => l.from.kind === "AIRPORT")!;
  const back = (before.legs ?? []).find((l) => l.pickUpAt === "2025-06-10T17:50:00.000Z" && l.to.kind === "HOTEL")!;
  const told = (after: Itinerary, who = blum, language: "en" | "de" = "en") =>
    delegateChanges(before, after, who.id).map((c) =>
      describeChange(c, {
        words: changeWords(language),
        language,
        timeZone: "Europe/London",
        homeTimeZone: who.homeTimeZone,
        homeCity: "Leipzig",
      }),
    );

  it("says when the airport minibus now meets her later, before → after, and tells every passenger", () => {
    const after = edit(before, (x) => {
      const l = x.legs!.find((l) => l.id === airport.id)!;
      l.pickUpAt = "2025-06-10T12:35:00.000Z";
      l.arriveAt = "2025-06-10T13:15:00.000Z";
    });
    const [d] = told(after);
    expect(d).toMatchObject({
      kind: "changed",
      heading: "Changed",
      title: "Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham",
    });
    expect(d.lines).toEqual([
      {
        label: "Time",
        before: "Tue 10 June, 13:05–13:45 BST (Leipzig 14:05–14:45 CEST)",
        after: "Tue 10 June, 13:35–14:15 BST (Leipzig 14:35–15:15 CEST)",
      },
      { label: "Pick-up", before: null, after: "Arrivals hall, by the Costa Coffee; driver holds a 'City of Leipzig' sign" },
    ]);
    const newDriver = edit(before, (x) => {
      x.legs!.find((l) => l.id === airport.id)!.driverName = "Tom Reed";
    });
    expect(told(newDriver)[0].lines.find((l) => l.label === "Transport")).toEqual({
      label: "Transport",
      before: "Minibus (white Ford Transit, BX23 KTL), Sandra Price +44 7700 900102",
      after: "Minibus (white Ford Transit, BX23 KTL), Tom Reed +44 7700 900102",
    });
    expect([...changedDelegates(before, after).keys()].sort()).toEqual(before.delegates.map((d) => d.id).sort());
    const [de] = told(after, nolting, "de");
    expect(de.title).toBe("Kleinbus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(de.lines[0].label).toBe("Zeit");
  });

  it("says a transfer is new, no longer hers or cancelled, and not when only the driver's note changed", () => {
    const added = edit(before, (x) => {
      x.legs!.push({
        ...structuredClone(airport),
        id: "leg-departure",
        from: { kind: "HOTEL", slotId: null, place: "" },
        to: { kind: "AIRPORT", slotId: null, place: "Birmingham Airport (BHX)" },
        pickUpAt: "2025-06-13T14:30:00.000Z",
        arriveAt: "2025-06-13T15:00:00.000Z",
        pickUpPlace: "Hotel entrance, Bridge Street",
        route: "A45 Coventry Road",
      });
    });
    expect(told(added).map((d) => [d.heading, d.title])).toEqual([
      ["Added", "Minibus: Hyatt Regency Birmingham → Birmingham Airport (BHX)"],
    ]);
    // A new transfer says which way it goes, as her page does.
    expect(told(added)[0].lines.at(-1)).toEqual({ label: "Route", before: null, after: "A45 Coventry Road" });
    const withoutHer = edit(before, (x) => {
      const l = x.legs!.find((l) => l.id === back.id)!;
      l.passengers = l.passengers.filter((p) => p.personId !== blum.id);
    });
    expect(told(withoutHer).map((d) => d.heading)).toEqual(["No longer in your programme"]);
    expect(told(withoutHer, nolting)).toEqual([]);
    const gone = edit(before, (x) => {
      x.legs = x.legs!.filter((l) => l.id !== back.id);
    });
    expect(told(gone).map((d) => d.heading)).toEqual(["Cancelled"]);
    const noteOnly = edit(before, (x) => {
      x.legs!.find((l) => l.id === airport.id)!.notes = "Flight LH 960 lands 12:50.";
    });
    expect(changedDelegates(before, noteOnly).size).toBe(0);
  });
});

describe("diffLegs: the transport in the publish review", () => {
  const before = leipzigItinerary();
  const airport = (before.legs ?? []).find((l) => l.from.kind === "AIRPORT")!;

  it("lists a leg whose time, driver or passengers changed with those fields, and added and removed legs", () => {
    const after = edit(before, (x) => {
      const l = x.legs!.find((l) => l.id === airport.id)!;
      l.pickUpAt = "2025-06-10T12:35:00.000Z";
      l.driverPhone = "+44 7700 900999";
      l.passengers = l.passengers.slice(1);
      x.legs = x.legs!.filter((l) => l.to.kind !== "HOTEL" || l.id === airport.id);
    });
    const changes = diffLegs(before, after);
    expect(changes[0]).toMatchObject({ type: "changed", fields: ["time", "driver", "passengers"] });
    const toHotel = before.legs!.filter((l) => l.to.kind === "HOTEL" && l.id !== airport.id);
    expect(toHotel.length).toBeGreaterThan(1);
    expect(changes.slice(1).map((c) => [c.type, c.leg.id])).toEqual(toHotel.map((l) => ["removed", l.id]));
    expect(diffLegs(before, structuredClone(before))).toEqual([]);
    expect(diffLegs(null, before).every((c) => c.type === "added")).toBe(true);
  });

  it("shows staff a leg whose route alone changed, before → after", () => {
    const after = edit(before, (x) => {
      x.legs!.find((l) => l.id === airport.id)!.route = "A45 Coventry Road (about 14 km)";
    });
    const changes = diffLegs(before, after);
    expect(changes).toMatchObject([{ type: "changed", fields: ["route"] }]);
    const html = renderToStaticMarkup(createElement(LegChangeList, { changes, before, after }));
    expect(html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain("Route none → A45 Coventry Road (about 14 km)");
  });

  it("names a moved end as the leg's title does: the passengers' hotel by name", () => {
    const after = edit(before, (x) => {
      x.legs!.find((l) => l.id === airport.id)!.to = { kind: "AIRPORT", slotId: null, place: "Birmingham Airport (BHX)" };
    });
    const changes = diffLegs(before, after);
    const html = renderToStaticMarkup(createElement(LegChangeList, { changes, before, after }));
    expect(html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ")).toContain("To Hyatt Regency Birmingham → Birmingham Airport (BHX)");
  });
});

describe("withSequences: a transfer's calendar event is updated on the phone", () => {
  it("keeps a leg's SEQUENCE while it stays the same and raises it by one when it changes", () => {
    const v1 = withSequences(null, leipzigItinerary());
    expect(v1.legs!.every((l) => l.sequence === 0)).toBe(true);
    const draft = edit(leipzigItinerary(), (x) => {
      x.legs![0].pickUpAt = "2025-06-10T12:35:00.000Z";
    });
    const v2 = withSequences(v1, draft);
    expect(v2.legs!.map((l) => l.sequence)).toEqual(v1.legs!.map((_, i) => (i === 0 ? 1 : 0)));
    expect(withSequences(v2, draft).legs![0].sequence).toBe(1);
  });
});

describe("delegateChanges: the way there and the driver's phone", () => {
  const before = leipzigItinerary();
  const reception = before.slots.find((s) => s.title.startsWith("Lord Mayor's reception"))!;
  const car = (before.legs ?? []).find((l) => l.to.slotId === reception.id)!;
  const rider = before.delegates.find((d) => car.passengers.some((p) => p.personId === d.id))!;
  const airport = (before.legs ?? []).find((l) => l.from.kind === "AIRPORT")!;
  const withLeg = (it: Itinerary, id: string, f: (l: NonNullable<Itinerary["legs"]>[number]) => void) =>
    edit(it, (x) => f(x.legs!.find((l) => l.id === id)!));
  const told = (b: Itinerary, a: Itinerary, language: "en" | "de" = "en") =>
    delegateChanges(b, a, rider.id).map((c) =>
      describeChange(c, { words: changeWords(language), language, timeZone: "Europe/London", homeTimeZone: rider.homeTimeZone }),
    );
  const routed = withLeg(before, car.id, (l) => {
    l.route = "Broad Street and Paradise Street to Victoria Square (about 2 km)";
  });

  it("says under the slot that the car takes another way, before → after, and nothing else of the pick-up", () => {
    const after = withLeg(routed, car.id, (l) => {
      l.route = "Suffolk Street Queensway and Navigation Street, Broad Street closed (about 3 km)";
    });
    const [c] = delegateChanges(routed, after, rider.id);
    expect(c).toMatchObject({ kind: "changed", slotId: reception.id, fields: ["route"] });
    const [d] = told(routed, after);
    expect(d.title).toBe(reception.title);
    expect(d.lines.map((l) => l.label)).toEqual(["Time", "Way there"]);
    expect(d.lines[1]).toEqual({
      label: "Way there",
      before: "Broad Street and Paradise Street to Victoria Square (about 2 km)",
      after: "Suffolk Street Queensway and Navigation Street, Broad Street closed (about 3 km)",
    });
    expect(told(routed, after, "de")[0].lines[1].label).toBe("Weg dorthin");
    // A route given for the first time, or taken away, is told too.
    expect(told(before, routed)[0].lines[1]).toEqual({
      label: "Way there",
      before: "no route given",
      after: "Broad Street and Paradise Street to Victoria Square (about 2 km)",
    });
    expect(told(routed, before, "de")[0].lines[1]).toMatchObject({ label: "Weg dorthin", after: "kein Weg angegeben" });
  });

  it("says a changed route of a transfer on the transfer's own line, and a new phone number of its driver", () => {
    const after = withLeg(before, airport.id, (l) => {
      l.route = "A45 Coventry Road and the A4540 ring road (about 14 km)";
    });
    const [d] = delegateChanges(before, after, rider.id).map((c) =>
      describeChange(c, { words, language: "en", timeZone: "Europe/London", homeTimeZone: rider.homeTimeZone }),
    );
    expect(d.title).toBe("Minibus: Birmingham Airport (BHX), arrivals hall → Hyatt Regency Birmingham");
    expect(d.lines.find((l) => l.label === "Route")).toEqual({
      label: "Route",
      before: "no route given",
      after: "A45 Coventry Road and the A4540 ring road (about 14 km)",
    });
    expect([...changedDelegates(before, after).keys()].sort()).toEqual(before.delegates.map((x) => x.id).sort());
    const newPhone = withLeg(before, airport.id, (l) => {
      l.driverPhone = "+44 7700 900999";
    });
    expect(told(before, newPhone)[0].lines.find((l) => l.label === "Transport")).toEqual({
      label: "Transport",
      before: "Minibus (white Ford Transit, BX23 KTL), Sandra Price +44 7700 900102",
      after: "Minibus (white Ford Transit, BX23 KTL), Sandra Price +44 7700 900999",
    });
    const carPhone = withLeg(before, car.id, (l) => {
      l.driverPhone = "+44 7700 900888";
    });
    expect(told(before, carPhone)[0].lines.find((l) => l.label === "Pick-up")?.after).toMatch(/Gary Holt \+44 7700 900888$/);
  });

  it("marks the slot and the transfer on her page, but not for a state stored before routes were told", () => {
    const after = withLeg(
      withLeg(routed, car.id, (l) => {
        l.route = "Suffolk Street Queensway (about 3 km)";
      }),
      airport.id,
      (l) => {
        l.route = "A45 Coventry Road (about 14 km)";
      },
    );
    const keys = (it: Itinerary) => staticProgramme(it, rider.id)!.fingerprints;
    const t0 = new Date("2025-06-09T08:00:00Z");
    const seen = updateSeen(null, keys(routed), t0, {}, "v1").next;
    expect(seen.routes).toBe(true);
    const now = updateSeen(seen, keys(after), t0, {}, "v2");
    expect([...now.changed].sort()).toEqual([reception.id, transferMarkId(airport.id)].sort());
    // Her state stored before routes were told: the same keys without their route part
    // ("~…"). A route changed since then is not marked the first time; anything else is.
    const withoutRoutes = Object.fromEntries(Object.entries(keys(routed)).map(([k, v]) => [k, v.replace(/~.*$/, "")]));
    expect(withoutRoutes).not.toEqual(keys(routed));
    const older = { ...seen, routes: undefined, slots: withoutRoutes };
    expect([...updateSeen(older, keys(after), t0, {}, "v2").changed]).toEqual([]);
    const moved = withLeg(after, airport.id, (l) => {
      l.pickUpAt = "2025-06-10T12:35:00.000Z";
    });
    const upgraded = updateSeen(older, keys(moved), t0, {}, "v2");
    expect([...upgraded.changed]).toEqual([transferMarkId(airport.id)]);
    expect(upgraded.next.routes).toBe(true);
    expect(upgraded.dirty).toBe(true);
  });
});

describe("withSequences: a slot's calendar event tells its pick-up", () => {
  it("raises the slot's SEQUENCE when only the route of the car that takes her there changes", () => {
    const it0 = leipzigItinerary();
    const reception = it0.slots.find((s) => s.title.startsWith("Lord Mayor's reception"))!;
    const car = it0.legs!.find((l) => l.to.slotId === reception.id)!;
    const v1 = withSequences(null, it0);
    const draft = edit(it0, (x) => {
      x.legs!.find((l) => l.id === car.id)!.route = "Suffolk Street Queensway (about 3 km)";
    });
    const v2 = withSequences(v1, draft);
    const seq = (v: Itinerary, id: string) => v.slots.find((s) => s.id === id)!.sequence;
    expect(seq(v2, reception.id)).toBe(1);
    expect(v2.legs!.find((l) => l.id === car.id)!.sequence).toBe(1);
    expect(v2.slots.filter((s) => s.id !== reception.id).every((s) => s.sequence === 0)).toBe(true);
    expect(seq(withSequences(v2, draft), reception.id)).toBe(1);
    const cal = programmeCalendar(delegateProgramme(v2, car.passengers[0].personId, new Date("2025-06-01T00:00:00Z"))!, {
      locale: "en",
      stamp: "2025-06-01T09:00:00Z",
    });
    expect(cal).toContain(`UID:${reception.id}@itinera\r\nSEQUENCE:1`);
    expect(cal.replace(/\r\n /g, "")).toContain("Suffolk Street Queensway (about 3 km)");
  });
});
