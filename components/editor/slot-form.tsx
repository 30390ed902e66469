"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { Field, FormResult, SubmitButton, fieldProps, inputClass, useAction } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { createSlotAction, updateSlotAction } from "@/lib/slots/actions";
import { createSlotSchema, slotInstants, type AttendeeInput } from "@/lib/slots/schema";
import type { SlotFormValues } from "@/lib/slots/values";
import { KIND_LABELS, longDate } from "@/lib/schedule/format";
import { zoneLabel } from "@/lib/schedule/time";
import { SLOT_KINDS } from "@/lib/schedule/types";
import type { ActionResult } from "@/lib/actions/safe-action";
import { AttendeePicker } from "./attendee-picker";
import { DayOptions } from "./day-select";
import { useEditor } from "./editor-context";
import { SlotProtocolFields } from "@/components/protocol/slot-protocol-fields";
import { readProtocolField } from "@/lib/protocol/schema";

/** Add (no slotId) or edit a slot. Validates with the server's schema before sending. */
export function SlotForm({ initial, onDone }: { initial: SlotFormValues; onDone: () => void }) {
  const editor = useEditor();
  const editing = !!initial.slotId && initial.version !== undefined;
  const [values, setValues] = useState(initial);
  const [formKey, setFormKey] = useState(0);
  const [attendees, setAttendees] = useState<AttendeeInput[]>(initial.attendees);
  const [date, setDate] = useState(initial.date);
  const [clientErrors, setClientErrors] = useState<Record<string, string[]>>({});
  const [clientResult, setClientResult] = useState<ActionResult<unknown> | null>(null);
  const create = useAction(createSlotAction);
  const update = useAction(updateSlotAction);
  const action = editing ? update : create;
  const errors = { ...action.fieldErrors, ...clientErrors };
  // After a refused submit, the first field to fix takes the focus (and scrolls into view),
  // rather than leaving the person at the bottom of a long dialog reading "check the fields".
  const formRef = useRef<HTMLFormElement>(null);
  const [attempt, setAttempt] = useState(0);
  const errorKeys = Object.keys(errors).join(",");
  useEffect(() => {
    if (attempt && errorKeys) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, errorKeys]);
  const zone = zoneLabel(`${date || editor.firstDay}T12:00:00Z`, editor.timeZone);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const f = new FormData(e.currentTarget);
    const raw = {
      visitId: editor.visitId,
      title: String(f.get("title") ?? ""),
      kind: String(f.get("kind") ?? ""),
      date: String(f.get("date") ?? ""),
      start: String(f.get("start") ?? ""),
      end: String(f.get("end") ?? ""),
      endsNextDay: f.get("endsNextDay") === "on",
      venueId: String(f.get("venueId") ?? ""),
      hostOrganisationId: String(f.get("hostOrganisationId") ?? ""),
      description: String(f.get("description") ?? ""),
      delegateNotes: String(f.get("delegateNotes") ?? ""),
      internalNotes: String(f.get("internalNotes") ?? ""),
      attendees,
      protocol: readProtocolField(f) as SlotFormValues["protocol"],
    };
    // The same checks the server makes, so most mistakes are shown without a round trip.
    const parsed = createSlotSchema.safeParse(raw);
    const found: Record<string, string[]> = {};
    if (!parsed.success) for (const i of parsed.error.issues) (found[i.path.join(".") || "_form"] ??= []).push(i.message);
    else {
      const t = slotInstants(parsed.data, editor.timeZone);
      if (!t.ok) Object.assign(found, t.fieldErrors);
    }
    setClientErrors(found);
    if (Object.keys(found).length) {
      action.reset();
      setClientResult({ ok: false, code: "INVALID_INPUT", message: "Some fields need attention. Check the messages by each field." });
      return;
    }
    setClientResult(null);
    const r = editing
      ? await update.run({ ...raw, kind: raw.kind as SlotFormValues["kind"], slotId: values.slotId!, version: values.version! })
      : await create.run({ ...raw, kind: raw.kind as SlotFormValues["kind"] });
    if (r.ok) {
      editor.announce(editing ? `Saved "${raw.title.trim()}".` : `Added "${raw.title.trim()}" on ${longDate(raw.date)} at ${raw.start}.`);
      onDone();
    } else if (r.code === "STALE" && r.current) {
      // Show the other editor's values; the user re-applies their change and saves again.
      const current = r.current as SlotFormValues;
      setValues(current);
      setAttendees(current.attendees);
      setDate(current.date);
      setFormKey((k) => k + 1);
    }
  }

  return (
    <form key={formKey} ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="slot-form">
      <Field label="Title" name="title" error={errors.title}>
        <input {...fieldProps("title", errors)} defaultValue={values.title} className={inputClass} data-autofocus autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kind" name="kind" error={errors.kind}>
          <select {...fieldProps("kind", errors)} defaultValue={values.kind} className={inputClass}>
            {SLOT_KINDS.map((k) => <option key={k} value={k}>{KIND_LABELS.en[k]}</option>)}
          </select>
        </Field>
        <Field label="Day" name="date" error={errors.date}>
          <select {...fieldProps("date", errors)} defaultValue={values.date} onChange={(e) => setDate(e.target.value)} className={inputClass}>
            <DayOptions firstDay={editor.firstDay} lastDay={editor.lastDay} current={values.date} />
          </select>
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-4">
        <Field label={`Start (${zone})`} name="start" error={errors.start}>
          <input {...fieldProps("start", errors)} type="time" defaultValue={values.start} className={inputClass} />
        </Field>
        <Field label={`End (${zone})`} name="end" error={errors.end}>
          <input {...fieldProps("end", errors)} type="time" defaultValue={values.end} className={inputClass} />
        </Field>
      </div>
      <div className="-mt-2 flex flex-wrap items-center justify-between gap-x-4 gap-y-1">
        <p className="text-xs text-slate-600">Local time in {editor.timeZone}.</p>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="endsNextDay" defaultChecked={values.endsNextDay ?? false} className="size-4 accent-slate-800" />
          Ends the next day
        </label>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Venue" name="venueId" error={errors.venueId}>
          <select {...fieldProps("venueId", errors)} defaultValue={values.venueId ?? ""} className={inputClass}>
            <option value="">No venue</option>
            {editor.venues.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
          </select>
        </Field>
        <Field label="Host organisation" name="hostOrganisationId" error={errors.hostOrganisationId}>
          <select {...fieldProps("hostOrganisationId", errors)} defaultValue={values.hostOrganisationId ?? ""} className={inputClass}>
            <option value="">No host organisation</option>
            {editor.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </Field>
      </div>
      <AttendeePicker value={attendees} onChange={setAttendees} error={errors.attendees} />
      <Field label="Description" name="description" error={errors.description} hint="Shown to delegates and in the printed programme.">
        <textarea {...fieldProps("description", errors)} defaultValue={values.description} rows={2} className={inputClass} />
      </Field>
      <Field label="Notes for delegates" name="delegateNotes" error={errors.delegateNotes} hint="Dress code, what to bring, where to meet.">
        <textarea {...fieldProps("delegateNotes", errors)} defaultValue={values.delegateNotes} rows={2} className={inputClass} />
      </Field>
      <Field label="Internal notes" name="internalNotes" error={errors.internalNotes} hint="Staff only: never shown to delegates.">
        <textarea {...fieldProps("internalNotes", errors)} defaultValue={values.internalNotes} rows={2} className={inputClass} />
      </Field>
      <SlotProtocolFields initial={values.protocol} errors={errors} />
      <FormResult result={clientResult ?? action.result} />
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <SubmitButton pending={action.pending} pendingText={editing ? "Saving…" : "Adding…"}>{editing ? "Save changes" : "Add slot"}</SubmitButton>
        <Button type="button" variant="secondary" onClick={onDone}>Cancel</Button>
      </div>
    </form>
  );
}
