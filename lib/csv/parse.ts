import Papa from "papaparse";
import type { z } from "zod";
import { CSV_TOO_LARGE, LIMITS, utf8Bytes } from "@/lib/limits";
import { textProblem } from "@/lib/text-check";

// CSV import, the generic part: read the table, check the header against the documented
// columns, and turn zod issues into "row 4, arrival: use a time like 2025-06-10 12:40".
// Row numbers are the spreadsheet's: the header is row 1, the first record row 2.
// A table the parser could not read cleanly (an unclosed quote, a stray quote) is refused
// with its row and column: guessing would merge or split records silently.

export const MAX_CSV_BYTES = LIMITS.csvBytes;
export const MAX_CSV_ROWS = LIMITS.csvRows;

export type CsvRow = { row: number; values: Record<string, string> };
export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; problems: string[] };

const normalise = (h: string) =>
  h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

/** Reads CSV text with a header row; `columns` are the documented names, `required` must be present. */
export function readCsv(text: string, columns: readonly string[], required: readonly string[]): CsvTable {
  if (text.length > MAX_CSV_BYTES || utf8Bytes(text) > MAX_CSV_BYTES) return { ok: false, problems: [CSV_TOO_LARGE] };
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: false });
  const lines = parsed.data;
  const syntax = syntaxProblems(parsed.errors, lines);
  if (syntax.length) return { ok: false, problems: syntax };
  const headerIndex = lines.findIndex((l) => l.some((c) => c.trim() !== ""));
  if (headerIndex < 0) return { ok: false, problems: ["The file is empty: start with the header row from the template."] };
  const header = lines[headerIndex].map(normalise);
  const problems = headerProblems(header, headerIndex + 1, columns, required);
  if (problems.length) return { ok: false, problems };
  const rows: CsvRow[] = [];
  lines.forEach((cells, i) => {
    if (i <= headerIndex || cells.every((c) => c.trim() === "")) return;
    const values: Record<string, string> = {};
    header.forEach((h, k) => {
      if (h) values[h] = (cells[k] ?? "").trim();
    });
    cells.forEach((c, k) => {
      const bad = textProblem(c);
      if (bad) problems.push(`row ${i + 1}, ${header[k] || `column ${k + 1}`}: ${bad}`);
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

function headerProblems(header: string[], row: number, columns: readonly string[], required: readonly string[]): string[] {
  const problems: string[] = [];
  header.forEach((h, k) => {
    if (h !== "" && !columns.includes(h))
      problems.push(`row ${row}: unknown column "${h}": use the template's columns (${columns.join(", ")})`);
    const first = header.indexOf(h);
    if (h !== "" && first < k)
      problems.push(`row ${row}, column ${k + 1}: the column "${h}" appears twice (columns ${first + 1} and ${k + 1}): keep one`);
  });
  for (const r of required) if (!header.includes(r)) problems.push(`row ${row}: the column "${r}" is missing`);
  return problems;
}

/** The parser's complaints as "row 3, column 2: …". Papa counts rows from 0 and the header is row 1. */
function syntaxProblems(errors: Papa.ParseError[], lines: string[][]): string[] {
  const problems = errors
    .filter((e) => e.type !== "Delimiter") // auto-detection falling back to "," is fine
    .map((e) => {
      const row = (e.row ?? 0) + 1;
      const cells = lines[e.row ?? 0] ?? [];
      if (e.code === "MissingQuotes") {
        // The unclosed cell swallowed the rest of the file: it is the row's last cell.
        return `row ${row}, column ${Math.max(1, cells.length)}: a quoted cell is not closed: add the closing " or remove the opening one. Nothing was imported.`;
      }
      if (e.code === "InvalidQuotes") {
        const k = cells.findIndex((c) => c.includes('"'));
        return `row ${row}, column ${k < 0 ? 1 : k + 1}: a quote (") inside a quoted cell must be doubled (""), or the cell's closing quote is followed by other text.`;
      }
      return `row ${row}: the file cannot be read as CSV here (${e.message}): check the quotes and commas.`;
    });
  return [...new Set(problems)];
}

/** "row 4, arrival: …" for each zod issue; `columnOf` maps a field name back to its CSV column. */
export function rowProblems(row: number, error: z.ZodError, columnOf: (field: string) => string): string[] {
  return error.issues.map((i) => `row ${row}, ${columnOf(String(i.path[0] ?? ""))}: ${i.message}`);
}

/** A CSV text for a template download: header and example rows, quoted where needed. */
export function toCsv(header: readonly string[], rows: string[][]): string {
  return Papa.unparse({ fields: [...header], data: rows }, { newline: "\r\n" });
}
