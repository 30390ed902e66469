import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../setup/db";
import { createStaff } from "../factories/staff";
import { AppError } from "@/lib/errors";
import { checkCredentials } from "@/lib/auth/sign-in";
import { acceptInvite, changeRole, inviteStaff, reissueInvite, setDisabled } from "@/lib/staff/mutations";
import { findInvite } from "@/lib/staff/data";
import { hashInviteToken } from "@/lib/staff/invites";
import { setPasswordSchema } from "@/lib/staff/schema";

const t = useTestDatabase();
const PASSWORD = "a long enough passphrase";
// bcrypt at cost 11 takes a few hundred ms per hash; these tests hash several times.
const SLOW = 90_000;

async function refused(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("staff invites", () => {
  it(
    "invite → set password → sign in; the link works once and only its hash is stored",
    async () => {
      const admin = await createStaff({ role: "ADMIN" });
      const { id, token } = await inviteStaff({ name: "Nina Neu", email: "nina@example.org", role: "EDITOR" }, admin.id);
      const stored = await t.prisma.staffUser.findUniqueOrThrow({ where: { id } });
      expect(stored.inviteTokenHash).toBe(hashInviteToken(token));
      expect(JSON.stringify(stored)).not.toContain(token);
      // Before the password is set, no password signs in.
      expect((await checkCredentials({ email: "nina@example.org", password: PASSWORD })).ok).toBe(false);

      expect(await findInvite(token)).toMatchObject({ email: "nina@example.org" });
      await acceptInvite({ token, password: PASSWORD, confirm: PASSWORD });
      const signIn = await checkCredentials({ email: "nina@example.org", password: PASSWORD });
      expect(signIn).toMatchObject({ ok: true, staff: { role: "EDITOR" } });

      expect(await findInvite(token)).toBeNull();
      expect((await refused(acceptInvite({ token, password: "another long password", confirm: "another long password" }))).code).toBe(
        "NOT_FOUND",
      );
      expect((await checkCredentials({ email: "nina@example.org", password: PASSWORD })).ok).toBe(true);
      const actions = await t.prisma.auditEntry.findMany({ where: { entityId: id }, orderBy: { at: "asc" } });
      expect(actions.map((a) => a.action)).toEqual(["invite", "set-password"]);
    },
    SLOW,
  );

  it("refuses an expired link, a replaced link, and a password under 12 characters", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const { id, token } = await inviteStaff({ name: "Old Link", email: "old@example.org", role: "VIEWER" }, admin.id);
    const { token: fresh } = await reissueInvite(id, admin.id);
    expect(await findInvite(token)).toBeNull();
    expect(await findInvite(fresh)).not.toBeNull();
    await t.prisma.staffUser.update({ where: { id }, data: { inviteExpiresAt: new Date(Date.now() - 1000) } });
    expect(await findInvite(fresh)).toBeNull();

    const short = setPasswordSchema.safeParse({ token: fresh, password: "short pass", confirm: "short pass" });
    expect(short.error?.issues[0]).toMatchObject({ path: ["password"], message: "use at least 12 characters" });
  });

  it("refuses a second account with the same e-mail", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    await inviteStaff({ name: "A", email: "dup@example.org", role: "VIEWER" }, admin.id);
    const e = await refused(inviteStaff({ name: "B", email: "dup@example.org", role: "VIEWER" }, admin.id));
    expect(e.details?.fieldErrors?.email?.[0]).toMatch(/already has an account/);
  });
});

describe("roles and disabling", () => {
  it(
    "a disabled account cannot sign in; enabling it again restores sign-in",
    async () => {
      const admin = await createStaff({ role: "ADMIN" });
      const user = await createStaff({ role: "EDITOR", password: PASSWORD });
      await setDisabled(user.id, true, admin.id);
      const r = await checkCredentials({ email: user.email, password: PASSWORD });
      expect(r).toEqual({ ok: false, message: "This account is disabled. Ask an admin to enable it." });
      await setDisabled(user.id, false, admin.id);
      expect((await checkCredentials({ email: user.email, password: PASSWORD })).ok).toBe(true);
    },
    SLOW,
  );

  it("an admin cannot disable or demote themselves, and is told why", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    expect((await refused(setDisabled(admin.id, true, admin.id))).message).toMatch(/cannot disable your own account/);
    expect((await refused(changeRole(admin.id, "VIEWER", admin.id))).message).toMatch(/cannot change your own role/);
    expect((await t.prisma.staffUser.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("ADMIN");
  });

  it("changes another account's role with an audit entry", async () => {
    const admin = await createStaff({ role: "ADMIN" });
    const user = await createStaff({ role: "VIEWER" });
    await changeRole(user.id, "EDITOR", admin.id);
    expect((await t.prisma.staffUser.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("EDITOR");
    const [entry] = await t.prisma.auditEntry.findMany({ where: { entityId: user.id } });
    expect(entry).toMatchObject({ visitId: null, actorId: admin.id, before: { role: "VIEWER" }, after: { role: "EDITOR" } });
  });
});
