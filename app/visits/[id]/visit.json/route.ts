import { visitFileResponse } from "@/lib/visits/file-handlers";

// The whole visit as a visit file, for signed-in staff: lib/visits/file-handlers.ts.
export const dynamic = "force-dynamic";
export const GET = visitFileResponse;
