import Papa from "papaparse";
import type { z } from "zod";

// CSV import, the generic part: read the table, check the header against the documented
// columns, and turn zod issues into "row 4, arrival: use a time like 2025-06-10 12:40".
// Row numbers are the spreadsheet's: the header is row 1, the first record row 2.

export const MAX_CSV_CHARS = 1_000_000;
export const MAX_CSV_ROWS = 2_000;

export type CsvRow = { row: number; values: Record<string, string> };
export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; problems: string[] };

const normalise = (h: string) => h.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s-]+/g, "_");

/** Reads CSV text with a header row; `columns` are the documented names, `required` must be present. */
export function readCsv(text: string, columns: readonly string[], required: readonly string[]): CsvTable {
  if (text.length > MAX_CSV_CHARS) return { ok: false, problems: ["The file is larger than 1 MB: split it into smaller files."] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const lines = parsed.data;
  const headerIndex = lines.findIndex((l) => l.some((c) => c.trim() !== ""));
  if (headerIndex < 0) return { ok: false, problems: ["The file is empty: start with the header row from the template."] };
  const header = lines[headerIndex].map(normalise);
  const problems: string[] = [];
  for (const h of header) {
    if (h !== "" && !columns.includes(h)) problems.push(`row ${headerIndex + 1}: unknown column "${h}": use the template's columns (${columns.join(", ")})`);
  }
  for (const r of required) if (!header.includes(r)) problems.push(`row ${headerIndex + 1}: the column "${r}" is missing`);
  if (problems.length) return { ok: false, problems };
  const rows: CsvRow[] = [];
  lines.forEach((cells, i) => {
    if (i <= headerIndex || cells.every((c) => c.trim() === "")) return;
    const values: Record<string, string> = {};
    header.forEach((h, k) => {
      if (h) values[h] = (cells[k] ?? "").trim();
    });
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== "")) {
      problems.push(`row ${i + 1}: more cells than columns in the header: check for an unquoted comma`);
    }
    rows.push({ row: i + 1, values });
  });
  if (rows.length === 0) problems.push("The file has a header but no rows to import.");
  if (rows.length > MAX_CSV_ROWS) problems.push(`The file has ${rows.length} rows; import at most ${MAX_CSV_ROWS} at a time.`);
  return problems.length ? { ok: false, problems } : { ok: true, rows };
}

/** "row 4, arrival: …" for each zod issue; `columnOf` maps a field name back to its CSV column. */
export function rowProblems(row: number, error: z.ZodError, columnOf: (field: string) => string): string[] {
  return error.issues.map((i) => `row ${row}, ${columnOf(String(i.path[0] ?? ""))}: ${i.message}`);
}

/** A CSV text for a template download: header and example rows, quoted where needed. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  return Papa.unparse({ fields: [...header], data: rows }, { newline: "\r\n" });
}

