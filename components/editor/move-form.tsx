"use client";

import { useState, type FormEvent } from "react";
import { Field, FormResult, SubmitButton, fieldProps, inputClass, useAction } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { moveSlotAction } from "@/lib/slots/actions";
import { moveSlotSchema } from "@/lib/slots/schema";
import { checkInput } from "@/lib/forms/field-errors";
import { longDate, zoneLabel } from "@/lib/schedule/time";
import type { SlotFormValues } from "@/lib/slots/values";
import { DayOptions } from "./day-select";
import { useEditor } from "./editor-context";

/** New day and start time for a slot; its length stays. Optionally shifts the rest of its day. */
export function MoveForm({ slot, laterCount, onDone }: { slot: SlotFormValues; laterCount: number; onDone: () => void }) {
  const editor = useEditor();
  const move = useAction(moveSlotAction);
  const [date, setDate] = useState(slot.date);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const errors = { ...move.fieldErrors, ...clientErrors };
  const zone = zoneLabel(`${date || slot.date}T12:00:00Z`, editor.timeZone);
  const sameDay = date === slot.date;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const raw = {
      slotId: slot.slotId!,
      version: slot.version!,
      date: String(f.get("date") ?? ""),
      start: String(f.get("start") ?? ""),
      shiftLater: f.get("shiftLater") === "on",
    };
    const checked = checkInput(moveSlotSchema, raw);
    const found = checked.ok ? {} : checked.fieldErrors;
    setClientErrors(found);
    if (Object.keys(found).length) return;
    const r = await move.run(raw);
    if (r.ok) {
      editor.announce(
        `Moved "${slot.title}" to ${longDate(raw.date)} at ${raw.start}${r.data.shifted ? ` and shifted ${r.data.shifted} later slot${r.data.shifted === 1 ? "" : "s"}` : ""}.`,
        r.data.auditIds,
      );
      onDone();
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="move-form">
      <p className="text-sm text-slate-700">
        Now {longDate(slot.date)}, {slot.start}–{slot.end}. The slot keeps its length.
      </p>
      <div className="grid grid-cols-2 gap-4">
        <Field label="New day" name="date" error={errors.date}>
          <select {...fieldProps("date", errors)} defaultValue={slot.date} onChange={(e) => setDate(e.target.value)} className={inputClass}>
            <DayOptions firstDay={editor.firstDay} lastDay={editor.lastDay} current={slot.date} />
          </select>
        </Field>
        <Field label={`New start (${zone})`} name="start" error={errors.start}>
          <input {...fieldProps("start", errors)} type="time" defaultValue={slot.start} className={inputClass} data-autofocus />
        </Field>
      </div>
      {/* Nothing starts later that day: nothing to offer. */}
      {laterCount > 0 && (
        <div>
          <label className="flex items-start gap-2 text-sm">
            <input {...fieldProps("shiftLater", errors)} type="checkbox" disabled={!sameDay} className="mt-0.5 size-4 accent-accent" />
            <span>
              Also move the {laterCount === 1 ? "1 slot" : `${laterCount} slots`} that start later that day by the same amount
              {!sameDay && <span className="block text-slate-500">Only when the slot stays on the same day.</span>}
            </span>
          </label>
          {errors.shiftLater?.length ? (
            <p id="shiftLater-msg" className="mt-1 text-sm text-red-700">
              {errors.shiftLater[0]}
            </p>
          ) : null}
        </div>
      )}
      <FormResult result={move.result} />
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <SubmitButton pending={move.pending} pendingText="Moving…">
          Move slot
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
