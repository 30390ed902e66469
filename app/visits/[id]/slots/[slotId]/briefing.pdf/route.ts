import { briefingPdfResponse } from "@/lib/protocol/handlers";

// A slot's briefing note for its host, for staff: lib/protocol/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = briefingPdfResponse;
