"use client";

import { WEEKDAY_NAMES, type DayRow } from "@/lib/venues/hours";
import type { FieldErrors } from "./record-form";

export type HoursState = { known: boolean; rows: DayRow[] };

/** Per weekday: open from–to, or closed; or the whole week "not known". */
export function OpeningHoursEditor({ idPrefix, state, onChange, errors }: {
  idPrefix: string;
  state: HoursState;
  onChange: (s: HoursState) => void;
  errors: FieldErrors;
}) {
  const setRow = (i: number, patch: Partial<DayRow>) =>
    onChange({ ...state, rows: state.rows.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">Opening hours</legend>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={state.known} onChange={(e) => onChange({ ...state, known: e.target.checked })} className="size-4" />
        Opening hours are known (otherwise slots here are not checked against them)
      </label>
      {state.known && (
        <table className="mt-3 w-full text-sm">
          <thead className="sr-only">
            <tr><th>Day</th><th>Open</th><th>Opens</th><th>Closes</th></tr>
          </thead>
          <tbody>
            {state.rows.map((r, i) => {
              const day = WEEKDAY_NAMES[i];
              const err = [...(errors[`openingHours.${i}.opens`] ?? []), ...(errors[`openingHours.${i}.closes`] ?? [])];
              const msgId = `${idPrefix}-hours-${i}-msg`;
              return (
                <tr key={r.day} className="border-t border-slate-100 align-top">
                  <th scope="row" className="w-24 py-2 pr-2 text-left font-semibold">{day}</th>
                  <td className="py-2 pr-2">
                    <label className="flex items-center gap-1 whitespace-nowrap">
                      <input type="checkbox" checked={r.open} onChange={(e) => setRow(i, { open: e.target.checked, opens: r.opens || "09:00", closes: r.closes || "17:00" })} className="size-4" />
                      Open<span className="sr-only"> on {day}</span>
                    </label>
                  </td>
                  <td className="py-2" colSpan={2}>
                    {r.open ? (
                      <div className="flex flex-wrap items-center gap-1">
                        <input type="time" aria-label={`${day} opens`} value={r.opens} onChange={(e) => setRow(i, { opens: e.target.value })}
                          aria-invalid={err.length ? true : undefined} aria-describedby={msgId}
                          className="rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600" />
                        <span aria-hidden>–</span>
                        <input type="time" aria-label={`${day} closes`} value={r.closes} onChange={(e) => setRow(i, { closes: e.target.value })}
                          aria-invalid={err.length ? true : undefined} aria-describedby={msgId}
                          className="rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600" />
                      </div>
                    ) : (
                      <span className="text-slate-500">Closed</span>
                    )}
                    {err.length > 0 && <p id={msgId} className="mt-1 text-sm text-red-700">{err.join(" ")}</p>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </fieldset>
  );
}
