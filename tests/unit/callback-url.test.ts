import { describe, expect, it } from "vitest";
import { safeCallbackUrl } from "@/lib/auth/callback-url";

// Fails on the old check (starts with "/" and not "//"): "/\evil.example/phish" and
// "/\t/evil.example" passed it, and browsers read both as https://evil.example.
describe("where sign-in may send the browser", () => {
  it.each([
    "/\\evil.example/phish",
    "/\t/evil.example/phish",
    "/\n/evil.example",
    "//evil.example",
    "///evil.example",
    "/.//evil.example",
    "https://evil.example/",
    "http:/evil.example",
    "javascript:alert(1)",
    "evil.example",
    "",
  ])("sends %j to the start page", (raw) => {
    expect(safeCallbackUrl(raw)).toBe("/");
    // What a browser would do with the answer stays on this site.
    expect(new URL(safeCallbackUrl(raw), "https://itinera.example").origin).toBe("https://itinera.example");
  });

  it("keeps same-site paths with their query and fragment", () => {
    expect(safeCallbackUrl("/visits/abc?tab=delegates#top")).toBe("/visits/abc?tab=delegates#top");
    expect(safeCallbackUrl("/")).toBe("/");
    expect(safeCallbackUrl(undefined)).toBe("/");
  });
});
