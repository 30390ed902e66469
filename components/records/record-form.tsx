"use client";

import { useState, type ReactNode } from "react";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormResult, StaleNotice, SubmitButton, inputClass, useForm, type FieldErrors, type Values } from "@/components/ui/form";
import { Button } from "@/components/ui/button";

// One form for every record: fields from a spec, sent through the form kit's useForm (the
// server's zod schema first, one message by each field, the stale-save notice).

export type { FieldErrors, Values };

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

export function RecordForm<T>(props: Props<T>) {
  const { idPrefix, fields, values, schema, submitLabel } = props;
  const [formKey, setFormKey] = useState(0);
  const [shown, setShown] = useState(values);
  const [done, setDone] = useState<string | null>(null);
  const form = useForm({ schema, action: props.action, version: props.hidden.version });
  const { errors, stale } = form;

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget).entries()) as Values;
    setDone(null);
    const input: Values = { ...props.hidden, ...data, ...props.collect?.() };
    const r = await form.submit(input);
    if (r?.ok) {
      setDone(props.success(r.data, input));
      if (!("id" in props.hidden)) {
        setShown(values);
        setFormKey((k) => k + 1);
      }
      props.onSaved?.(r.data);
    }
  }

  return (
    <form key={formKey} ref={form.formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-hydrated="true">
      <div className="grid gap-4 sm:grid-cols-2">
        {fields.map((f) => (
          <FieldControl key={f.name} idPrefix={idPrefix} field={f} value={toInputValue(f, shown[f.name])} error={errors[f.name]} />
        ))}
      </div>
      {props.extra?.(errors, shown)}
      {stale && (
        <StaleNotice
          stale={stale}
          fields={fields.map((f) => ({ name: f.name, label: f.label, text: (v) => toInputValue(f, v) }))}
          onTake={() => {
            setShown(stale.theirs);
            form.dismissStale();
            setFormKey((k) => k + 1);
          }}
        />
      )}
      <FormResult result={form.result && !form.result.ok ? form.result : null} />
      {done && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {done}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={form.pending}>{submitLabel}</SubmitButton>
        {props.onCancel && (
          <Button type="button" variant="secondary" onClick={props.onCancel}>
            Cancel
          </Button>
        )}
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
      <label htmlFor={id} className="block text-sm font-semibold">
        {field.label}
      </label>
      {field.type === "textarea" ? (
        <textarea {...common} rows={2} />
      ) : field.type === "select" ? (
        <select {...common}>
          {field.options?.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input {...common} type={field.type ?? "text"} step={field.step} autoComplete={field.autoComplete ?? "off"} />
      )}
      {error?.length ? (
        <p id={`${id}-msg`} className="mt-1 text-sm text-red-700" data-testid={`error-${field.name}`}>
          {error[0]}
        </p>
      ) : field.hint ? (
        <p id={`${id}-msg`} className="mt-1 text-xs text-slate-600">
          {field.hint}
        </p>
      ) : null}
    </div>
  );
}
