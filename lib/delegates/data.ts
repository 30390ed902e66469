import { db } from "@/lib/db";
import { delegateValues } from "./mutations";
import { inPrecedence } from "@/lib/protocol/order";

// Reads for the delegates page. Callers check the viewer's role first.

export async function delegatesOfVisit(visitId: string, timeZone: string) {
  const rows = await db().delegate.findMany({
    where: { visitId },
    orderBy: { name: "asc" },
    include: { _count: { select: { attendances: true } } },
  });
  return rows.map((d) => ({ ...delegateValues(d, timeZone), attendances: d._count.attendances })).sort(inPrecedence);
}

export type DelegateRow = Awaited<ReturnType<typeof delegatesOfVisit>>[number];
