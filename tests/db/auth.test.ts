import { describe, expect, it } from "vitest";
import { checkCredentials, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { accountKey, waitSeconds } from "@/lib/auth/throttle";
import { createStaff } from "@/tests/factories/staff";
import { useTestDatabase } from "@/tests/setup/db";

const t = useTestDatabase();
const PASSWORD = "correct horse battery";
const messageOf = async (input: unknown) => {
  const r = await checkCredentials(input);
  return r.ok ? "signed in" : r.message;
};

describe("staff sign-in", () => {
  it("signs in with the right e-mail and password, whatever the e-mail's case", async () => {
    const staff = await createStaff({ email: "editor.one@example.org", role: "EDITOR" });
    const r = await checkCredentials({ email: "  Editor.One@Example.ORG ", password: PASSWORD });
    expect(r).toEqual({
      ok: true,
      staff: { id: staff.id, email: "editor.one@example.org", name: staff.name, role: "EDITOR", sessionVersion: 0 },
    });
  });

  it("says 'wrong e-mail or password' for a wrong password and for an unknown e-mail alike", async () => {
    await createStaff({ email: "editor.two@example.org" });
    expect(await checkCredentials({ email: "editor.two@example.org", password: "wrong" })).toEqual({
      ok: false,
      message: WRONG_CREDENTIALS,
    });
    expect(await checkCredentials({ email: "nobody@example.org", password: PASSWORD })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(WRONG_CREDENTIALS).toBe("Wrong e-mail or password. Check both and try again.");
  });

  it("asks for what is missing", async () => {
    expect(await checkCredentials({ email: "not-an-email", password: "x" })).toEqual({
      ok: false,
      message: "Enter your e-mail address, like name@example.org.",
    });
    expect(await checkCredentials({ email: "a@example.org", password: "" })).toEqual({ ok: false, message: "Enter your password." });
    expect((await checkCredentials(undefined)).ok).toBe(false);
  });

  it("refuses a disabled account even with the right password", async () => {
    await createStaff({ email: "gone@example.org", disabled: true });
    expect(await checkCredentials({ email: "gone@example.org", password: PASSWORD })).toEqual({
      ok: false,
      message: "This account is disabled. Ask an admin to enable it.",
    });
    expect(await checkCredentials({ email: "gone@example.org", password: "guess" })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it("slows down repeated failures, even when the right password follows, and forgets them after a success", async () => {
    await createStaff({ email: "target@example.org" });
    for (let i = 0; i < 3; i++) {
      expect(await messageOf({ email: "target@example.org", password: `guess ${i}` })).toBe(WRONG_CREDENTIALS);
    }
    expect(await checkCredentials({ email: "target@example.org", password: PASSWORD })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Too many failed attempts\. Wait [1-5] seconds, then try again\.$/),
    });
    // Other accounts are not affected.
    await createStaff({ email: "bystander@example.org" });
    expect((await checkCredentials({ email: "bystander@example.org", password: PASSWORD })).ok).toBe(true);
    // Once the wait is over (moved into the past here rather than slept through), the right password works.
    const key = accountKey("target@example.org", "unknown");
    await t.prisma.loginThrottle.update({ where: { key }, data: { lastFailure: new Date(Date.now() - 6000) } });
    expect((await checkCredentials({ email: "target@example.org", password: PASSWORD })).ok).toBe(true);
    expect(await t.prisma.loginThrottle.findUnique({ where: { key } })).toBeNull();
  });

  it("throttles unknown e-mails too, so guessing accounts is slow as well", async () => {
    for (let i = 0; i < 3; i++) await checkCredentials({ email: "ghost@example.org", password: "x" });
    expect(await messageOf({ email: "ghost@example.org", password: "x" })).toMatch(/^Too many failed attempts/);
  });

  it("doubles the wait with each further failure, up to a quarter of an hour", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(waitSeconds)).toEqual([0, 0, 0, 5, 10, 20, 40]);
    expect(waitSeconds(30)).toBe(900);
  });

  // Fails on the old code: the wait was read before the slow password check and the failure
  // written after it, so all 60 parallel guesses were checked (60 x "wrong password").
  it("counts a burst of parallel guesses one by one: only the free attempts reach the password check", async () => {
    await createStaff({ email: "burst@example.org" });
    const results = await Promise.all(
      Array.from({ length: 60 }, (_, i) => messageOf2({ email: "burst@example.org", password: `guess ${i}` }, "198.51.100.60")),
    );
    expect(results.filter((m) => m === WRONG_CREDENTIALS)).toHaveLength(3);
    expect(results.filter((m) => m.startsWith("Too many failed attempts"))).toHaveLength(57);
  });

  // Fails on the old code: failures were counted per e-mail only, so the owner had to wait.
  it("slows the guesser, not the owner signing in from their own address", async () => {
    await createStaff({ email: "owner@example.org" });
    for (let i = 0; i < 6; i++) await checkCredentials({ email: "owner@example.org", password: `guess ${i}` }, "198.51.100.7");
    expect(await messageOf2({ email: "owner@example.org", password: PASSWORD }, "198.51.100.7")).toMatch(/^Too many failed attempts/);
    expect(await messageOf2({ email: "owner@example.org", password: PASSWORD }, "203.0.113.5")).toBe("signed in");
  });

  it("slows an address that guesses across many accounts", async () => {
    await createStaff({ email: "spray@example.org" });
    for (let i = 0; i < 20; i++) await checkCredentials({ email: `nobody${i}@example.org`, password: "x" }, "198.51.100.20");
    expect(await messageOf2({ email: "spray@example.org", password: PASSWORD }, "198.51.100.20")).toMatch(/^Too many failed attempts/);
    expect(await messageOf2({ email: "spray@example.org", password: PASSWORD }, "203.0.113.20")).toBe("signed in");
  }, 60_000); // 22 bcrypt checks one after another
});

async function messageOf2(input: unknown, address: string) {
  const r = await checkCredentials(input, address);
  return r.ok ? "signed in" : r.message;
}
