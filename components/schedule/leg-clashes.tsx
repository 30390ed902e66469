import Link from "next/link";
import en from "@/lib/i18n/messages/en.json";
import type { Warning } from "@/lib/schedule/conflicts";
import { legTitle } from "@/lib/schedule/protocol";
import { timeRange } from "@/lib/schedule/time";
import type { Itinerary } from "@/lib/schedule/types";

/**
 * A day's clashes of transport legs alone (no slot to badge: a pick-up before a delegate
 * lands), above the day's timeline or list: leg by leg, a link to the leg under Protocol →
 * Transport, where it is fixed, and each clash's message. Nothing when the day has none.
 */
export function LegClashes({
  it,
  warnings,
  date,
  className = "",
}: {
  it: Itinerary;
  warnings: Warning[];
  date: string;
  className?: string;
}) {
  if (!warnings.length) return null;
  const byLeg = new Map<string, Warning[]>();
  for (const w of warnings) (byLeg.get(w.legId!) ?? byLeg.set(w.legId!, []).get(w.legId!)!).push(w);
  const legs = new Map((it.legs ?? []).map((l) => [l.id, l]));
  const heading = `leg-clashes-${date}`;
  return (
    <section
      aria-labelledby={heading}
      data-testid="leg-clashes"
      className={`rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 ${className}`}
    >
      <h3 id={heading} className="text-sm font-bold text-amber-950">
        Transport clashes on this day ({warnings.length})
      </h3>
      <ul className="mt-1.5 space-y-2">
        {[...byLeg].map(([legId, list]) => {
          const leg = legs.get(legId);
          return (
            <li key={legId} data-testid="day-leg" className="rounded bg-white px-2 py-1.5 text-sm">
              {leg && (
                <Link
                  href={`/visits/${it.visit.id}/protocol#leg-${leg.id}`}
                  className="font-semibold text-accent underline underline-offset-2 hover:no-underline"
                >
                  Protocol → Transport: {timeRange(leg.pickUpAt, leg.arriveAt, it.visit.timeZone)} {legTitle(it, leg, en.protocol)}
                </Link>
              )}
              <ul className="mt-1 space-y-1">
                {list.map((w) => {
                  const blocking = w.severity === "blocking";
                  return (
                    <li
                      key={w.message}
                      data-testid="day-leg-clash"
                      data-type={w.type}
                      className={`flex flex-col gap-1 border-l-4 py-0.5 pl-2 sm:flex-row sm:gap-2 ${blocking ? "border-red-700 text-red-900" : "border-amber-500 text-amber-950"}`}
                    >
                      <span
                        className={`mt-px h-fit w-fit shrink-0 rounded px-1.5 py-px text-[11px] font-bold uppercase tracking-wide ${blocking ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}
                      >
                        {blocking ? "Blocks publishing" : "To review"}
                      </span>
                      <span>{w.message}</span>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
