"use client";

import { useState } from "react";
import { archiveVisitAction } from "@/lib/visits/actions";

/** Archive a finished visit (it leaves the visits list's default view), or bring it back. */
export function ArchiveButton({ visitId, archived }: { visitId: string; archived: boolean }) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const r = await archiveVisitAction({ visitId, archived: !archived }).catch(() => null);
          setPending(false);
          setError(r?.ok ? null : (r?.message ?? "The server could not be reached. Try again."));
        }}
        className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm font-semibold text-slate-700 hover:border-accent disabled:opacity-60"
      >
        {archived ? "Restore from archive" : "Archive visit"}
      </button>
      {error && (
        <span role="alert" className="text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
