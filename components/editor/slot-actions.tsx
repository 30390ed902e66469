"use client";

import { useCallback, useState } from "react";
import type { SlotFormValues } from "@/lib/slots/values";
import { DeleteForm } from "./delete-form";
import { Dialog } from "./dialog";
import { MoveForm } from "./move-form";
import { SlotForm } from "./slot-form";

type Mode = null | "edit" | "move" | "duplicate" | "delete";

const small = "rounded border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-700 hover:border-accent hover:text-accent";

/** Edit, move, duplicate and delete buttons for one slot, each opening its dialog. */
export function SlotActions({ slot, laterCount }: { slot: SlotFormValues; laterCount: number }) {
  const [mode, setMode] = useState<Mode>(null);
  const close = useCallback(() => setMode(null), []);
  const label = (verb: string) => `${verb} "${slot.title}"`;
  return (
    <div className="mt-1 flex flex-wrap gap-1.5 sm:mt-0" role="group" aria-label={`Change "${slot.title}"`}>
      <button type="button" className={small} onClick={() => setMode("edit")} aria-label={label("Edit")}>Edit</button>
      <button type="button" className={small} onClick={() => setMode("move")} aria-label={label("Move")}>Move</button>
      <button type="button" className={small} onClick={() => setMode("duplicate")} aria-label={label("Duplicate")}>Duplicate</button>
      <button type="button" className={`${small} hover:border-red-700 hover:text-red-700`} onClick={() => setMode("delete")} aria-label={label("Delete")}>Delete</button>
      <Dialog open={mode === "edit"} onClose={close} title={`Edit "${slot.title}"`} wide>
        {mode === "edit" && <SlotForm initial={slot} onDone={close} />}
      </Dialog>
      <Dialog open={mode === "duplicate"} onClose={close} title={`Duplicate "${slot.title}"`} wide>
        {mode === "duplicate" && <SlotForm initial={{ ...slot, slotId: undefined, version: undefined, title: `${slot.title} (copy)` }} onDone={close} />}
      </Dialog>
      <Dialog open={mode === "move"} onClose={close} title={`Move "${slot.title}"`}>
        {mode === "move" && <MoveForm slot={slot} laterCount={laterCount} onDone={close} />}
      </Dialog>
      <Dialog open={mode === "delete"} onClose={close} title="Delete this slot?">
        {mode === "delete" && <DeleteForm slot={slot} onDone={close} />}
      </Dialog>
    </div>
  );
}
