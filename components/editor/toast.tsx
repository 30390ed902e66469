"use client";

import { useState } from "react";
import { undoAction } from "@/lib/slots/actions";

export type ToastState = { message: string; undo?: string[]; error?: boolean; key: number };

/**
 * What the last change did, in the page's flow above the schedule (it pushes the schedule
 * down rather than covering a slot), read out by screen readers, with Undo and a close button.
 */
export function Toast({
  toast,
  onDismiss,
  onChange,
}: {
  toast: ToastState | null;
  onDismiss: () => void;
  onChange: (t: ToastState) => void;
}) {
  const [pending, setPending] = useState(false);
  async function undo(ids: string[]) {
    setPending(true);
    try {
      const r = await undoAction({ entryIds: ids });
      onChange(
        r.ok
          ? { message: `Undone: "${r.data.title}" is back as it was.`, undo: r.data.auditIds, key: Date.now() }
          : { message: r.message, error: true, key: Date.now() },
      );
    } catch {
      onChange({ message: "The server could not be reached. Nothing was undone; try again.", error: true, key: Date.now() });
    } finally {
      setPending(false);
    }
  }
  return (
    <div
      className={
        toast
          ? `mt-4 flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md border px-3 py-2 text-sm ${toast.error ? "border-red-200 bg-red-50 text-red-900" : "border-emerald-200 bg-emerald-50 text-emerald-900"}`
          : ""
      }
      data-testid="toast"
    >
      {/* The live region exists from the start, so the first message is read out too. */}
      <p
        role={toast?.error ? "alert" : "status"}
        aria-live={toast?.error ? "assertive" : "polite"}
        className={toast ? "min-w-0 flex-1" : "sr-only"}
      >
        {toast?.message ?? ""}
      </p>
      {toast?.undo?.length ? (
        <button
          type="button"
          disabled={pending}
          onClick={() => undo(toast.undo!)}
          className="rounded border border-emerald-700 bg-white px-2 py-0.5 font-semibold text-emerald-900 hover:bg-emerald-100 disabled:opacity-60"
        >
          {pending ? "Undoing…" : "Undo"}
        </button>
      ) : null}
      {toast && (
        <button
          type="button"
          onClick={onDismiss}
          aria-label="Dismiss message"
          className="rounded px-2 py-0.5 font-semibold hover:bg-black/5"
        >
          ×
        </button>
      )}
    </div>
  );
}
