import { db } from "@/lib/db";

/** A visit's audit log, newest first. Callers check the viewer's role first. */
export async function auditLog(visitId: string, take = 200) {
  return db().auditEntry.findMany({
    where: { visitId },
    orderBy: { at: "desc" },
    take,
    include: { actor: { select: { name: true, email: true } } },
  });
}
