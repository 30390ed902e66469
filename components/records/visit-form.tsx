"use client";

import { useRouter } from "next/navigation";
import { createVisitAction, updateVisitAction } from "@/lib/visits/actions";
import { visitCreateSchema, visitUpdateSchema } from "@/lib/visits/schema";
import { RecordForm, type FieldSpec, type Values } from "./record-form";
import { TravelDefault } from "./travel-default";

function visitFields(timeZones: string[]): FieldSpec[] {
  return [
    { name: "title", label: "Title", wide: true, hint: "For example: Leipzig delegation to Birmingham" },
    { name: "guestCity", label: "Guest city (where the delegation comes from)" },
    { name: "hostCity", label: "Host city (where the visit happens)" },
    { name: "firstDay", label: "First day", type: "date" },
    { name: "lastDay", label: "Last day", type: "date" },
    {
      name: "timeZone",
      label: "Time zone of the host city",
      type: "select",
      options: timeZones.map((z) => ({ value: z, label: z.replace(/_/g, " ") })),
      hint: "Every time in the visit is entered and shown in this zone.",
    },
  ];
}

export const NEW_VISIT: Values = {
  title: "",
  guestCity: "",
  hostCity: "",
  firstDay: "",
  lastDay: "",
  timeZone: "Europe/London",
  travelMode: "",
  travelSpeedKmh: "",
  detourFactor: 1.3,
};

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
      extra={(errors, shown) => <TravelDefault idPrefix="visit-new" values={shown} errors={errors} />}
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
      extra={(errors, shown) => <TravelDefault idPrefix="visit" values={shown} errors={errors} />}
    />
  );
}
