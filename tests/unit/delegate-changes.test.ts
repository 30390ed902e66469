import { describe, expect, it } from "vitest";
import { changedDelegates, delegateChanges, describeChange } from "@/lib/schedule/delegate-changes";
import { dueReminders } from "@/lib/outbox/reminders";
import { leipzigItinerary } from "@/tests/factories/itinerary";
import type { Itinerary } from "@/lib/schedule/types";

// The per-delegate diff behind the change e-mails and the phone page's "changed since your
// last visit", and the evening reminders' choice of who and when.

const words = {
  added: "Added",
  removed: "No longer in your programme",
  cancelled: "Cancelled",
  changed: "Changed",
  time: "Time",
  venue: "Place",
  title: "Title",
  host: "Host",
  notes: "Notes",
  noVenue: "no place",
  noHost: "no host",
  notesUpdated: "updated",
};

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

describe("evening reminders", () => {
  const it0 = leipzigItinerary();
  it("are due from 18:00 in the visit's zone for delegates with slots the next day, and only then", () => {
    expect(dueReminders(it0, new Date("2025-06-10T16:59:00Z"))).toHaveLength(0); // 17:59 BST
    const due = dueReminders(it0, new Date("2025-06-10T17:00:00Z"));
    expect(due.map((m) => m.cause)).toEqual(["reminder:2025-06-11", "reminder:2025-06-11", "reminder:2025-06-11"]);
    expect(dueReminders(it0, new Date("2025-06-13T17:30:00Z"))).toHaveLength(0); // after the last day
  });
});
