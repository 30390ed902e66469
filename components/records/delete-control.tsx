"use client";

import { useRef, useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { FormResult, useAction } from "@/components/ui/form";
import { Button, buttonClass } from "@/components/ui/button";

/**
 * Delete with a confirmation that says what goes with the record ("and 7 slot attendances").
 * The question appears in place and takes the focus; Keep returns it to the Delete button.
 */
export function DeleteControl<T>({
  label,
  question,
  action,
  input,
  onDeleted,
}: {
  /** The record's name, for the button's accessible name: "Delete Manuela Blum". */
  label: string;
  question: string;
  action: (input: never) => Promise<ActionResult<T>>;
  input: Record<string, unknown>;
  /** After a successful delete (e.g. leave a page whose record is gone). */
  onDeleted?: (data: T) => void;
}) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const { run, result, pending } = useAction(action as (i: Record<string, unknown>) => Promise<ActionResult<T>>, onDeleted);
  if (!asking) {
    return (
      <button
        ref={opener}
        type="button"
        className={buttonClass("ghost", "text-red-700 hover:bg-red-50")}
        aria-label={`Delete ${label}`}
        onClick={() => setAsking(true)}
      >
        Delete
      </button>
    );
  }
  return (
    <div role="alertdialog" aria-label={`Delete ${label}?`} className="w-full rounded-md border border-red-200 bg-red-50 p-3 text-sm">
      <p className="text-red-900">{question} This cannot be undone.</p>
      <div className="mt-2 flex flex-wrap gap-2">
        <Button type="button" variant="danger" autoFocus disabled={pending} aria-busy={pending} onClick={() => run(input)}>
          {pending ? "Deleting…" : "Delete for good"}
        </Button>
        <Button
          type="button"
          variant="secondary"
          onClick={() => {
            setAsking(false);
            requestAnimationFrame(() => opener.current?.focus());
          }}
        >
          Keep
        </Button>
      </div>
      {result && !result.ok && (
        <div className="mt-2">
          <FormResult result={result} />
        </div>
      )}
    </div>
  );
}

/** A count with its noun, singular or plural: [7, "slot attendance", "slot attendances"]. */
export type Counted = [number, string, string];

/** ["3 delegates", "1 venue"] — only the parts that are not zero. */
export function countedParts(parts: Counted[]): string[] {
  return parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
}

/** "Manuela Blum and 7 slot attendances" — only the parts that are not zero. */
export function withConsequences(name: string, parts: Counted[]): string {
  const named = countedParts(parts);
  if (named.length === 0) return name;
  if (named.length === 1) return `${name} and ${named[0]}`;
  return `${name}, ${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
}
