import { z } from "zod";
import { recordId, required } from "@/lib/visits/schema";

// Staff accounts: invite, role, enable/disable, and the invitee's own password.

export const STAFF_ROLES = ["VIEWER", "EDITOR", "ADMIN"] as const;
const role = z.enum(STAFF_ROLES, { message: "choose viewer, editor or admin" });

export const inviteSchema = z.object({
  name: required("give the person's name"),
  email: z.string().trim().toLowerCase().pipe(z.email("use an e-mail address like name@example.org")),
  role,
});
export const changeRoleSchema = z.object({ id: recordId, role });
export const setDisabledSchema = z.object({ id: recordId, disabled: z.boolean() });
export const reinviteSchema = z.object({ id: recordId });

export const MIN_PASSWORD = 12;
export const setPasswordSchema = z
  .object({
    token: z.string().min(1),
    password: z.string().min(MIN_PASSWORD, `use at least ${MIN_PASSWORD} characters`).max(200, "use at most 200 characters"),
    confirm: z.string(),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "the two passwords differ: type the same one twice" });

export type InviteInput = z.output<typeof inviteSchema>;
export type SetPasswordInput = z.output<typeof setPasswordSchema>;
