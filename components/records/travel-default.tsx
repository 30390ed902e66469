"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/form";
import { TRAVEL_MODE_WORDS } from "@/lib/schedule/travel";
import { TRAVEL_MODES, type TravelMode } from "@/lib/schedule/types";
import type { FieldErrors, Values } from "./record-form";

const isMode = (v: unknown): v is TravelMode => TRAVEL_MODES.includes(v as TravelMode);

/**
 * How the delegation usually gets between venues, with a typical speed that follows the mode
 * until someone types their own; the detour factor beside it. Read by the visit's schema.
 */
export function TravelDefault({ idPrefix, values, errors }: { idPrefix: string; values: Values; errors: FieldErrors }) {
  // A new visit has no mode yet: the form asks rather than assuming walking.
  const [mode, setMode] = useState<TravelMode | null>(isMode(values.travelMode) ? values.travelMode : null);
  const [speed, setSpeed] = useState(
    values.travelSpeedKmh === undefined || values.travelSpeedKmh === null ? "" : String(values.travelSpeedKmh),
  );
  const choose = (next: TravelMode) => {
    // A speed still at the old mode's typical value follows the new mode; a typed one stays.
    if (speed === "" || mode === null || Number(speed) === TRAVEL_MODE_WORDS[mode].typicalKmh)
      setSpeed(String(TRAVEL_MODE_WORDS[next].typicalKmh));
    setMode(next);
  };
  const field = (name: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    "aria-invalid": errors[name]?.length ? true : undefined,
    "aria-describedby": `${idPrefix}-${name}-msg`,
  });
  const message = (name: string, hint: string) =>
    errors[name]?.length ? (
      <p id={`${idPrefix}-${name}-msg`} className="mt-1 text-sm text-red-700" data-testid={`error-${name}`}>
        {errors[name].join(" ")}
      </p>
    ) : (
      <p id={`${idPrefix}-${name}-msg`} className="mt-1 text-xs text-slate-600">
        {hint}
      </p>
    );
  return (
    <fieldset
      className="rounded-md border border-slate-200 p-3"
      aria-describedby={errors.travelMode?.length ? `${idPrefix}-travelMode-msg` : undefined}
    >
      <legend className="px-1 text-sm font-semibold">How does the delegation usually get between venues?</legend>
      <div className="flex flex-wrap gap-2">
        {TRAVEL_MODES.map((m) => (
          <label
            key={m}
            className="flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm has-[:checked]:border-accent has-[:checked]:bg-teal-50"
          >
            <input
              type="radio"
              name="travelMode"
              value={m}
              checked={mode === m}
              onChange={() => choose(m)}
              className="size-4"
              aria-invalid={errors.travelMode?.length ? true : undefined}
            />
            <span>
              {TRAVEL_MODE_WORDS[m].label}{" "}
              <span className="whitespace-nowrap text-slate-600">(about {TRAVEL_MODE_WORDS[m].typicalKmh} km/h)</span>
            </span>
          </label>
        ))}
      </div>
      {errors.travelMode?.length ? (
        <p id={`${idPrefix}-travelMode-msg`} className="mt-1 text-sm text-red-700" data-testid="error-travelMode">
          {errors.travelMode.join(" ")}
        </p>
      ) : null}
      <div className="mt-3 grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor={`${idPrefix}-travelSpeedKmh`} className="block text-sm font-semibold">
            Typical speed (km/h)
          </label>
          <input
            {...field("travelSpeedKmh")}
            type="number"
            step="0.1"
            inputMode="decimal"
            value={speed}
            onChange={(e) => setSpeed(e.target.value)}
            className={inputClass}
          />
          {message(
            "travelSpeedKmh",
            "Door to door, waits included; empty means the mode's typical speed. Used to estimate the time between venues.",
          )}
        </div>
        <div>
          <label htmlFor={`${idPrefix}-detourFactor`} className="block text-sm font-semibold">
            Detour factor
          </label>
          <input
            {...field("detourFactor")}
            type="number"
            step="0.05"
            inputMode="decimal"
            defaultValue={values.detourFactor === undefined || values.detourFactor === null ? "" : String(values.detourFactor)}
            className={inputClass}
          />
          {message("detourFactor", "Straight-line distance × this factor = route length (1.3 is typical).")}
        </div>
      </div>
    </fieldset>
  );
}
