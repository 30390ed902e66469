import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ConflictList } from "@/components/schedule/conflict-list";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { requireStaffPage } from "@/lib/auth/guards";
import { findConflicts } from "@/lib/schedule/conflicts";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Clashes" };

export default async function ClashesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/clashes`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const warnings = findConflicts(it);
  const blocking = warnings.filter((w) => w.severity === "blocking").length;
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Clashes" />
        <p className="mt-4 text-sm text-slate-700" data-testid="conflict-summary">
          {warnings.length === 0
            ? "No clashes in the draft."
            : `${warnings.length} ${warnings.length === 1 ? "clash" : "clashes"} in the draft: ${blocking} blocking publication, ${warnings.length - blocking} to review.`}{" "}
          Only a venue booked twice blocks publishing; the other clashes are for you to judge.{" "}
          <Link href={`/api/visits/${id}/conflicts`} className="font-semibold text-accent underline underline-offset-2">
            As JSON
          </Link>
        </p>
        <div className="mt-4">
          {warnings.length === 0 ? (
            <p className="rounded-lg border border-emerald-200 bg-emerald-50 px-4 py-6 text-emerald-900">
              Nothing to fix: no double bookings, travel is feasible and every slot fits the venues' hours and the delegates' stays.
            </p>
          ) : (
            <ConflictList visitId={id} warnings={warnings} slots={it.slots} timeZone={it.visit.timeZone} />
          )}
        </div>
      </main>
    </>
  );
}
