import { delegateItineraryResponse } from "@/lib/pdf-downloads/handlers";

// A delegate's own itinerary, from their private link: lib/pdf-downloads/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = delegateItineraryResponse;
