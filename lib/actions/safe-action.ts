import type { z } from "zod";
import { AppError, userMessage, type ErrorCode } from "@/lib/errors";
import { requireStaff, type Staff } from "@/lib/auth/guards";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { fieldErrorsOf, type FieldErrors } from "@/lib/forms/field-errors";
import { findTextProblems } from "@/lib/text-check";

export type ActionResult<T> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: ErrorCode; message: string; fieldErrors?: FieldErrors; current?: unknown };

/**
 * The one way to write: checks the session and role, parses the input with the zod schema
 * shared with the form, runs the mutation, and maps every failure to a message a user can
 * act on. No server action can skip the auth check by forgetting a line.
 */
export function staffAction<S extends z.ZodType, T>(
  opts: {
    role: StaffRole;
    schema: S /** Fields whose text the mutation checks itself, with better places (a CSV's row and column). */;
    checksOwnText?: readonly string[];
  },
  fn: (input: z.output<S>, ctx: { staff: Staff }) => Promise<T>,
) {
  return async (raw: z.input<S>): Promise<ActionResult<T>> => {
    try {
      const staff = await requireStaff(opts.role);
      const unstorable = unstorableText(raw, opts.checksOwnText ?? []);
      if (unstorable) return unstorable;
      const parsed = opts.schema.safeParse(raw);
      if (!parsed.success) return invalid(parsed.error);
      return { ok: true, data: await fn(parsed.data, { staff }) };
    } catch (e) {
      return toResult(e);
    }
  };
}

export function invalid(error: z.ZodError): ActionResult<never> {
  return { ok: false, code: "INVALID_INPUT", message: userMessage("INVALID_INPUT"), fieldErrors: fieldErrorsOf(error) };
}

/** A NUL byte or a broken character anywhere in the input, named by its field. */
function unstorableText(raw: unknown, skip: readonly string[]): ActionResult<never> | null {
  const problems = findTextProblems(raw).filter((p) => !skip.includes(String(p.path[0])));
  if (!problems.length) return null;
  const fieldErrors: FieldErrors = {};
  for (const p of problems) fieldErrors[p.path.join(".") || "_form"] ??= [p.message];
  return { ok: false, code: "INVALID_INPUT", message: userMessage("INVALID_INPUT"), fieldErrors };
}

export function toResult(e: unknown): ActionResult<never> {
  if (e instanceof AppError) {
    return { ok: false, code: e.code, message: e.message, fieldErrors: e.details?.fieldErrors, current: e.details?.current };
  }
  // Next's redirect()/notFound() work by throwing: let them through.
  if (e && typeof e === "object" && "digest" in e && String((e as { digest: unknown }).digest).startsWith("NEXT_")) throw e;
  console.error(e);
  return { ok: false, code: "INTERNAL", message: userMessage("INTERNAL") };
}
