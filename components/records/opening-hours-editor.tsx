"use client";

import { WEEKDAY_NAMES, type DayRow, type Interval } from "@/lib/venues/hours";
import type { FieldErrors } from "./record-form";

export type HoursState = { known: boolean; rows: DayRow[] };

/** Per weekday: open from–to (more than once when it closes in between), or closed; or the whole week "not known". */
export function OpeningHoursEditor({
  idPrefix,
  state,
  onChange,
  errors,
}: {
  idPrefix: string;
  state: HoursState;
  onChange: (s: HoursState) => void;
  errors: FieldErrors;
}) {
  const setRow = (i: number, patch: Partial<DayRow>) =>
    onChange({ ...state, rows: state.rows.map((r, k) => (k === i ? { ...r, ...patch } : r)) });
  // Known hours with no open day (the schema's NO_OPEN_DAY), said by the tick that set them.
  const weekError = state.known ? errors.openingHours : undefined;
  const weekMsgId = `${idPrefix}-hours-msg`;
  return (
    <fieldset className="rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">Opening hours</legend>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={state.known}
          onChange={(e) => onChange({ ...state, known: e.target.checked })}
          className="size-4"
          aria-invalid={weekError?.length ? true : undefined}
          aria-describedby={weekError?.length ? weekMsgId : undefined}
        />
        Opening hours are known (otherwise slots here are not checked against them)
      </label>
      {weekError?.length ? (
        <p id={weekMsgId} className="mt-1 text-sm text-red-700" data-testid="error-openingHours">
          {weekError.join(" ")}
        </p>
      ) : null}
      {state.known && (
        <ul className="mt-3 text-sm" aria-label="Opening hours by weekday">
          {state.rows.map((r, i) => {
            const day = WEEKDAY_NAMES[i];
            return (
              // On a phone the times take their own line under the day; from sm up, one row.
              <li
                key={r.day}
                className="grid grid-cols-[6rem_1fr] items-start gap-x-2 gap-y-1 border-t border-slate-100 py-2 sm:grid-cols-[6rem_5.5rem_1fr]"
              >
                <span className="font-semibold">{day}</span>
                <span>
                  <label className="flex items-center gap-1 whitespace-nowrap">
                    <input
                      type="checkbox"
                      checked={r.open}
                      onChange={(e) => setRow(i, { open: e.target.checked, opens: r.opens || "09:00", closes: r.closes || "17:00" })}
                      className="size-4"
                    />
                    Open<span className="sr-only"> on {day}</span>
                  </label>
                </span>
                <div className={r.open ? "col-span-2 sm:col-span-1" : "hidden sm:block"}>
                  {r.open ? (
                    <div className="space-y-1">
                      {[{ opens: r.opens, closes: r.closes }, ...r.more].map((h, j) => {
                        const path = j === 0 ? `openingHours.${i}` : `openingHours.${i}.more.${j - 1}`;
                        const err = [...(errors[`${path}.opens`] ?? []), ...(errors[`${path}.closes`] ?? [])];
                        const msgId = `${idPrefix}-hours-${i}-${j}-msg`;
                        const nth = j === 0 ? "" : ` (hours ${j + 1})`;
                        const set = (patch: Partial<Interval>) =>
                          j === 0 ? setRow(i, patch) : setRow(i, { more: r.more.map((m, k) => (k === j - 1 ? { ...m, ...patch } : m)) });
                        return (
                          <div key={j}>
                            <div className="flex flex-wrap items-center gap-1">
                              <input
                                type="time"
                                aria-label={`${day} opens${nth}`}
                                value={h.opens}
                                onChange={(e) => set({ opens: e.target.value })}
                                aria-invalid={err.length ? true : undefined}
                                aria-describedby={msgId}
                                className="rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600"
                              />
                              <span aria-hidden>–</span>
                              <input
                                type="time"
                                aria-label={`${day} closes${nth}`}
                                value={h.closes}
                                onChange={(e) => set({ closes: e.target.value })}
                                aria-invalid={err.length ? true : undefined}
                                aria-describedby={msgId}
                                className="rounded-md border border-slate-300 px-2 py-1 aria-[invalid=true]:border-red-600"
                              />
                              {j > 0 && (
                                <button
                                  type="button"
                                  onClick={() => setRow(i, { more: r.more.filter((_, k) => k !== j - 1) })}
                                  className="rounded px-1.5 py-1 text-slate-600 underline hover:text-red-700"
                                  aria-label={`Remove ${day}'s hours ${j + 1}`}
                                >
                                  Remove
                                </button>
                              )}
                            </div>
                            {err.length > 0 && (
                              <p id={msgId} className="mt-1 text-sm text-red-700">
                                {err[0]}
                              </p>
                            )}
                          </div>
                        );
                      })}
                      {r.more.length < 5 && (
                        <button
                          type="button"
                          className="text-sm text-slate-700 underline hover:text-ink"
                          onClick={() => {
                            const last = r.more.at(-1)?.closes || r.closes;
                            setRow(i, { more: [...r.more, { opens: last, closes: "" }] });
                          }}
                        >
                          + Add hours<span className="sr-only"> on {day} (it closes in between)</span>
                        </button>
                      )}
                    </div>
                  ) : (
                    <span className="text-slate-500">Closed</span>
                  )}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
