import { describe, expect, it } from "vitest";
import { exportVisit } from "@/lib/visits/export";
import { visitFileSchema, type VisitFileInput } from "@/lib/visits/file-schema";
import { validateVisitFile } from "@/lib/visits/file-validate";
import { importVisit, importVisitText } from "@/lib/visits/import";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { at, slot, venue, visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";

const t = useTestDatabase();

async function rowCounts() {
  const p = t.prisma;
  const [visits, venues, orgs, contacts, delegates, slots, attendances, overrides] = await Promise.all([
    p.visit.count(),
    p.venue.count(),
    p.hostOrganisation.count(),
    p.hostContact.count(),
    p.delegate.count(),
    p.timeSlot.count(),
    p.attendance.count(),
    p.travelOverride.count(),
  ]);
  return { visits, venues, orgs, contacts, delegates, slots, attendances, overrides };
}

function valid(input: VisitFileInput) {
  const v = validateVisitFile(input);
  if (!v.ok) throw new Error(JSON.stringify(v.problems));
  return v.file;
}

/** Leipzig plus what the seed does not have: notes, a venue without coordinates, a slot without venue or host. */
function richLeipzig(): VisitFileInput {
  const f = leipzigVisit();
  return {
    ...f,
    venues: [...f.venues!, venue({ key: "coach", name: "Coach park", latitude: null, longitude: null, openingHours: null })],
    organisations: f.organisations!.map((o, i) => (i === 0 ? { ...o, notes: "Invoices to the International Affairs team." } : o)),
    delegates: f.delegates!.map((d, i) =>
      i === 0 ? { ...d, notes: "Prefers German for the briefing.", arrival: null, departure: null } : d,
    ),
    travelOverrides: [
      { from: "aston", to: "uob", minutes: 25 },
      { from: "steamhouse", to: "floating-garden", minutes: 12 },
    ],
    slots: [
      ...f.slots!,
      slot({
        title: "Coach to the airport",
        kind: "TRAVEL",
        start: at("2025-06-13", "14:15", "Europe/London"),
        end: at("2025-06-13", "15:00", "Europe/London"),
        venue: null,
        host: null,
        attendees: [{ person: "blum" }],
      }),
    ],
  };
}

describe("importing a visit file", () => {
  it("creates the whole visit", async () => {
    const before = await rowCounts();
    const r = await importVisitText(JSON.stringify(leipzigVisit()));
    expect(r.ok).toBe(true);
    const after = await rowCounts();
    expect({
      ...after,
      visits: after.visits - before.visits,
      venues: after.venues - before.venues,
      slots: after.slots - before.slots,
      attendances: after.attendances - before.attendances,
    }).toMatchObject({ visits: 1, venues: 8, slots: 10, attendances: 47 });
    const visit = await t.prisma.visit.findUniqueOrThrow({
      where: { id: r.ok ? r.visitId : "" },
      include: { slots: { where: { title: "German Career Road Show" } } },
    });
    expect(visit.timeZone).toBe("Europe/London");
    expect(visit.slots[0].startsAt.toISOString()).toBe("2025-06-12T08:00:00.000Z");
  });

  it("writes nothing when the file has a problem, and lists every problem", async () => {
    const before = await rowCounts();
    const f = visitFile();
    const bad = {
      ...f,
      slots: [
        { ...f.slots![0], venue: "v9" },
        { ...f.slots![0], end: f.slots![0].start },
      ],
    };
    const r = await importVisitText(JSON.stringify(bad));
    expect(r).toEqual({
      ok: false,
      problems: [
        { path: "slots[0].venue", message: 'no venue "v9"' },
        { path: "slots[1].end", message: "same as start: give the slot a length" },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });

  it("says so when the text is not JSON", async () => {
    const r = await importVisitText('{ "format": "itinera.visit", ');
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0].path).toBe("(file)");
    expect(!r.ok && r.problems[0].message).toMatch(/^not valid JSON .*: check the commas, quotes and brackets$/);
  });

  it("is all or nothing: a failure at the last step leaves no trace of the earlier ones", async () => {
    const before = await rowCounts();
    // Skip the checks so the database refuses the file itself: a person twice in one slot
    // breaks a unique constraint on the very last insert (attendances), after the visit,
    // venues, people and slots were already written inside the transaction.
    const f = visitFile();
    const unchecked = visitFileSchema.parse({ ...f, slots: [{ ...f.slots![0], attendees: [{ person: "d1" }, { person: "d1" }] }] });
    await expect(importVisit(unchecked)).rejects.toThrow(/unique constraint/i);
    expect(await rowCounts()).toEqual(before);
  });
});

describe("export → import → export", () => {
  it("gives the same file for the Leipzig seed", async () => {
    const firstId = await importVisit(valid(leipzigVisit()));
    const first = await exportVisit(firstId);
    const secondId = await importVisit(valid(first!));
    expect(secondId).not.toBe(firstId);
    expect(await exportVisit(secondId)).toEqual(first);
  });

  it("keeps every field, including notes, missing coordinates, overrides and slots without a venue", async () => {
    const first = await exportVisit(await importVisit(valid(richLeipzig())));
    expect(first!.organisations.find((o) => o.name.startsWith("Birmingham City Council"))!.notes).toBe(
      "Invoices to the International Affairs team.",
    );
    expect(first!.delegates.find((d) => d.name === "Manuela Blum")).toMatchObject({
      notes: "Prefers German for the briefing.",
      arrival: null,
      departure: null,
    });
    expect(first!.venues.find((v) => v.name === "Coach park")).toMatchObject({ latitude: null, longitude: null, openingHours: null });
    expect(first!.travelOverrides).toHaveLength(2);
    const second = await exportVisit(await importVisit(valid(first!)));
    expect(second).toEqual(first);
  });

  it("writes times with the visit's offset, sorted by time, keyed by position", async () => {
    const file = (await exportVisit(await importVisit(valid(leipzigVisit()))))!;
    expect(file.slots.map((s) => s.start)).toEqual([...file.slots.map((s) => s.start)].sort());
    expect(file.slots[0]).toMatchObject({
      title: "Welcome and programme briefing",
      start: "2025-06-10T15:00:00+01:00",
      end: "2025-06-10T16:00:00+01:00",
    });
    expect(file.venues.map((v) => v.key)).toEqual(["v1", "v2", "v3", "v4", "v5", "v6", "v7", "v8"]);
    expect(file.delegates.map((d) => [d.key, d.name])).toEqual([
      ["d1", "Antje Nolting"],
      ["d2", "Ines Dietrich"],
      ["d3", "Manuela Blum"],
    ]);
  });

  it("gives null for a visit that does not exist", async () => {
    expect(await exportVisit("no-such-visit")).toBeNull();
  });
});
