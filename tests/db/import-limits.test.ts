import { describe, expect, it } from "vitest";
import { importVisitText } from "@/lib/visits/import";
import { bigVisitFile } from "@/tests/factories/big-visit";
import { at, slot, visitFile } from "@/tests/factories/visit-file";
import { useTestDatabase } from "@/tests/setup/db";

const t = useTestDatabase();

async function problemsOf(text: string) {
  const before = await t.prisma.visit.count();
  const r = await importVisitText(text);
  expect(r.ok).toBe(false);
  expect(await t.prisma.visit.count()).toBe(before);
  return r.ok ? [] : r.problems;
}

// Fails on the old code: one createMany with every slot ran past Prisma's default 5 s
// interactive transaction ("Transaction API error") and past PostgreSQL's 65,535 parameters.
describe("a big visit file", () => {
  it("imports 50,000 slots in one transaction", { timeout: 300_000 }, async () => {
    const r = await importVisitText(JSON.stringify(bigVisitFile(50_000)));
    expect(r.ok).toBe(true);
    const visitId = r.ok ? r.visitId : "";
    expect(await t.prisma.timeSlot.count({ where: { visitId } })).toBe(50_000);
    expect(await t.prisma.attendance.count({ where: { slot: { visitId } } })).toBe(50_000);
  });
});

// Each fails on the old code, which stored all of these.
describe("the limits the forms use also hold for a visit file", () => {
  const tz = "Europe/London";
  const withSlot = (over: Partial<Parameters<typeof slot>[0]>) =>
    visitFile({ slots: [slot({ start: at("2025-06-10", "10:00", tz), end: at("2025-06-10", "11:00", tz), ...over })] });

  it("refuses a 100 kB title and a 20 MB note", async () => {
    const f = withSlot({ title: "T".repeat(100_000), internalNotes: "n".repeat(20_000_000) });
    expect(await problemsOf(JSON.stringify(f))).toEqual([
      { path: "slots[0].title", message: "keep this under 200 characters" },
      { path: "slots[0].internalNotes", message: "keep this under 4,000 characters" },
    ]);
  });

  it("refuses a 400-day slot and the year 9999", async () => {
    expect(await problemsOf(JSON.stringify(withSlot({ end: at("2026-07-15", "11:00", tz) })))).toEqual([
      { path: "slots[0].end", message: "more than 24 hours after start: a slot lasts at most a day, split longer ones" },
    ]);
    const f = visitFile();
    const far = { ...f, visit: { ...f.visit!, firstDay: "9999-06-10", lastDay: "9999-06-11" } };
    expect(await problemsOf(JSON.stringify(far))).toEqual([
      { path: "visit.firstDay", message: "use a year from 2000 to 2100" },
      { path: "visit.lastDay", message: "use a year from 2000 to 2100" },
    ]);
  });

  it("refuses a key given twice in one object, naming where", async () => {
    const text = JSON.stringify(visitFile()).replace('"title":"Test visit"', '"title":"Test visit","title":"Other title"');
    expect(await problemsOf(text)).toEqual([
      { path: "visit.title", message: '"title" is given twice in the same object: keep one (otherwise the last would silently win)' },
    ]);
  });
});

// Each fails on the old code: "invalid byte sequence" from PostgreSQL, a Prisma stack trace,
// and "use a number here, not a number".
describe("messages that say what to fix", () => {
  it("names a NUL byte, a lone surrogate and a number too large to use", async () => {
    const f = visitFile();
    const text = JSON.stringify({
      ...f,
      visit: { ...f.visit!, title: "Visit\u0000", guestCity: "Leip\uD800zig", travel: { speedKmh: 1 } },
    }).replace('"speedKmh":1', '"speedKmh":1e400');
    expect(await problemsOf(text)).toEqual([
      {
        path: "visit.title",
        message: "remove the NUL character (an invisible zero byte, often pasted from another program): it cannot be stored",
      },
      {
        path: "visit.guestCity",
        message: "remove the broken character (half of an emoji or symbol, a lone surrogate): type the symbol again",
      },
    ]);
    const big = JSON.stringify({ ...f, visit: { ...f.visit!, travel: { speedKmh: 1 } } }).replace('"speedKmh":1', '"speedKmh":1e400');
    expect(await problemsOf(big)).toEqual([
      { path: "visit.travel.speedKmh", message: "this number is too large to use: write an ordinary number, like 4.5" },
    ]);
  });
});
