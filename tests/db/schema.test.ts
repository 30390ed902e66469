import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createVisitRecord } from "../factories/records";

const t = useTestDatabase();

describe("the migrated schema", () => {
  it("stores every instant as timestamptz; only calendar days are plain dates", async () => {
    const rows = await t.prisma.$queryRaw<{ table_name: string; column_name: string; data_type: string }[]>`
      SELECT table_name::text, column_name::text, data_type::text FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' AND (data_type LIKE 'timestamp%' OR data_type = 'date')
      ORDER BY table_name, column_name`;
    const plain = rows.filter((r) => r.data_type === "timestamp without time zone").map((r) => `${r.table_name}.${r.column_name}`);
    expect(plain).toEqual([]);
    expect(rows.filter((r) => r.data_type === "date").map((r) => `${r.table_name}.${r.column_name}`)).toEqual([
      "Visit.firstDay",
      "Visit.lastDay",
    ]);
    expect(rows.find((r) => r.table_name === "TimeSlot" && r.column_name === "startsAt")?.data_type).toBe("timestamp with time zone");
  });

  // The stored instant itself is checked, read in SQL, not only the round trip through Prisma
  // (prisma/orm#26786: in a non-UTC session a round trip agrees with itself but stores the
  // wrong instant). The test server runs in the machine's zone (TZ=Asia/Kathmandu in CI).
  it("stores the instant that was written, and reads it back", async () => {
    const visitId = await createVisitRecord();
    const at = new Date("2025-06-10T08:30:00.000Z");
    const e = await t.prisma.auditEntry.create({ data: { visitId, action: "update", entity: "slot", entityId: "s1", at } });
    const [{ text }] = await t.prisma.$queryRaw<{ text: string }[]>`
      SELECT to_char(at AT TIME ZONE 'Asia/Kathmandu', 'YYYY-MM-DD HH24:MI') AS text FROM "AuditEntry" WHERE id = ${e.id}`;
    expect(text).toBe("2025-06-10 14:15");
    expect((await t.prisma.auditEntry.findUniqueOrThrow({ where: { id: e.id } })).at.toISOString()).toBe(at.toISOString());
  });

  it("has no Visit.status column (whether a visit is published is its publications)", async () => {
    const cols = await t.prisma.$queryRaw<{ column_name: string }[]>`
      SELECT column_name::text FROM information_schema.columns WHERE table_name = 'Visit' AND column_name = 'status'`;
    expect(cols).toEqual([]);
  });
});
