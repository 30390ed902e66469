import { db, type Tx } from "@/lib/db";
import { recordAudit } from "@/lib/audit/mutations";
import { saveIfUnchanged } from "@/lib/actions/versioned";
import { AppError } from "@/lib/errors";
import type { HostContact, HostOrganisation } from "@/lib/generated/prisma/client";
import type { ContactCreateInput, ContactUpdateInput, HostDeleteInput, OrganisationCreateInput, OrganisationUpdateInput } from "./schema";

// Writes to host organisations and their contacts; each with its audit entry in one transaction.

export const organisationValues = (o: HostOrganisation) => ({
  id: o.id,
  version: o.version,
  name: o.name,
  website: o.website,
  notes: o.notes,
  precedence: o.precedence,
});
export const contactValues = (c: HostContact) => ({
  id: c.id,
  version: c.version,
  organisationId: c.organisationId,
  name: c.name,
  role: c.role,
  email: c.email,
  phone: c.phone,
  addressEn: c.addressEn,
  addressDe: c.addressDe,
  pronunciation: c.pronunciation,
  biography: c.biography,
  hasPhoto: c.photoType !== "",
  precedence: c.precedence,
});

async function organisationOf(tx: Tx, visitId: string, id: string) {
  const o = await tx.hostOrganisation.findFirst({ where: { id, visitId } });
  if (!o) throw new AppError("NOT_FOUND");
  return o;
}

async function contactOf(tx: Tx, visitId: string, id: string) {
  const c = await tx.hostContact.findFirst({ where: { id, organisation: { visitId } } });
  if (!c) throw new AppError("NOT_FOUND");
  return c;
}

export async function createOrganisation(input: OrganisationCreateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, ...fields } = input;
    if (!(await tx.visit.count({ where: { id: visitId } }))) throw new AppError("NOT_FOUND", "This visit no longer exists.");
    const o = await tx.hostOrganisation.create({ data: { visitId, ...fields } });
    await recordAudit(tx, { visitId, actorId, action: "create", entity: "hostOrganisation", entityId: o.id, after: organisationValues(o) });
    return { id: o.id };
  });
}

export async function updateOrganisation(input: OrganisationUpdateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, id, version, ...fields } = input;
    const before = await organisationOf(tx, visitId, id);
    await saveIfUnchanged(
      version,
      (where) => tx.hostOrganisation.updateMany({ where: { id, visitId, ...where }, data: { ...fields, version: { increment: 1 } } }),
      async () => {
        const c = await tx.hostOrganisation.findFirst({ where: { id, visitId } });
        return c && organisationValues(c);
      },
    );
    const after = await tx.hostOrganisation.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "update",
      entity: "hostOrganisation",
      entityId: id,
      before: organisationValues(before),
      after: organisationValues(after),
    });
    return { version: after.version };
  });
}

/** Deletes the organisation with its contacts and their attendances; its slots lose their host. */
export async function deleteOrganisation(input: HostDeleteInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, id, version } = input;
    const before = await organisationOf(tx, visitId, id);
    const contacts = await tx.hostContact.findMany({ where: { organisationId: id } });
    const attendances = await tx.attendance.count({ where: { hostContact: { organisationId: id } } });
    const hostedSlots = await tx.timeSlot.count({ where: { hostOrganisationId: id } });
    await saveIfUnchanged(
      version,
      (where) => tx.hostOrganisation.deleteMany({ where: { id, visitId, ...where } }),
      async () => {
        const c = await tx.hostOrganisation.findFirst({ where: { id, visitId } });
        return c && organisationValues(c);
      },
    );
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "delete",
      entity: "hostOrganisation",
      entityId: id,
      before: { ...organisationValues(before), contacts: contacts.map(contactValues), attendances, hostedSlots },
    });
    return { name: before.name, contacts: contacts.length, attendances, hostedSlots };
  });
}

export async function createContact(input: ContactCreateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, organisationId, ...fields } = input;
    await organisationOf(tx, visitId, organisationId);
    const c = await tx.hostContact.create({ data: { organisationId, ...fields } });
    await recordAudit(tx, { visitId, actorId, action: "create", entity: "hostContact", entityId: c.id, after: contactValues(c) });
    return { id: c.id };
  });
}

export async function updateContact(input: ContactUpdateInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, id, version, ...fields } = input;
    const before = await contactOf(tx, visitId, id);
    await saveIfUnchanged(
      version,
      (where) => tx.hostContact.updateMany({ where: { id, ...where }, data: { ...fields, version: { increment: 1 } } }),
      async () => {
        const c = await tx.hostContact.findUnique({ where: { id } });
        return c && contactValues(c);
      },
    );
    const after = await tx.hostContact.findUniqueOrThrow({ where: { id } });
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "update",
      entity: "hostContact",
      entityId: id,
      before: contactValues(before),
      after: contactValues(after),
    });
    return { version: after.version };
  });
}

/** Deletes the contact and (by cascade) their slot attendances. */
export async function deleteContact(input: HostDeleteInput, actorId: string) {
  return db().$transaction(async (tx: Tx) => {
    const { visitId, id, version } = input;
    const before = await contactOf(tx, visitId, id);
    const attendances = await tx.attendance.count({ where: { hostContactId: id } });
    await saveIfUnchanged(
      version,
      (where) => tx.hostContact.deleteMany({ where: { id, ...where } }),
      async () => {
        const c = await tx.hostContact.findUnique({ where: { id } });
        return c && contactValues(c);
      },
    );
    await recordAudit(tx, {
      visitId,
      actorId,
      action: "delete",
      entity: "hostContact",
      entityId: id,
      before: { ...contactValues(before), attendances },
    });
    return { name: before.name, attendances };
  });
}
