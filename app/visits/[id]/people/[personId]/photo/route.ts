import { photoResponse } from "@/lib/protocol/handlers";

// A delegate's or host contact's photo, for signed-in staff only: lib/protocol/handlers.ts.
export const dynamic = "force-dynamic";
export const GET = photoResponse;
