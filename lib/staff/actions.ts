"use server";

import { revalidatePath } from "next/cache";
import { invalid, staffAction, toResult, type ActionResult } from "@/lib/actions/safe-action";
import { acceptInvite, changeRole, inviteStaff, reissueInvite, setDisabled } from "./mutations";
import { changeRoleSchema, inviteSchema, reinviteSchema, setDisabledSchema, setPasswordSchema } from "./schema";

export const inviteStaffAction = staffAction({ role: "ADMIN", schema: inviteSchema }, async (input, { staff }) => {
  const r = await inviteStaff(input, staff.id);
  revalidatePath("/staff");
  return r;
});

export const reissueInviteAction = staffAction({ role: "ADMIN", schema: reinviteSchema }, async (input, { staff }) => {
  const r = await reissueInvite(input.id, staff.id);
  revalidatePath("/staff");
  return r;
});

export const changeRoleAction = staffAction({ role: "ADMIN", schema: changeRoleSchema }, async (input, { staff }) => {
  const r = await changeRole(input.id, input.role, staff.id);
  revalidatePath("/staff");
  return r;
});

export const setDisabledAction = staffAction({ role: "ADMIN", schema: setDisabledSchema }, async (input, { staff }) => {
  const r = await setDisabled(input.id, input.disabled, staff.id);
  revalidatePath("/staff");
  return r;
});

/**
 * The one write without a staff session: the invitee is not signed in yet. The secret link's
 * token is the authority; it is checked (hash, expiry, not disabled) before anything changes.
 */
export async function setPasswordAction(raw: {
  token: string;
  password: string;
  confirm: string;
}): Promise<ActionResult<{ email: string }>> {
  const parsed = setPasswordSchema.safeParse(raw);
  if (!parsed.success) return invalid(parsed.error);
  try {
    return { ok: true, data: await acceptInvite(parsed.data) };
  } catch (e) {
    return toResult(e);
  }
}
