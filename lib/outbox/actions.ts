"use server";

import { revalidatePath } from "next/cache";
import { staffAction } from "@/lib/actions/safe-action";
import { emailLinks } from "./links";
import { resend, setReminders } from "./mutations";
import { emailLinksSchema, remindersSchema, resendSchema } from "./schema";

export const emailLinksAction = staffAction({ role: "EDITOR", schema: emailLinksSchema }, async (input, { staff }) => {
  const r = await emailLinks(input.visitId, input.delegateId, staff.id);
  revalidatePath(`/visits/${input.visitId}`, "layout");
  return r;
});

export const resendAction = staffAction({ role: "EDITOR", schema: resendSchema }, async (input) => {
  const r = await resend(input.visitId, input.id);
  revalidatePath(`/visits/${input.visitId}/outbox`);
  return r;
});

export const remindersAction = staffAction({ role: "EDITOR", schema: remindersSchema }, async (input) => {
  const r = await setReminders(input.visitId, input.on);
  revalidatePath(`/visits/${input.visitId}/outbox`);
  return r;
});
