"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { createLeg, deleteLeg, reorderPeople, setPhoto, updateLeg } from "./mutations";
import { legCreateSchema, legDeleteSchema, legUpdateSchema, photoSchema, reorderSchema } from "./schema";

const refresh = (visitId: string) => revalidatePath(`/visits/${visitId}`, "layout");

export const reorderPeopleAction = staffAction({ role: "EDITOR", schema: reorderSchema }, async (input, { staff }) => {
  const r = await reorderPeople(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const setPhotoAction = staffAction({ role: "EDITOR", schema: photoSchema }, async (input, { staff }) => {
  const r = await setPhoto(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const createLegAction = staffAction({ role: "EDITOR", schema: legCreateSchema }, async (input, { staff }) => {
  const r = await createLeg(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const updateLegAction = staffAction({ role: "EDITOR", schema: legUpdateSchema }, async (input, { staff }) => {
  const r = await updateLeg(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const deleteLegAction = staffAction({ role: "EDITOR", schema: legDeleteSchema }, async (input, { staff }) => {
  const r = await deleteLeg(input, staff.id);
  refresh(input.visitId);
  return r;
});
