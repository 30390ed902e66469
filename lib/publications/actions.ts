"use server";

import { refresh, revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { publishDraft } from "./mutations";
import { publishSchema } from "./schema";

export const publishAction = staffAction({ role: "EDITOR", schema: publishSchema }, async (input, { staff }) => {
  const r = await publishDraft(staff, input);
  revalidatePath(`/visits/${input.visitId}`, "layout");
  refresh();
  return r;
});
