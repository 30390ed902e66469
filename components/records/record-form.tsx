"use client";

import { useEffect, useRef, useState, type ReactNode } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormResult, SubmitButton, inputClass, useAction } from "@/components/ui/form";
import { Button } from "@/components/ui/button";

// One form for every record: fields from a spec, checked with the same zod schema the
// server uses before sending, errors by each field, a pending state, the result, and on a
// stale save the values someone else saved meanwhile.

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "tel" | "url" | "textarea" | "select" | "number" | "date" | "datetime-local";
  options?: { value: string; label: string }[];
  hint?: string;
  step?: string;
  wide?: boolean;
  autoComplete?: string;
};

export type Values = Record<string, unknown>;
export type FieldErrors = Record<string, string[]>;

type Props<T> = {
  idPrefix: string;
  fields: FieldSpec[];
  values: Values;
  /** Sent with every submit but not shown: visitId, id, version … */
  hidden: Values;
  schema: z.ZodType;
  action: (input: never) => Promise<ActionResult<T>>;
  submitLabel: string;
  success: (data: T, input: Values) => string;
  onSaved?: (data: T) => void;
  onCancel?: () => void;
  /** Extra controls inside the form (e.g. opening hours), given the values shown, and how to read them. */
  extra?: (errors: FieldErrors, shown: Values) => ReactNode;
  collect?: () => Values;
};

function toInputValue(field: FieldSpec, v: unknown): string {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return field.type === "datetime-local" ? s.replace(" ", "T") : s;
}

export function clientErrors(schema: z.ZodType, input: Values): FieldErrors | null {
  const parsed = schema.safeParse(input);
  if (parsed.success) return null;
  const errors: FieldErrors = {};
  for (const issue of parsed.error.issues) (errors[issue.path.join(".") || "_form"] ??= []).push(issue.message);
  return errors;
}

export function RecordForm<T>(props: Props<T>) {
  const { idPrefix, fields, values, schema, submitLabel } = props;
  const [version, setVersion] = useState(props.hidden.version);
  const [formKey, setFormKey] = useState(0);
  const [shown, setShown] = useState(values);
  const [local, setLocal] = useState<FieldErrors | null>(null);
  const [stale, setStale] = useState<{ theirs: Values; mine: Values } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const { run, result, pending, fieldErrors } = useAction(props.action as (i: Values) => Promise<ActionResult<T>>);
  const errors = local ?? fieldErrors;
  // After a refused submit, focus moves to the first field with an error (once rendered).
  const formRef = useRef<HTMLFormElement>(null);
  const focusNext = useRef(false);
  useEffect(() => {
    if (!focusNext.current || Object.keys(errors).length === 0) return;
    focusNext.current = false;
    formRef.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
  }, [errors]);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget).entries()) as Values;
    const input: Values = { ...props.hidden, ...(version !== undefined ? { version } : {}), ...data, ...props.collect?.() };
    setDone(null);
    setStale(null);
    const problems = clientErrors(schema, input);
    setLocal(problems);
    focusNext.current = true;
    if (problems) return;
    const r = await run(input);
    if (r.ok) {
      setDone(props.success(r.data, input));
      if (!("id" in props.hidden)) {
        setShown(values);
        setFormKey((k) => k + 1);
      }
      props.onSaved?.(r.data);
    } else if (r.code === "STALE" && r.current && typeof r.current === "object") {
      const current = r.current as Values;
      setStale({ theirs: current, mine: input });
      setVersion(current.version);
    }
  }

  const theirs = stale?.theirs;
  const differing = stale ? fields.filter((f) => toInputValue(f, stale.theirs[f.name]) !== toInputValue(f, stale.mine[f.name])) : [];

  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-hydrated="true">
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => (
          <FieldControl key={f.name} idPrefix={idPrefix} field={f} value={toInputValue(f, shown[f.name])} error={errors[f.name]} />
        ))}
      </div>
      {props.extra?.(errors, shown)}
      {theirs && (
        <div role="alert" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="font-semibold">Someone else saved this record while you were editing. Nothing of yours was saved.</p>
          {differing.length > 0 ? (
            <>
              <p className="mt-1">Their values:</p>
              <ul className="mt-1 list-disc pl-5">
                {differing.map((f) => (
                  <li key={f.name}><span className="font-semibold">{f.label}:</span> {toInputValue(f, theirs[f.name]) || "(empty)"}</li>
                ))}
              </ul>
            </>
          ) : (
            <p className="mt-1">Their values match yours in these fields.</p>
          )}
          <p className="mt-1">Save again to replace them with yours, or take theirs.</p>
          <Button type="button" variant="secondary" className="mt-2" onClick={() => { setShown(stale!.theirs); setStale(null); setFormKey((k) => k + 1); }}>
            Take their values
          </Button>
        </div>
      )}
      {result && !result.ok && result.code !== "STALE" && <FormResult result={result} />}
      {done && <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{done}</p>}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
        {props.onCancel && <Button type="button" variant="secondary" onClick={props.onCancel}>Cancel</Button>}
      </div>
    </form>
  );
}

function FieldControl({ idPrefix, field, value, error }: { idPrefix: string; field: FieldSpec; value: string; error?: string[] }) {
  const id = `${idPrefix}-${field.name}`;
  const common = {
    id,
    name: field.name,
    defaultValue: value,
    "aria-invalid": error?.length ? true : undefined,
    "aria-describedby": `${id}-msg`,
    className: inputClass,
  } as const;
  return (
    <div className={field.wide || field.type === "textarea" ? "sm:col-span-2" : ""}>
      <label htmlFor={id} className="block text-sm font-semibold">{field.label}</label>
      {field.type === "textarea" ? (
        <textarea {...common} rows={2} />
      ) : field.type === "select" ? (
        <select {...common}>
          {field.options?.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      ) : (
        <input {...common} type={field.type ?? "text"} step={field.step} autoComplete={field.autoComplete ?? "off"} />
      )}
      {error?.length ? (
        <p id={`${id}-msg`} className="mt-1 text-sm text-red-700" data-testid={`error-${field.name}`}>{error.join(" ")}</p>
      ) : field.hint ? (
        <p id={`${id}-msg`} className="mt-1 text-xs text-slate-600">{field.hint}</p>
      ) : null}
    </div>
  );
}
