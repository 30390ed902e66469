"use client";

import { useEditor } from "./editor-context";

const small =
  "rounded border border-slate-300 bg-white px-2 py-1 text-xs font-semibold text-slate-700 hover:border-accent hover:text-accent";

/** Edit, move, duplicate and delete buttons for one slot; they open the schedule's one dialog. */
export function SlotActions({ slotId, title }: { slotId: string; title: string }) {
  const editor = useEditor();
  const label = (verb: string) => `${verb} "${title}"`;
  const open = (mode: "edit" | "move" | "duplicate" | "delete") => editor.open({ mode, slotId, title });
  return (
    <div className="mt-1 flex flex-wrap gap-1.5 sm:mt-0" role="group" aria-label={`Change "${title}"`}>
      <button type="button" className={small} onClick={() => open("edit")} aria-label={label("Edit")}>
        Edit
      </button>
      <button type="button" className={small} onClick={() => open("move")} aria-label={label("Move")}>
        Move
      </button>
      <button type="button" className={small} onClick={() => open("duplicate")} aria-label={label("Duplicate")}>
        Duplicate
      </button>
      <button
        type="button"
        className={`${small} hover:border-red-700 hover:text-red-700`}
        onClick={() => open("delete")}
        aria-label={label("Delete")}
      >
        Delete
      </button>
    </div>
  );
}
