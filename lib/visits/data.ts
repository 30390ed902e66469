import { db } from "@/lib/db";
import type { Delegate, Prisma } from "@/lib/generated/prisma/client";
import type { VisitFilter } from "./schema";
import type { Itinerary, OpeningHours } from "@/lib/schedule/types";
import { byPrecedence } from "@/lib/schedule/protocol";
import { hotelOf, legOf, personProtocol } from "@/lib/protocol/rows";
import { attendeeOrder, itinerarySlots, slotRows } from "./slot-rows";

// Reads. Callers check who is asking (lib/auth/guards.ts) before calling these.

export const dateOnly = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The delegate fields that every shape of a delegate carries unchanged (itinerary, visit file,
 * edit form); each adds its own id or key, stay times and notes around them.
 */
export function delegateProfile(
  d: Pick<Delegate, "name" | "honorific" | "position" | "organisation" | "email" | "phone" | "language" | "homeTimeZone">,
) {
  return {
    name: d.name,
    honorific: d.honorific,
    position: d.position,
    organisation: d.organisation,
    email: d.email,
    phone: d.phone,
    language: d.language,
    homeTimeZone: d.homeTimeZone,
  };
}

/**
 * The visits list: "active" is every visit not archived; upcoming and past are the active ones
 * that end today or later, or ended before today (the host's calendar day is close enough
 * for a filter). The query matches title and cities, or a date ("2025", "2025-06",
 * "2025-06-11", "June 2025") within the visit's days.
 */
export async function listVisits(filter: VisitFilter | "all" = "active", query = "") {
  const today = new Date(new Date().toISOString().slice(0, 10));
  const where: Prisma.VisitWhereInput = {
    ...(filter === "all" ? {} : { archivedAt: filter === "archived" ? { not: null } : null }),
    ...(filter === "upcoming" ? { lastDay: { gte: today } } : filter === "past" ? { lastDay: { lt: today } } : {}),
  };
  const q = query.trim();
  if (q) {
    const span = dateSpan(q);
    where.AND = [
      span
        ? { firstDay: { lte: span.to }, lastDay: { gte: span.from } }
        : { OR: ["title", "guestCity", "hostCity"].map((f) => ({ [f]: { contains: q, mode: "insensitive" as const } })) },
    ];
  }
  const visits = await db().visit.findMany({
    where,
    orderBy: [{ firstDay: "desc" }, { title: "asc" }],
    include: { _count: { select: { delegates: true, slots: true } }, publications: { orderBy: { version: "desc" }, take: 1 } },
  });
  return visits.map((v) => ({
    id: v.id,
    title: v.title,
    guestCity: v.guestCity,
    hostCity: v.hostCity,
    firstDay: dateOnly(v.firstDay),
    lastDay: dateOnly(v.lastDay),
    timeZone: v.timeZone,
    archived: !!v.archivedAt,
    delegateCount: v._count.delegates,
    slotCount: v._count.slots,
    publishedVersion: v.publications[0]?.version ?? null,
  }));
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** "2025" / "2025-06" / "2025-06-11" / "June 2025" as a span of days, or null when not a date. */
export function dateSpan(q: string): { from: Date; to: Date } | null {
  let m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(q);
  let y: number,
    mo: number | null = null,
    d: number | null = null;
  if (m) {
    y = Number(m[1]);
    mo = m[2] ? Number(m[2]) - 1 : null;
    d = m[3] ? Number(m[3]) : null;
  } else if ((m = /^([a-z]{3,9})\.?\s+(\d{4})$/i.exec(q)) && MONTHS.includes(m[1].slice(0, 3).toLowerCase())) {
    y = Number(m[2]);
    mo = MONTHS.indexOf(m[1].slice(0, 3).toLowerCase());
  } else return null;
  if (mo !== null && (mo < 0 || mo > 11)) return null;
  const from = new Date(Date.UTC(y, mo ?? 0, d ?? 1));
  const to = d !== null ? from : mo !== null ? new Date(Date.UTC(y, mo + 1, 0)) : new Date(Date.UTC(y, 11, 31));
  return Number.isNaN(from.getTime()) ? null : { from, to };
}

/** The current draft of a visit as an itinerary, or null when there is no such visit. */
export async function loadItinerary(visitId: string): Promise<Itinerary | null> {
  return (await loadDraft(visitId))?.itinerary ?? null;
}

/**
 * The draft as an itinerary, with each slot's version (what the version check on save
 * compares). The slots are read by one SQL query with each slot's attendances folded into
 * one string (slot-rows.ts): read as nested Prisma relations, a summit's 32,000 attendances
 * took a third of its Schedule tab's server time (decision 066).
 */
export async function loadDraft(visitId: string): Promise<{ itinerary: Itinerary; versions: Record<string, number> } | null> {
  const [v, rows, gifts] = await Promise.all([
    db().visit.findUnique({
      where: { id: visitId },
      include: {
        venues: { orderBy: { name: "asc" } },
        organisations: {
          orderBy: [{ precedence: "asc" }, { name: "asc" }],
          include: { contacts: { orderBy: [{ precedence: "asc" }, { name: "asc" }] } },
        },
        delegates: { orderBy: { name: "asc" } },
        travelOverrides: true,
        legs: { orderBy: [{ pickUpAt: "asc" }, { id: "asc" }], include: { passengers: true } },
      },
    }),
    slotRows(visitId),
    db().gift.findMany({ where: { visitId } }),
  ]);
  if (!v) return null;
  const people = [
    ...v.delegates.map((d) => ({ kind: "delegate", id: d.id, rank: d.precedence, name: d.name })),
    ...v.organisations.flatMap((o) => o.contacts.map((c) => ({ kind: "contact", id: c.id, rank: c.precedence, name: c.name }))),
  ];
  const versions: Record<string, number> = {};
  for (const r of rows) versions[r.id] = r.version;
  return {
    itinerary: {
      visit: {
        id: v.id,
        title: v.title,
        guestCity: v.guestCity,
        hostCity: v.hostCity,
        firstDay: dateOnly(v.firstDay),
        lastDay: dateOnly(v.lastDay),
        timeZone: v.timeZone,
        travelMode: v.travelMode,
        travelSpeedKmh: v.travelSpeedKmh,
        detourFactor: v.detourFactor,
      },
      venues: v.venues.map((x) => ({
        id: x.id,
        name: x.name,
        address: x.address,
        postcode: x.postcode,
        latitude: x.latitude,
        longitude: x.longitude,
        accessNotes: x.accessNotes,
        openingHours: (x.openingHours as OpeningHours | null) ?? null,
      })),
      organisations: v.organisations.map((o) => ({
        id: o.id,
        name: o.name,
        website: o.website,
        contacts: o.contacts
          .map((c) => ({ id: c.id, name: c.name, role: c.role, email: c.email, phone: c.phone, protocol: personProtocol(c) }))
          .sort(byPrecedence),
      })),
      delegates: v.delegates
        .map((d) => ({
          id: d.id,
          ...delegateProfile(d),
          arrivalAt: d.arrivalAt?.toISOString() ?? null,
          departureAt: d.departureAt?.toISOString() ?? null,
          dietaryNeeds: d.dietaryNeeds,
          accessNeeds: d.accessNeeds,
          protocol: personProtocol(d),
          hotel: hotelOf(d),
        }))
        .sort(byPrecedence),
      // By precedence, then name, so that people with the same role are listed in that order everywhere.
      slots: itinerarySlots(rows, gifts, attendeeOrder(people)),
      travelOverrides: v.travelOverrides.map((t) => ({ fromVenueId: t.fromVenueId, toVenueId: t.toVenueId, minutes: t.minutes })),
      legs: v.legs.map(legOf),
    },
    versions,
  };
}

export async function visitSummary(visitId: string) {
  return db().visit.findUnique({
    where: { id: visitId },
    select: { id: true, title: true, timeZone: true, version: true, archivedAt: true, lastDay: true },
  });
}
