import { db } from "@/lib/db";

// Reads for the protocol layer. Callers check the viewer's role first.

/** A person's photo in a visit, or null (no such person in the visit, or no photo). */
export async function personPhoto(visitId: string, personId: string): Promise<{ bytes: Uint8Array; type: string } | null> {
  const select = { photo: true, photoType: true } as const;
  const p =
    (await db().delegate.findFirst({ where: { id: personId, visitId }, select })) ??
    (await db().hostContact.findFirst({ where: { id: personId, organisation: { visitId } }, select }));
  return p?.photo && p.photoType ? { bytes: p.photo, type: p.photoType } : null;
}

/** Each leg's version, for the version check on save. */
export async function legVersions(visitId: string): Promise<Record<string, number>> {
  const rows = await db().transportLeg.findMany({ where: { visitId }, select: { id: true, version: true } });
  return Object.fromEntries(rows.map((r) => [r.id, r.version]));
}
