import { staffItineraryResponse } from "@/lib/export/pdf/handlers";

// One delegate's itinerary (staff): lib/export/pdf/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = staffItineraryResponse;
