import { randomUUID } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import type { Itinerary } from "@/lib/schedule/types";
import { LIMITS, utf8Bytes } from "@/lib/limits";
import { recordAudit } from "@/lib/audit/mutations";
import { findTextProblems } from "@/lib/text-check";
import type { VisitFile } from "./file-schema";
import { itineraryFromFile, slotKeyOf } from "./file-itinerary";
import { giftsFromFile, hotelFromFile, personFromFile, slotProtocolColumnsFromFile } from "@/lib/protocol/file";
import { formatPath, validateVisitFile, type Problem } from "./file-validate";
import { duplicateKeys } from "./json-keys";
import { VISIT_FILE_TOO_LARGE } from "./file-size";

export type ImportResult = { ok: true; visitId: string } | { ok: false; problems: Problem[] };

/**
 * A visit file's text: parsed, checked in full, and imported only when it has no problem.
 * `actorId` is the staff member importing in the app (audited); null from the command line.
 */
export async function importVisitText(text: string, actorId: string | null = null): Promise<ImportResult> {
  const read = readVisitJson(text);
  if (!read.ok) return read;
  const v = validateVisitFile(read.json);
  if (!v.ok) return v;
  return { ok: true, visitId: await importVisit(v.file, actorId) };
}

/** The file's JSON, refused when too large, not JSON, with a repeated key or text that cannot be stored. */
export function readVisitJson(text: string): { ok: true; json: unknown } | { ok: false; problems: Problem[] } {
  if (text.length > LIMITS.visitFileBytes || utf8Bytes(text) > LIMITS.visitFileBytes) {
    return {
      ok: false,
      problems: [{ path: "(file)", message: VISIT_FILE_TOO_LARGE }],
    };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: "(file)", message: `not valid JSON (${(e as Error).message}): check the commas, quotes and brackets` }],
    };
  }
  const problems: Problem[] = [
    ...duplicateKeys(text).map((d) => ({
      path: d.path,
      message: `"${d.key}" is given twice in the same object: keep one (otherwise the last would silently win)`,
    })),
    ...findTextProblems(json).map((p) => ({ path: formatPath(p.path) || "(file)", message: p.message })),
  ];
  return problems.length ? { ok: false, problems } : { ok: true, json };
}

// createMany sends one statement per call; PostgreSQL takes at most 65,535 parameters in
// one, so lists go in chunks (1,000 rows x up to 14 columns stays well inside).
const CHUNK = 1_000;
async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

// Slots and attendances are the lists that grow to tens of thousands. Prisma's createMany
// costs about 1.5 ms a row here (its query compiler, not PostgreSQL): 50,000 slots took 108 s.
// One INSERT … SELECT FROM unnest(arrays) per 10,000 rows passes one array per column and
// writes the same rows in about a second (docs/benchmarks.md, "Import";
// docs/decisions/061-bulk-import-unnest.md). Columns left out (version) take their
// database defaults; instants go in as timestamptz with their offset.
const BIG_CHUNK = 10_000;
type SlotRow = Omit<Itinerary["slots"][number], "attendees" | "sequence" | "protocol">;

function insertSlots(tx: Tx, visitId: string, rows: SlotRow[]) {
  const col = <K extends keyof SlotRow>(k: K) => rows.map((r) => r[k]);
  return tx.$executeRaw`
    INSERT INTO "TimeSlot" ("id", "visitId", "title", "kind", "startsAt", "endsAt", "venueId", "hostOrganisationId",
                            "description", "delegateNotes", "internalNotes", "createdAt", "updatedAt")
    SELECT id, ${visitId}, title, kind::"SlotKind", starts, ends, venue, host,
           description, "delegateNotes", "internalNotes", now(), now()
    FROM unnest(${col("id")}::text[], ${col("title")}::text[], ${col("kind")}::text[], ${col("startsAt")}::timestamptz[],
                ${col("endsAt")}::timestamptz[], ${col("venueId")}::text[], ${col("hostOrganisationId")}::text[],
                ${col("description")}::text[], ${col("delegateNotes")}::text[], ${col("internalNotes")}::text[])
      AS x(id, title, kind, starts, ends, venue, host, description, "delegateNotes", "internalNotes")`;
}

type AttendanceRow = { id: string; slotId: string; role: string; delegateId: string | null; hostContactId: string | null };

function insertAttendances(tx: Tx, rows: AttendanceRow[]) {
  const col = <K extends keyof AttendanceRow>(k: K) => rows.map((r) => r[k]);
  return tx.$executeRaw`
    INSERT INTO "Attendance" ("id", "slotId", "role", "delegateId", "hostContactId")
    SELECT id, slot, role::"AttendanceRole", delegate, contact
    FROM unnest(${col("id")}::text[], ${col("slotId")}::text[], ${col("role")}::text[], ${col("delegateId")}::text[], ${col("hostContactId")}::text[])
      AS x(id, slot, role, delegate, contact)`;
}
// Prisma's interactive transaction gives up after 5 s by default; 50,000 slots take longer.
const IMPORT_TIMEOUT_MS = 10 * 60_000;

/** The protocol layer of a file: slots' protocol columns (only where set), gifts, transport legs. */
async function importProtocol(tx: Tx, file: VisitFile, visitId: string, it: Itinerary, idOf: (key: string) => string) {
  for (const [i, s] of file.slots.entries()) {
    const columns = slotProtocolColumnsFromFile(s.protocol, idOf);
    // Most slots have no protocol: their columns keep the database defaults.
    if (Object.values(columns).every((v) => v === "" || v === null || v === false || v === "NONE")) continue;
    await tx.timeSlot.update({ where: { id: idOf(slotKeyOf(s, i)) }, data: columns });
  }
  await inChunks(
    file.slots.flatMap((s, i) => giftsFromFile(s.protocol, visitId, idOf(slotKeyOf(s, i)))),
    (data) => tx.gift.createMany({ data }),
  );
  for (const l of it.legs ?? []) {
    await tx.transportLeg.create({
      data: {
        visitId,
        fromKind: l.from.kind,
        fromSlotId: l.from.slotId,
        fromPlace: l.from.place,
        toKind: l.to.kind,
        toSlotId: l.to.slotId,
        toPlace: l.to.place,
        mode: l.mode,
        pickUpAt: new Date(l.pickUpAt),
        arriveAt: new Date(l.arriveAt),
        pickUpPlace: l.pickUpPlace,
        vehicle: l.vehicle,
        driverName: l.driverName,
        driverPhone: l.driverPhone,
        route: l.route,
        notes: l.notes,
        passengers: {
          create: l.passengers.map((p) => ({
            delegateId: p.kind === "delegate" ? p.personId : null,
            hostContactId: p.kind === "contact" ? p.personId : null,
          })),
        },
      },
    });
  }
}

/**
 * Creates a whole visit from a validated file in one transaction: either everything is
 * written or nothing is. Returns the new visit's id. With a staff member as `actorId` (an
 * import in the app) the visit's history starts with an "import" entry naming them; the
 * command line, the seed and the test factories pass none and write no entry.
 */
export async function importVisit(file: VisitFile, actorId: string | null = null): Promise<string> {
  const ids = new Map<string, string>();
  const idOf = (key: string) => {
    if (!ids.has(key)) ids.set(key, randomUUID());
    return ids.get(key)!;
  };
  const visitId = randomUUID();
  const it = itineraryFromFile(file, visitId, idOf);
  // Notes are in the file but not in the itinerary (staff-only), so they come from the file.
  const notesByDelegate = new Map(file.delegates.map((d) => [idOf(d.key), d.notes]));
  const fileDelegate = new Map(file.delegates.map((d) => [idOf(d.key), d]));
  const notesByOrganisation = new Map(file.organisations.map((o) => [idOf(o.key), o.notes]));
  const precedence = new Map(
    file.organisations.flatMap((o) => [
      [idOf(o.key), o.precedence] as const,
      ...o.contacts.map((c) => [idOf(c.key), c.precedence] as const),
    ]),
  );

  await db().$transaction(
    async (tx: Tx) => {
      await tx.visit.create({
        data: {
          id: visitId,
          title: it.visit.title,
          guestCity: it.visit.guestCity,
          hostCity: it.visit.hostCity,
          firstDay: new Date(`${it.visit.firstDay}T00:00:00Z`),
          lastDay: new Date(`${it.visit.lastDay}T00:00:00Z`),
          timeZone: it.visit.timeZone,
          travelMode: it.visit.travelMode,
          travelSpeedKmh: it.visit.travelSpeedKmh,
          detourFactor: it.visit.detourFactor,
        },
      });
      await inChunks(
        it.venues.map((v) => ({ ...v, visitId, openingHours: v.openingHours ?? undefined })),
        (data) => tx.venue.createMany({ data }),
      );
      await inChunks(
        it.organisations.map((o) => ({
          id: o.id,
          visitId,
          name: o.name,
          website: o.website,
          notes: notesByOrganisation.get(o.id) ?? "",
          precedence: precedence.get(o.id) ?? 0,
        })),
        (data) => tx.hostOrganisation.createMany({ data }),
      );
      await inChunks(
        file.organisations.flatMap((o) =>
          o.contacts.map((c) => ({
            id: idOf(c.key),
            organisationId: idOf(o.key),
            name: c.name,
            role: c.role,
            email: c.email,
            phone: c.phone,
            ...personFromFile(c),
          })),
        ),
        (data) => tx.hostContact.createMany({ data }),
      );
      await inChunks(
        it.delegates.map(({ protocol: _p, hotel: _h, ...d }) => ({
          ...d,
          ...personFromFile(fileDelegate.get(d.id)!),
          ...hotelFromFile(fileDelegate.get(d.id)!.hotel),
          visitId,
          arrivalAt: d.arrivalAt ? new Date(d.arrivalAt) : null,
          departureAt: d.departureAt ? new Date(d.departureAt) : null,
          notes: notesByDelegate.get(d.id) ?? "",
        })),
        (data) => tx.delegate.createMany({ data }),
      );
      await inChunks(
        it.travelOverrides.map((t) => ({ ...t, visitId })),
        (data) => tx.travelOverride.createMany({ data }),
      );
      const slots = it.slots.map(({ attendees: _a, sequence: _s, protocol: _p, ...slot }) => slot);
      await inChunks(slots, (chunk) => insertSlots(tx, visitId, chunk), BIG_CHUNK);
      await importProtocol(tx, file, visitId, it, idOf);
      const attendances = it.slots.flatMap((s) =>
        s.attendees.map((a) => ({
          id: randomUUID(),
          slotId: s.id,
          role: a.role,
          delegateId: a.kind === "delegate" ? a.personId : null,
          hostContactId: a.kind === "contact" ? a.personId : null,
        })),
      );
      await inChunks(attendances, (chunk) => insertAttendances(tx, chunk), BIG_CHUNK);
      if (actorId) {
        await recordAudit(tx, {
          visitId,
          actorId,
          action: "import",
          entity: "visit",
          entityId: visitId,
          after: {
            title: it.visit.title,
            firstDay: it.visit.firstDay,
            lastDay: it.visit.lastDay,
            delegates: it.delegates.length,
            organisations: it.organisations.length,
            venues: it.venues.length,
            slots: it.slots.length,
          },
        });
      }
    },
    { timeout: IMPORT_TIMEOUT_MS, maxWait: 10_000 },
  );
  return visitId;
}
