import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { RunSheetView } from "@/components/protocol/run-sheet-view";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { requireStaffPage } from "@/lib/auth/guards";
import { runSheet } from "@/lib/protocol/run-sheet";
import { visitDates } from "@/lib/schedule/days";
import { longDate } from "@/lib/schedule/time";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Run-sheet" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string }> };

export default async function RunSheetPage({ params, searchParams }: Props) {
  const { id } = await params;
  const { day } = await searchParams;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/run-sheet`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const days = visitDates(it.visit.firstDay, it.visit.lastDay);
  const date = day && days.includes(day) ? day : days[0];
  const sheet = runSheet(it, date, "en");
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Protocol">
          <a
            href={`/visits/${id}/run-sheet.pdf?day=${date}&lang=en`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50"
          >
            Run-sheet PDF
          </a>
          <a
            href={`/visits/${id}/run-sheet.pdf?day=${date}&lang=de`}
            hrefLang="de"
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold hover:bg-slate-50"
          >
            Ablaufplan (PDF, Deutsch)
          </a>
        </VisitHeader>
        <h2 className="mt-6 text-xl font-bold">Run-sheet: {longDate(date)}</h2>
        <p className="mt-1 text-sm text-slate-700">
          The current draft, minute by minute, for staff and escorts. Times are {it.visit.hostCity} local time ({sheet.zone}); people in the
          visit&apos;s order of precedence.
        </p>
        <nav aria-label="Days" className="mt-3 flex flex-wrap gap-2 text-sm">
          {days.map((d) => (
            <Link
              key={d}
              href={`/visits/${id}/run-sheet?day=${d}`}
              aria-current={d === date ? "page" : undefined}
              className={`rounded-full border px-3 py-1 ${d === date ? "border-accent bg-accent text-white" : "border-slate-300 bg-white"}`}
            >
              {longDate(d)}
            </Link>
          ))}
        </nav>
        <RunSheetView sheet={sheet} />
      </main>
    </>
  );
}
