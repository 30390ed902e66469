"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { createContact, createOrganisation, deleteContact, deleteOrganisation, updateContact, updateOrganisation } from "./mutations";
import { contactCreateSchema, contactUpdateSchema, hostDeleteSchema, organisationCreateSchema, organisationUpdateSchema } from "./schema";

const refresh = (visitId: string) => revalidatePath(`/visits/${visitId}`, "layout");

export const createOrganisationAction = staffAction({ role: "EDITOR", schema: organisationCreateSchema }, async (input, { staff }) => {
  const r = await createOrganisation(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const updateOrganisationAction = staffAction({ role: "EDITOR", schema: organisationUpdateSchema }, async (input, { staff }) => {
  const r = await updateOrganisation(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const deleteOrganisationAction = staffAction({ role: "EDITOR", schema: hostDeleteSchema }, async (input, { staff }) => {
  const r = await deleteOrganisation(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const createContactAction = staffAction({ role: "EDITOR", schema: contactCreateSchema }, async (input, { staff }) => {
  const r = await createContact(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const updateContactAction = staffAction({ role: "EDITOR", schema: contactUpdateSchema }, async (input, { staff }) => {
  const r = await updateContact(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const deleteContactAction = staffAction({ role: "EDITOR", schema: hostDeleteSchema }, async (input, { staff }) => {
  const r = await deleteContact(input, staff.id);
  refresh(input.visitId);
  return r;
});
