import { db } from "@/lib/db";
import type { Gift, TimeSlot } from "@/lib/generated/prisma/client";
import { type SlotProtocolColumns, slotProtocolOf } from "@/lib/protocol/rows";
import { type SlotColumns, slotColumns } from "@/lib/slots/data";
import type { ItineraryAttendee, ItinerarySlot } from "@/lib/schedule/types";

// A visit's slots as one SQL query: every column the itinerary reads, and each slot's
// attendances folded into one string. Read as Prisma relations, a 2,000-slot summit's 32,000
// attendance rows cost ~250 ms of client-side row mapping; as 2,000 strings, ~10 ms
// (decision 066). Everything else about a visit is read through Prisma as usual.

type SlotRow = SlotColumns & SlotProtocolColumns & Pick<TimeSlot, "version"> & { people: string | null };

// Between attendances, and inside one between "<d|c><ROLE>" and the person's id: neither
// character can occur in a role or in an id the database generated.
const NEXT = "\u001e";
const SEP = "\u001f";

/** The slots in time order (start, end, title), as the draft's Prisma read ordered them. */
export function slotRows(visitId: string): Promise<SlotRow[]> {
  return db().$queryRaw<SlotRow[]>`
    SELECT s.id, s.title, s.kind::text AS kind, s."startsAt", s."endsAt", s."venueId", s."hostOrganisationId",
      s.description, s."delegateNotes", s."internalNotes", s.version,
      s."dressCode"::text AS "dressCode", s."dressCodeNotes", s."interpretLanguages", s."interpreterContactId",
      s."interpreterName", s.press, s."pressNotes", s."seatingNotes", s."talkingPoints",
      (SELECT string_agg(CASE WHEN a."delegateId" IS NULL THEN 'c' ELSE 'd' END || a.role::text || ${SEP}
                         || coalesce(a."delegateId", a."hostContactId"), ${NEXT})
         FROM "Attendance" a WHERE a."slotId" = s.id) AS people
    FROM "TimeSlot" s
    WHERE s."visitId" = ${visitId}
    ORDER BY s."startsAt", s."endsAt", s.title`;
}

type Person = { kind: string; id: string; rank: number; name: string };

/**
 * How a slot's attendees are listed: host contacts, then delegates, each in the visit's order
 * of precedence, then by name, then by id. Every person's place in that order is worked out
 * once, so that a summit's 32,000 attendances are sorted by numbers (comparing names with
 * localeCompare each time cost tens of ms). `compare` is the order itself, for anyone without
 * a place (not a person of this visit).
 */
export type AttendeeOrder = { place: Map<string, number>; compare: (a: ItineraryAttendee, b: ItineraryAttendee) => number };

export function attendeeOrder(people: Person[]): AttendeeOrder {
  const byPerson = new Map(people.map((p) => [p.id, p]));
  const compare = (a: ItineraryAttendee, b: ItineraryAttendee) => {
    const x = byPerson.get(a.personId);
    const y = byPerson.get(b.personId);
    return (
      a.kind.localeCompare(b.kind) ||
      (x && y ? x.rank - y.rank : 0) ||
      (x?.name ?? "").localeCompare(y?.name ?? "") ||
      a.personId.localeCompare(b.personId)
    );
  };
  const place = new Map(
    people
      .map((p) => ({ kind: p.kind as ItineraryAttendee["kind"], personId: p.id, role: "ATTENDEE" as const }))
      .sort(compare)
      .map((a, i) => [a.personId, i]),
  );
  return { place, compare };
}

export function itinerarySlots(rows: SlotRow[], gifts: Gift[], order: AttendeeOrder): ItinerarySlot[] {
  const giftsBySlot = new Map<string, Gift[]>();
  for (const g of gifts) (giftsBySlot.get(g.slotId) ?? giftsBySlot.set(g.slotId, []).get(g.slotId)!).push(g);
  return rows.map((s) => ({
    ...slotColumns(s),
    attendees: sorted(attendeesOf(s.people), order),
    protocol: slotProtocolOf(s, giftsBySlot.get(s.id)),
  }));
}

function attendeesOf(people: string | null): ItineraryAttendee[] {
  if (!people) return [];
  return people.split(NEXT).map((p) => {
    const sep = p.indexOf(SEP);
    return {
      kind: p[0] === "d" ? "delegate" : "contact",
      personId: p.slice(sep + 1),
      role: p.slice(1, sep) as ItineraryAttendee["role"],
    };
  });
}

/** One slot's attendees in order: by place (place × n + index, sorted as numbers), else by `compare`. */
function sorted(list: ItineraryAttendee[], { place, compare }: AttendeeOrder): ItineraryAttendee[] {
  const n = list.length;
  if (n < 2) return list;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const p = place.get(list[i].personId);
    if (p === undefined) return list.sort(compare);
    keys[i] = p * n + i;
  }
  keys.sort();
  return Array.from(keys, (k) => list[k % n]);
}
