import { db } from "@/lib/db";
import { contactValues, organisationValues } from "./mutations";
import { inPrecedence } from "@/lib/protocol/order";

// Reads for the hosts page, with what a delete would take along. Callers check the role first.

export async function organisationsOfVisit(visitId: string) {
  const orgs = await db().hostOrganisation.findMany({
    where: { visitId },
    orderBy: [{ precedence: "asc" }, { name: "asc" }],
    include: {
      _count: { select: { slots: true } },
      contacts: { orderBy: [{ precedence: "asc" }, { name: "asc" }], include: { _count: { select: { attendances: true } } } },
    },
  });
  return orgs.map((o) => ({
    ...organisationValues(o),
    hostedSlots: o._count.slots,
    contacts: o.contacts.map((c) => ({ ...contactValues(c), attendances: c._count.attendances })).sort(inPrecedence),
  }));
}

export type OrganisationRow = Awaited<ReturnType<typeof organisationsOfVisit>>[number];
