import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { createVisitRecord } from "../factories/records";
import { AppError } from "@/lib/errors";
import { importDelegates, DELEGATES_TEMPLATE } from "@/lib/delegates/csv";
import { importVenues, VENUES_TEMPLATE } from "@/lib/venues/csv";

const t = useTestDatabase();

async function problemsOf(p: Promise<unknown>): Promise<string[]> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).message).toMatch(/^Nothing was imported/);
  return (e as AppError).details?.fieldErrors?.csv ?? [];
}

const HEADER = "name,honorific,language,home_time_zone,arrival,departure,email";

describe("delegate CSV import", () => {
  it("imports every row in the visit's zone and audits each one", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const csv = [HEADER, "Anna Arndt,Ms,de,,2025-06-10 12:40,2025-06-13 17:30,a@example.de", `"Bauer, Ben",Mr,EN,Europe/Berlin,,,`].join(
      "\n",
    );
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
    const csv = [
      HEADER,
      "Anna Arndt,Ms,de,,2025-06-10 12:40,,",
      "Ben Bauer,Mr,en,,,,",
      "Carla Cohn,Dr,fr,,10.06.2025 12:40,,not-an-email",
      ",,,,,,",
    ].join("\n");
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

// Each fails on the old code: Papa's errors were ignored (an unclosed quote merged Ben into
// Anna's notes and reported success) and a repeated column was accepted.
describe("CSV the parser cannot read cleanly", () => {
  it("refuses an unclosed quote with its row and column, and writes nothing", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const before = await t.prisma.delegate.count({ where: { visitId } });
    const csv = ["name,notes", 'Anna Arndt,"arrives early', "Ben Bauer,vegetarian", "Carla Cohn,"].join("\n");
    expect(await problemsOf(importDelegates(visitId, csv, staff.id))).toEqual([
      'row 2, column 2: a quoted cell is not closed: add the closing " or remove the opening one. Nothing was imported.',
    ]);
    expect(await t.prisma.delegate.count({ where: { visitId } })).toBe(before);
  });

  it("refuses a stray quote inside a quoted cell", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const before = await t.prisma.venue.count({ where: { visitId } });
    const problems = await problemsOf(importVenues(visitId, ["name,address", 'Hall,"12 "Main" Street"'].join("\n"), staff.id));
    expect(problems).toEqual([expect.stringMatching(/^row 2, column 2: a quote \("\) inside a quoted cell must be doubled/)]);
    expect(await t.prisma.venue.count({ where: { visitId } })).toBe(before);
  });

  it("refuses a column named twice", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const before = await t.prisma.delegate.count({ where: { visitId } });
    expect(await problemsOf(importDelegates(visitId, "name,name\nAnna,Ben", staff.id))).toEqual([
      'row 1, column 2: the column "name" appears twice (columns 1 and 2): keep one',
    ]);
    expect(await t.prisma.delegate.count({ where: { visitId } })).toBe(before);
  });

  it("names the cell holding a character that cannot be stored", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const problems = await problemsOf(importDelegates(visitId, "name,notes\nAnna,fine\nBen,bad\u0000byte\nCarl,\uD83D alone", staff.id));
    expect(problems).toEqual([
      "row 3, notes: remove the NUL character (an invisible zero byte, often pasted from another program): it cannot be stored",
      "row 4, notes: remove the broken character (half of an emoji or symbol, a lone surrogate): type the symbol again",
    ]);
  });

  it("refuses a file over 1 MB, counting bytes, not characters", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    // 400,000 characters of "ü" are 800,000 bytes; with the rest the file passes 1 MB.
    const csv = `name,notes\n${Array.from({ length: 300 }, (_, i) => `P${i},${"ü".repeat(1700)}`).join("\n")}`;
    expect(csv.length).toBeLessThan(1_000_000);
    expect(await problemsOf(importDelegates(visitId, csv, staff.id))).toEqual([
      "The file is larger than 1 MB: split it into smaller files and import them one by one.",
    ]);
  });
});
