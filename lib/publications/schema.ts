import { z } from "zod";

export const publishSchema = z.object({
  visitId: z.string().trim().min(1).max(64),
  /** draftKey() of the draft shown on the review page. */
  draftKey: z.string().min(1).max(64),
});
export type PublishInput = z.output<typeof publishSchema>;
