"use client";

import { ROLE_LABELS } from "@/lib/i18n/labels";
import { ATTENDANCE_ROLES, type AttendanceRole } from "@/lib/schedule/types";
import type { AttendeeInput } from "@/lib/slots/schema";
import { useEditor } from "./editor-context";

/** Delegates and host contacts as checkboxes, each with its role once ticked. */
export function AttendeePicker({
  value,
  onChange,
  error,
}: {
  value: AttendeeInput[];
  onChange: (next: AttendeeInput[]) => void;
  error?: string[];
}) {
  const { delegates, organisations } = useEditor();
  const byId = new Map(value.map((a) => [a.personId, a]));
  const toggle = (kind: AttendeeInput["kind"], personId: string, on: boolean) =>
    onChange(
      on ? [...value, { kind, personId, role: kind === "contact" ? "HOST" : "ATTENDEE" }] : value.filter((a) => a.personId !== personId),
    );
  const setRole = (personId: string, role: AttendanceRole) => onChange(value.map((a) => (a.personId === personId ? { ...a, role } : a)));
  const row = (kind: AttendeeInput["kind"], p: { id: string; name: string; detail: string }) => {
    const a = byId.get(p.id);
    return (
      <li key={p.id} className="flex items-center justify-between gap-2 py-1">
        <label className="flex min-w-0 items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={!!a}
            onChange={(e) => toggle(kind, p.id, e.target.checked)}
            className="size-4 shrink-0 accent-accent"
          />
          <span className="truncate">
            {p.name}
            {p.detail && <span className="text-slate-500"> · {p.detail}</span>}
          </span>
        </label>
        {a && (
          <select
            aria-label={`Role of ${p.name}`}
            value={a.role}
            onChange={(e) => setRole(p.id, e.target.value as AttendanceRole)}
            className="shrink-0 rounded border border-slate-300 bg-white px-1 py-0.5 text-sm"
          >
            {ATTENDANCE_ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS.en[r]}
              </option>
            ))}
          </select>
        )}
      </li>
    );
  };
  // "Whole delegation" and "all host people of <organisation>": one tick for a group, checked
  // when everyone in it is chosen; unticking takes the group off.
  const setGroup = (kind: AttendeeInput["kind"], ids: string[], on: boolean) => {
    const rest = value.filter((a) => !ids.includes(a.personId));
    onChange(
      on
        ? [
            ...rest,
            ...ids.map(
              (personId) => byId.get(personId) ?? { kind, personId, role: kind === "contact" ? ("HOST" as const) : ("ATTENDEE" as const) },
            ),
          ]
        : rest,
    );
  };
  const groupTick = (kind: AttendeeInput["kind"], ids: string[], label: string) =>
    ids.length > 1 ? (
      <label className="flex items-center gap-2 py-1 text-sm font-semibold">
        <input
          type="checkbox"
          checked={ids.every((id) => byId.has(id))}
          onChange={(e) => setGroup(kind, ids, e.target.checked)}
          className="size-4 shrink-0 accent-accent"
        />
        {label}
      </label>
    ) : null;
  return (
    <fieldset aria-describedby="attendees-msg" className="min-w-0 rounded-md border border-slate-300 px-3 pb-2">
      <legend className="px-1 text-sm font-semibold">
        Who attends <span className="font-normal text-slate-600">({value.length} chosen)</span>
      </legend>
      <div className="max-h-72 overflow-y-auto">
        <h3 className="mt-1 text-xs font-semibold uppercase tracking-wide text-slate-500">Delegates</h3>
        {groupTick(
          "delegate",
          delegates.map((d) => d.id),
          `Whole delegation (${delegates.length})`,
        )}
        {delegates.length ? (
          <ul>{delegates.map((d) => row("delegate", d))}</ul>
        ) : (
          <p className="py-1 text-sm text-slate-500">No delegates yet.</p>
        )}
        {organisations
          .filter((o) => o.contacts.length)
          .map((o) => (
            <div key={o.id}>
              <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-500">{o.name}</h3>
              {groupTick(
                "contact",
                o.contacts.map((c) => c.id),
                `All host people of ${o.name} (${o.contacts.length})`,
              )}
              <ul>{o.contacts.map((c) => row("contact", { id: c.id, name: c.name, detail: c.role }))}</ul>
            </div>
          ))}
      </div>
      {error?.length ? (
        <p id="attendees-msg" className="mt-1 text-sm text-red-700" data-testid="error-attendees">
          {error.join(" ")}
        </p>
      ) : null}
    </fieldset>
  );
}
