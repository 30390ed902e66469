import { programmeResponse } from "@/lib/pdf-downloads/handlers";

// The whole programme (staff): lib/pdf-downloads/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = programmeResponse;
