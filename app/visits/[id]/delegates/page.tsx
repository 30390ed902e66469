import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DelegatesEditor } from "@/components/records/delegates";
import { ReadOnlyNote } from "@/components/records/read-only-note";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { DELEGATES_TEMPLATE } from "@/lib/delegates/csv";
import { delegatesOfVisit } from "@/lib/delegates/data";
import { zoneLabel } from "@/lib/schedule/time";
import { loadItinerary } from "@/lib/visits/data";
import { timeZoneOptions } from "@/lib/visits/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Delegates" };

type Props = { params: Promise<{ id: string }> };

export default async function DelegatesPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/delegates`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const { visit } = it;
  const rows = await delegatesOfVisit(id, visit.timeZone);
  const canEdit = hasRole(staff, "EDITOR");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={visit} current="Delegates" />
        <h2 className="mt-6 text-xl font-bold">
          Delegates <span className="text-base font-normal text-slate-600">({rows.length})</span>
        </h2>
        {!canEdit && <ReadOnlyNote />}
        <DelegatesEditor
          visitId={id}
          rows={rows}
          canEdit={canEdit}
          timeZones={canEdit ? timeZoneOptions() : []}
          visitZone={visit.timeZone}
          zoneLabel={zoneLabel(`${visit.firstDay}T12:00:00Z`, visit.timeZone)}
          template={DELEGATES_TEMPLATE}
        />
      </main>
    </>
  );
}
