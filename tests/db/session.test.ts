import { describe, expect, it } from "vitest";
import { checkCredentials } from "@/lib/auth/sign-in";
import { endSessions, staffForSession } from "@/lib/auth/session";
import { authOptions } from "@/lib/auth/options";
import { acceptInvite, inviteStaff, setDisabled } from "@/lib/staff/mutations";
import { createStaff } from "@/tests/factories/staff";
import { useTestDatabase } from "@/tests/setup/db";

useTestDatabase();
const PASSWORD = "correct horse battery";

/** The claims a fresh sign-in puts in the cookie (the jwt callback of lib/auth/options.ts). */
async function cookieClaims(email: string, password = PASSWORD) {
  const r = await checkCredentials({ email, password }, "203.0.113.1");
  if (!r.ok) throw new Error(r.message);
  const jwt = authOptions.callbacks!.jwt!;
  return (await jwt({ token: {}, user: r.staff, account: null, trigger: "signIn" } as never)) as { staffId: string; sv: number };
}

// The session check runs on every request of every instance (lib/auth/guards.ts): these
// tests give it the claims of an old cookie. Each fails on the old code, where the cookie
// stayed valid for its 12 hours whatever happened.
describe("ending sessions", () => {
  it("accepts a fresh cookie and refuses it after sign-out, even when the person signs in again", async () => {
    const staff = await createStaff();
    const old = await cookieClaims(staff.email);
    expect(await staffForSession(old)).toMatchObject({ id: staff.id });
    await authOptions.events!.signOut!({ token: old, session: undefined } as never);
    expect(await staffForSession(old)).toBeNull();
    const fresh = await cookieClaims(staff.email);
    expect(await staffForSession(fresh)).toMatchObject({ id: staff.id });
    expect(await staffForSession(old)).toBeNull();
  });

  it("refuses the old cookie after the account is disabled, also once it is enabled again", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const staff = await createStaff();
    const old = await cookieClaims(staff.email);
    await setDisabled(staff.id, true, admin.id);
    expect(await staffForSession(old)).toBeNull();
    await setDisabled(staff.id, false, admin.id);
    expect(await staffForSession(old)).toBeNull();
    expect(await staffForSession(await cookieClaims(staff.email))).toMatchObject({ id: staff.id });
  });

  it("refuses the old cookie after a new password is set", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const { id, token } = await inviteStaff({ name: "Pia Passwort", email: `pia-${Date.now()}@example.org`, role: "EDITOR" }, admin.id);
    await acceptInvite({ token, password: "first password 1", confirm: "first password 1" });
    const staff = await staffForSession({ staffId: id, sv: 1 });
    expect(staff).not.toBeNull();
    const old = await cookieClaims(staff!.email, "first password 1");
    const { token: second } = await (await import("@/lib/staff/mutations")).reissueInvite(id, admin.id);
    await acceptInvite({ token: second, password: "second password 2", confirm: "second password 2" });
    expect(await staffForSession(old)).toBeNull();
  });

  it("refuses claims without a staff id, and ends nothing for an unknown id", async () => {
    expect(await staffForSession({})).toBeNull();
    expect(await staffForSession(null)).toBeNull();
    await endSessions("no-such-id");
  });
});
