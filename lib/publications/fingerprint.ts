import { createHash } from "node:crypto";
import type { Itinerary } from "@/lib/schedule/types";

/**
 * A short key for the exact draft staff reviewed. Publish sends it back, and the server
 * refuses when the draft has changed since the review page was drawn.
 */
export function draftKey(draft: Itinerary): string {
  return createHash("sha256").update(JSON.stringify(draft)).digest("base64url").slice(0, 22);
}
