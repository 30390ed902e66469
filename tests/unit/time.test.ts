import { describe, expect, it } from "vitest";
import { isoInZone, localToInstant } from "@/lib/schedule/time";

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
    for (const [d, tm] of [["2025-02-30", "10:00"], ["2025-06-11", "24:00"], ["2025-06-11", "9.30"], ["11/06/2025", "10:00"], ["2025-06-11", "10:60"]]) {
      expect(instant(d, tm, "Europe/London")).toBe("invalid");
    }
  });

  it("writes instants with the zone's own offset", () => {
    expect(isoInZone("2025-06-11T08:30:00.000Z", "Europe/London")).toBe("2025-06-11T09:30:00+01:00");
    expect(isoInZone("2025-10-26T01:30:00.000Z", "Europe/London")).toBe("2025-10-26T01:30:00+00:00");
  });
});
