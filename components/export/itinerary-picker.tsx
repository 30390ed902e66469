"use client";

import { useState } from "react";
import { DownloadButton } from "./download-button";

/** "Itinerary for …": pick a delegate, download their personal itinerary. */
export function ItineraryPicker({ visitId, delegates }: { visitId: string; delegates: { id: string; name: string }[] }) {
  const [delegateId, setDelegateId] = useState(delegates[0]?.id ?? "");
  return (
    <span className="inline-flex flex-wrap items-start gap-2">
      <label className="sr-only" htmlFor="itinerary-for">Itinerary for</label>
      <select
        id="itinerary-for"
        value={delegateId}
        onChange={(e) => setDelegateId(e.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
      >
        {delegates.map((d) => (
          <option key={d.id} value={d.id}>Itinerary for {d.name}</option>
        ))}
      </select>
      <DownloadButton href={`/visits/${visitId}/delegates/${delegateId}/itinerary.pdf`} disabled={!delegateId}>
        Itinerary PDF
      </DownloadButton>
    </span>
  );
}
