import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HostsEditor } from "@/components/records/hosts";
import { ReadOnlyNote } from "@/components/records/read-only-note";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { organisationsOfVisit } from "@/lib/hosts/data";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Hosts" };

type Props = { params: Promise<{ id: string }> };

export default async function HostsPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/hosts`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const rows = await organisationsOfVisit(id);
  const canEdit = hasRole(staff, "EDITOR");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Hosts" />
        <h2 className="mt-6 text-xl font-bold">
          Host organisations <span className="text-base font-normal text-slate-600">({rows.length})</span>
        </h2>
        {!canEdit && <ReadOnlyNote />}
        <HostsEditor visitId={id} rows={rows} canEdit={canEdit} />
      </main>
    </>
  );
}
