"use client";

import { useState, type FormEvent } from "react";
import { createLegAction, deleteLegAction, updateLegAction } from "@/lib/protocol/actions";
import { legCreateSchema } from "@/lib/protocol/schema";
import { LEG_ENDS, LEG_MODES, type LegEnd } from "@/lib/schedule/protocol-types";
import { Field, FormResult, SubmitButton, inputClass, useAction } from "@/components/ui/form";
import { Button } from "@/components/ui/button";
import en from "@/lib/i18n/messages/en.json";

// Add or edit a transport leg: from a slot, the hotel, the airport or a place, to another;
// how, when and where the pick-up is, the car and driver (or the route) and who travels.

export type LegFormValues = {
  id?: string;
  version?: number;
  from: { kind: LegEnd; slotId: string; place: string };
  to: { kind: LegEnd; slotId: string; place: string };
  mode: string;
  pickUpAt: string;
  arriveAt: string;
  pickUpPlace: string;
  vehicle: string;
  driverName: string;
  driverPhone: string;
  route: string;
  notes: string;
  passengers: { kind: "delegate" | "contact"; personId: string }[];
};

export type LegOptions = {
  slots: { id: string; label: string }[];
  people: { kind: "delegate" | "contact"; id: string; name: string }[];
};

const W = en.protocol;

export function LegForm({
  visitId,
  initial,
  options,
  onDone,
}: {
  visitId: string;
  initial: LegFormValues;
  options: LegOptions;
  onDone?: () => void;
}) {
  const editing = !!initial.id;
  const create = useAction(createLegAction);
  const update = useAction(updateLegAction);
  const action = editing ? update : create;
  const [local, setLocal] = useState<Record<string, string[]>>({});
  const [fromKind, setFromKind] = useState<LegEnd>(initial.from.kind);
  const [toKind, setToKind] = useState<LegEnd>(initial.to.kind);
  const [done, setDone] = useState("");
  const p = `leg-${initial.id ?? "new"}`;
  const errors = { ...action.fieldErrors, ...local };

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    const s = (k: string) => String(f.get(k) ?? "");
    const input = {
      visitId,
      from: { kind: s("fromKind") as LegEnd, slotId: s("fromSlotId"), place: s("fromPlace") },
      to: { kind: s("toKind") as LegEnd, slotId: s("toSlotId"), place: s("toPlace") },
      mode: s("mode") as (typeof LEG_MODES)[number],
      pickUpAt: s("pickUpAt"),
      arriveAt: s("arriveAt"),
      pickUpPlace: s("pickUpPlace"),
      vehicle: s("vehicle"),
      driverName: s("driverName"),
      driverPhone: s("driverPhone"),
      route: s("route"),
      notes: s("notes"),
      passengers: f.getAll("passenger").map((v) => {
        const [kind, personId] = String(v).split(":");
        return { kind: kind as "delegate" | "contact", personId };
      }),
    };
    const parsed = legCreateSchema.safeParse(input);
    const found: Record<string, string[]> = {};
    if (!parsed.success) for (const i of parsed.error.issues) (found[i.path.join(".") || "_form"] ??= []).push(i.message);
    setLocal(found);
    if (Object.keys(found).length) return;
    const r = editing ? await update.run({ ...input, id: initial.id!, version: initial.version! }) : await create.run(input);
    if (r.ok) {
      setDone(editing ? "Saved the leg." : "Added the leg.");
      onDone?.();
    }
  }

  const field = (name: string) => ({
    id: `${p}-${name}`,
    name,
    "aria-invalid": errors[name]?.length ? true : undefined,
    "aria-describedby": `${p}-${name}-msg`,
  });
  const errorOf = (name: string) =>
    errors[name]?.length ? (
      <p id={`${p}-${name}-msg`} className="mt-1 text-sm text-red-700">
        {errors[name].join(" ")}
      </p>
    ) : null;

  const end = (side: "from" | "to", kind: LegEnd, setKind: (k: LegEnd) => void, v: LegFormValues["from"]) => (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{side === "from" ? W.from : W.to}</legend>
      <label htmlFor={`${p}-${side}Kind`} className="sr-only">
        {side === "from" ? "Leaves from" : "Goes to"}
      </label>
      <select {...field(`${side}Kind`)} defaultValue={v.kind} onChange={(e) => setKind(e.target.value as LegEnd)} className={inputClass}>
        {LEG_ENDS.map((k) => (
          <option key={k} value={k}>
            {W.legEnd[k]}
          </option>
        ))}
      </select>
      {kind === "SLOT" ? (
        <div className="mt-2">
          <label htmlFor={`${p}-${side}SlotId`} className="block text-sm font-semibold">
            Slot
          </label>
          <select
            {...field(`${side}SlotId`)}
            defaultValue={v.slotId}
            className={inputClass}
            aria-invalid={errors[`${side}.slotId`]?.length ? true : undefined}
          >
            <option value="">Choose a slot</option>
            {options.slots.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
          {errorOf(`${side}.slotId`)}
        </div>
      ) : (
        <div className="mt-2">
          <label htmlFor={`${p}-${side}Place`} className="block text-sm font-semibold">
            {kind === "HOTEL" ? "Hotel (empty: each traveller's own)" : "Place"}
          </label>
          <input
            {...field(`${side}Place`)}
            defaultValue={v.place}
            className={inputClass}
            aria-invalid={errors[`${side}.place`]?.length ? true : undefined}
          />
          {errorOf(`${side}.place`)}
        </div>
      )}
    </fieldset>
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" data-testid="leg-form">
      <div className="grid gap-4 sm:grid-cols-2">
        {end("from", fromKind, setFromKind, initial.from)}
        {end("to", toKind, setToKind, initial.to)}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field label="How" name={`${p}-mode`}>
          <select {...field("mode")} defaultValue={initial.mode} className={inputClass}>
            {LEG_MODES.map((m) => (
              <option key={m} value={m}>
                {W.legMode[m]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Pick-up (local time)" name={`${p}-pickUpAt`}>
          <input {...field("pickUpAt")} type="datetime-local" defaultValue={initial.pickUpAt.replace(" ", "T")} className={inputClass} />
          {errorOf("pickUpAt")}
        </Field>
        <Field label="Arrives (local time)" name={`${p}-arriveAt`}>
          <input {...field("arriveAt")} type="datetime-local" defaultValue={initial.arriveAt.replace(" ", "T")} className={inputClass} />
          {errorOf("arriveAt")}
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        {(
          [
            ["pickUpPlace", "Pick-up place"],
            ["vehicle", "Vehicle"],
            ["driverName", "Driver"],
            ["driverPhone", "Driver's phone"],
          ] as const
        ).map(([name, label]) => (
          <Field key={name} label={label} name={`${p}-${name}`}>
            <input {...field(name)} type={name === "driverPhone" ? "tel" : "text"} defaultValue={initial[name]} className={inputClass} />
            {errorOf(name)}
          </Field>
        ))}
        <Field label="Route (on foot or by train)" name={`${p}-route`}>
          <textarea {...field("route")} defaultValue={initial.route} rows={2} className={inputClass} />
        </Field>
        <Field label="Notes" name={`${p}-notes`}>
          <textarea {...field("notes")} defaultValue={initial.notes} rows={2} className={inputClass} />
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">Who travels</legend>
        <div className="mt-1 grid gap-1 sm:grid-cols-3">
          {options.people.map((person) => (
            <label key={person.id} className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                name="passenger"
                value={`${person.kind}:${person.id}`}
                className="size-4"
                defaultChecked={initial.passengers.some((x) => x.personId === person.id)}
              />
              {person.name}
            </label>
          ))}
        </div>
        {errorOf("passengers")}
      </fieldset>
      <FormResult result={action.result && !action.result.ok ? action.result : null} />
      {done && (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {done}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <SubmitButton pending={action.pending}>{editing ? "Save leg" : "Add leg"}</SubmitButton>
        {onDone && editing && (
          <Button type="button" variant="secondary" onClick={onDone}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

export function DeleteLegButton({ visitId, id, version, label }: { visitId: string; id: string; version: number; label: string }) {
  const { run, pending, result } = useAction(deleteLegAction);
  return (
    <>
      <Button
        type="button"
        variant="ghost"
        className="text-red-700"
        disabled={pending}
        aria-label={`Delete ${label}`}
        onClick={() => run({ visitId, id, version })}
      >
        Delete
      </Button>
      {result && !result.ok && <FormResult result={result} />}
    </>
  );
}
