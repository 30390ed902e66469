import { z } from "zod";

export const emailLinksSchema = z.object({ visitId: z.string().min(1), delegateId: z.string().min(1).nullable() });
export const resendSchema = z.object({ visitId: z.string().min(1), id: z.string().min(1) });
export const remindersSchema = z.object({ visitId: z.string().min(1), on: z.boolean() });

/** Who is e-mailed when a version is published. */
export const NOTIFY_MODES = ["changed", "everyone", "nobody"] as const;
export type NotifyMode = (typeof NOTIFY_MODES)[number];
