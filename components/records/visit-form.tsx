"use client";

import { useRouter } from "next/navigation";
import { createVisitAction, updateVisitAction } from "@/lib/visits/actions";
import { visitCreateSchema, visitUpdateSchema } from "@/lib/visits/schema";
import { RecordForm, type FieldSpec, type Values } from "./record-form";

function visitFields(timeZones: string[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", wide: true, hint: "For example: Leipzig delegation to Birmingham" },
    { name: "guestCity", label: "Guest city (where the delegation comes from)" },
    { name: "hostCity", label: "Host city (where the visit happens)" },
    { name: "firstDay", label: "First day", type: "date" },
    { name: "lastDay", label: "Last day", type: "date" },
    { name: "timeZone", label: "Time zone of the host city", type: "select", options: timeZones.map((z) => ({ value: z, label: z.replace(/_/g, " ") })), hint: "Every time in the visit is entered and shown in this zone." },
    { name: "travelMode", label: "Travel between venues", type: "select", options: [{ value: "WALK", label: "Walk" }, { value: "DRIVE", label: "Drive" }] },
    { name: "travelSpeedKmh", label: "Speed (km/h)", type: "number", step: "0.1", hint: "Walking about 4.5, city driving about 20." },
    { name: "detourFactor", label: "Detour factor", type: "number", step: "0.05", hint: "Straight-line distance × this factor = route length (1.3 is typical)." },
  ];
}

export const NEW_VISIT: Values = { title: "", guestCity: "", hostCity: "", firstDay: "", lastDay: "", timeZone: "Europe/London", travelMode: "WALK", travelSpeedKmh: 4.5, detourFactor: 1.3 };

export function NewVisitForm({ timeZones }: { timeZones: string[] }) {
  const router = useRouter();
  return (
    <RecordForm
      idPrefix="visit-new"
      fields={visitFields(timeZones)}
      values={NEW_VISIT}
      hidden={{}}
      schema={visitCreateSchema}
      action={createVisitAction}
      submitLabel="Create visit"
      success={() => "Visit created. Opening it…"}
      onSaved={(data: { id: string }) => router.push(`/visits/${data.id}/venues`)}
    />
  );
}

export function VisitSettingsForm({ timeZones, values }: { timeZones: string[]; values: Values & { id: string; version: number } }) {
  return (
    <RecordForm
      idPrefix="visit"
      fields={visitFields(timeZones)}
      values={values}
      hidden={{ id: values.id, version: values.version }}
      schema={visitUpdateSchema}
      action={updateVisitAction}
      submitLabel="Save settings"
      success={() => "Settings saved."}
    />
  );
}
