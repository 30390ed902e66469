import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { auditChanges, auditHeadline, namesOf, undoable } from "@/components/editor/audit-format";
import { UndoEntryButton } from "@/components/editor/undo-entry-button";
import { shortInstant } from "@/lib/schedule/time";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { auditLog, decodeCursor } from "@/lib/audit/data";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

const PAGE = 100;

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ before?: string }> };

export default async function HistoryPage({ params, searchParams }: Props) {
  const { id } = await params;
  const before = decodeCursor((await searchParams).before);
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/history`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const tz = it.visit.timeZone;
  const { entries, older } = await auditLog(id, PAGE, before);
  const names = namesOf(it);
  const canEdit = hasRole(staff, "EDITOR");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="History" />
        <p className="mt-4 text-sm text-slate-700">
          {before ? "Older changes to this visit" : "Every change to this visit"}, newest first, {PAGE} a page. Times in {it.visit.hostCity}{" "}
          local time.
        </p>
        {entries.length === 0 ? (
          <p className="mt-4 rounded-lg border border-slate-200 bg-white px-4 py-6 text-slate-600">No changes recorded yet.</p>
        ) : (
          <ol className="mt-4 divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
            {entries.map((e) => {
              const changes = auditChanges(e, names, tz);
              return (
                <li key={e.id} className="grid gap-1 px-4 py-3 text-sm sm:grid-cols-[13rem_1fr] sm:gap-4" data-testid="audit-entry">
                  <div className="text-slate-600">
                    <p className="tabular-nums">{shortInstant(e.at, tz)}</p>
                    <p className="font-semibold text-ink">{e.actor?.name ?? e.actor?.email ?? "Account removed"}</p>
                  </div>
                  <div className="min-w-0">
                    <p className="font-semibold">{auditHeadline(e)}</p>
                    {changes.length > 0 && (
                      <ul className="mt-1 space-y-0.5 text-slate-700">
                        {changes.map((c) => (
                          <li key={c.field} className="min-w-0 break-words">
                            <span className="font-medium text-slate-600">{c.field}:</span>{" "}
                            {c.before && c.after ? (
                              <>
                                <span className="text-slate-600 line-through decoration-slate-400">{c.before}</span> → {c.after}
                              </>
                            ) : c.after ? (
                              c.after
                            ) : (
                              <span className="text-slate-600">{c.before}</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                    {canEdit && undoable(e) && <UndoEntryButton entryId={e.id} />}
                  </div>
                </li>
              );
            })}
          </ol>
        )}
        {(older || before) && (
          <nav className="mt-4 flex flex-wrap gap-x-6 gap-y-2 text-sm font-semibold" aria-label="History pages">
            {before && (
              <a href={`/visits/${id}/history`} className="underline">
                ← Newest changes
              </a>
            )}
            {older && (
              <a href={`/visits/${id}/history?before=${encodeURIComponent(older)}`} className="underline">
                Older changes →
              </a>
            )}
          </nav>
        )}
      </main>
    </>
  );
}
