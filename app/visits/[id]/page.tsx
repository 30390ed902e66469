import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProgrammeDownloads } from "@/components/export/programme-downloads";
import { DaySection } from "@/components/schedule/day-section";
import { SlotCard } from "@/components/schedule/slot-card";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { requireStaffPage } from "@/lib/auth/guards";
import { zoneLabel } from "@/lib/schedule/time";
import { scheduleDays } from "@/lib/schedule/view";
import { loadItinerary, visitSummary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const v = await visitSummary(id);
  return { title: v?.title ?? "Visit" };
}

export default async function VisitPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const { visit } = it;
  const days = scheduleDays(it);
  return (
    <>
      <StaffHeader staff={staff} />
      <main className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={visit} current="Schedule"><ProgrammeDownloads visitId={visit.id} /></VisitHeader>
        <p className="mt-4 inline-block rounded bg-accent-soft px-2 py-1 text-sm text-ink">
          All times are {visit.hostCity} local time ({zoneLabel(`${visit.firstDay}T12:00:00Z`, visit.timeZone)}, {visit.timeZone}) · {it.delegates.length} delegates · {it.slots.length} slots
        </p>
        {days.map((day) => (
          <DaySection key={day.date} date={day.date} count={day.slots.length}>
            {day.slots.map((slot) => <SlotCard key={slot.id} slot={slot} timeZone={visit.timeZone} />)}
          </DaySection>
        ))}
      </main>
    </>
  );
}
