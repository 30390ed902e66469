"use client";

import { useState } from "react";
import { inputClass } from "@/components/ui/form";
import { formatCoordinates, openStreetMapUrl, parseCoordinates, type Point } from "@/lib/venues/coordinates";

/**
 * One field for a venue's point: a pasted "52.4862, -1.8904" or a map link. While typing it
 * says what it read and links to the point on OpenStreetMap; the server reads it the same way.
 */
export function CoordinatesField({ idPrefix, initial, error }: { idPrefix: string; initial: Partial<Point> | null; error?: string[] }) {
  const start =
    initial && typeof initial.latitude === "number" && typeof initial.longitude === "number" ? formatCoordinates(initial as Point) : "";
  const [text, setText] = useState(start);
  const id = `${idPrefix}-coordinates`;
  const read = text.trim() === "" ? null : parseCoordinates(text);
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold">
        Coordinates
      </label>
      <input
        id={id}
        name="coordinates"
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoComplete="off"
        inputMode="text"
        aria-invalid={error?.length ? true : undefined}
        aria-describedby={`${id}-msg`}
        className={inputClass}
      />
      <div id={`${id}-msg`} className="mt-1 text-sm">
        {error?.length ? (
          <p className="text-red-700" data-testid="error-coordinates">
            {error.join(" ")}
          </p>
        ) : read?.ok ? (
          <p className="text-slate-700" data-testid="coordinates-read">
            Reads as <span className="whitespace-nowrap">{formatCoordinates(read)}</span> ·{" "}
            <a href={openStreetMapUrl(read)} target="_blank" rel="noopener noreferrer" className="font-semibold text-accent underline">
              check on OpenStreetMap<span className="sr-only"> (opens in a new tab)</span>
            </a>
          </p>
        ) : (
          <p className="text-xs text-slate-600">
            Paste “52.4862, -1.8904” or a link from OpenStreetMap, Google Maps or Apple Maps. Without coordinates travel time to and from
            this venue is unknown.
          </p>
        )}
      </div>
    </div>
  );
}
