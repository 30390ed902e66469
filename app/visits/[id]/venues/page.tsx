import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ReadOnlyNote } from "@/components/records/read-only-note";
import { VenuesEditor } from "@/components/records/venues";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { TRAVEL_MODE_WORDS } from "@/lib/schedule/travel";
import { VENUES_TEMPLATE } from "@/lib/venues/csv";
import { venuePairs, venuesOfVisit } from "@/lib/venues/data";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Venues" };

type Props = { params: Promise<{ id: string }> };

export default async function VenuesPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/venues`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const { visit } = it;
  const rows = await venuesOfVisit(id);
  const pairs = await venuePairs(id, rows, visit);
  const canEdit = hasRole(staff, "EDITOR");
  const note = `Estimates are straight-line distance × ${visit.detourFactor} at ${visit.travelSpeedKmh} km/h ${TRAVEL_MODE_WORDS[visit.travelMode].leg} (change this in Settings).`;
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={visit} current="Venues" />
        <h2 className="mt-6 text-xl font-bold">
          Venues <span className="text-base font-normal text-slate-600">({rows.length})</span>
        </h2>
        {!canEdit && <ReadOnlyNote />}
        <VenuesEditor
          visitId={id}
          rows={rows}
          pairs={pairs}
          canEdit={canEdit}
          template={VENUES_TEMPLATE}
          travelNote={note}
          travelMode={visit.travelMode}
        />
      </main>
    </>
  );
}
