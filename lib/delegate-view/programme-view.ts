import type { Publication } from "@/lib/schedule/types";
import { delegateProgramme, staticProgramme, type DelegateProgramme } from "./model";
import { updateSeen, type SlotLabel } from "./seen";

// The delegate page's data, computed from a publication and what the delegate saw before.
// No database: data.ts reads, this computes (and tests can call it directly).

export type DelegatePageData =
  | { status: "unpublished"; language: "en" | "de" }
  | {
      status: "ok";
      language: "en" | "de";
      programme: DelegateProgramme;
      /** Slots that left the delegate's programme since they last looked (shown for a day). */
      removed: SlotLabel[];
      version: number;
      publishedAt: string;
    };

/**
 * The page's data from a publication and what the delegate saw before; no database. Also
 * returns the seen state to store (when `dirty`) and when the marks it shows run out.
 */
export function programmeView(
  pub: (Publication & { id?: string }) | null,
  delegateId: string,
  language: "en" | "de",
  seenSlots: unknown,
  now: Date,
) {
  const it = pub?.itinerary;
  if (!pub || !it?.delegates.some((d) => d.id === delegateId))
    return { data: { status: "unpublished", language } as DelegatePageData, seen: null };
  const base = staticProgramme(it, delegateId)!;
  const seen = updateSeen(seenSlots, base.fingerprints, now, base.labels, pub.id);
  const programme = delegateProgramme(it, delegateId, now, seen.changed)!;
  const removed = seen.removed.map(({ title, startsAt }) => ({ title, startsAt }));
  const data: DelegatePageData = { status: "ok", language, programme, removed, version: pub.version, publishedAt: pub.publishedAt };
  return { data, seen };
}
