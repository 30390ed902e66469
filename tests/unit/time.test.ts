import { describe, expect, it } from "vitest";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { isoInZone, localDate, localToInstant, minuteOfDate, wallText } from "@/lib/schedule/time";

const instant = (date: string, time: string, tz: string) => {
  const r = localToInstant(date, time, tz);
  return r.ok ? r.instant.toISOString() : r.reason;
};

describe("a local time in the visit's zone as an instant", () => {
  it("uses the zone's offset, not the machine's", () => {
    expect(instant("2025-06-11", "09:30", "Europe/London")).toBe("2025-06-11T08:30:00.000Z");
    expect(instant("2025-01-15", "09:30", "Europe/London")).toBe("2025-01-15T09:30:00.000Z");
    expect(instant("2025-06-11", "09:30", "Asia/Kathmandu")).toBe("2025-06-11T03:45:00.000Z");
  });

  it("refuses a time in the spring-forward gap", () => {
    // 30 Mar 2025, London: 01:00 GMT jumps to 02:00 BST.
    expect(instant("2025-03-30", "00:59", "Europe/London")).toBe("2025-03-30T00:59:00.000Z");
    expect(instant("2025-03-30", "01:00", "Europe/London")).toBe("nonexistent");
    expect(instant("2025-03-30", "01:30", "Europe/London")).toBe("nonexistent");
    expect(instant("2025-03-30", "01:59", "Europe/London")).toBe("nonexistent");
    expect(instant("2025-03-30", "02:00", "Europe/London")).toBe("2025-03-30T01:00:00.000Z");
  });

  it("takes the earlier instant in the autumn overlap", () => {
    // 26 Oct 2025, London: 01:00–01:59 happens twice, first in BST (+01:00) then in GMT.
    expect(instant("2025-10-26", "00:59", "Europe/London")).toBe("2025-10-25T23:59:00.000Z");
    expect(instant("2025-10-26", "01:30", "Europe/London")).toBe("2025-10-26T00:30:00.000Z");
    expect(instant("2025-10-26", "02:00", "Europe/London")).toBe("2025-10-26T02:00:00.000Z");
  });

  it("refuses what is not a date or a time", () => {
    for (const [d, tm] of [
      ["2025-02-30", "10:00"],
      ["2025-06-11", "24:00"],
      ["2025-06-11", "9.30"],
      ["11/06/2025", "10:00"],
      ["2025-06-11", "10:60"],
    ]) {
      expect(instant(d, tm, "Europe/London")).toBe("invalid");
    }
  });

  it("writes instants with the zone's own offset", () => {
    expect(isoInZone("2025-06-11T08:30:00.000Z", "Europe/London")).toBe("2025-06-11T09:30:00+01:00");
    expect(isoInZone("2025-10-26T01:30:00.000Z", "Europe/London")).toBe("2025-10-26T01:30:00+00:00");
  });
});

describe("the one time module's readings and words", () => {
  it("reads hours, form inputs and iCalendar times in the visit's zone, not the machine's", async () => {
    const { addDaysToDate, icsLocal, localHour, localInput, offsetMinutes, shortInstant } = await import("@/lib/schedule/time");
    const at = new Date("2025-06-10T22:30:00.000Z");
    expect(localHour(at, "Europe/London")).toBe(23);
    expect(localInput(at, "Europe/London")).toBe("2025-06-10 23:30");
    expect(localInput(at, "Europe/Berlin")).toBe("2025-06-11 00:30");
    expect(localInput(null, "Europe/London")).toBe("");
    expect(icsLocal(at, "Europe/London")).toBe("20250610T233000");
    expect(offsetMinutes(at.getTime(), "Asia/Kathmandu")).toBe(345);
    expect(shortInstant(at, "Europe/London")).toBe("Tue 10 Jun 2025, 23:30 BST");
    expect(addDaysToDate("2025-03-29", 1)).toBe("2025-03-30");
    expect(addDaysToDate("2025-06-10", -1)).toBe("2025-06-09");
  });

  it("writes names with the honorific each language uses, from the catalogue", async () => {
    const { nameWithHonorific, kindLabel, roleLabel } = await import("@/lib/i18n/labels");
    expect(nameWithHonorific({ honorific: "Ms", name: "Manuela Blum" }, "de")).toBe("Frau Manuela Blum");
    expect(nameWithHonorific({ honorific: "Ms", name: "Manuela Blum" }, "en")).toBe("Ms Manuela Blum");
    expect(nameWithHonorific({ honorific: "Dr", name: "Antje Nolting" }, "de")).toBe("Dr Antje Nolting");
    expect(kindLabel("FREE", "de")).toBe("Freie Zeit");
    expect(roleLabel("CHAIR")).toBe("Chair");
  });
});

describe("local dates and minutes read through the fast clock", () => {
  // The reference: every reading formatted through TZDate, as these functions did before.
  const reference = (ms: number, date: string, tz: string) => {
    const z = new TZDate(ms, tz);
    const days = Math.round((Date.UTC(z.getFullYear(), z.getMonth(), z.getDate()) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
    return { date: format(z, "yyyy-MM-dd"), minute: days * 1440 + z.getHours() * 60 + z.getMinutes() };
  };

  it.each([
    ["Europe/London", "2025-03-29"],
    ["Europe/London", "2025-10-25"],
    ["Asia/Kathmandu", "2025-06-10"],
    ["America/St_Johns", "2025-11-01"],
  ])("agree with TZDate every 7 minutes across %s from %s, the clocks changing included", (tz, from) => {
    const start = Date.parse(`${from}T00:00:00Z`) - 86_400_000;
    for (let ms = start; ms < start + 4 * 86_400_000; ms += 7 * 60_000 + 13_000) {
      const iso = new Date(ms).toISOString();
      const want = reference(ms, from, tz);
      expect(localDate(iso, tz)).toBe(want.date);
      expect(localDate(new Date(ms), tz)).toBe(want.date);
      expect(minuteOfDate(iso, from, tz)).toBe(want.minute);
    }
  });
});

describe("a form's local time as staff read it in a list", () => {
  it("names the weekday and month, in any year, and leaves other text alone", () => {
    expect(wallText("2025-06-10 12:40")).toBe("Tue 10 Jun 12:40");
    expect(wallText("2031-06-10T12:40")).toBe("Tue 10 Jun 12:40");
    expect(wallText("2025-03-30 01:30")).toBe("Sun 30 Mar 01:30");
    expect(wallText("soon")).toBe("soon");
  });
});
