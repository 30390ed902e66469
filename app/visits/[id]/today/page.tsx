import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { EntryCard } from "@/components/protocol/run-sheet-view";
import { requireStaffPage } from "@/lib/auth/guards";
import { nowAndNext, runSheet } from "@/lib/protocol/run-sheet";
import { localDate, visitDates } from "@/lib/schedule/days";
import { dateRange, longDate } from "@/lib/schedule/time";
import { localToInstant } from "@/lib/schedule/time";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Today" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string; time?: string }> };

/**
 * The staff phone view on the day: what the whole delegation is doing now and next, and one
 * tap to call the driver or the host. ?day=2025-06-12&time=18:10 shows another moment (a
 * rehearsal the evening before, or the demo).
 */
export default async function TodayPage({ params, searchParams }: Props) {
  const { id } = await params;
  const q = await searchParams;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/today`);
  void staff;
  const it = await loadItinerary(id);
  if (!it) notFound();
  const tz = it.visit.timeZone;
  const chosen = q.day ? localToInstant(q.day, q.time ?? "00:00", tz) : null;
  const now = chosen?.ok ? chosen.instant : new Date();
  const date = localDate(now, tz);
  const sheet = runSheet(it, date, "en");
  const { now: current, next } = nowAndNext(sheet, now);
  const later = sheet.entries.filter((e) => Date.parse(e.startsAt) > now.getTime() && e !== next);
  return (
    <main id="main" className="mx-auto max-w-xl px-3 py-4">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">
        <Link className="hover:underline" href={`/visits/${id}`}>
          {it.visit.title}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">Today: {longDate(date)}</h1>
      <p className="text-sm text-slate-600">
        As of {new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", minute: "2-digit" }).format(now)} {sheet.zone} ·{" "}
        <Link className="underline" href={`/visits/${id}/run-sheet?day=${date}`}>
          full run-sheet
        </Link>
      </p>
      {(date < it.visit.firstDay || date > it.visit.lastDay) && (
        <div className="mt-4 rounded-md border border-slate-200 bg-white p-3 text-sm" data-testid="today-outside">
          <p>
            Today is not a day of this visit ({dateRange(it.visit.firstDay, it.visit.lastDay)}). Open one of its days, from the morning:
          </p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {visitDates(it.visit.firstDay, it.visit.lastDay).map((d) => (
              <li key={d}>
                <Link
                  className="inline-block rounded border border-slate-300 px-2 py-1 font-semibold hover:bg-slate-50"
                  href={`/visits/${id}/today?day=${d}&time=07:00`}
                >
                  {longDate(d)}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="now" className="mt-4">
        <h2 id="now" className="text-lg font-bold">
          Now
        </h2>
        {current.length === 0 ? (
          <p className="text-slate-600">Nothing under way.</p>
        ) : (
          <ol className="mt-2 space-y-3" data-testid="today-now">
            {current.map((e) => (
              <EntryCard key={e.kind + e.id} e={e} zone={sheet.zone} badge="Now" />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="next" className="mt-4">
        <h2 id="next" className="text-lg font-bold">
          Next
        </h2>
        {!next ? (
          <p className="text-slate-600">Nothing more today.</p>
        ) : (
          <ol className="mt-2 space-y-3" data-testid="today-next">
            <EntryCard e={next} zone={sheet.zone} badge="Next" />
          </ol>
        )}
      </section>
      {later.length > 0 && (
        <section aria-labelledby="later" className="mt-4">
          <h2 id="later" className="text-lg font-bold">
            Later today
          </h2>
          <ol className="mt-2 space-y-3">
            {later.map((e) => (
              <EntryCard key={e.kind + e.id} e={e} zone={sheet.zone} />
            ))}
          </ol>
        </section>
      )}
    </main>
  );
}
