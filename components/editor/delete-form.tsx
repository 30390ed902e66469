"use client";

import { FormResult, SubmitButton, useAction } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { deleteSlotAction } from "@/lib/slots/actions";
import { longDate } from "@/lib/schedule/time";
import type { SlotFormValues } from "@/lib/slots/values";
import { useEditor } from "./editor-context";

/** Says exactly what goes with the slot before it is deleted. */
export function DeleteForm({ slot, onDone }: { slot: SlotFormValues; onDone: () => void }) {
  const editor = useEditor();
  const del = useAction(deleteSlotAction);
  const delegates = slot.attendees.filter((a) => a.kind === "delegate").length;
  const hosts = slot.attendees.length - delegates;
  const count = slot.attendees.length;
  return (
    <form
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await del.run({ slotId: slot.slotId!, version: slot.version! });
        if (r.ok) {
          editor.announce(
            `Deleted "${slot.title}"${r.data.attendances ? ` and its ${r.data.attendances} attendance${r.data.attendances === 1 ? "" : "s"}` : ""}.`,
            r.data.auditIds,
          );
          onDone();
        }
      }}
      className="space-y-4"
    >
      <p>
        Delete <strong>{slot.title}</strong> ({longDate(slot.date)}, {slot.start}–{slot.end})
        {count ? (
          <>
            {" "}
            and{" "}
            <strong>
              {count} attendance{count === 1 ? "" : "s"}
            </strong>{" "}
            ({delegates} delegate{delegates === 1 ? "" : "s"}, {hosts} host {hosts === 1 ? "person" : "people"})
          </>
        ) : null}
        ?
      </p>
      <p className="text-sm text-slate-600">Delegates stop seeing it once you publish again. The audit log keeps a copy.</p>
      <FormResult result={del.result} />
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <SubmitButton pending={del.pending} pendingText="Deleting…" variant="danger">
          Delete slot
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={onDone} data-autofocus>
          Keep it
        </Button>
      </div>
    </form>
  );
}
