import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";
import { staffForSession, type SessionClaims, type Staff } from "./session";

export type { Staff };

const RANK: Record<StaffRole, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

export function hasRole(staff: Pick<Staff, "role">, minimum: StaffRole): boolean {
  return RANK[staff.role] >= RANK[minimum];
}

/**
 * The signed-in staff member, read fresh from the database on every call so that a changed
 * role, a disabled account or a session ended elsewhere takes effect at once (the session
 * only carries the id and the session version: lib/auth/session.ts).
 */
export async function currentStaff(): Promise<Staff | null> {
  const session = await getServerSession(authOptions);
  return staffForSession(session?.user as SessionClaims | undefined);
}

/** For pages: sends a signed-out visitor to sign in, and a too-junior one to a plain refusal. */
export async function requireStaffPage(minimum: StaffRole = "VIEWER", returnTo = "/"): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(staff, minimum)) redirect("/forbidden");
  return staff;
}

/** For actions and route handlers: throws an AppError the caller turns into a response. */
export async function requireStaff(minimum: StaffRole = "VIEWER"): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) throw new AppError("UNAUTHENTICATED");
  if (!hasRole(staff, minimum)) throw new AppError("FORBIDDEN");
  return staff;
}
