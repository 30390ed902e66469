import { describe, expect, it } from "vitest";
import { validateVisitFile, type Problem } from "@/lib/visits/file-validate";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { at, contact, delegate, organisation, venue, visitFile } from "@/tests/factories/visit-file";

// Each bad file breaks one rule; the test asserts the exact path and message a user reads.

const problems = (file: unknown): Problem[] => {
  const r = validateVisitFile(file);
  return r.ok ? [] : r.problems;
};
const base = () => visitFile();
const slot0 = (over: object) => {
  const f = base();
  return { ...f, slots: [{ ...f.slots![0], ...over }] };
};
const london = (d: string, tm: string) => at(d, tm, "Europe/London");

describe("a valid visit file", () => {
  it("passes, and so does the Leipzig seed", () => {
    expect(validateVisitFile(base()).ok).toBe(true);
    expect(validateVisitFile(leipzigVisit()).ok).toBe(true);
  });

  it("fills in the defaults for what a hand-written file may leave out", () => {
    const r = validateVisitFile({
      format: "itinera.visit",
      formatVersion: 1,
      visit: { title: "Minimal", guestCity: "A", hostCity: "B", firstDay: "2025-06-10", lastDay: "2025-06-10", timeZone: "Europe/London" },
    });
    expect(r.ok && r.file).toMatchObject({
      venues: [],
      delegates: [],
      slots: [],
      travelOverrides: [],
      visit: { travel: { mode: "WALK", speedKmh: 4.5, detourFactor: 1.3 } },
    });
  });
});

describe("the shape of the file", () => {
  it("says what the file must be when it is not an object", () => {
    expect(problems(null)).toEqual([
      { path: "(file)", message: 'the file must hold one JSON object, like { "format": "itinera.visit", … }' },
    ]);
    expect(problems([])).toEqual([
      { path: "(file)", message: 'the file must hold one JSON object, like { "format": "itinera.visit", … }' },
    ]);
  });

  it("names the format and version it understands", () => {
    expect(problems({ ...base(), format: "other", formatVersion: 2 })).toEqual([
      { path: "format", message: 'set "format": "itinera.visit"' },
      { path: "formatVersion", message: "only formatVersion 1 is understood" },
    ]);
  });

  it("says a required field is missing, and what it should hold", () => {
    const f = base();
    const { title: _t, ...visit } = f.visit;
    expect(problems({ ...f, visit })).toEqual([{ path: "visit.title", message: "missing: add text" }]);
    const { visit: _v, ...noVisit } = f;
    expect(problems(noVisit)).toEqual([{ path: "visit", message: "missing: add an object {…}" }]);
  });

  it("says which type a field needs when it has another", () => {
    expect(problems({ ...base(), slots: {} })).toEqual([{ path: "slots", message: "use a list […] here, not an object {…}" }]);
    expect(problems(slot0({ title: 42 }))).toEqual([{ path: "slots[0].title", message: "use text here, not a number" }]);
  });

  it("lists every problem in the file, not only the first", () => {
    const f = base();
    const bad = {
      ...f,
      visit: { ...f.visit, title: " ", timeZone: "Mars/Base" },
      delegates: [{ ...f.delegates![0], email: "nope", language: "fr" }],
    };
    expect(problems(bad)).toEqual([
      { path: "visit.title", message: "give the visit a title" },
      { path: "visit.timeZone", message: "use an IANA time zone like Europe/London" },
      { path: "delegates[0].email", message: "use an e-mail address like name@example.org" },
      { path: "delegates[0].language", message: 'use "en" or "de"' },
    ]);
  });
});

describe("a file with both kinds of problem", () => {
  it("lists the references and rules too, not only the shape problems", () => {
    const f = leipzigVisit();
    const slots = f.slots!.map((x, i) =>
      i === 3 ? { ...x, end: london("2025-06-11", "08:00") } : i === 5 ? { ...x, venue: "v9" } : i === 6 ? { ...x, kind: "PARTY" } : x,
    );
    const venues = f.venues!.map((v, i) => (i === 0 ? { ...v, name: "" } : v));
    const bad = { ...f, visit: { ...f.visit, firstDay: "2025-02-30" }, venues, slots };
    expect(problems(bad)).toEqual([
      { path: "visit.firstDay", message: "no such day in the calendar: check the month and day" },
      { path: "venues[0].name", message: "give the venue a name" },
      { path: "slots[6].kind", message: "use one of MEETING, VISIT, RECEPTION, MEAL, TRAVEL, EVENT, FREE" },
      { path: "slots[3].end", message: "before start: a slot must end after it starts" },
      { path: "slots[5].venue", message: 'no venue "v9"' },
    ]);
  });

  it("does not call a key unknown because its record has another problem", () => {
    const f = base();
    const bad = { ...f, venues: [venue({ key: "v1", latitude: 500 })], delegates: [delegate({ key: "d1", homeTimeZone: "Nowhere" })] };
    expect(problems(bad)).toEqual([
      { path: "venues[0].latitude", message: "use a latitude from -90 to 90" },
      { path: "delegates[0].homeTimeZone", message: "use an IANA time zone like Europe/London" },
    ]);
  });
});

describe("dates, times and zones", () => {
  it("wants dates as yyyy-MM-dd, and real ones", () => {
    const f = base();
    expect(problems({ ...f, visit: { ...f.visit, firstDay: "10/06/2025" } })).toEqual([
      { path: "visit.firstDay", message: "use a date like 2025-06-10" },
    ]);
    expect(problems({ ...f, visit: { ...f.visit, firstDay: "2025-02-30", lastDay: "2025-03-01" } })).toEqual([
      { path: "visit.firstDay", message: "no such day in the calendar: check the month and day" },
    ]);
  });

  it("refuses a last day before the first day, and a visit longer than 60 days", () => {
    const f = base();
    expect(problems({ ...f, visit: { ...f.visit, firstDay: "2025-06-11", lastDay: "2025-06-10" } })).toEqual([
      { path: "visit.lastDay", message: "before firstDay: swap the two dates" },
    ]);
    expect(problems({ ...f, visit: { ...f.visit, lastDay: "2025-08-10" } })).toEqual([
      { path: "visit.lastDay", message: "a visit may last at most 60 days" },
    ]);
  });

  it("wants IANA zones for the visit and for each delegate's home", () => {
    const f = base();
    expect(problems({ ...f, visit: { ...f.visit, timeZone: "BST" } })).toEqual([
      { path: "visit.timeZone", message: "use an IANA time zone like Europe/London" },
    ]);
    expect(problems({ ...f, delegates: [delegate({ key: "d1", homeTimeZone: "Leipzig" })] })).toEqual([
      { path: "delegates[0].homeTimeZone", message: "use an IANA time zone like Europe/London" },
    ]);
  });

  it("wants instants in ISO 8601 with an offset", () => {
    const message = "use an ISO time with offset, like 2025-06-11T09:30:00+01:00";
    expect(problems(slot0({ start: "2025-06-10T10:00:00" }))).toEqual([{ path: "slots[0].start", message }]);
    expect(problems(slot0({ start: "2025-06-10 10:00" }))).toEqual([{ path: "slots[0].start", message }]);
    expect(problems(slot0({ end: "2025-06-31T10:00:00+01:00" }))).toEqual([{ path: "slots[0].end", message }]);
    expect(problems({ ...base(), delegates: [delegate({ key: "d1", arrival: "tomorrow" })] })).toEqual([
      { path: "delegates[0].arrival", message },
    ]);
  });

  it("refuses a slot that ends before it starts, or has no length", () => {
    expect(problems(slot0({ start: london("2025-06-10", "11:00"), end: london("2025-06-10", "10:00") }))).toEqual([
      { path: "slots[0].end", message: "before start: a slot must end after it starts" },
    ]);
    expect(problems(slot0({ start: london("2025-06-10", "11:00"), end: "2025-06-10T10:00:00Z" }))).toEqual([
      { path: "slots[0].end", message: "same as start: give the slot a length" },
    ]);
  });

  it("refuses a departure before the arrival", () => {
    const d = delegate({ key: "d1", arrival: london("2025-06-11", "10:00"), departure: london("2025-06-10", "18:00") });
    expect(problems({ ...base(), delegates: [d] })).toEqual([
      { path: "delegates[0].departure", message: "before arrival: check both times" },
    ]);
  });
});

describe("references between records", () => {
  it("names a venue, host or person that is not in the file", () => {
    const bad = slot0({ venue: "v9", host: "o9", attendees: [{ person: "d1" }, { person: "nobody" }] });
    expect(problems(bad)).toEqual([
      { path: "slots[0].venue", message: 'no venue "v9"' },
      { path: "slots[0].host", message: 'no organisation "o9"' },
      { path: "slots[0].attendees[1].person", message: 'no delegate or contact "nobody"' },
    ]);
  });

  it("refuses a person listed twice in one slot", () => {
    expect(problems(slot0({ attendees: [{ person: "d1" }, { person: "c1" }, { person: "d1", role: "SPEAKER" }] }))).toEqual([
      { path: "slots[0].attendees[2].person", message: '"d1" is listed twice: remove one' },
    ]);
  });

  it("refuses a key used twice, within a list and between delegates and contacts", () => {
    const f = base();
    const dupVenues = { ...f, venues: [venue({ key: "v1" }), venue({ key: "v1" })] };
    expect(problems(dupVenues)).toEqual([{ path: "venues[1].key", message: 'key "v1" is used twice: give each record its own key' }]);
    const dupOrgs = { ...f, organisations: [organisation({ key: "o1", contacts: [contact({ key: "c1" })] }), organisation({ key: "o1" })] };
    expect(problems(dupOrgs)).toEqual([{ path: "organisations[1].key", message: 'key "o1" is used twice: give each record its own key' }]);
    const clash = { ...f, organisations: [organisation({ key: "o1", contacts: [contact({ key: "c1" }), contact({ key: "d1" })] })] };
    expect(problems(clash)).toEqual([{ path: "delegates[0].key", message: 'key "d1" is used twice: give each record its own key' }]);
  });

  it("wants keys made of letters, digits, - and _", () => {
    expect(problems({ ...base(), venues: [venue({ key: "v 1" })], slots: [] })).toEqual([
      { path: "venues[0].key", message: "use a short key of letters, digits, - or _ (like v1)" },
    ]);
  });

  it("checks travel times: known venues, two different ones, each pair once", () => {
    const f = { ...base(), venues: [venue({ key: "v1" }), venue({ key: "v2" })] };
    expect(problems({ ...f, travelOverrides: [{ from: "v1", to: "v7", minutes: 5 }] })).toEqual([
      { path: "travelOverrides[0].to", message: 'no venue "v7"' },
    ]);
    expect(problems({ ...f, travelOverrides: [{ from: "v1", to: "v1", minutes: 5 }] })).toEqual([
      { path: "travelOverrides[0].to", message: "same venue as from: a travel time needs two different venues" },
    ]);
    expect(
      problems({
        ...f,
        travelOverrides: [
          { from: "v1", to: "v2", minutes: 5 },
          { from: "v2", to: "v1", minutes: 5 },
          { from: "v1", to: "v2", minutes: 9 },
        ],
      }),
    ).toEqual([{ path: "travelOverrides[2]", message: 'a travel time from "v1" to "v2" is already given: keep one' }]);
    expect(problems({ ...f, travelOverrides: [{ from: "v1", to: "v2", minutes: 2.5 }] })).toEqual([
      { path: "travelOverrides[0].minutes", message: "use whole minutes" },
    ]);
  });
});

describe("venues, people and settings", () => {
  const withVenue = (over: object): VisitFileInput => ({ ...base(), venues: [venue({ key: "v1", ...over })] });

  it("checks opening hours: weekday, 24-hour times, closing after opening", () => {
    expect(problems(withVenue({ openingHours: [{ day: 0, opens: "9:00", closes: "25:00" }] }))).toEqual([
      { path: "venues[0].openingHours[0].day", message: "use 1 (Monday) to 7 (Sunday)" },
      { path: "venues[0].openingHours[0].opens", message: "use a 24-hour time like 09:00" },
      { path: "venues[0].openingHours[0].closes", message: "use a 24-hour time like 18:00 (24:00 for midnight)" },
    ]);
    expect(problems(withVenue({ openingHours: [{ day: 1, opens: "18:00", closes: "09:00" }] }))).toEqual([
      { path: "venues[0].openingHours[0].closes", message: "closes before it opens" },
    ]);
    expect(problems(withVenue({ openingHours: [{ day: 5, opens: "18:00", closes: "24:00" }] }))).toEqual([]);
  });

  it("checks coordinates: in range, and both or neither", () => {
    expect(problems(withVenue({ latitude: 95, longitude: -200 }))).toEqual([
      { path: "venues[0].latitude", message: "use a latitude from -90 to 90" },
      { path: "venues[0].longitude", message: "use a longitude from -180 to 180" },
    ]);
    expect(problems(withVenue({ latitude: 52.48, longitude: null }))).toEqual([
      { path: "venues[0].longitude", message: "give both latitude and longitude, or neither" },
    ]);
    expect(problems(withVenue({ latitude: null, longitude: null }))).toEqual([]);
  });

  it("checks e-mail addresses of contacts and delegates, and allows them empty", () => {
    const f = base();
    const bad = {
      ...f,
      organisations: [organisation({ key: "o1", contacts: [contact({ key: "c1", email: "caine at aston" })] })],
      delegates: [delegate({ key: "d1", email: "" })],
    };
    expect(problems(bad)).toEqual([{ path: "organisations[0].contacts[0].email", message: "use an e-mail address like name@example.org" }]);
  });

  it("names the allowed kinds, roles and travel settings", () => {
    expect(problems(slot0({ kind: "PARTY", attendees: [{ person: "d1", role: "BOSS" }] }))).toEqual([
      { path: "slots[0].kind", message: "use one of MEETING, VISIT, RECEPTION, MEAL, TRAVEL, EVENT, FREE" },
      { path: "slots[0].attendees[0].role", message: "use one of ATTENDEE, HOST, CHAIR, SPEAKER, ESCORT" },
    ]);
    const f = base();
    expect(problems({ ...f, visit: { ...f.visit, travel: { mode: "DRIVE", speedKmh: 0, detourFactor: 0.5 } } })).toEqual([
      { path: "visit.travel.speedKmh", message: "use a speed above 0 km/h" },
      { path: "visit.travel.detourFactor", message: "use a detour factor from 1 to 5" },
    ]);
  });

  it("wants a name or title on every record", () => {
    const f = base();
    const bad = {
      ...f,
      venues: [venue({ key: "v1", name: "" })],
      delegates: [delegate({ key: "d1", name: "  " })],
      slots: [{ ...f.slots![0], title: "" }],
    };
    expect(problems(bad)).toEqual([
      { path: "venues[0].name", message: "give the venue a name" },
      { path: "delegates[0].name", message: "give the delegate a name" },
      { path: "slots[0].title", message: "give the slot a title" },
    ]);
  });
});
