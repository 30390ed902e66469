import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { clearFailures, recordFailure, secondsUntilAllowed } from "./throttle";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().pipe(z.email("Enter your e-mail address, like name@example.org.")),
  password: z.string().min(1, "Enter your password."),
});

export type SignedInStaff = { id: string; email: string; name: string; role: StaffRole };
export type SignInResult = { ok: true; staff: SignedInStaff } | { ok: false; message: string };

export const WRONG_CREDENTIALS = "Wrong e-mail or password. Check both and try again.";

// Compared against when the e-mail is unknown, so both cases take about as long.
let dummyHash: Promise<string> | undefined;

export async function checkCredentials(input: unknown): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  const { email, password } = parsed.data;
  const wait = await secondsUntilAllowed(email);
  if (wait > 0) {
    return { ok: false, message: `Too many failed attempts. Wait ${wait} seconds, then try again.` };
  }
  const user = await db().staffUser.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("x"))));
  if (!user || !valid) {
    await recordFailure(email);
    return { ok: false, message: WRONG_CREDENTIALS };
  }
  if (user.disabled) return { ok: false, message: "This account is disabled. Ask an admin to enable it." };
  await clearFailures(email);
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
