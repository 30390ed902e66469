import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { StaffRole } from "@/lib/generated/prisma/enums";

let n = 0;

/** Creates a staff user; the password defaults to "correct horse battery". */
export async function createStaff(over: { email?: string; name?: string; role?: StaffRole; password?: string; disabled?: boolean } = {}) {
  const email = over.email ?? `staff${++n}-${Date.now()}@example.org`;
  return db().staffUser.create({
    data: {
      email: email.toLowerCase(),
      name: over.name ?? email.split("@")[0],
      role: over.role ?? "EDITOR",
      disabled: over.disabled ?? false,
      passwordHash: await hashPassword(over.password ?? "correct horse battery"),
    },
  });
}
