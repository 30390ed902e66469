import { describe, expect, it } from "vitest";
import { buildCalendar, fold, transitions, vtimezone, type IcsEvent } from "@/lib/export/ics";

// Runs under TZ=Asia/Kathmandu (+05:45): every expected string below is the visit zone's wall
// time, so leaning on the machine's zone would shift them by 4:45 or 5:45.

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: "slot-1@itinera",
  sequence: 0,
  start: "2025-06-11T08:30:00.000Z",
  end: "2025-06-11T11:30:00.000Z",
  summary: "Aston University: research, and knowledge exchange",
  ...over,
});
const cal = (events: IcsEvent[], timeZone = "Europe/London") =>
  buildCalendar({ name: "Leipzig; Blum", timeZone, stamp: "2025-06-01T09:00:00.000Z", events });
const unfold = (s: string) => s.replace(/\r\n /g, "");

describe("ICS calendar", () => {
  it("runs under an odd machine zone", () => {
    expect(new Date("2025-06-10T00:00:00Z").getTimezoneOffset()).toBe(-345);
  });

  it("writes DTSTART/DTEND as wall time in the visit's zone with its TZID", () => {
    const ics = cal([event()]);
    expect(ics).toContain("DTSTART;TZID=Europe/London:20250611T093000\r\n");
    expect(ics).toContain("DTEND;TZID=Europe/London:20250611T123000\r\n");
    expect(ics).toContain("DTSTAMP:20250601T090000Z\r\n");
    expect(ics.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it("keeps wall times right on both sides of a daylight-saving change", () => {
    const ics = cal([
      event({ uid: "a", start: "2025-10-25T08:00:00Z", end: "2025-10-25T09:00:00Z" }), // BST: 09:00
      event({ uid: "b", start: "2025-10-27T09:00:00Z", end: "2025-10-27T10:00:00Z" }), // GMT: 09:00
    ]);
    expect(ics).toContain("DTSTART;TZID=Europe/London:20251025T090000");
    expect(ics).toContain("DTSTART;TZID=Europe/London:20251027T090000");
  });

  it("builds the VTIMEZONE from the zone's real transitions in that year", () => {
    expect(vtimezone("Europe/London", [2025]).join("\n")).toBe(
      [
        "BEGIN:VTIMEZONE",
        "TZID:Europe/London",
        "BEGIN:STANDARD",
        "DTSTART:20250101T000000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "END:STANDARD",
        "BEGIN:DAYLIGHT",
        "DTSTART:20250330T010000",
        "TZOFFSETFROM:+0000",
        "TZOFFSETTO:+0100",
        "TZNAME:BST",
        "END:DAYLIGHT",
        "BEGIN:STANDARD",
        "DTSTART:20251026T020000",
        "TZOFFSETFROM:+0100",
        "TZOFFSETTO:+0000",
        "TZNAME:GMT",
        "END:STANDARD",
        "END:VTIMEZONE",
      ].join("\n"),
    );
  });

  it("handles a zone without daylight saving and an odd offset", () => {
    expect(transitions("Asia/Kathmandu", 2025)).toEqual([]);
    const ics = cal([event({ start: "2025-06-11T04:15:00Z", end: "2025-06-11T05:15:00Z" })], "Asia/Kathmandu");
    expect(ics).toContain("DTSTART;TZID=Asia/Kathmandu:20250611T100000");
    expect(ics).toContain("TZOFFSETTO:+0545");
  });

  it("starts a southern-hemisphere year in daylight time", () => {
    const tz = vtimezone("Australia/Sydney", [2025]);
    expect(tz.slice(2, 6)).toEqual(["BEGIN:DAYLIGHT", "DTSTART:20250101T000000", "TZOFFSETFROM:+1100", "TZOFFSETTO:+1100"]);
    expect(tz).toContain("DTSTART:20250406T030000");
  });

  it("escapes text and folds long lines without breaking a character", () => {
    const ics = unfold(cal([event({ description: "Ask for: Prof Mike Caine, Pro Vice Chancellor\nBring ID; thanks" })]));
    expect(ics).toContain("SUMMARY:Aston University: research\\, and knowledge exchange");
    expect(ics).toContain("DESCRIPTION:Ask for: Prof Mike Caine\\, Pro Vice Chancellor\\nBring ID\\; thanks");
    expect(ics).toContain("X-WR-CALNAME:Leipzig\\; Blum");
    const umlauts = "Ü".repeat(100);
    const folded = fold(`SUMMARY:${umlauts}`);
    expect(folded.split("\r\n ").join("")).toBe(`SUMMARY:${umlauts}`);
    expect(folded.split("\r\n").every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
  });

  it("carries UID, SEQUENCE, LOCATION and GEO per event", () => {
    const ics = cal([event({ sequence: 3, location: "Aston University, Aston Triangle", geo: { lat: 52.4862, lon: -1.8904 } })]);
    expect(ics).toMatch(/BEGIN:VEVENT\r\nUID:slot-1@itinera\r\nSEQUENCE:3\r\n/);
    expect(ics).toContain("LOCATION:Aston University\\, Aston Triangle");
    expect(ics).toContain("GEO:52.4862;-1.8904");
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });
});
