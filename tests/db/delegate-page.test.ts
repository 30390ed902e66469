import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { validateVisitFile } from "@/lib/visits/file-validate";
import { importVisit } from "@/lib/visits/import";
import { issueLink, revokeLink } from "@/lib/delegate-links/mutations";
import { publishVisit } from "@/lib/publications/mutations";
import { cachedPages, delegatePageResponse, validUntil } from "@/lib/delegate-view/page-handler";
import { closePagePool } from "@/lib/delegate-view/page-store";

// The delegate page as the phone receives it (HTML from lib/delegate-view/page-handler.ts,
// which scripts/server.mjs and app/d/[token]/route.ts both serve). The handler keeps rendered
// pages in memory: these check that a delegate never sees what that memory could get wrong.

const t = useTestDatabase();
let visitId: string;
const ids: Record<string, string> = {};
const JUNE_11_0929 = new Date("2025-06-11T08:29:00Z"); // 09:29 in Birmingham

beforeAll(async () => {
  const v = validateVisitFile(leipzigVisit());
  if (!v.ok) throw new Error("seed invalid");
  visitId = await importVisit(v.file);
  for (const d of await t.prisma.delegate.findMany({ where: { visitId } })) ids[d.name] = d.id;
  await publishVisit(visitId, null);
});
afterAll(closePagePool);

async function get(token: string, o: { lang?: string; now?: Date; gzip?: boolean } = {}) {
  const r = await delegatePageResponse({ token, lang: o.lang ?? null, origin: "http://phone.test", gzip: o.gzip ?? false, now: o.now ?? JUNE_11_0929 });
  return { ...r, html: o.gzip ? "" : r.body.toString("utf8") };
}
const h1 = (html: string) => /<h1[^>]*>(.*?)<\/h1>/.exec(html)?.[1];
const updated = (html: string) => /data-testid="updated"[^>]*>(.*?)<\/p>/.exec(html)?.[1];
const section = (html: string, label: string) => html.slice(html.indexOf(`aria-label="${label}"`), html.indexOf("</section>", html.indexOf(`aria-label="${label}"`)));

describe("the delegate's page as served", () => {
  it("is one private HTML document with its CSS inline and no React runtime", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    const r = await get(token, { lang: "en" });
    expect(r.status).toBe(200);
    expect(r.headers["Cache-Control"]).toBe("private, no-store");
    expect(r.headers["Referrer-Policy"]).toBe("no-referrer");
    expect(h1(r.html)).toBe("Programme for Ms Manuela Blum");
    expect(r.html).toContain('<meta name="robots" content="noindex, nofollow, nocache">');
    expect(r.html).toMatch(/<style>[^<]*\.bg-accent\{/);
    expect(r.html).not.toMatch(/<script[^>]+src=/);
    expect(r.html).toContain(`<link rel="manifest" href="/d/${token}/manifest.webmanifest">`);
    expect(r.html).toContain(`href="webcal://phone.test/d/${token}/calendar.ics?lang=en"`);
    // Another delegate's contact details and staff notes are not in it.
    expect(r.html).not.toContain("+49 341 555 0102");
    // German on request, with German day names.
    const de = await get(token, { lang: "de" });
    expect(h1(de.html)).toBe("Programm für Frau Manuela Blum");
    expect(de.headers["Content-Language"]).toBe("de");
    expect(de.html).toContain("Mittwoch, 11. Juni");
    // Compressed for the phone when it asks.
    const gz = await get(token, { lang: "en", gzip: true });
    expect(gz.headers["Content-Encoding"]).toBe("gzip");
    expect(gz.body.length).toBeLessThan(r.body.length / 3);
  });

  it("answers a link revoked after its page was kept in memory with a plain 404 at once", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Dr Antje Nolting"] ?? ids["Antje Nolting"], actorId: null });
    for (let i = 0; i < 2; i++) expect((await get(token)).status).toBe(200);
    expect(cachedPages()).toBeGreaterThan(0);
    await revokeLink({ visitId, delegateId: ids["Dr Antje Nolting"] ?? ids["Antje Nolting"], actorId: null });
    const r = await get(token);
    expect(r.status).toBe(404);
    expect(h1(r.html)).toBe("This link does not open a programme");
    expect(r.html).not.toContain("Nolting");
  });

  it("gives a re-issued link a page with its own links, and the old link a 404", async () => {
    const first = await issueLink({ visitId, delegateId: ids["Ines Dietrich"], actorId: null });
    expect((await get(first.token)).status).toBe(200);
    const second = await issueLink({ visitId, delegateId: ids["Ines Dietrich"], actorId: null });
    expect((await get(first.token)).status).toBe(404);
    const r = await get(second.token);
    expect(r.status).toBe(200);
    expect(r.html).toContain(`/d/${second.token}/calendar.ics`);
    expect(r.html).not.toContain(first.token);
  });

  it("puts the minute of each response in the 'updated' line, also from memory", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    await get(token, { lang: "en" });
    const a = await get(token, { lang: "en", now: new Date("2025-06-11T08:29:10Z") });
    const b = await get(token, { lang: "en", now: new Date("2025-06-11T08:29:50Z") });
    expect(updated(a.html)).toBe(updated(b.html));
    expect(updated(a.html)).toMatch(/^Updated 11 June at 09:29 · version \d+$/);
    // Two minutes later (within the same quarter hour, before her next slot starts).
    const c = await get(token, { lang: "en", now: new Date("2025-06-11T08:31:00Z") });
    expect(updated(c.html)).toMatch(/^Updated 11 June at 09:31/);
  });

  it("moves Now and Next when a slot starts, though the page before was kept in memory", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    const before = await get(token, { lang: "en", now: new Date("2025-06-11T08:29:00Z") });
    const slot = (await t.prisma.timeSlot.findMany({ where: { visitId, attendances: { some: { delegateId: ids["Manuela Blum"] } } }, orderBy: { startsAt: "asc" } }))
      .find((s) => s.startsAt > new Date("2025-06-11T08:29:00Z"))!;
    expect(section(before.html, "Now / Next")).toContain(slot.title);
    expect(validUntil(new Date("2025-06-11T08:29:00Z"), [{ startsAt: slot.startsAt.toISOString(), endsAt: slot.endsAt.toISOString() }], null)).toBeLessThanOrEqual(slot.startsAt.getTime());
    const during = await get(token, { lang: "en", now: new Date(slot.startsAt.getTime() + 60_000) });
    const nowPart = section(during.html, "Now / Next");
    expect(nowPart.indexOf(slot.title)).toBeGreaterThan(-1);
    expect(nowPart.indexOf(">Now<")).toBeLessThan(nowPart.indexOf(slot.title));
    expect(nowPart.indexOf(">Next<")).toBeGreaterThan(nowPart.indexOf(slot.title));
  });

  it("shows a new publication on the next load with the changed slot marked, and remembers it once", async () => {
    const { token } = await issueLink({ visitId, delegateId: ids["Manuela Blum"], actorId: null });
    const before = await get(token, { lang: "en" });
    expect(before.html).not.toContain(">Changed<");
    const slot = await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, attendances: { some: { delegateId: ids["Manuela Blum"] } } }, orderBy: { startsAt: "desc" } });
    await t.prisma.timeSlot.update({ where: { id: slot.id }, data: { title: `${slot.title} (moved to the Banqueting Suite)` } });
    await publishVisit(visitId, null);
    const after = await get(token, { lang: "en" });
    expect(after.html).toContain(`${slot.title} (moved to the Banqueting Suite)`);
    expect(after.html).toContain(">Changed<");
    const stored = await t.prisma.delegate.findUniqueOrThrow({ where: { id: ids["Manuela Blum"] } });
    // A reload keeps the mark and writes nothing.
    const again = await get(token, { lang: "en" });
    expect(again.html).toContain(">Changed<");
    const still = await t.prisma.delegate.findUniqueOrThrow({ where: { id: ids["Manuela Blum"] } });
    expect(still.seenSlots).toEqual(stored.seenSlots);
  });

  it("gives fifty phones opening three links at once each their own programme", async () => {
    const tokens = await Promise.all(["Manuela Blum", "Ines Dietrich"].map(async (n) => [n, (await issueLink({ visitId, delegateId: ids[n], actorId: null })).token] as const));
    const wrong = "A".repeat(43);
    const asks = Array.from({ length: 50 }, (_, i) => (i % 3 === 2 ? (["wrong", wrong] as const) : tokens[i % 3]));
    const answers = await Promise.all(asks.map(([, token]) => get(token, { lang: "en" })));
    answers.forEach((r, i) => {
      const name = asks[i][0];
      if (name === "wrong") expect(r.status).toBe(404);
      else expect(h1(r.html)).toContain(name);
    });
  });
});
