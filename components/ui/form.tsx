"use client";

import { useCallback, useState, useTransition, type ReactNode } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { Button } from "./button";

// The form kit every editor form uses: a labelled field with its error beside it, a submit
// button with a pending state, a result line, and a hook that runs a server action.

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
      <label htmlFor={name} className="block text-sm font-semibold">{label}</label>
      {children}
      {hint && !error?.length && <p id={`${name}-msg`} className="mt-1 text-xs text-slate-600">{hint}</p>}
      {error?.length ? (
        <p id={`${name}-msg`} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>{error.join(" ")}</p>
      ) : null}
    </div>
  );
}

/** id, name and ARIA wiring for a control inside <Field name=…>. */
export function fieldProps(name: string, errors?: Record<string, string[]>) {
  const invalid = !!errors?.[name]?.length;
  return { id: name, name, "aria-invalid": invalid || undefined, "aria-describedby": `${name}-msg` } as const;
}

export function SubmitButton({ pending, children, pendingText = "Saving…", variant }: {
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
    return result.message ? <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{result.message}</p> : null;
  }
  return <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{result.message}</p>;
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
            r = { ok: false, code: "INTERNAL", message: "The server could not be reached. Nothing was saved; check your connection and try again." };
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
