import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PublishButton } from "@/components/editor/publish-button";
import { ChangeList, LegChangeList } from "@/components/schedule/change-list";
import { ConflictList } from "@/components/schedule/conflict-list";
import { shortInstant } from "@/lib/schedule/time";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { draftStatus, publicationHistory } from "@/lib/publications/data";
import { draftKey, sameContent } from "@/lib/publications/fingerprint";
import { findConflicts } from "@/lib/schedule/conflicts";
import { publicItinerary } from "@/lib/schedule/protocol";
import { diffLegs } from "@/lib/schedule/changes";
import { changedDelegates } from "@/lib/schedule/delegate-changes";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Publish" };

export default async function PublishPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/publish`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const tz = it.visit.timeZone;
  const [{ latest, changes }, history] = await Promise.all([draftStatus(it), publicationHistory(id)]);
  const shown = publicItinerary(it);
  const legChanges = diffLegs(latest?.itinerary ?? null, shown);
  const unchanged = !!latest && sameContent(latest.itinerary, shown);
  const warnings = findConflicts(it);
  const blocking = warnings.filter((w) => w.severity === "blocking");
  const others = warnings.length - blocking.length;
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Publish" />
        <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <div className="min-w-0 space-y-6">
            {blocking.length > 0 && (
              <section aria-labelledby="blocking">
                <h2 id="blocking" className="mb-3 text-lg font-bold text-red-800">
                  Blocking clashes ({blocking.length})
                </h2>
                <ConflictList visitId={id} warnings={blocking} slots={it.slots} timeZone={tz} />
              </section>
            )}
            <section aria-labelledby="changes">
              <h2 id="changes" className="text-lg font-bold">
                {latest ? `Changes since version ${latest.version}` : "First publication"}
              </h2>
              <p className="mb-3 text-sm text-slate-600">
                {latest
                  ? `Published ${shortInstant(latest.publishedAt, tz)}${latest.publishedBy ? ` by ${latest.publishedBy}` : ""}. What delegates will see change when you publish:`
                  : "Delegates see nothing until the first version is published. Every slot below is new to them."}
              </p>
              {unchanged ? (
                <p className="rounded-lg border border-slate-200 bg-white px-4 py-4 text-sm text-slate-700" data-testid="no-changes">
                  The draft matches version {latest?.version}: nothing for delegates would change.
                </p>
              ) : changes.length > 0 ? (
                <ChangeList changes={changes} before={latest?.itinerary ?? null} after={it} />
              ) : (
                <p className="rounded-lg border border-slate-200 bg-white px-4 py-4 text-sm text-slate-700" data-testid="no-slot-changes">
                  No slot changed.{" "}
                  {legChanges.length
                    ? "The transport below did."
                    : "Other details delegates see did: their hotels, names or the visit's details."}
                </p>
              )}
            </section>
            {legChanges.length > 0 && (
              <section aria-labelledby="leg-changes">
                <h2 id="leg-changes" className="mb-3 text-lg font-bold">
                  Transport
                </h2>
                <LegChangeList changes={legChanges} before={latest?.itinerary ?? null} after={shown} />
              </section>
            )}
          </div>
          <aside className="space-y-6">
            <section aria-labelledby="publish" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 id="publish" className="text-lg font-bold">
                Publish
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {blocking.length ? `${blocking.length} blocking clash${blocking.length === 1 ? "" : "es"}. ` : "No blocking clashes. "}
                {others > 0 && (
                  <Link href={`/visits/${id}/clashes`} className="text-accent underline underline-offset-2">
                    {others} {others === 1 ? "clash" : "clashes"} to review
                  </Link>
                )}
              </p>
              <div className="mt-3">
                {hasRole(staff, "EDITOR") ? (
                  <PublishButton
                    visitId={id}
                    draftKey={draftKey(it)}
                    blocked={blocking.length > 0}
                    nextVersion={(latest?.version ?? 0) + 1}
                    unchanged={unchanged}
                    changedDelegates={changedDelegates(latest?.itinerary ?? null, shown).size}
                    delegates={it.delegates.length}
                  />
                ) : (
                  <p className="text-sm text-slate-600">Only editors can publish.</p>
                )}
              </div>
            </section>
            <section aria-labelledby="versions" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <h2 id="versions" className="text-lg font-bold">
                Published versions
              </h2>
              {history.length === 0 ? (
                <p className="mt-1 text-sm text-slate-600">None yet.</p>
              ) : (
                <table className="mt-2 w-full text-sm" data-testid="publication-history">
                  <thead className="text-left text-xs uppercase tracking-wide text-slate-500">
                    <tr>
                      <th className="py-1 pr-2 font-semibold">Version</th>
                      <th className="py-1 pr-2 font-semibold">When</th>
                      <th className="py-1 font-semibold">Who</th>
                    </tr>
                  </thead>
                  <tbody className="divide-y divide-slate-100">
                    {history.map((p) => (
                      <tr key={p.version}>
                        <td className="py-1.5 pr-2 font-semibold">v{p.version}</td>
                        <td className="py-1.5 pr-2 tabular-nums">{shortInstant(p.publishedAt, tz)}</td>
                        <td className="py-1.5">{p.publishedBy?.name ?? p.publishedBy?.email ?? "—"}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
          </aside>
        </div>
      </main>
    </>
  );
}
