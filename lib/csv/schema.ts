import { z } from "zod";
import { CSV_TOO_LARGE, utf8Bytes } from "@/lib/limits";
import { recordId } from "@/lib/visits/schema";
import { MAX_CSV_BYTES } from "./parse";

/** A CSV import request: the pasted or uploaded text for one visit. */
export const csvImportSchema = z.object({
  visitId: recordId,
  csv: z
    .string()
    .min(1, "paste the CSV or choose a file")
    .max(MAX_CSV_BYTES, CSV_TOO_LARGE)
    .refine((s) => utf8Bytes(s) <= MAX_CSV_BYTES, CSV_TOO_LARGE),
});
export type CsvImportInput = z.output<typeof csvImportSchema>;
