import { describe, expect, it } from "vitest";
import { instantMs } from "@/lib/schedule/instants";

describe("instantMs reads an itinerary's instants exactly as Date.parse does", () => {
  it("agrees on every quarter hour around the BST changes and leap days", () => {
    const starts = [Date.UTC(2024, 1, 28), Date.UTC(2025, 2, 29), Date.UTC(2025, 9, 25), Date.UTC(1999, 11, 31), Date.UTC(2100, 1, 27)];
    for (const start of starts) {
      for (let ms = start; ms < start + 4 * 86_400_000; ms += 15 * 60_000 + 1_234) {
        const iso = new Date(ms).toISOString();
        expect(instantMs(iso), iso).toBe(ms);
      }
    }
  });

  it("hands anything outside the fixed layout to Date.parse, so odd input reads the same", () => {
    for (const odd of [
      "2025-06-10T09:30:00Z",
      "2025-06-10T09:30:00.000+01:00",
      "2025-02-30T10:00:00.000Z",
      "2025-06-10T24:00:00.000Z",
      "2025-13-01T10:00:00.000Z",
      "2025-06-1xT10:00:00.000Z",
      "not a date at all, 24 ch",
      "",
    ]) {
      expect(Object.is(instantMs(odd), Date.parse(odd)), odd).toBe(true);
    }
  });
});
