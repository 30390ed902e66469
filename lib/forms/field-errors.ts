import type { z } from "zod";

// The one mapping from a zod error to what a form shows: one message per field, the first
// that applies (an empty date says "enter a date like 2025-06-10", not that and "this date
// does not exist" run together). Used by the action wrapper on the server and by every form
// before it sends, so both say the same thing.

/** Field name (a dotted path; "_form" for the whole input) -> the message to show by it. */
export type FieldErrors = Record<string, string[]>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join(".") || "_form";
    errors[key] ??= [issue.message];
  }
  return errors;
}

/** The schema's verdict on a form's input: its parsed value, or the messages by field. */
export function checkInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
): { ok: true; data: z.output<S> } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
}

/** The message to show by a field (the first, if several sources gave one). */
export const firstError = (errors: FieldErrors, name: string): string | undefined => errors[name]?.[0];
