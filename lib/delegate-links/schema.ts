import { z } from "zod";

// Shared by the links page's buttons and the server actions.
export const linkTargetSchema = z.object({
  visitId: z.string().min(1, "Choose a visit."),
  delegateId: z.string().min(1, "Choose a delegate."),
});
export type LinkTarget = z.infer<typeof linkTargetSchema>;
