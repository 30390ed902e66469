import { staffItineraryResponse } from "@/lib/pdf-downloads/handlers";

// One delegate's itinerary (staff): lib/pdf-downloads/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = staffItineraryResponse;
