import Link from "next/link";
import { StaffHeader } from "@/components/staff/staff-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { dateRange } from "@/lib/schedule/format";
import { listVisits } from "@/lib/visits/data";

export const dynamic = "force-dynamic";

export default async function VisitsPage() {
  const staff = await requireStaffPage("VIEWER", "/");
  const visits = await listVisits();
  const canEdit = hasRole(staff, "EDITOR");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Visits</h1>
          {canEdit && <Link href="/visits/new" className={buttonClass("primary")}>New visit</Link>}
        </div>
        {visits.length === 0 ? (
          <p className="mt-4 text-slate-600">
            No visits yet. {canEdit ? <>Start one with <strong>New visit</strong>, or import a visit file with <code>npm run visit:import -- file.json</code>.</> : "An editor can create the first one."}
          </p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {visits.map((v) => (
              <li key={v.id}>
                <Link href={`/visits/${v.id}`} className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-accent">
                  <div className="flex items-start justify-between gap-2">
                    <h2 className="font-semibold">{v.title}</h2>
                    {v.publishedVersion ? <Badge tone="ok">Published v{v.publishedVersion}</Badge> : <Badge tone="warn">Draft</Badge>}
                  </div>
                  <p className="mt-1 text-sm text-slate-600">
                    {v.guestCity} → {v.hostCity} · {dateRange(v.firstDay, v.lastDay)}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {v.delegateCount} {v.delegateCount === 1 ? "delegate" : "delegates"} · {v.slotCount} {v.slotCount === 1 ? "slot" : "slots"}
                  </p>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </main>
    </>
  );
}
