"use client";

import { createDelegateAction, deleteDelegateAction, importDelegatesAction, updateDelegateAction } from "@/lib/delegates/actions";
import { delegateCreateSchema, delegateUpdateSchema } from "@/lib/delegates/schema";
import type { DelegateRow } from "@/lib/delegates/data";
import { Badge } from "@/components/ui/badge";
import { wallText } from "@/lib/schedule/time";
import { CsvImport } from "./csv-import";
import { ContactLine } from "./contact-line";
import { DeleteControl, withConsequences } from "./delete-control";
import { EditableItem } from "./editable-item";
import { RecordForm, type FieldSpec, type Values } from "./record-form";
import { PhotoControl } from "@/components/protocol/photo-control";
import {
  EMPTY_HOTEL,
  EMPTY_PERSON_PROTOCOL,
  PERSON_PROTOCOL_FIELDS,
  PersonProtocolSummary,
  hotelFields,
} from "@/components/protocol/person-fields";

function delegateFields(timeZones: string[], visitZone: string): FieldSpec[] {
  const zoneHint = `Local time in ${visitZone}, the visit's zone. Leave empty if not known.`;
  return [
    { name: "name", label: "Name", autoComplete: "off" },
    { name: "honorific", label: "Honorific", hint: "Ms, Mr, Dr, Prof …" },
    { name: "position", label: "Position" },
    { name: "organisation", label: "Organisation" },
    { name: "email", label: "E-mail", type: "email" },
    { name: "phone", label: "Phone", type: "tel" },
    {
      name: "language",
      label: "Language for their schedule",
      type: "select",
      options: [
        { value: "en", label: "English" },
        { value: "de", label: "Deutsch (German)" },
      ],
    },
    {
      name: "homeTimeZone",
      label: "Home time zone",
      type: "select",
      options: timeZones.map((z) => ({ value: z, label: z.replace(/_/g, " ") })),
    },
    { name: "arrival", label: "Arrival", type: "datetime-local", hint: zoneHint },
    { name: "departure", label: "Departure", type: "datetime-local", hint: zoneHint },
    { name: "dietaryNeeds", label: "Dietary needs", type: "textarea" },
    { name: "accessNeeds", label: "Access needs", type: "textarea" },
    { name: "notes", label: "Notes (staff only)", type: "textarea" },
    ...PERSON_PROTOCOL_FIELDS,
    ...hotelFields(zoneHint),
  ];
}

const EMPTY = {
  name: "",
  honorific: "",
  position: "",
  organisation: "",
  email: "",
  phone: "",
  language: "en",
  arrival: "",
  departure: "",
  dietaryNeeds: "",
  accessNeeds: "",
  notes: "",
  ...EMPTY_PERSON_PROTOCOL,
  ...EMPTY_HOTEL,
};

export function DelegatesEditor({
  visitId,
  rows,
  canEdit,
  timeZones,
  visitZone,
  zoneLabel,
  template,
}: {
  template: string;
  visitId: string;
  rows: DelegateRow[];
  canEdit: boolean;
  timeZones: string[];
  visitZone: string;
  zoneLabel: string;
}) {
  const fields = delegateFields(timeZones, visitZone);
  return (
    <div className="mt-4 space-y-4">
      {rows.length === 0 && (
        <p className="text-slate-600">No delegates yet.{canEdit ? " Add the first below, or import a spreadsheet." : ""}</p>
      )}
      <ul className="space-y-3" aria-label="Delegates">
        {rows.map((d) => (
          <li key={d.id}>
            <EditableItem
              label={d.name}
              canEdit={canEdit}
              summary={
                <div className="flex gap-3">
                  <PhotoControl visitId={visitId} kind="delegate" person={d} canEdit={canEdit} />
                  <DelegateSummary d={d} zoneLabel={zoneLabel} />
                </div>
              }
              actions={
                <DeleteControl
                  label={d.name}
                  question={`Delete ${withConsequences(d.name, [[d.attendances, "slot attendance", "slot attendances"]])}?`}
                  action={deleteDelegateAction}
                  input={{ visitId, id: d.id, version: d.version }}
                />
              }
              form={(close) => (
                <RecordForm
                  idPrefix={`delegate-${d.id}`}
                  fields={fields}
                  values={d as unknown as Values}
                  hidden={{ visitId, id: d.id, version: d.version }}
                  schema={delegateUpdateSchema}
                  action={updateDelegateAction}
                  submitLabel="Save delegate"
                  success={() => `Saved ${d.name}.`}
                  onSaved={close}
                  onCancel={close}
                />
              )}
            />
          </li>
        ))}
      </ul>
      {canEdit && (
        <>
          <section aria-labelledby="new-delegate" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="new-delegate" className="text-lg font-bold">
              Add a delegate
            </h2>
            <div className="mt-3">
              <RecordForm
                idPrefix="delegate-new"
                fields={fields}
                values={{
                  ...EMPTY,
                  // A delegation mostly shares a language and a home zone: a new delegate starts with theirs.
                  language: mostCommon(rows.map((d) => d.language)) ?? EMPTY.language,
                  homeTimeZone: mostCommon(rows.map((d) => d.homeTimeZone)) ?? visitZone,
                }}
                hidden={{ visitId }}
                schema={delegateCreateSchema}
                action={createDelegateAction}
                submitLabel="Add delegate"
                success={(_d, input) => `Added ${String(input.name)}.`}
              />
            </div>
          </section>
          <CsvImport
            visitId={visitId}
            what="delegates"
            action={importDelegatesAction}
            template={template}
            templateName="delegates-template.csv"
            columnsHelp={
              <>
                <p>
                  First row:{" "}
                  <code>
                    name, honorific, position, organisation, email, phone, language, home_time_zone, arrival, departure, dietary_needs,
                    access_needs, notes
                  </code>
                  . Only <code>name</code> is required. <code>language</code> is <code>en</code> or <code>de</code>; an empty{" "}
                  <code>home_time_zone</code> means {visitZone}. Arrival and departure are local times in {visitZone}, like{" "}
                  <code>2025-06-10 12:40</code>.
                </p>
                <p className="mt-1">Every row is checked first; if any row has a problem nothing is imported.</p>
              </>
            }
          />
        </>
      )}
    </div>
  );
}

/** The value most of them have (the first of equals), or null for none. */
function mostCommon(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

function DelegateSummary({ d, zoneLabel }: { d: DelegateRow; zoneLabel: string }) {
  const stay =
    d.arrival || d.departure
      ? `${d.arrival ? `Arrival ${wallText(d.arrival)}` : "Arrival not known"} · ${d.departure ? `departure ${wallText(d.departure)}` : "departure not known"} (${zoneLabel})`
      : "Arrival and departure not known";
  return (
    <div>
      <h3 className="font-semibold">
        {d.honorific && <span className="text-slate-600">{d.honorific} </span>}
        {d.name} <Badge>{d.language}</Badge>
      </h3>
      {(d.position || d.organisation) && (
        <p className="text-sm text-slate-700">{[d.position, d.organisation].filter(Boolean).join(", ")}</p>
      )}
      <p className="text-sm text-slate-700">{stay}</p>
      <ContactLine email={d.email} phone={d.phone} />
      {(d.dietaryNeeds || d.accessNeeds) && (
        <p className="text-sm text-slate-600">
          {[d.dietaryNeeds && `Diet: ${d.dietaryNeeds}`, d.accessNeeds && `Access: ${d.accessNeeds}`].filter(Boolean).join(" · ")}
        </p>
      )}
      <PersonProtocolSummary person={d} />
      <p className="text-xs text-slate-500">
        {d.attendances} slot {d.attendances === 1 ? "attendance" : "attendances"}
      </p>
    </div>
  );
}
