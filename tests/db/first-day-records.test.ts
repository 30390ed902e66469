import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { createVisitRecord } from "../factories/records";
import { importVenues } from "@/lib/venues/csv";
import { venuePairs, venuesOfVisit } from "@/lib/venues/data";
import { weekRows } from "@/lib/venues/hours";
import { createVenue, updateVenue } from "@/lib/venues/mutations";
import { NO_OPEN_DAY, venueCreateSchema, venueUpdateSchema } from "@/lib/venues/schema";
import { loadItinerary } from "@/lib/visits/data";
import { createVisit } from "@/lib/visits/mutations";
import { visitCreateSchema } from "@/lib/visits/schema";
import { validateVisitFile } from "@/lib/visits/file-validate";
import { visitFile } from "../factories/visit-file";
import { AppError } from "@/lib/errors";

// Issue 16 items 11-13: hours known but no open day, coordinates pasted as one field, and the
// visit's usual way between venues (public transport included).

const t = useTestDatabase();
const issues = (r: { error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  r.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`);

describe("opening hours marked known with no day open", () => {
  it("is refused by the form's schema, by the hours, instead of being saved as 'not known'", () => {
    const r = venueCreateSchema.safeParse({ visitId: "v", name: "Library", openingHours: weekRows(null) });
    expect(issues(r)).toEqual([`openingHours: ${NO_OPEN_DAY}`]);
    // Not known stays possible, and one open day is enough.
    expect(venueCreateSchema.safeParse({ visitId: "v", name: "Library", openingHours: null }).success).toBe(true);
    const monday = weekRows(null).map((r) => (r.day === 1 ? { ...r, open: true, opens: "09:00", closes: "17:00" } : r));
    expect(venueCreateSchema.parse({ visitId: "v", name: "Library", openingHours: monday }).openingHours).toEqual([
      { day: 1, opens: "09:00", closes: "17:00" },
    ]);
  });

  it("is refused in a CSV row too, and nothing is imported", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const e = await importVenues(visitId, "name,opening_hours\nLibrary,Mon-Sun closed\n", staff.id).then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).details?.fieldErrors?.csv).toEqual([expect.stringMatching(/^row 2, opening_hours: every day is closed/)]);
    expect(await t.prisma.venue.count({ where: { visitId, name: "Library" } })).toBe(0);
  });
});

describe("a venue's coordinates from one pasted field", () => {
  it("stores the point read from a map link, clears it when the field is emptied, and refuses what it cannot read", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    const link = "https://www.google.com/maps/place/Aston+University/@52.4870,-1.8950,17z/data=!3m1!4b1!4m6!3m5!8m2!3d52.4862!4d-1.8904";
    const input = venueCreateSchema.parse({ visitId, name: "Aston University", coordinates: link, openingHours: null });
    expect(input).not.toHaveProperty("coordinates");
    const { id } = await createVenue(input, staff.id);
    expect(await t.prisma.venue.findUniqueOrThrow({ where: { id } })).toMatchObject({ latitude: 52.4862, longitude: -1.8904 });

    const { visitId: _v, ...fields } = input;
    await updateVenue(venueUpdateSchema.parse({ ...fields, visitId, id, version: 1, coordinates: "  " }), staff.id);
    expect(await t.prisma.venue.findUniqueOrThrow({ where: { id } })).toMatchObject({ latitude: null, longitude: null });

    const bad = venueCreateSchema.safeParse({ visitId, name: "X", coordinates: "near the canal", openingHours: null });
    expect(issues(bad)).toEqual([
      expect.stringMatching(/^coordinates: cannot read "near the canal": paste coordinates like "52.4862, -1.8904"/),
    ]);
  });

  it("keeps separate latitude and longitude for CSV rows and scripts", async () => {
    const staff = await createStaff();
    const visitId = await createVisitRecord();
    expect(await importVenues(visitId, "name,latitude,longitude\nCouncil House,52.4797,-1.9031\n", staff.id)).toEqual({ count: 1 });
    expect(await t.prisma.venue.findFirstOrThrow({ where: { visitId, name: "Council House" } })).toMatchObject({
      latitude: 52.4797,
      longitude: -1.9031,
    });
  });
});

describe("the visit's usual way between venues", () => {
  it("saves public transport with its speed and estimates each leg at that speed", async () => {
    const staff = await createStaff();
    const input = visitCreateSchema.parse({
      title: "Lyon to Leipzig",
      guestCity: "Lyon",
      hostCity: "Leipzig",
      firstDay: "2025-10-24",
      lastDay: "2025-10-27",
      timeZone: "Europe/Berlin",
      travelMode: "TRANSIT",
      travelSpeedKmh: "15",
      detourFactor: "1.3",
    });
    const { id } = await createVisit(input, staff.id);
    const it0 = await loadItinerary(id);
    expect(it0!.visit).toMatchObject({ travelMode: "TRANSIT", travelSpeedKmh: 15 });
    // Leipzig Hauptbahnhof to the Neues Rathaus: about 1.1 km as the crow flies.
    for (const [name, coordinates] of [
      ["Hauptbahnhof", "51.3455, 12.3821"],
      ["Neues Rathaus", "51.3356, 12.3731"],
    ]) {
      await createVenue(venueCreateSchema.parse({ visitId: id, name, coordinates, openingHours: null }), staff.id);
    }
    const [pair] = await venuePairs(id, await venuesOfVisit(id), it0!.visit);
    expect(pair.estimate).toBe(7);
  });

  it("asks for a mode: a new visit without one is refused by the mode alone; an empty speed is the mode's typical one", () => {
    const visit = {
      title: "x",
      guestCity: "a",
      hostCity: "b",
      firstDay: "2025-06-10",
      lastDay: "2025-06-11",
      timeZone: "Europe/London",
      travelSpeedKmh: "",
      detourFactor: "1.3",
    };
    expect(issues(visitCreateSchema.safeParse(visit))).toEqual(["travelMode: choose walk, public transport or car"]);
    expect(visitCreateSchema.parse({ ...visit, travelMode: "DRIVE" }).travelSpeedKmh).toBe(20);
    expect(issues(visitCreateSchema.safeParse({ ...visit, travelMode: "WALK", travelSpeedKmh: "0" }))).toEqual([
      "travelSpeedKmh: use a speed above 0 km/h",
    ]);
  });

  it("reads TRANSIT in a visit file, with the mode's typical speed when the file gives none", () => {
    const f = visitFile();
    const v = validateVisitFile({ ...f, visit: { ...f.visit, travel: { mode: "TRANSIT" } } });
    expect(v.ok && v.file.visit.travel).toEqual({ mode: "TRANSIT", speedKmh: 15, detourFactor: 1.3 });
  });
});
