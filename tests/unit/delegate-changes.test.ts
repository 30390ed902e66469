import { describe, expect, it } from "vitest";
import { changedDelegates, delegateChanges, describeChange } from "@/lib/schedule/delegate-changes";
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
