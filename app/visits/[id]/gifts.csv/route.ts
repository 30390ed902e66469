import { giftsCsvResponse } from "@/lib/protocol/handlers";

// The visit's gifts register as CSV, for signed-in staff: lib/protocol/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = giftsCsvResponse;
