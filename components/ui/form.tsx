"use client";

import { useCallback, useEffect, useRef, useState, useTransition, type ReactNode } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { userMessage } from "@/lib/errors";
import { checkInput, type FieldErrors } from "@/lib/forms/field-errors";
import { FORM_TEXT } from "@/lib/i18n/labels";
import { Button } from "./button";

// The form kit every editor form uses: a labelled field with its one message beside it, a
// submit button with a pending state, a result line, the hook that runs a server action, and
// useForm, the one way a form checks, sends and handles a stale save.

export type { FieldErrors };
export type Values = Record<string, unknown>;

export const inputClass =
  "mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base sm:text-sm aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-1 aria-[invalid=true]:ring-red-600";

export function Field({
  label,
  name,
  error,
  hint,
  children,
  className = "",
}: {
  label: string;
  name: string;
  error?: string[];
  hint?: string;
  /** The control; give it id={name} and aria-describedby={`${name}-msg`} (use fieldProps). */
  children: ReactNode;
  className?: string;
}) {
  return (
    <div className={className}>
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      {children}
      {hint && !error?.length && (
        <p id={`${name}-msg`} className="mt-1 text-xs text-slate-600">
          {hint}
        </p>
      )}
      {error?.length ? (
        <p id={`${name}-msg`} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
          {error[0]}
        </p>
      ) : null}
    </div>
  );
}

/** id, name and ARIA wiring for a control inside <Field name=…>. */
export function fieldProps(name: string, errors?: Record<string, string[]>) {
  const invalid = !!errors?.[name]?.length;
  return { id: name, name, "aria-invalid": invalid || undefined, "aria-describedby": `${name}-msg` } as const;
}

export function SubmitButton({
  pending,
  children,
  pendingText = FORM_TEXT.saving,
  variant,
}: {
  pending: boolean;
  children: ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
}) {
  return (
    <Button type="submit" disabled={pending} aria-busy={pending} variant={variant}>
      {pending ? pendingText : children}
    </Button>
  );
}

/** The outcome of the last submit: a polite status on success, an alert on failure. */
export function FormResult({ result }: { result: ActionResult<unknown> | null }) {
  if (!result) return null;
  if (result.ok) {
    return result.message ? (
      <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
        {result.message}
      </p>
    ) : null;
  }
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      {result.message}
    </p>
  );
}

/**
 * Runs a server action in a transition and keeps its last result. `fieldErrors` is the
 * per-field map for <Field error=…>; a success can be followed by `onSuccess`.
 */
export function useAction<I, T>(action: (input: I) => Promise<ActionResult<T>>, onSuccess?: (data: T) => void) {
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, startTransition] = useTransition();
  const run = useCallback(
    (input: I) =>
      new Promise<ActionResult<T>>((resolve) => {
        startTransition(async () => {
          let r: ActionResult<T>;
          try {
            r = await action(input);
          } catch {
            r = { ok: false, code: "INTERNAL", message: FORM_TEXT.unreachable };
          }
          setResult(r);
          if (r.ok) onSuccess?.(r.data);
          resolve(r);
        });
      }),
    [action, onSuccess],
  );
  const fieldErrors = result && !result.ok ? (result.fieldErrors ?? {}) : {};
  return { run, result, pending, fieldErrors, reset: () => setResult(null) };
}

export type StaleSave = { theirs: Values; mine: Values };

/**
 * The one way a form sends its input: the server's zod schema (and an optional extra check,
 * e.g. local times that must exist in the visit's zone) first, so most mistakes show without
 * a round trip and with the server's words; then the action. Errors are one per field, and
 * after a refused submit the first field to fix takes the focus. A stale save (someone else
 * saved first) keeps what the person typed and holds the other editor's values in `stale`,
 * and `version` becomes theirs, so saving again replaces them knowingly.
 */
export function useForm<T>(opts: {
  schema: z.ZodType;
  action: (input: never) => Promise<ActionResult<T>>;
  check?: (data: never) => FieldErrors | null;
  version?: unknown;
}) {
  const { run, result, pending, fieldErrors, reset } = useAction(opts.action as (i: Values) => Promise<ActionResult<T>>);
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const [stale, setStale] = useState<StaleSave | null>(null);
  const [version, setVersion] = useState(opts.version);
  const [attempt, setAttempt] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const errors = local ?? fieldErrors;
  const errorKeys = Object.keys(errors).join(",");
  useEffect(() => {
    if (attempt && errorKeys) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, errorKeys]);

  async function submit(input: Values): Promise<ActionResult<T> | null> {
    setAttempt((n) => n + 1);
    setStale(null);
    const sent = version === undefined ? input : { ...input, version };
    const checked = checkInput(opts.schema, sent);
    const problems = checked.ok ? (opts.check?.(checked.data as never) ?? null) : checked.fieldErrors;
    setLocal(problems && Object.keys(problems).length ? problems : null);
    if (problems && Object.keys(problems).length) {
      reset();
      return null;
    }
    const r = await run(sent);
    if (!r.ok && r.code === "STALE" && r.current && typeof r.current === "object") {
      const theirs = r.current as Values;
      setStale({ theirs, mine: sent });
      if ("version" in theirs) setVersion(theirs.version);
    }
    return r;
  }

  // A stale save is explained by <StaleNotice> (with the other editor's values), not here.
  const shown: ActionResult<T> | null = local
    ? { ok: false, code: "INVALID_INPUT", message: userMessage("INVALID_INPUT") }
    : result && !result.ok && result.code === "STALE"
      ? null
      : result;
  return { formRef, submit, errors, result: shown, pending, stale, version, dismissStale: () => setStale(null) };
}

/** A field as a stale save lists it: its label and how to write a value of it. */
export type StaleField = { name: string; label: string; text?: (value: unknown) => string };

const plain = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/**
 * Says that someone else saved first and nothing was saved, lists the fields where their
 * values differ from what was typed, and offers to take theirs. Every form shows this.
 */
export function StaleNotice({ stale, fields, onTake }: { stale: StaleSave; fields: StaleField[]; onTake: () => void }) {
  const text = (f: StaleField, v: unknown) => (f.text ?? plain)(v);
  const differing = fields.filter((f) => text(f, stale.theirs[f.name]) !== text(f, stale.mine[f.name]));
  return (
    <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
      <p className="font-semibold">{FORM_TEXT.staleTitle}</p>
      {differing.length > 0 ? (
        <>
          <p className="mt-1">{FORM_TEXT.theirValues}</p>
          <ul className="mt-1 list-disc pl-5">
            {differing.map((f) => (
              <li key={f.name}>
                <span className="font-semibold">{f.label}:</span> {text(f, stale.theirs[f.name]) || FORM_TEXT.empty}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p className="mt-1">{FORM_TEXT.sameValues}</p>
      )}
      <p className="mt-1">{FORM_TEXT.staleHint}</p>
      <Button type="button" variant="secondary" className="mt-2" onClick={onTake}>
        {FORM_TEXT.takeTheirs}
      </Button>
    </div>
  );
}
