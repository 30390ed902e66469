import { allItinerariesResponse } from "@/lib/pdf-downloads/handlers";

// Every delegate's itinerary in one PDF (staff): lib/pdf-downloads/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = allItinerariesResponse;
