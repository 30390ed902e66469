"use client";

import { FormResult, useAction } from "@/components/ui/form";
import { remindersAction } from "@/lib/outbox/actions";

/** The visit's evening reminders, on or off (editors). */
export function RemindersToggle({ visitId, on, canEdit }: { visitId: string; on: boolean; canEdit: boolean }) {
  const set = useAction(remindersAction);
  const value = set.result?.ok ? set.result.data.on : on;
  return (
    <div>
      <label className="flex items-center gap-2 font-semibold">
        <input
          type="checkbox"
          className="h-4 w-4"
          checked={value}
          disabled={!canEdit || set.pending}
          onChange={(e) => set.run({ visitId, on: e.target.checked })}
        />
        Evening reminders
      </label>
      <FormResult result={set.result && !set.result.ok ? set.result : null} />
    </div>
  );
}
