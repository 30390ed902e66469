import { importVisitResponse } from "@/lib/visits/file-handlers";

// A visit file sent by the New visit page's import card: lib/visits/file-handlers.ts.
export const dynamic = "force-dynamic";
export const POST = importVisitResponse;
