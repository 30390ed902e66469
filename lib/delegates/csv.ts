import { db, type Tx } from "@/lib/db";
import { recordAudits } from "@/lib/audit/mutations";
import { AppError } from "@/lib/errors";
import { readCsv, rowProblems, toCsv } from "@/lib/csv/parse";
import { delegateFields } from "./schema";
import { stayInstants } from "./stay";
import { delegateColumns, delegateValues, visitZone } from "./mutations";

// Delegates from a spreadsheet: every row is checked with the form's schema and the visit's
// zone; nothing is written unless every row is valid, and then all rows in one transaction.

export const DELEGATE_COLUMNS = {
  name: "name",
  honorific: "honorific",
  position: "position",
  organisation: "organisation",
  email: "email",
  phone: "phone",
  language: "language",
  home_time_zone: "homeTimeZone",
  arrival: "arrival",
  departure: "departure",
  dietary_needs: "dietaryNeeds",
  access_needs: "accessNeeds",
  notes: "notes",
} as const;

const CSV_NAMES = Object.keys(DELEGATE_COLUMNS);
const columnOf = (field: string) => CSV_NAMES.find((c) => DELEGATE_COLUMNS[c as keyof typeof DELEGATE_COLUMNS] === field) ?? field;

export const DELEGATES_TEMPLATE = toCsv(CSV_NAMES, [
  [
    "Manuela Blum",
    "Ms",
    "Head of International Affairs",
    "City of Leipzig",
    "m.blum@example.de",
    "+49 341 000000",
    "de",
    "Europe/Berlin",
    "2025-06-10 12:40",
    "2025-06-13 17:30",
    "vegetarian",
    "",
    "",
  ],
  [
    "Dr Antje Nolting",
    "Dr",
    "Economic Development",
    "City of Leipzig",
    "",
    "",
    "en",
    "",
    "",
    "",
    "",
    "step-free access",
    "Arrives with the main group",
  ],
]);

export function checkDelegateRows(csv: string, timeZone: string) {
  const table = readCsv(csv, CSV_NAMES, ["name"]);
  if (!table.ok) return { ok: false as const, problems: table.problems };
  const problems: string[] = [];
  const valid = [];
  for (const { row, values } of table.rows) {
    const input: Record<string, string> = {};
    for (const [col, field] of Object.entries(DELEGATE_COLUMNS)) if (values[col] !== undefined) input[field] = values[col];
    // An empty home zone means the visit's own zone: most sheets leave it blank.
    if (!input.homeTimeZone) input.homeTimeZone = timeZone;
    if (input.language) input.language = input.language.toLowerCase();
    const parsed = delegateFields.safeParse(input);
    if (!parsed.success) {
      problems.push(...rowProblems(row, parsed.error, columnOf));
      continue;
    }
    const stay = stayInstants(parsed.data, timeZone);
    if (!stay.ok) {
      for (const [field, msgs] of Object.entries(stay.fieldErrors)) problems.push(`row ${row}, ${columnOf(field)}: ${msgs.join(" ")}`);
      continue;
    }
    valid.push(delegateColumns(parsed.data, stay.stay));
  }
  return problems.length ? { ok: false as const, problems } : { ok: true as const, rows: valid };
}

/** Imports every row or none. Throws INVALID_INPUT listing each bad row. */
export async function importDelegates(visitId: string, csv: string, actorId: string): Promise<{ count: number }> {
  return db().$transaction(
    async (tx: Tx) => {
      const zone = await visitZone(tx, visitId);
      const checked = checkDelegateRows(csv, zone);
      if (!checked.ok) {
        throw new AppError(
          "INVALID_INPUT",
          `Nothing was imported. Fix ${checked.problems.length === 1 ? "this problem" : `these ${checked.problems.length} problems`} and import again.`,
          { fieldErrors: { csv: checked.problems } },
        );
      }
      const created = await tx.delegate.createManyAndReturn({ data: checked.rows.map((r) => ({ ...r, visitId })) });
      await recordAudits(
        tx,
        created.map((d) => ({ visitId, actorId, action: "import", entity: "delegate", entityId: d.id, after: delegateValues(d, zone) })),
      );
      return { count: created.length };
    },
    { timeout: 30_000 },
  );
}
