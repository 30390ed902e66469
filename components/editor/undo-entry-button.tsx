"use client";

import { useState } from "react";
import { undoAction } from "@/lib/slots/actions";

/** "Undo" on a History entry: restores the slot as it was before that change, if nobody changed it since. */
export function UndoEntryButton({ entryId }: { entryId: string }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className="mt-1.5 flex flex-wrap items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await undoAction({ entryIds: [entryId] }).catch(() => null);
          setPending(false);
          setResult(
            r?.ok
              ? { ok: true, message: `Undone: "${r.data.title}" is back as it was.` }
              : { ok: false, message: r?.message ?? "The server could not be reached. Nothing was undone." },
          );
        }}
        className="rounded border border-slate-300 bg-white px-2 py-0.5 text-xs font-semibold text-slate-700 hover:border-accent hover:text-accent disabled:opacity-60"
      >
        {pending ? "Undoing…" : "Undo"}
      </button>
      {result && (
        <span role={result.ok ? "status" : "alert"} className={`text-sm ${result.ok ? "text-emerald-800" : "text-red-800"}`}>
          {result.message}
        </span>
      )}
    </div>
  );
}
