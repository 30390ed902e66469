import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VisitSettingsForm } from "@/components/records/visit-form";
import { VisitDelete } from "@/components/records/visit-delete";
import { VisitLogo } from "@/components/records/visit-logo";
import { visitLogo } from "@/lib/pdf-downloads/data";
import { ReadOnlyNote } from "@/components/records/read-only-note";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { ArchiveButton } from "@/components/staff/archive-button";
import { buttonClass } from "@/components/ui/button";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { TRAVEL_MODE_WORDS } from "@/lib/schedule/travel";
import { loadItinerary, visitSummary } from "@/lib/visits/data";
import { timeZoneOptions } from "@/lib/visits/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Visit settings" };

type Props = { params: Promise<{ id: string }> };

export default async function SettingsPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/settings`);
  const [it, summary, logo] = await Promise.all([loadItinerary(id), visitSummary(id), visitLogo(id)]);
  if (!it || !summary) notFound();
  const { visit } = it;
  const canEdit = hasRole(staff, "EDITOR");
  const values = { ...visit, version: summary.version };
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={visit} current="Settings" />
        <section className="mt-6 max-w-3xl">
          <h2 className="text-xl font-bold">Settings</h2>
          {canEdit ? (
            <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
              <VisitSettingsForm timeZones={timeZoneOptions()} values={values} />
            </div>
          ) : (
            <>
              <ReadOnlyNote />
              <dl className="mt-4 grid gap-x-6 gap-y-2 rounded-lg border border-slate-200 bg-white p-4 text-sm sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">Title</dt>
                <dd>{visit.title}</dd>
                <dt className="font-semibold">Guest → host city</dt>
                <dd>
                  {visit.guestCity} → {visit.hostCity}
                </dd>
                <dt className="font-semibold">Days</dt>
                <dd>
                  {visit.firstDay} to {visit.lastDay}
                </dd>
                <dt className="font-semibold">Time zone</dt>
                <dd>{visit.timeZone}</dd>
                <dt className="font-semibold">Travel</dt>
                <dd>
                  {TRAVEL_MODE_WORDS[visit.travelMode].label} at {visit.travelSpeedKmh} km/h, detour factor {visit.detourFactor}
                </dd>
              </dl>
            </>
          )}
        </section>
        <section
          className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          aria-labelledby="visit-logo-heading"
        >
          <h2 id="visit-logo-heading" className="text-lg font-bold">
            Logo for the PDFs
          </h2>
          <div className="mt-3">
            <VisitLogo
              visitId={visit.id}
              canEdit={canEdit}
              current={logo ? `data:${logo.type};base64,${Buffer.from(logo.bytes).toString("base64")}` : null}
            />
          </div>
        </section>
        <section
          className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
          aria-labelledby="visit-file-heading"
        >
          <h2 id="visit-file-heading" className="text-lg font-bold">
            Visit file
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Everything in this visit as one JSON file, staff notes and gift values included: keep it as safely as the visit itself. Import
            it under New visit to make a copy.
          </p>
          <a href={`/visits/${visit.id}/visit.json`} download className={buttonClass("secondary", "mt-3")}>
            Download visit file (JSON)
          </a>
        </section>
        {canEdit && (
          <section
            className="mt-8 max-w-3xl rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
            aria-labelledby="archive-visit"
          >
            <h2 id="archive-visit" className="text-lg font-bold">
              {summary.archivedAt ? "Archived" : "Archive"}
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              {summary.archivedAt
                ? "This visit is out of the visits list's usual view; it is under “Archived”. Restore it to bring it back."
                : "When a visit is over, archive it to take it out of the visits list's usual view; it stays under “Archived”. Its links, PDFs and history stay as they are."}
            </p>
            <div className="mt-3">
              <ArchiveButton visitId={visit.id} archived={!!summary.archivedAt} />
            </div>
          </section>
        )}
        {hasRole(staff, "ADMIN") && (
          <section className="mt-8 max-w-3xl rounded-lg border border-red-200 bg-white p-4 shadow-sm sm:p-6" aria-labelledby="delete-visit">
            <h2 id="delete-visit" className="text-lg font-bold">
              Delete this visit
            </h2>
            <p className="mt-1 text-sm text-slate-700">
              For a visit entered by mistake or cancelled. Delegates&apos; links stop working and the printed programmes can no longer be
              downloaded.
            </p>
            <div className="mt-3">
              <VisitDelete
                id={visit.id}
                version={summary.version}
                title={visit.title}
                counts={{
                  delegates: it.delegates.length,
                  organisations: it.organisations.length,
                  venues: it.venues.length,
                  slots: it.slots.length,
                }}
              />
            </div>
          </section>
        )}
      </main>
    </>
  );
}
