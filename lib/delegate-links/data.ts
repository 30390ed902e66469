import { db } from "@/lib/db";

// Reads for the staff links page. The caller checks the staff role first.

export type DelegateLinkRow = {
  id: string;
  name: string;
  email: string;
  language: "en" | "de";
  linkIssuedAt: string | null;
};

export async function delegateLinks(visitId: string): Promise<DelegateLinkRow[]> {
  const rows = await db().delegate.findMany({
    where: { visitId },
    orderBy: { name: "asc" },
    select: { id: true, name: true, email: true, language: true, linkTokenHash: true, linkIssuedAt: true },
  });
  return rows.map((d) => ({
    id: d.id,
    name: d.name,
    email: d.email,
    language: d.language,
    linkIssuedAt: d.linkTokenHash && d.linkIssuedAt ? d.linkIssuedAt.toISOString() : null,
  }));
}

/** Delegates (in any visit) with this e-mail, newest visit first: for npm run delegate:link. */
export async function delegatesByEmail(email: string) {
  return db().delegate.findMany({
    where: { email: { equals: email.trim(), mode: "insensitive" } },
    orderBy: { visit: { firstDay: "desc" } },
    select: { id: true, name: true, visitId: true, visit: { select: { title: true } } },
  });
}

/** The visit's contact for delegates whose link no longer works (empty strings when not set). */
export async function visitContact(visitId: string) {
  return db().visit.findUnique({ where: { id: visitId }, select: { contactName: true, contactPhone: true, contactEmail: true } });
}
