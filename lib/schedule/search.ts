import { localDate } from "./days";
import { localTime } from "./time";
import type { Itinerary } from "./types";
import { displayName } from "./view";

export type SearchHit = { slotId: string; title: string; date: string; start: string; matched: string };

const fold = (s: string) => s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();

/**
 * Slots whose title, notes, venue, host organisation or people match every word of the
 * query (accents and case ignored), in time order, with what matched.
 */
export function searchItinerary(it: Itinerary, query: string, limit = 50): SearchHit[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (!words.length) return [];
  const tz = it.visit.timeZone;
  const venues = new Map(it.venues.map((v) => [v.id, v.name]));
  const orgs = new Map(it.organisations.map((o) => [o.id, o.name]));
  const people = new Map<string, string>();
  for (const d of it.delegates) people.set(d.id, displayName(d));
  for (const o of it.organisations) for (const c of o.contacts) people.set(c.id, c.name);
  const hits: (SearchHit & { at: string })[] = [];
  for (const s of it.slots) {
    const fields: [string, string][] = [
      ["title", s.title],
      ["venue", s.venueId ? (venues.get(s.venueId) ?? "") : ""],
      ["host", s.hostOrganisationId ? (orgs.get(s.hostOrganisationId) ?? "") : ""],
      ...s.attendees.map((a): [string, string] => ["person", people.get(a.personId) ?? ""]),
      ["description", `${s.description} ${s.delegateNotes} ${s.internalNotes}`],
    ];
    const text = fold(fields.map((f) => f[1]).join(" \u0000 "));
    if (!words.every((w) => text.includes(w))) continue;
    const matched = fields
      .filter(([, v]) => words.some((w) => fold(v).includes(w)))
      .map(([k, v]) => (k === "description" ? "notes" : `${k}: ${v}`));
    hits.push({
      slotId: s.id,
      title: s.title,
      date: localDate(s.startsAt, tz),
      start: localTime(s.startsAt, tz),
      matched: [...new Set(matched)].slice(0, 3).join(" · "),
      at: s.startsAt,
    });
  }
  return hits
    .sort((a, b) => a.at.localeCompare(b.at))
    .slice(0, limit)
    .map(({ at: _at, ...h }) => h);
}
