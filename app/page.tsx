import Link from "next/link";
import { StaffHeader } from "@/components/staff/staff-header";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { dateRange } from "@/lib/schedule/time";
import { listVisits } from "@/lib/visits/data";
import { VISIT_FILTERS, type VisitFilter } from "@/lib/visits/schema";

export const dynamic = "force-dynamic";

const FILTER_LABELS: Record<VisitFilter, string> = { active: "All", upcoming: "Upcoming", past: "Past", archived: "Archived" };

type Props = { searchParams: Promise<{ q?: string; show?: string }> };

export default async function VisitsPage({ searchParams }: Props) {
  const staff = await requireStaffPage("VIEWER", "/");
  const params = await searchParams;
  const filter = (VISIT_FILTERS as readonly string[]).includes(params.show ?? "") ? (params.show as VisitFilter) : "active";
  const q = (params.q ?? "").trim().slice(0, 100);
  const visits = await listVisits(filter, q);
  const canEdit = hasRole(staff, "EDITOR");
  const href = (show: VisitFilter) => `/?${new URLSearchParams({ ...(q ? { q } : {}), ...(show !== "active" ? { show } : {}) })}`;
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h1 className="text-2xl font-bold">Visits</h1>
          {canEdit && (
            <Link href="/visits/new" className={buttonClass("primary")}>
              New visit
            </Link>
          )}
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <form action="/" role="search" aria-label="Search visits" className="flex w-full min-w-0 max-w-md gap-2 sm:w-auto sm:flex-1">
            {filter !== "active" && <input type="hidden" name="show" value={filter} />}
            <label htmlFor="visits-q" className="sr-only">
              Search visits by title, city or date
            </label>
            <input
              id="visits-q"
              name="q"
              type="search"
              defaultValue={q}
              placeholder="Title, city or date (2025-06, June 2025)"
              className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
            />
            <button
              type="submit"
              className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:border-accent"
            >
              Search
            </button>
          </form>
          <nav aria-label="Show visits" className="flex overflow-hidden rounded-md border border-slate-300 text-sm font-semibold">
            {VISIT_FILTERS.map((f) => (
              <Link
                key={f}
                href={href(f)}
                aria-current={filter === f ? "page" : undefined}
                className={`px-3 py-1.5 ${filter === f ? "bg-ink text-white" : "bg-white text-slate-700 hover:text-ink"}`}
              >
                {FILTER_LABELS[f]}
              </Link>
            ))}
          </nav>
        </div>
        {visits.length === 0 ? (
          <p className="mt-4 text-slate-600">
            {q || filter !== "active" ? (
              <>
                No visits match{q ? <> “{q}”</> : null} here.{" "}
                <Link href="/" className="font-semibold underline">
                  Show all visits
                </Link>
              </>
            ) : (
              <>
                No visits yet.{" "}
                {canEdit ? (
                  <>
                    Start one with <strong>New visit</strong>, or{" "}
                    <Link href="/visits/new#import" className="font-semibold text-accent underline">
                      import a visit file
                    </Link>
                    .
                  </>
                ) : (
                  "An editor can create the first one."
                )}
              </>
            )}
          </p>
        ) : (
          <ul className="mt-4 grid gap-3 sm:grid-cols-2">
            {visits.map((v) => (
              <li key={v.id}>
                <Link
                  href={`/visits/${v.id}`}
                  className="block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-accent"
                >
                  <div className="flex items-start justify-between gap-2">
                    <h2 className="min-w-0 break-words font-semibold">{v.title}</h2>
                    {v.archived ? (
                      <Badge>Archived</Badge>
                    ) : v.publishedVersion ? (
                      <Badge tone="ok">Published v{v.publishedVersion}</Badge>
                    ) : (
                      <Badge tone="warn">Draft</Badge>
                    )}
                  </div>
                  <p className="mt-1 text-sm text-slate-600">
                    {v.guestCity} → {v.hostCity} · {dateRange(v.firstDay, v.lastDay)}
                  </p>
                  <p className="mt-1 text-sm text-slate-600">
                    {v.delegateCount} {v.delegateCount === 1 ? "delegate" : "delegates"} · {v.slotCount}{" "}
                    {v.slotCount === 1 ? "slot" : "slots"}
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
