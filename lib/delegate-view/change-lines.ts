import { translator } from "@/lib/i18n";
import { changeWords } from "@/lib/i18n/change-words";
import { delegateChanges, describeChange, transferMarkId, type ChangeLine, type ChangeWords } from "@/lib/schedule/delegate-changes";
import type { Itinerary, Language } from "@/lib/schedule/types";
import { homeCityOf } from "@/lib/schedule/time";

// "Changed since your last visit": the before → after lines under a marked slot on the
// delegate's page. The same pure diff as the change e-mail (lib/schedule/delegate-changes.ts),
// in the same words (catalogue "mail.change"), so the page and the mail say the same thing.

export type SlotChangeLines = Record<string, ChangeLine[]>;

function words(language: Language): ChangeWords {
  // The mail says "see your page"; on the page itself the notes are right there.
  return { ...changeWords(language), notesUpdated: translator(language, "delegate")("notesUpdated") };
}

/**
 * For each marked slot whose "before" publication is known (`changedFrom`: slot id →
 * publication id, `before`: those publications' itineraries), the lines saying what changed.
 * The time line's "after" drops the day when it stays the same ("Wed 11 June, 10:05–11:00 BST
 * → 11:15–12:10 BST"). A slot with no known "before" gets no lines (then just "Changed").
 */
export function changeLines(o: {
  after: Itinerary;
  before: ReadonlyMap<string, Itinerary>;
  changedFrom: Record<string, string>;
  delegateId: string;
  language: Language;
}): SlotChangeLines {
  const me = o.after.delegates.find((d) => d.id === o.delegateId);
  if (!me) return {};
  const w = words(o.language);
  const out: SlotChangeLines = {};
  const bySource = new Map<string, string[]>();
  for (const [slotId, pubId] of Object.entries(o.changedFrom)) bySource.set(pubId, [...(bySource.get(pubId) ?? []), slotId]);
  for (const [pubId, slotIds] of bySource) {
    const before = o.before.get(pubId);
    if (!before) continue;
    const wanted = new Set(slotIds);
    for (const c of delegateChanges(before, o.after, o.delegateId)) {
      // A changed slot, or a changed transfer of hers (marked under its "leg:" id).
      const id = c.kind === "changed" ? c.slotId : c.kind === "transfer" && c.before && c.after ? transferMarkId(c.legId) : null;
      if (!id || !wanted.has(id)) continue;
      // The home time is named as everywhere else (homeCityOf): "Leipzig", not "Berlin".
      const d = describeChange(c, {
        words: w,
        language: o.language,
        timeZone: o.after.visit.timeZone,
        homeTimeZone: me.homeTimeZone,
        homeCity: homeCityOf(o.after, me.homeTimeZone),
      });
      // The card shows the time already: a time line without a "before" adds nothing.
      out[id] = d.lines
        .filter((l) => l.before !== null || l.label !== w.time)
        .map((l) => (l.label === w.time && l.before ? { ...l, after: sameDay(l.before, l.after) } : l));
    }
  }
  return out;
}

/** "Wed 11 June, 11:15–12:10 BST" after "Wed 11 June, 10:05–11:00 BST" reads "11:15–12:10 BST". */
function sameDay(before: string, after: string): string {
  const day = before.slice(0, before.lastIndexOf(", ") + 2);
  return day.length > 2 && after.startsWith(day) ? after.slice(day.length) : after;
}
