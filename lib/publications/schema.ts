import { z } from "zod";
import { NOTIFY_MODES } from "@/lib/outbox/schema";

export const publishSchema = z.object({
  visitId: z.string().trim().min(1).max(64),
  /** draftKey() of the draft shown on the review page. */
  draftKey: z.string().min(1).max(64),
  /** Who is e-mailed: delegates whose programme changed (default), everyone, or nobody. */
  notify: z.enum(NOTIFY_MODES).default("changed"),
});
export type PublishInput = z.output<typeof publishSchema>;
export type PublishRequest = z.input<typeof publishSchema>;
