import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { createVisitRecord } from "../factories/records";
import { AppError } from "@/lib/errors";
import { importDelegates, DELEGATES_TEMPLATE } from "@/lib/delegates/csv";
import { importVenues, VENUES_TEMPLATE } from "@/lib/venues/csv";

const t = useTestDatabase();

async function problemsOf(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).message).toMatch(/^Nothing was imported/);
  return (e as AppError).details?.fieldErrors?.csv ?? [];
}

const HEADER = "name,honorific,language,home_time_zone,arrival,departure,email";

describe("delegate CSV import", () => {
  it("imports every row in the visit's zone and audits each one", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const csv = [HEADER, "Anna Arndt,Ms,de,,2025-06-10 12:40,2025-06-13 17:30,a@example.de", `"Bauer, Ben",Mr,EN,Europe/Berlin,,,`].join("\n");
    expect(await importDelegates(visitId, csv, staff.id)).toEqual({ count: 2 });
    const anna = await t.prisma.delegate.findFirstOrThrow({ where: { visitId, name: "Anna Arndt" } });
    expect(anna.arrivalAt?.toISOString()).toBe("2025-06-10T11:40:00.000Z");
    expect(anna.homeTimeZone).toBe("Europe/London");
    const ben = await t.prisma.delegate.findFirstOrThrow({ where: { visitId, name: "Bauer, Ben" } });
    expect(ben.language).toBe("en");
    expect(await t.prisma.auditEntry.count({ where: { visitId, action: "import", entity: "delegate" } })).toBe(2);
  });

  it("writes nothing when one row is bad, and names the row and column with a fix", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const before = await t.prisma.delegate.count({ where: { visitId } });
    const csv = [HEADER, "Anna Arndt,Ms,de,,2025-06-10 12:40,,", "Ben Bauer,Mr,en,,,,", "Carla Cohn,Dr,fr,,10.06.2025 12:40,,not-an-email", ",,,,,,"].join("\n");
    const problems = await problemsOf(importDelegates(visitId, csv, staff.id));
    expect(problems).toEqual([
      "row 4, email: use an e-mail address like name@example.org",
      "row 4, language: choose en (English) or de (German)",
      "row 4, arrival: use a time like 2025-06-10 12:40",
    ]);
    expect(await t.prisma.delegate.count({ where: { visitId } })).toBe(before);
    expect(await t.prisma.auditEntry.count({ where: { visitId, action: "import" } })).toBe(0);
  });

  it("refuses an unknown column and a nonexistent local time", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    expect(await problemsOf(importDelegates(visitId, "name,shoe_size\nA,42", staff.id))).toEqual([
      expect.stringMatching(/^row 1: unknown column "shoe_size"/),
    ]);
    expect(await problemsOf(importDelegates(visitId, "name,arrival\nA,2025-03-30 01:15", staff.id))).toEqual([
      expect.stringMatching(/^row 2, arrival: 2025-03-30 01:15 does not exist in Europe\/London/),
    ]);
  });

  it("accepts its own template", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    expect(await importDelegates(visitId, DELEGATES_TEMPLATE, staff.id)).toEqual({ count: 2 });
  });
});

describe("venue CSV import", () => {
  it("imports the template, reading opening hours text; hours left empty are not known", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    expect(await importVenues(visitId, VENUES_TEMPLATE, staff.id)).toEqual({ count: 3 });
    const aston = await t.prisma.venue.findFirstOrThrow({ where: { visitId, name: "Aston University" } });
    expect(aston.openingHours).toEqual([
      ...[1, 2, 3, 4, 5].map((day) => ({ day, opens: "08:00", closes: "19:00" })),
      { day: 6, opens: "10:00", closes: "14:00" },
    ]);
    const hotel = await t.prisma.venue.findFirstOrThrow({ where: { visitId, name: { startsWith: "Hotel" } } });
    expect(hotel.openingHours).toBeNull();
    expect(hotel.latitude).toBeNull();
  });

  it("writes nothing when a row has bad hours or half a coordinate pair", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const before = await t.prisma.venue.count({ where: { visitId } });
    const csv = "name,latitude,longitude,opening_hours\nGood,52.1,-1.9,Mon-Fri 09:00-17:00\nBad hours,,,Mon 9 to 5\nHalf,52.1,,\nFar,95,1,";
    const problems = await problemsOf(importVenues(visitId, csv, staff.id));
    expect(problems).toEqual([
      expect.stringMatching(/^row 3, opening_hours: cannot read "Mon 9 to 5"/),
      "row 4, longitude: give both latitude and longitude, or neither",
      "row 5, latitude: use a number between -90 and 90, like 52.4797",
    ]);
    expect(await t.prisma.venue.count({ where: { visitId } })).toBe(before);
  });
});
