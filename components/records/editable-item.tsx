"use client";

import { useRef, useState, type ReactNode } from "react";
import { buttonClass } from "@/components/ui/button";

/**
 * A record in a list: its summary, and for editors an Edit button that opens the form in
 * place. `form(close)` renders the form; saving or cancelling closes it.
 */
export function EditableItem({
  label,
  summary,
  canEdit,
  form,
  actions,
}: {
  label: string;
  summary: ReactNode;
  canEdit: boolean;
  form: (close: () => void) => ReactNode;
  /** Controls beside Edit, e.g. Delete. */
  actions?: ReactNode;
}) {
  const [editing, setEditing] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    requestAnimationFrame(() => opener.current?.focus());
  };
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:justify-between">
        <div className="min-w-0 sm:flex-1">{summary}</div>
        {canEdit && !editing && (
          <div className="flex flex-wrap items-start gap-1">
            <button
              ref={opener}
              type="button"
              className={buttonClass("secondary")}
              aria-label={`Edit ${label}`}
              onClick={() => setEditing(true)}
            >
              Edit
            </button>
            {actions}
          </div>
        )}
      </div>
      {editing && <div className="mt-4 border-t border-slate-200 pt-4">{form(close)}</div>}
    </div>
  );
}
