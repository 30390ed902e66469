import { z } from "zod";

// Shared by the links page's buttons and the server actions.
export const linkTargetSchema = z.object({
  visitId: z.string().min(1, "Choose a visit."),
  delegateId: z.string().min(1, "Choose a delegate."),
});
export type LinkTarget = z.infer<typeof linkTargetSchema>;

/** Whom a delegate whose link was switched off should contact (shown on that link's page). */
export const visitContactSchema = z.object({
  visitId: z.string().min(1, "Choose a visit."),
  contactName: z.string().trim().max(200, "Use at most 200 characters."),
  contactPhone: z
    .string()
    .trim()
    .max(40, "Use at most 40 characters.")
    .regex(/^[+\d\s()./-]*$/, "Use digits, spaces and + ( ) - only, like +44 121 303 2000."),
  contactEmail: z.union([z.literal(""), z.string().trim().email("Use an e-mail address like events@example.org.").max(200)]),
});
export type VisitContactInput = z.infer<typeof visitContactSchema>;
