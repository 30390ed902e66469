import { beforeAll, describe, expect, it } from "vitest";
import { findConflicts } from "@/lib/schedule/conflicts";
import { scheduleDays } from "@/lib/schedule/view";
import { publishVisit } from "@/lib/publications/mutations";
import { listVisits, loadItinerary, visitSummary } from "@/lib/visits/data";
import { validateVisitFile } from "@/lib/visits/file-validate";
import { importVisit } from "@/lib/visits/import";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";

const t = useTestDatabase();
let leipzigId = "";
let draftId = "";

beforeAll(async () => {
  const leipzig = validateVisitFile(leipzigVisit());
  const small = validateVisitFile(
    visitFile({
      visit: {
        title: "Autumn visit",
        guestCity: "Leipzig",
        hostCity: "Birmingham",
        firstDay: "2025-10-01",
        lastDay: "2025-10-02",
        timeZone: "Europe/London",
      },
      slots: [],
    }),
  );
  if (!leipzig.ok || !small.ok) throw new Error("invalid factory visit");
  leipzigId = await importVisit(leipzig.file);
  await publishVisit(leipzigId, null);
  draftId = await importVisit(small.file);
});

describe("the list of visits", () => {
  it("shows each visit with its dates, counts and published version, latest first", async () => {
    const visits = await listVisits();
    expect(visits.map((v) => v.title)).toEqual(["Autumn visit", "Leipzig delegation to Birmingham"]);
    expect(visits[1]).toEqual({
      id: leipzigId,
      title: "Leipzig delegation to Birmingham",
      guestCity: "Leipzig",
      hostCity: "Birmingham",
      firstDay: "2025-06-10",
      lastDay: "2025-06-13",
      timeZone: "Europe/London",
      delegateCount: 3,
      slotCount: 10,
      publishedVersion: 1,
      archived: false,
    });
    expect(visits[0]).toMatchObject({ id: draftId, slotCount: 0, publishedVersion: null });
  });

  it("finds visits by title, city and a date within their days, and filters past and archived ones", async () => {
    const { setVisitArchived } = await import("@/lib/visits/mutations");
    const titles = async (...a: Parameters<typeof listVisits>) => (await listVisits(...a)).map((v) => v.title);
    expect(await titles("active", "autumn")).toEqual(["Autumn visit"]);
    expect(await titles("active", "birmingham")).toEqual(["Autumn visit", "Leipzig delegation to Birmingham"]);
    expect(await titles("active", "June 2025")).toEqual(["Leipzig delegation to Birmingham"]);
    expect(await titles("active", "2025-06-12")).toEqual(["Leipzig delegation to Birmingham"]);
    expect(await titles("active", "2025-06-14")).toEqual([]);
    expect(await titles("past")).toEqual(["Autumn visit", "Leipzig delegation to Birmingham"]);
    expect(await titles("upcoming")).toEqual([]);
    await setVisitArchived({ visitId: leipzigId, archived: true }, null as unknown as string);
    expect(await titles("active")).toEqual(["Autumn visit"]);
    expect(await titles("archived")).toEqual(["Leipzig delegation to Birmingham"]);
    await setVisitArchived({ visitId: leipzigId, archived: false }, null as unknown as string);
    expect(await titles("archived")).toEqual([]);
  });
});

describe("the itinerary of a visit", () => {
  it("is null for a visit that does not exist", async () => {
    expect(await loadItinerary("no-such-visit")).toBeNull();
    expect(await visitSummary("no-such-visit")).toBeNull();
  });

  it("has the Leipzig visit's four days with their slots in time order", async () => {
    const it0 = (await loadItinerary(leipzigId))!;
    expect(it0.visit).toMatchObject({
      firstDay: "2025-06-10",
      lastDay: "2025-06-13",
      timeZone: "Europe/London",
      travelMode: "DRIVE",
      travelSpeedKmh: 20,
      detourFactor: 1.4,
    });
    const days = scheduleDays(it0);
    expect(days.map((d) => [d.date, d.slots.length])).toEqual([
      ["2025-06-10", 3],
      ["2025-06-11", 3],
      ["2025-06-12", 2],
      ["2025-06-13", 2],
    ]);
    expect(days[3].slots.map((s) => s.title)).toEqual(["Birmingham Design Festival", "Farewell lunch"]);
  });

  it("resolves each slot's venue, host organisation and attendees with their roles", async () => {
    const days = scheduleDays((await loadItinerary(leipzigId))!);
    const aston = days[1].slots[0];
    expect(aston.title).toBe("Aston University: research and knowledge exchange");
    expect(aston.startsAt).toBe("2025-06-11T08:30:00.000Z");
    expect(aston.venue?.name).toBe("Aston University");
    expect(aston.venue?.openingHours).toHaveLength(5);
    expect(aston.host?.name).toBe("Aston University");
    // Within a role, the visit's order of precedence: Ms Blum (1) before Ms Dietrich (3).
    expect(aston.people.map((p) => `${p.name} (${p.role})`)).toEqual([
      "Prof Mike Caine (HOST)",
      "Dr Ed Turner (CHAIR)",
      "Dr Antje Nolting (SPEAKER)",
      "Ms Manuela Blum (ATTENDEE)",
      "Ms Ines Dietrich (ATTENDEE)",
      "Angels Odena (ATTENDEE)",
    ]);
    const reception = days[2].slots[1];
    expect(reception.host?.name).toBe("Office of the Lord Mayor of Birmingham");
    expect(reception.people.find((p) => p.role === "HOST")?.name).toBe("The Lord Mayor of Birmingham");
  });

  it("lists people with the same role alphabetically, whatever their ids", async () => {
    const visit = await t.prisma.visit.create({
      data: {
        title: "Order",
        guestCity: "A",
        hostCity: "B",
        firstDay: new Date("2025-06-10"),
        lastDay: new Date("2025-06-10"),
        timeZone: "Europe/London",
      },
    });
    await t.prisma.delegate.createMany({
      data: [
        { id: "a-zed", visitId: visit.id, name: "Zed Zimmer", homeTimeZone: "Europe/Berlin" },
        { id: "b-amy", visitId: visit.id, name: "Amy Adler", homeTimeZone: "Europe/Berlin" },
      ],
    });
    await t.prisma.timeSlot.create({
      data: {
        visitId: visit.id,
        title: "Talk",
        startsAt: new Date("2025-06-10T09:00:00Z"),
        endsAt: new Date("2025-06-10T10:00:00Z"),
        attendances: { create: [{ delegateId: "a-zed" }, { delegateId: "b-amy" }] },
      },
    });
    const [day] = scheduleDays((await loadItinerary(visit.id))!);
    expect(day.slots[0].people.map((p) => p.name)).toEqual(["Amy Adler", "Zed Zimmer"]);
  });

  it("carries the delegates' stay as instants, and gives no warnings for the seed", async () => {
    const it0 = (await loadItinerary(leipzigId))!;
    expect(it0.delegates.map((d) => [d.name, d.arrivalAt, d.departureAt])).toContainEqual([
      "Antje Nolting",
      "2025-06-10T11:40:00.000Z",
      "2025-06-13T16:30:00.000Z",
    ]);
    expect(findConflicts(it0)).toEqual([]);
  });

  it("shows an empty visit's days with no slots", async () => {
    const days = scheduleDays((await loadItinerary(draftId))!);
    expect(days).toEqual([
      { date: "2025-10-01", slots: [] },
      { date: "2025-10-02", slots: [] },
    ]);
  });
});

it("uses its own database", async () => {
  expect(t.url).toMatch(/\/test_[0-9a-f]{12}$/);
});
