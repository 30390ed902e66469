import { programmeResponse } from "@/lib/export/pdf/handlers";

// The whole programme (staff): lib/export/pdf/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = programmeResponse;
