import { describe, expect, it } from "vitest";
import { GET } from "@/app/d/[token]/itinerary.pdf/route";
import { PDF_TOO_MANY } from "@/lib/delegate-links/pdf-limit";
import { useTestDatabase } from "@/tests/setup/db";

useTestDatabase();

const download = (token: string, address: string) =>
  GET(new Request(`http://127.0.0.1/d/${token}/itinerary.pdf`, { headers: { "x-forwarded-for": address } }), {
    params: Promise.resolve({ token }),
  });

// Fails on the old code: every request made a PDF, however many came.
describe("the delegate PDF's rate limit", () => {
  it("answers 429 with a readable message once a link has had 10 downloads in a minute, even in parallel", async () => {
    const token = `burst-${Date.now()}`;
    // The counter lives in PostgreSQL: parallel requests (as from several instances) each count.
    const statuses = (await Promise.all(Array.from({ length: 16 }, () => download(token, "198.51.100.1")))).map((r) => r.status);
    expect(statuses.filter((s) => s === 404)).toHaveLength(10); // no such link, but counted
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    const refused = await download(token, "203.0.113.9");
    expect(refused.status).toBe(429);
    expect(await refused.text()).toBe(PDF_TOO_MANY);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(refused.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    // Another link from the same address still works.
    expect((await download(`other-${Date.now()}`, "198.51.100.1")).status).toBe(404);
  });

  it("limits one address across many links", async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await download(`spray-${i}-${Date.now()}`, address)).status);
    expect(statuses.slice(0, 60).every((s) => s === 404)).toBe(true);
    expect(statuses[60]).toBe(429);
    expect((await download(`spray-x-${Date.now()}`, "203.0.113.77")).status).toBe(404);
  });
});
