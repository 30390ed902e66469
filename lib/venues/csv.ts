import { db, type Tx } from "@/lib/db";
import { recordAudits } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";
import { readCsv, rowProblems, toCsv } from "@/lib/csv/parse";
import { parseHoursText } from "./hours";
import { venueCreateSchema } from "./schema";
import { venueColumns, venueValues } from "./mutations";

// Venues from a spreadsheet: the form's schema per row; all rows or none, in one transaction.

export const VENUE_COLUMNS = {
  name: "name",
  address: "address",
  postcode: "postcode",
  latitude: "latitude",
  longitude: "longitude",
  access_notes: "accessNotes",
  opening_hours: "openingHours",
} as const;

const CSV_NAMES = Object.keys(VENUE_COLUMNS);
const columnOf = (field: string) => CSV_NAMES.find((c) => VENUE_COLUMNS[c as keyof typeof VENUE_COLUMNS] === field) ?? field;

export const VENUES_TEMPLATE = toCsv(CSV_NAMES, [
  [
    "The Council House",
    "Victoria Square, Birmingham",
    "B1 1BB",
    "52.4797",
    "-1.9031",
    "Step-free entrance on Waterloo Street",
    "Mon-Fri 08:00-18:00",
  ],
  [
    "Aston University",
    "Aston Triangle, Birmingham",
    "B4 7ET",
    "52.4862",
    "-1.8904",
    "",
    "Mon-Fri 08:00-19:00; Sat 10:00-14:00; Sun closed",
  ],
  ["Hotel (hours not known)", "", "", "", "", "", ""],
]);

export function checkVenueRows(csv: string, visitId: string) {
  const table = readCsv(csv, CSV_NAMES, ["name"]);
  if (!table.ok) return { ok: false as const, problems: table.problems };
  const problems: string[] = [];
  const valid = [];
  for (const { row, values } of table.rows) {
    const hours = parseHoursText(values.opening_hours ?? "");
    if (typeof hours === "string") {
      problems.push(`row ${row}, opening_hours: ${hours}`);
      continue;
    }
    const parsed = venueCreateSchema.safeParse({
      visitId,
      name: values.name ?? "",
      address: values.address,
      postcode: values.postcode,
      latitude: values.latitude ?? null,
      longitude: values.longitude ?? null,
      accessNotes: values.access_notes,
      openingHours: hours,
    });
    if (!parsed.success) {
      problems.push(...rowProblems(row, parsed.error, columnOf));
      continue;
    }
    const { visitId: _v, ...fields } = parsed.data;
    valid.push(venueColumns(fields));
  }
  return problems.length ? { ok: false as const, problems } : { ok: true as const, rows: valid };
}

/** Imports every row or none. Throws INVALID_INPUT listing each bad row. */
export async function importVenues(visitId: string, csv: string, actorId: string): Promise<{ count: number }> {
  return db().$transaction(
    async (tx: Tx) => {
      if (!(await tx.visit.count({ where: { id: visitId } }))) throw new AppError("NOT_FOUND", "This visit no longer exists.");
      const checked = checkVenueRows(csv, visitId);
      if (!checked.ok) {
        throw new AppError(
          "INVALID_INPUT",
          `Nothing was imported. Fix ${checked.problems.length === 1 ? "this problem" : `these ${checked.problems.length} problems`} and import again.`,
          { fieldErrors: { csv: checked.problems } },
        );
      }
      const created = await tx.venue.createManyAndReturn({ data: checked.rows.map((r) => ({ ...r, visitId })) });
      await recordAudits(
        tx,
        created.map((v) => ({ visitId, actorId, action: "import", entity: "venue", entityId: v.id, after: venueValues(v) })),
      );
      return { count: created.length };
    },
    { timeout: 30_000 },
  );
}
