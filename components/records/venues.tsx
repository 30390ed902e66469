"use client";

import { useState } from "react";
import { createVenueAction, deleteVenueAction, importVenuesAction, updateVenueAction } from "@/lib/venues/actions";
import { venueCreateSchema, venueUpdateSchema } from "@/lib/venues/schema";
import { hoursSummary, weekRows } from "@/lib/venues/hours";
import type { VenuePair, VenueRow } from "@/lib/venues/data";
import type { ActionResult } from "@/lib/actions/safe-action";
import type { TravelMode } from "@/lib/schedule/types";
import { openStreetMapUrl, type Point } from "@/lib/venues/coordinates";
import { CoordinatesField } from "./coordinates-field";
import { CsvImport } from "./csv-import";
import { DeleteControl, withConsequences } from "./delete-control";
import { EditableItem } from "./editable-item";
import { OpeningHoursEditor, type HoursState } from "./opening-hours-editor";
import { RecordForm, type FieldSpec, type Values } from "./record-form";
import { TravelTimes } from "./travel-times";

const VENUE_FIELDS: FieldSpec[] = [
  { name: "name", label: "Venue name", wide: true },
  { name: "address", label: "Address" },
  { name: "postcode", label: "Postcode" },
  { name: "accessNotes", label: "Access notes", type: "textarea" },
];

const EMPTY = { name: "", address: "", postcode: "", latitude: "", longitude: "", accessNotes: "" };

function VenueForm(props: {
  idPrefix: string;
  values: Values;
  hours: VenueRow["openingHours"];
  hidden: Values;
  create: boolean;
  onDone?: () => void;
}) {
  const initial = (): HoursState => ({ known: props.hours !== null && props.hours.length > 0, rows: weekRows(props.hours) });
  const [hours, setHours] = useState<HoursState>(initial);
  return (
    <RecordForm
      idPrefix={props.idPrefix}
      fields={VENUE_FIELDS}
      values={props.values}
      hidden={props.hidden}
      schema={props.create ? venueCreateSchema : venueUpdateSchema}
      action={(props.create ? createVenueAction : updateVenueAction) as (i: never) => Promise<ActionResult<unknown>>}
      submitLabel={props.create ? "Add venue" : "Save venue"}
      success={(_d, input) => (props.create ? `Added ${String(input.name)}.` : `Saved ${String(input.name)}.`)}
      onSaved={() => {
        if (props.create) setHours(initial());
        props.onDone?.();
      }}
      onCancel={props.create ? undefined : props.onDone}
      collect={() => ({ openingHours: hours.known ? hours.rows : null })}
      extra={(errors, shown) => (
        <>
          <CoordinatesField idPrefix={props.idPrefix} initial={shown as Partial<Point>} error={errors.coordinates} />
          <OpeningHoursEditor idPrefix={props.idPrefix} state={hours} onChange={setHours} errors={errors} />
        </>
      )}
    />
  );
}

export function VenuesEditor({
  visitId,
  rows,
  pairs,
  canEdit,
  template,
  travelNote,
  travelMode,
}: {
  visitId: string;
  rows: VenueRow[];
  pairs: VenuePair[];
  canEdit: boolean;
  template: string;
  travelNote: string;
  travelMode: TravelMode;
}) {
  return (
    <div className="mt-4 space-y-4">
      {rows.length === 0 && (
        <p className="text-slate-600">No venues yet.{canEdit ? " Add the first below, or import a spreadsheet." : ""}</p>
      )}
      <ul className="space-y-3" aria-label="Venues">
        {rows.map((v) => (
          <li key={v.id}>
            <EditableItem
              label={v.name}
              canEdit={canEdit}
              summary={<VenueSummary v={v} />}
              actions={
                <DeleteControl
                  label={v.name}
                  question={`Delete ${withConsequences(v.name, [[v.overrides, "travel-time override", "travel-time overrides"]])}?${v.slots ? ` ${v.slots} ${v.slots === 1 ? "slot keeps its time but loses" : "slots keep their times but lose"} this venue.` : ""}`}
                  action={deleteVenueAction}
                  input={{ visitId, id: v.id, version: v.version }}
                />
              }
              form={(close) => (
                <VenueForm
                  idPrefix={`venue-${v.id}`}
                  values={v as unknown as Values}
                  hours={v.openingHours}
                  hidden={{ visitId, id: v.id, version: v.version }}
                  create={false}
                  onDone={close}
                />
              )}
            />
          </li>
        ))}
      </ul>
      {rows.length > 1 && <TravelTimes visitId={visitId} pairs={pairs} canEdit={canEdit} note={travelNote} mode={travelMode} />}
      {canEdit && (
        <>
          <section aria-labelledby="new-venue" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
            <h2 id="new-venue" className="text-lg font-bold">
              Add a venue
            </h2>
            <div className="mt-3">
              <VenueForm idPrefix="venue-new" values={EMPTY} hours={null} hidden={{ visitId }} create />
            </div>
          </section>
          <CsvImport
            visitId={visitId}
            what="venues"
            action={importVenuesAction}
            template={template}
            templateName="venues-template.csv"
            columnsHelp={
              <>
                <p>
                  First row: <code>name, address, postcode, latitude, longitude, access_notes, opening_hours</code>. Only <code>name</code>{" "}
                  is required. Coordinates are decimal degrees (both or neither). <code>opening_hours</code> reads like{" "}
                  <code>Mon-Fri 09:00-17:00; Sat 10:00-14:00; Sun closed</code>; days not named are closed; leave it empty when the hours
                  are not known.
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

function VenueSummary({ v }: { v: VenueRow }) {
  const coords = v.latitude !== null && v.longitude !== null;
  return (
    <div>
      <h3 className="font-semibold">{v.name}</h3>
      {(v.address || v.postcode) && <p className="text-sm text-slate-700">{[v.address, v.postcode].filter(Boolean).join(", ")}</p>}
      <p className="text-sm text-slate-700">Hours: {hoursSummary(v.openingHours)}</p>
      {coords ? (
        <p className="text-sm text-slate-600">
          <a
            href={openStreetMapUrl({ latitude: v.latitude!, longitude: v.longitude! })}
            target="_blank"
            rel="noopener noreferrer"
            className="whitespace-nowrap text-accent underline"
          >
            {v.latitude?.toFixed(4)}, {v.longitude?.toFixed(4)}
            <span className="sr-only"> on OpenStreetMap (opens in a new tab)</span>
          </a>{" "}
          · used in {v.slots} {v.slots === 1 ? "slot" : "slots"}
        </p>
      ) : (
        <p className="text-sm text-amber-800">
          No coordinates: travel time to and from this venue is unknown. · used in {v.slots} {v.slots === 1 ? "slot" : "slots"}
        </p>
      )}
      {v.accessNotes && <p className="text-sm text-slate-600">Access: {v.accessNotes}</p>}
    </div>
  );
}
