import { runSheetPdfResponse } from "@/lib/protocol/handlers";

// A day's run-sheet as an A4 landscape PDF, for staff: lib/protocol/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = runSheetPdfResponse;
