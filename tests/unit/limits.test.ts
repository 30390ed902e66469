import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config.js";
import { LIMITS, actionPayloadBytes } from "@/lib/limits";

// Fails on the old code: Next's default 1 MB body limit was below a 1 MB CSV once encoded,
// so a 0.98 MB file ended in HTTP 500 and a hung connection.
describe("upload limits agree", () => {
  it("lets a server action body carry the largest CSV the app accepts, with room for escaping", () => {
    const limit = (nextConfig as { experimental: { serverActions: { bodySizeLimit: string } } }).experimental.serverActions.bodySizeLimit;
    const [, mb] = /^(\d+)mb$/.exec(limit) ?? [];
    expect(Number(mb) * 1024 * 1024).toBe(LIMITS.actionBodyBytes);
    // A full-size CSV with a quoted line break in every row, as a spreadsheet exports notes.
    const row = `"Anna Arndt","line one\nline two",${"x".repeat(60)}\n`;
    const csv = row.repeat(Math.floor(LIMITS.csvBytes / row.length));
    expect(actionPayloadBytes({ visitId: "c".repeat(25), csv })).toBeLessThan(LIMITS.actionBodyBytes - 16_384);
  });
});
