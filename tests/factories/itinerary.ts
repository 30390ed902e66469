import type { Itinerary, Publication } from "@/lib/schedule/types";
import { validateVisitFile } from "@/lib/visits/file-validate";
import { itineraryFromFile } from "@/lib/visits/file-itinerary";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import { leipzigVisit } from "./leipzig";

/** An itinerary built from a visit file, ids = the file's keys (slots: "slot-0", "slot-1", …). */
export function itineraryOf(input: VisitFileInput): Itinerary {
  const v = validateVisitFile(input);
  if (!v.ok) throw new Error(`invalid test visit: ${JSON.stringify(v.problems)}`);
  return itineraryFromFile(v.file);
}

export function leipzigItinerary(): Itinerary {
  return itineraryOf(leipzigVisit());
}

export function publicationOf(itinerary: Itinerary, version = 1): Publication {
  return { version, publishedAt: "2025-06-01T09:00:00.000Z", publishedBy: "admin@example.org", itinerary };
}
