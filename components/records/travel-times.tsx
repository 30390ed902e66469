"use client";

import { useState } from "react";
import { setTravelOverrideAction } from "@/lib/venues/actions";
import { TRAVEL_MODE_WORDS } from "@/lib/schedule/travel";
import type { TravelMode } from "@/lib/schedule/types";
import type { VenuePair } from "@/lib/venues/data";
import { inputClass, useAction } from "@/components/ui/form";
import { Button } from "@/components/ui/button";

/** Travel time for every pair of venues: the offline estimate beside the staff override. */
export function TravelTimes({
  visitId,
  pairs,
  canEdit,
  note,
  mode,
}: {
  visitId: string;
  pairs: VenuePair[];
  canEdit: boolean;
  note: string;
  mode: TravelMode;
}) {
  const overridden = pairs.filter((p) => p.override !== null).length;
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold">
        Travel times between venues ({pairs.length} {pairs.length === 1 ? "pair" : "pairs"}, {overridden} set by staff)
      </summary>
      <p className="mt-2 text-sm text-slate-700">
        {note} Set minutes for a pair where you know better (traffic, a lift, a car waiting); leave empty to use the estimate.
      </p>
      <ul className="mt-3 divide-y divide-slate-100" aria-label="Travel times">
        {pairs.map((p) => (
          <PairRow key={`${p.fromVenueId}>${p.toVenueId}`} visitId={visitId} pair={p} canEdit={canEdit} mode={mode} />
        ))}
      </ul>
    </details>
  );
}

function PairRow({ visitId, pair, canEdit, mode }: { visitId: string; pair: VenuePair; canEdit: boolean; mode: TravelMode }) {
  const [minutes, setMinutes] = useState(pair.override === null ? "" : String(pair.override));
  const { run, result, pending, fieldErrors } = useAction(setTravelOverrideAction);
  const id = `pair-${pair.fromVenueId}-${pair.toVenueId}`;
  // After a refused save, the other editor's minutes are what a new save must be based on.
  const stale = result && !result.ok && result.code === "STALE" ? (result.current as { minutes: number | null }) : null;
  const expected = stale ? stale.minutes : pair.override;
  const staleMessage = stale
    ? `Someone else ${stale.minutes === null ? "removed the staff time for this pair" : `set this pair to ${stale.minutes} min`} while you were editing. Check it and save again.`
    : null;
  const error = fieldErrors.minutes ?? (result && !result.ok ? [staleMessage ?? result.message] : undefined);
  const estimate = pair.estimate === null ? "unknown (a venue has no coordinates)" : `${pair.estimate} min ${TRAVEL_MODE_WORDS[mode].leg}`;
  return (
    <li className="flex flex-col gap-2 py-2 sm:flex-row sm:items-center sm:justify-between">
      <div className="min-w-0 text-sm">
        <p className="font-semibold">
          {pair.fromName} ↔ {pair.toName}
        </p>
        <p className="text-slate-600">
          Estimate: {estimate}
          {pair.override !== null && (
            <>
              {" "}
              · <span className="font-semibold text-ink">staff: {pair.override} min</span>
            </>
          )}
        </p>
      </div>
      {canEdit && (
        <form
          className="flex flex-wrap items-start gap-2"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            run({ visitId, fromVenueId: pair.fromVenueId, toVenueId: pair.toVenueId, expected, minutes });
          }}
        >
          <div>
            <label htmlFor={id} className="sr-only">
              Minutes from {pair.fromName} to {pair.toName}
            </label>
            <input
              id={id}
              inputMode="numeric"
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
              placeholder={pair.estimate === null ? "min" : String(pair.estimate)}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-msg`}
              className={`${inputClass.replace("w-full", "")} mt-0 w-24`}
            />
            {error && (
              <p id={`${id}-msg`} className="mt-1 max-w-56 text-sm text-red-700">
                {error[0]}
              </p>
            )}
            {result?.ok && (
              <p id={`${id}-msg`} role="status" className="mt-1 text-sm text-emerald-800">
                Saved.
              </p>
            )}
          </div>
          <Button type="submit" variant="secondary" disabled={pending} aria-busy={pending}>
            {pending ? "Saving…" : "Set"}
          </Button>
        </form>
      )}
    </li>
  );
}
