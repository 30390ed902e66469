import { z } from "zod";
import { recordId } from "@/lib/visits/schema";
import { MAX_CSV_CHARS } from "./parse";

/** A CSV import request: the pasted or uploaded text for one visit. */
export const csvImportSchema = z.object({
  visitId: recordId,
  csv: z.string().min(1, "paste the CSV or choose a file").max(MAX_CSV_CHARS, "the file is larger than 1 MB: split it"),
});
export type CsvImportInput = z.output<typeof csvImportSchema>;
