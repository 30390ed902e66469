"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { csvImportSchema } from "@/lib/csv/schema";
import { importVenues } from "./csv";
import { createVenue, deleteVenue, setTravelOverride, updateVenue } from "./mutations";
import { travelOverrideSchema, venueCreateSchema, venueDeleteSchema, venueUpdateSchema } from "./schema";

const refresh = (visitId: string) => revalidatePath(`/visits/${visitId}`, "layout");

export const createVenueAction = staffAction({ role: "EDITOR", schema: venueCreateSchema }, async (input, { staff }) => {
  const r = await createVenue(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const updateVenueAction = staffAction({ role: "EDITOR", schema: venueUpdateSchema }, async (input, { staff }) => {
  const r = await updateVenue(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const deleteVenueAction = staffAction({ role: "EDITOR", schema: venueDeleteSchema }, async (input, { staff }) => {
  const r = await deleteVenue(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const setTravelOverrideAction = staffAction({ role: "EDITOR", schema: travelOverrideSchema }, async (input, { staff }) => {
  const r = await setTravelOverride(input, staff.id);
  refresh(input.visitId);
  return r;
});

export const importVenuesAction = staffAction(
  { role: "EDITOR", schema: csvImportSchema, checksOwnText: ["csv"] },
  async (input, { staff }) => {
    const r = await importVenues(input.visitId, input.csv, staff.id);
    refresh(input.visitId);
    return r;
  },
);
