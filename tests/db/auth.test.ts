import { describe, expect, it } from "vitest";
import { checkCredentials, WRONG_CREDENTIALS } from "@/lib/auth/sign-in";
import { waitSeconds } from "@/lib/auth/throttle";
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
    expect(r).toEqual({ ok: true, staff: { id: staff.id, email: "editor.one@example.org", name: staff.name, role: "EDITOR" } });
  });

  it("says 'wrong e-mail or password' for a wrong password and for an unknown e-mail alike", async () => {
    await createStaff({ email: "editor.two@example.org" });
    expect(await checkCredentials({ email: "editor.two@example.org", password: "wrong" })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(await checkCredentials({ email: "nobody@example.org", password: PASSWORD })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
    expect(WRONG_CREDENTIALS).toBe("Wrong e-mail or password. Check both and try again.");
  });

  it("asks for what is missing", async () => {
    expect(await checkCredentials({ email: "not-an-email", password: "x" })).toEqual({ ok: false, message: "Enter your e-mail address, like name@example.org." });
    expect(await checkCredentials({ email: "a@example.org", password: "" })).toEqual({ ok: false, message: "Enter your password." });
    expect((await checkCredentials(undefined)).ok).toBe(false);
  });

  it("refuses a disabled account even with the right password", async () => {
    await createStaff({ email: "gone@example.org", disabled: true });
    expect(await checkCredentials({ email: "gone@example.org", password: PASSWORD })).toEqual({ ok: false, message: "This account is disabled. Ask an admin to enable it." });
    expect(await checkCredentials({ email: "gone@example.org", password: "guess" })).toEqual({ ok: false, message: WRONG_CREDENTIALS });
  });

  it("slows down repeated failures, even when the right password follows, and forgets them after a success", async () => {
    await createStaff({ email: "target@example.org" });
    for (let i = 0; i < 3; i++) {
      expect(await messageOf({ email: "target@example.org", password: `guess ${i}` })).toBe(WRONG_CREDENTIALS);
    }
    expect(await checkCredentials({ email: "target@example.org", password: PASSWORD })).toEqual({ ok: false, message: "Too many failed attempts. Wait 5 seconds, then try again." });
    // Other accounts are not affected.
    await createStaff({ email: "bystander@example.org" });
    expect((await checkCredentials({ email: "bystander@example.org", password: PASSWORD })).ok).toBe(true);
    // Once the wait is over (moved into the past here rather than slept through), the right password works.
    await t.prisma.loginThrottle.update({ where: { key: "target@example.org" }, data: { lastFailure: new Date(Date.now() - 6000) } });
    expect((await checkCredentials({ email: "target@example.org", password: PASSWORD })).ok).toBe(true);
    expect(await t.prisma.loginThrottle.findUnique({ where: { key: "target@example.org" } })).toBeNull();
  });

  it("throttles unknown e-mails too, so guessing accounts is slow as well", async () => {
    for (let i = 0; i < 3; i++) await checkCredentials({ email: "ghost@example.org", password: "x" });
    expect(await messageOf({ email: "ghost@example.org", password: "x" })).toMatch(/^Too many failed attempts/);
  });

  it("doubles the wait with each further failure, up to a quarter of an hour", () => {
    expect([0, 1, 2, 3, 4, 5, 6].map(waitSeconds)).toEqual([0, 0, 0, 5, 10, 20, 40]);
    expect(waitSeconds(30)).toBe(900);
  });
});
