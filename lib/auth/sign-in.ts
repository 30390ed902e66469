import { z } from "zod";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import {
  ACCOUNT_RULE,
  ACCOUNT_WIDE_RULE,
  ADDRESS_RULE,
  accountKey,
  accountWideKey,
  addressKey,
  clearFailures,
  releaseAttempt,
  reserveAttempt,
} from "./throttle";
import type { StaffRole } from "@/lib/generated/prisma/enums";

export const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(320, "Enter your e-mail address, like name@example.org.")
    .pipe(z.email("Enter your e-mail address, like name@example.org.")),
  password: z.string().min(1, "Enter your password.").max(1000, "Enter your password."),
});

export type SignedInStaff = { id: string; email: string; name: string; role: StaffRole; sessionVersion: number };
export type SignInResult = { ok: true; staff: SignedInStaff } | { ok: false; message: string };

export const WRONG_CREDENTIALS = "Wrong e-mail or password. Check both and try again.";
export const SIGN_IN_UNAVAILABLE =
  "Signing in is not possible right now: Itinera cannot reach its database. Try again in a few minutes; if it lasts, tell your administrator.";
const tooMany = (wait: number) => `Too many failed attempts. Wait ${wait} seconds, then try again.`;

// Compared against when the e-mail is unknown, so both cases take about as long.
let dummyHash: Promise<string> | undefined;

/**
 * Checks an e-mail and password from a client address. Any failure of the database becomes
 * a plain message (never the driver's text, which names the database host and port).
 */
export async function checkCredentials(input: unknown, address = "unknown"): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
  try {
    return await check(parsed.data.email, parsed.data.password, address);
  } catch (e) {
    console.error("sign-in failed:", e);
    return { ok: false, message: SIGN_IN_UNAVAILABLE };
  }
}

async function check(email: string, password: string, address: string): Promise<SignInResult> {
  const byAddress = addressKey(address);
  const byAccount = accountKey(email, address);
  const byAccountWide = accountWideKey(email);
  // Counted before the slow compare: parallel guesses each take their own turn.
  const wait =
    (await reserveAttempt(byAddress, ADDRESS_RULE)) ||
    (await reserveAttempt(byAccount, ACCOUNT_RULE)) ||
    (await reserveAttempt(byAccountWide, ACCOUNT_WIDE_RULE));
  if (wait > 0) return { ok: false, message: tooMany(wait) };
  const user = await db().staffUser.findUnique({ where: { email } });
  const valid = await verifyPassword(password, user?.passwordHash ?? (await (dummyHash ??= hashPassword("x"))));
  if (!user || !valid) return { ok: false, message: WRONG_CREDENTIALS };
  if (user.disabled) return { ok: false, message: "This account is disabled. Ask an admin to enable it." };
  await Promise.all([clearFailures(byAccount), releaseAttempt(byAddress), releaseAttempt(byAccountWide)]);
  return { ok: true, staff: { id: user.id, email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion } };
}
