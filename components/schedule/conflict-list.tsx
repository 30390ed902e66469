import Link from "next/link";
import { WARNING_TYPES, type Warning, type WarningType } from "@/lib/schedule/conflicts";
import { localDate } from "@/lib/schedule/days";
import type { ItinerarySlot } from "@/lib/schedule/types";
import { slotStart } from "@/lib/schedule/time";
import { CLASH_LABELS } from "@/lib/i18n/labels";

/** The clash kinds' names, from the message catalogue. */
export const WARNING_LABELS = CLASH_LABELS.en;

/** Clashes grouped by kind, blocking kinds first; each links to the slots involved. */
export function ConflictList({
  visitId,
  warnings,
  slots,
  timeZone,
}: {
  visitId: string;
  warnings: Warning[];
  slots: ItinerarySlot[];
  timeZone: string;
}) {
  const byId = new Map(slots.map((s) => [s.id, s]));
  const groups = new Map<WarningType, Warning[]>();
  for (const w of warnings) (groups.get(w.type) ?? groups.set(w.type, []).get(w.type)!).push(w);
  const rank = (w: Warning) => (w.severity === "blocking" ? 0 : 100) + WARNING_TYPES.indexOf(w.type);
  const ordered = [...groups.entries()].sort(([, a], [, b]) => rank(a[0]) - rank(b[0]));
  return (
    <div className="space-y-6">
      {ordered.map(([type, list]) => {
        const blocking = list[0].severity === "blocking";
        return (
          <section
            key={type}
            aria-labelledby={`group-${type}`}
            data-testid="conflict-group"
            className="rounded-lg border border-slate-200 bg-white shadow-sm"
          >
            <h2
              id={`group-${type}`}
              className="flex flex-wrap items-center gap-2 border-b border-slate-200 px-4 py-2.5 text-base font-bold"
            >
              {WARNING_LABELS[type]}
              <span className="font-normal text-slate-600">({list.length})</span>
              <span
                className={`rounded px-1.5 py-px text-[11px] font-bold uppercase tracking-wide ${blocking ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}
              >
                {blocking ? "Blocks publishing" : "To review"}
              </span>
            </h2>
            <ul className="divide-y divide-slate-100">
              {list.map((w, i) => (
                <li
                  key={i}
                  className={`border-l-4 px-4 py-2.5 text-sm ${blocking ? "border-red-700" : "border-amber-400"}`}
                  data-testid="conflict"
                >
                  <p>{w.message}</p>
                  <p className="mt-1 flex flex-wrap gap-x-3 gap-y-1">
                    {w.legId && w.slotIds.length === 0 && (
                      <Link
                        href={`/visits/${visitId}/protocol#leg-${w.legId}`}
                        className="font-semibold text-accent underline-offset-2 hover:underline"
                      >
                        The leg under Protocol → Transport
                      </Link>
                    )}
                    {w.slotIds.map((id) => {
                      const s = byId.get(id);
                      return s ? (
                        <Link
                          key={id}
                          href={`/visits/${visitId}?day=${localDate(s.startsAt, timeZone)}&view=list#slot-${id}`}
                          className="font-semibold text-accent underline-offset-2 hover:underline"
                        >
                          {s.title} <span className="font-normal text-slate-600">· {slotStart(s.startsAt, timeZone)}</span>
                        </Link>
                      ) : null;
                    })}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
