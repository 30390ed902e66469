import { dateRange, zoneLabel } from "@/lib/schedule/time";
import type { ItineraryVisit } from "@/lib/schedule/types";
import { VisitNav, type VisitSection } from "./visit-nav";

/** Title block and section bar shared by every page of a visit. */
export function VisitHeader({
  visit,
  current,
  children,
}: {
  visit: Pick<ItineraryVisit, "id" | "title" | "guestCity" | "hostCity" | "firstDay" | "lastDay" | "timeZone">;
  current: VisitSection;
  /** Actions shown beside the title (download buttons, status). */
  children?: React.ReactNode;
}) {
  return (
    <div>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <p className="text-sm font-semibold uppercase tracking-wide text-accent">
            {visit.guestCity} → {visit.hostCity}
          </p>
          <h1 className="mt-1 text-2xl font-bold leading-tight">{visit.title}</h1>
          <p className="mt-1 text-slate-700">
            {dateRange(visit.firstDay, visit.lastDay)} · times in {visit.hostCity} local time (
            {zoneLabel(`${visit.firstDay}T12:00:00Z`, visit.timeZone)})
          </p>
        </div>
        {children && <div className="flex flex-wrap gap-2">{children}</div>}
      </div>
      <VisitNav visitId={visit.id} current={current} />
    </div>
  );
}
