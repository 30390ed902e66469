"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { removeVisitLogo, setVisitLogo } from "./mutations";
import { logoRemoveSchema, logoUploadSchema } from "./schema";

export const uploadLogoAction = staffAction({ role: "EDITOR", schema: logoUploadSchema }, async (input, { staff }) => {
  const saved = await setVisitLogo(input, staff.id);
  revalidatePath(`/visits/${input.visitId}/settings`);
  return saved;
});

export const removeLogoAction = staffAction({ role: "EDITOR", schema: logoRemoveSchema }, async (input, { staff }) => {
  await removeVisitLogo(input.visitId, staff.id);
  revalidatePath(`/visits/${input.visitId}/settings`);
  return { visitId: input.visitId };
});
