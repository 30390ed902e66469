import { localDate } from "@/lib/schedule/days";
import { localTime } from "@/lib/schedule/time";
import type { GiftDirection } from "@/lib/schedule/protocol-types";
import type { Itinerary } from "@/lib/schedule/types";

// The visit's register of gifts (UK councils keep one for gifts and hospitality): every gift
// of every slot, in time order, with its estimated value. Staff only.

export type RegisterRow = {
  slotId: string;
  date: string;
  time: string;
  occasion: string;
  venue: string;
  direction: GiftDirection;
  giver: string;
  item: string;
  recipient: string;
  valueMinor: number | null;
  currency: string;
  notes: string;
};

export function giftRegister(it: Itinerary): RegisterRow[] {
  const tz = it.visit.timeZone;
  const venues = new Map(it.venues.map((v) => [v.id, v.name]));
  return it.slots.flatMap((s) =>
    (s.protocol?.gifts ?? []).map((g) => ({
      slotId: s.id,
      date: localDate(s.startsAt, tz),
      time: localTime(s.startsAt, tz),
      occasion: s.title,
      venue: s.venueId ? (venues.get(s.venueId) ?? "") : "",
      direction: g.direction,
      giver: g.giver,
      item: g.item,
      recipient: g.recipient,
      valueMinor: g.valueMinor,
      currency: g.currency,
      notes: g.notes,
    })),
  );
}

/** Totals per direction and currency: "GIVEN GBP" → 18000. */
export function registerTotals(rows: RegisterRow[]): { direction: GiftDirection; currency: string; valueMinor: number; count: number }[] {
  const totals = new Map<string, { direction: GiftDirection; currency: string; valueMinor: number; count: number }>();
  for (const r of rows) {
    const key = `${r.direction} ${r.currency}`;
    const t = totals.get(key) ?? totals.set(key, { direction: r.direction, currency: r.currency, valueMinor: 0, count: 0 }).get(key)!;
    t.valueMinor += r.valueMinor ?? 0;
    t.count += 1;
  }
  return [...totals.values()].sort((a, b) => a.direction.localeCompare(b.direction) || a.currency.localeCompare(b.currency));
}

export const REGISTER_COLUMNS = [
  "date",
  "time",
  "occasion",
  "venue",
  "given_or_received",
  "giver",
  "gift",
  "recipient",
  "estimated_value",
  "currency",
  "notes",
] as const;

/** A spreadsheet cell that starts like a formula is written as text (CSV injection). */
const cell = (s: string) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s);

export function registerCsvRows(rows: RegisterRow[]): string[][] {
  return rows.map((r) => [
    r.date,
    r.time,
    cell(r.occasion),
    cell(r.venue),
    r.direction === "GIVEN" ? "given" : "received",
    cell(r.giver),
    cell(r.item),
    cell(r.recipient),
    r.valueMinor === null ? "" : (r.valueMinor / 100).toFixed(2),
    r.currency,
    cell(r.notes),
  ]);
}
