import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { authOptions } from "./options";

export type Staff = { id: string; email: string; name: string; role: StaffRole };

const RANK: Record<StaffRole, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

export function hasRole(staff: Pick<Staff, "role">, minimum: StaffRole): boolean {
  return RANK[staff.role] >= RANK[minimum];
}

/**
 * The signed-in staff member, read fresh from the database on every call so that a changed
 * role or a disabled account takes effect at once (the session only carries the id).
 */
export async function currentStaff(): Promise<Staff | null> {
  const session = await getServerSession(authOptions);
  const staffId = (session?.user as { staffId?: string } | undefined)?.staffId;
  if (!staffId) return null;
  const user = await db().staffUser.findUnique({ where: { id: staffId } });
  if (!user || user.disabled) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
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
