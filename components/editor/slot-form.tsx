"use client";

import { useState, type FormEvent } from "react";
import { Field, FormResult, StaleNotice, SubmitButton, fieldProps, inputClass, useForm, type StaleField } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import { createSlotAction, updateSlotAction } from "@/lib/slots/actions";
import { createSlotSchema, slotInstants, updateSlotSchema, type AttendeeInput } from "@/lib/slots/schema";
import type { SlotFormValues } from "@/lib/slots/values";
import { longDate, zoneLabel } from "@/lib/schedule/time";
import { KIND_LABELS } from "@/lib/i18n/labels";
import { SLOT_KINDS } from "@/lib/schedule/types";
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
  // The same checks the server makes (the schema, then times that exist in the zone), so most
  // mistakes show without a round trip; the first field to fix takes the focus.
  const form = useForm({
    schema: editing ? updateSlotSchema : createSlotSchema,
    action: editing ? updateSlotAction : createSlotAction,
    check: (data: SlotFormValues) => {
      const t = slotInstants(data, editor.timeZone);
      return t.ok ? null : t.fieldErrors;
    },
    version: editing ? initial.version : undefined,
  });
  const { errors, stale } = form;
  const zone = zoneLabel(`${date || editor.firstDay}T12:00:00Z`, editor.timeZone);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
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
    const r = await form.submit(editing ? { ...raw, slotId: values.slotId! } : raw);
    if (r?.ok) {
      editor.announce(
        editing ? `Saved "${raw.title.trim()}".` : `Added "${raw.title.trim()}" on ${longDate(raw.date)} at ${raw.start}.`,
        (r.data as { auditIds?: string[] }).auditIds,
      );
      onDone();
    }
  }

  function takeTheirs(theirs: SlotFormValues) {
    setValues(theirs);
    setAttendees(theirs.attendees);
    setDate(theirs.date);
    form.dismissStale();
    setFormKey((k) => k + 1);
  }

  const nameOf = (list: { id: string; name: string }[], none: string) => (v: unknown) => list.find((x) => x.id === v)?.name ?? none;
  const staleFields: StaleField[] = [
    { name: "title", label: "Title" },
    { name: "kind", label: "Kind", text: (v) => KIND_LABELS.en[v as SlotFormValues["kind"]] ?? String(v) },
    { name: "date", label: "Day", text: (v) => (v ? longDate(String(v)) : "") },
    { name: "start", label: "Start" },
    { name: "end", label: "End" },
    { name: "endsNextDay", label: "Ends the next day", text: (v) => (v ? "yes" : "no") },
    { name: "venueId", label: "Venue", text: nameOf(editor.venues, "No venue") },
    { name: "hostOrganisationId", label: "Host organisation", text: nameOf(editor.organisations, "No host organisation") },
    { name: "attendees", label: "Attendees", text: (v) => String((v as unknown[] | undefined)?.length ?? 0) },
    { name: "description", label: "Description" },
    { name: "delegateNotes", label: "Notes for delegates" },
    { name: "internalNotes", label: "Internal notes" },
  ];

  return (
    <form key={formKey} ref={form.formRef} onSubmit={onSubmit} noValidate className="space-y-4" data-testid="slot-form">
      <Field label="Title" name="title" error={errors.title}>
        <input {...fieldProps("title", errors)} defaultValue={values.title} className={inputClass} data-autofocus autoComplete="off" />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label="Kind" name="kind" error={errors.kind}>
          <select {...fieldProps("kind", errors)} defaultValue={values.kind} className={inputClass}>
            {SLOT_KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS.en[k]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Day" name="date" error={errors.date}>
          <select
            {...fieldProps("date", errors)}
            defaultValue={values.date}
            onChange={(e) => setDate(e.target.value)}
            className={inputClass}
          >
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
            {editor.venues.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Host organisation" name="hostOrganisationId" error={errors.hostOrganisationId}>
          <select {...fieldProps("hostOrganisationId", errors)} defaultValue={values.hostOrganisationId ?? ""} className={inputClass}>
            <option value="">No host organisation</option>
            {editor.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
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
      {stale && <StaleNotice stale={stale} fields={staleFields} onTake={() => takeTheirs(stale.theirs as SlotFormValues)} />}
      <FormResult result={form.result} />
      <div className="flex flex-wrap gap-2 border-t border-slate-200 pt-4">
        <SubmitButton pending={form.pending} pendingText={editing ? "Saving…" : "Adding…"}>
          {editing ? "Save changes" : "Add slot"}
        </SubmitButton>
        <Button type="button" variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
