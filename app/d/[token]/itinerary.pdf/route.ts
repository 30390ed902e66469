import { delegateItineraryResponse } from "@/lib/export/pdf/handlers";

// A delegate's own itinerary, from their private link: lib/export/pdf/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = delegateItineraryResponse;
