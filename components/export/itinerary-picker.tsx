"use client";

import { useState } from "react";
import { DownloadButton } from "./download-button";
import { LanguageSelect, type PdfLanguage, withLang } from "./language-select";

/**
 * Itineraries: pick a delegate and a language (the delegate's own unless staff choose), then
 * download their personal itinerary, or every delegate's at once in that language.
 */
export function ItineraryPicker({ visitId, delegates }: { visitId: string; delegates: { id: string; name: string }[] }) {
  const [delegateId, setDelegateId] = useState(delegates[0]?.id ?? "");
  const [lang, setLang] = useState<PdfLanguage>("");
  return (
    <span className="inline-flex flex-wrap items-start gap-2">
      <label className="sr-only" htmlFor="itinerary-for">
        Itinerary for
      </label>
      <select
        id="itinerary-for"
        value={delegateId}
        onChange={(e) => setDelegateId(e.target.value)}
        className="rounded-md border border-slate-300 bg-white px-2 py-2 text-sm"
      >
        {delegates.map((d) => (
          <option key={d.id} value={d.id}>
            Itinerary for {d.name}
          </option>
        ))}
      </select>
      <LanguageSelect id="itinerary-language" label="Itinerary language" value={lang} onChange={setLang} own />
      <DownloadButton href={withLang(`/visits/${visitId}/delegates/${delegateId}/itinerary.pdf`, lang)} disabled={!delegateId}>
        Itinerary PDF
      </DownloadButton>
      <DownloadButton href={withLang(`/visits/${visitId}/itineraries.pdf`, lang)}>All itineraries PDF</DownloadButton>
    </span>
  );
}
