import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddSlotButton } from "@/components/editor/add-slot-button";
import { EditorProvider } from "@/components/editor/editor-context";
import { editorOptions } from "@/components/editor/options";
import { SlotActions } from "@/components/editor/slot-actions";
import { ProgrammeDownloads } from "@/components/export/programme-downloads";
import { DaySection } from "@/components/schedule/day-section";
import { DraftStatus } from "@/components/schedule/draft-status";
import { SlotCard } from "@/components/schedule/slot-card";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { currentStaff, hasRole, requireStaffPage } from "@/lib/auth/guards";
import { draftStatus } from "@/lib/publications/data";
import { findConflicts, warningsBySlot } from "@/lib/schedule/conflicts";
import { longDate } from "@/lib/schedule/format";
import { zoneLabel } from "@/lib/schedule/time";
import { scheduleDays } from "@/lib/schedule/view";
import { slotVersions } from "@/lib/slots/data";
import { slotFormValues } from "@/lib/slots/values";
import { loadItinerary, visitSummary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // Metadata renders beside the page, not after its sign-in check: check here too, so that
  // nobody learns a visit's title before signing in.
  if (!(await currentStaff())) return { title: "Visit" };
  const v = await visitSummary(id);
  return { title: v?.title ?? "Visit" };
}

export default async function VisitPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const { visit } = it;
  const canEdit = hasRole(staff, "EDITOR");
  const days = scheduleDays(it);
  const warnings = findConflicts(it);
  const bySlot = warningsBySlot(warnings);
  const [{ latest, changes }, versions] = await Promise.all([draftStatus(it), canEdit ? slotVersions(id) : Promise.resolve({} as Record<string, number>)]);

  const schedule = days.map((day) => (
    <DaySection
      key={day.date}
      date={day.date}
      count={day.slots.length}
      actions={canEdit && <AddSlotButton date={day.date} dayLabel={longDate(day.date)} {...freeHour(day.slots.map((s) => s.endsAt), visit.timeZone)} />}
    >
      {day.slots.map((slot, i) => (
        <SlotCard key={slot.id} slot={slot} timeZone={visit.timeZone} warnings={bySlot.get(slot.id)}>
          {canEdit && <SlotActions slot={slotFormValues(slot, visit.timeZone, versions[slot.id])} laterCount={day.slots.slice(i + 1).filter((s) => s.startsAt > slot.startsAt).length} />}
        </SlotCard>
      ))}
    </DaySection>
  ));

  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={visit} current="Schedule"><ProgrammeDownloads visitId={visit.id} /></VisitHeader>
        <DraftStatus visitId={id} timeZone={visit.timeZone} latest={latest} changes={changes} warnings={warnings} />
        <p className="mt-3 text-sm text-slate-700">
          All times are {visit.hostCity} local time ({zoneLabel(`${visit.firstDay}T12:00:00Z`, visit.timeZone)}, {visit.timeZone}) · {it.delegates.length} delegates · {it.slots.length} slots
          {!canEdit && " · You can read this visit; ask an admin for editor rights to change it."}
        </p>
        {canEdit ? <EditorProvider options={editorOptions(it)}>{schedule}</EditorProvider> : schedule}
      </main>
    </>
  );
}

/** A default for a new slot: the first full hour after the day's last slot ends, else 09:00. */
function freeHour(ends: string[], timeZone: string): { start: string; end: string } {
  const last = ends.sort().at(-1);
  if (!last) return { start: "09:00", end: "10:00" };
  const h = Number(new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", hourCycle: "h23" }).format(new Date(last))) + 1;
  if (h >= 23) return { start: "09:00", end: "10:00" };
  const pad = (n: number) => String(n).padStart(2, "0");
  return { start: `${pad(h)}:00`, end: `${pad(h + 1)}:00` };
}
