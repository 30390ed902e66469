import { beforeAll, describe, expect, it } from "vitest";
import { auditLog, decodeCursor } from "@/lib/audit/data";
import { useTestDatabase } from "../setup/db";
import { createVisitRecord } from "../factories/records";

const t = useTestDatabase();

describe("a visit's history in pages", () => {
  let visitId: string;
  beforeAll(async () => {
    visitId = await createVisitRecord();
    await t.prisma.auditEntry.deleteMany({ where: { visitId } });
    // 250 changes, ten of them in the same millisecond (an import writes many at once).
    const base = Date.UTC(2025, 5, 1, 9);
    await t.prisma.auditEntry.createMany({
      data: Array.from({ length: 250 }, (_, n) => ({
        visitId,
        action: "update",
        entity: "slot",
        entityId: `slot-${String(n).padStart(3, "0")}`,
        at: new Date(base + (n < 10 ? 0 : n) * 60_000),
      })),
    });
  });

  it("shows every entry exactly once, newest first, across pages, even entries written in the same instant", async () => {
    const seen: string[] = [];
    let before = null;
    for (let page = 0; page < 10; page++) {
      const { entries, older } = await auditLog(visitId, 100, before);
      seen.push(...entries.map((e) => e.entityId));
      if (!older) break;
      before = decodeCursor(older);
    }
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen[0]).toBe("slot-249");
    expect(seen.slice(0, 240)).toEqual(Array.from({ length: 240 }, (_, k) => `slot-${String(249 - k).padStart(3, "0")}`));
  });

  it("ignores a cursor that is not one, and starts from the newest", async () => {
    expect(decodeCursor("yesterday~x")).toBeNull();
    expect(decodeCursor("2025-06-01T09:00:00.000Z~abc")).toEqual({ at: new Date("2025-06-01T09:00:00.000Z"), id: "abc" });
    const { entries } = await auditLog(visitId, 5, decodeCursor("' OR 1=1 --"));
    expect(entries[0].entityId).toBe("slot-249");
  });
});
