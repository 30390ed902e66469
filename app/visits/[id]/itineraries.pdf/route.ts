import { allItinerariesResponse } from "@/lib/export/pdf/handlers";

// Every delegate's itinerary in one PDF (staff): lib/export/pdf/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = allItinerariesResponse;
