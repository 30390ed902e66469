import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AddSlotButton } from "@/components/editor/add-slot-button";
import { EditorProvider } from "@/components/editor/editor-context";
import { editorOptions } from "@/components/editor/options";
import { SlotActions } from "@/components/editor/slot-actions";
import { ProgrammeDownloads } from "@/components/export/programme-downloads";
import { DaySection } from "@/components/schedule/day-section";
import { type DayTab, DaySwitcher, ViewSwitch } from "@/components/schedule/day-switcher";
import { DraftStatus } from "@/components/schedule/draft-status";
import { LegClashes } from "@/components/schedule/leg-clashes";
import { SlotCard } from "@/components/schedule/slot-card";
import { Timeline } from "@/components/schedule/timeline/timeline";
import { VisitSearch } from "@/components/schedule/visit-search";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { currentStaff, hasRole, requireStaffPage } from "@/lib/auth/guards";
import { draftChangeCount } from "@/lib/publications/data";
import { findConflicts, legOnlyWarnings, type Warning, warningsBySlot } from "@/lib/schedule/conflicts";
import { localDate, visitDates } from "@/lib/schedule/days";
import { localHour, longDate, zoneLabel } from "@/lib/schedule/time";
import { searchItinerary } from "@/lib/schedule/search";
import { dayItinerary, packDay } from "@/lib/schedule/timeline";
import { scheduleDays } from "@/lib/schedule/view";
import { loadDraft, visitSummary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ day?: string; view?: string; q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  // Metadata renders beside the page, not after its sign-in check: check here too, so that
  // nobody learns a visit's title before signing in.
  if (!(await currentStaff())) return { title: "Visit" };
  const v = await visitSummary(id);
  return { title: v?.title ?? "Visit" };
}

// The Schedule tab shows one day (in the URL), as a timeline or as a list. Nothing for other
// days and no per-slot form data is sent: the one slot dialog reads a slot when it opens.
export default async function VisitPage({ params, searchParams }: Props) {
  const { id } = await params;
  const query = await searchParams;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}`);
  const draft = await loadDraft(id);
  if (!draft) notFound();
  const { itinerary: it } = draft;
  const { visit } = it;
  const tz = visit.timeZone;
  const canEdit = hasRole(staff, "EDITOR");
  const view = query.view === "list" ? "list" : "timeline";
  const q = (query.q ?? "").trim().slice(0, 100);
  const warnings = findConflicts(it);
  const bySlot = warningsBySlot(warnings);

  // Every visit day, and any day outside the visit that holds a slot (so none is hidden).
  const slotDay = new Map(it.slots.map((s) => [s.id, localDate(s.startsAt, tz)]));
  const dates = [...new Set([...visitDates(visit.firstDay, visit.lastDay), ...slotDay.values()])].sort();
  const date = query.day && dates.includes(query.day) ? query.day : visit.firstDay;
  const legDay = new Map((it.legs ?? []).map((l) => [l.id, localDate(l.pickUpAt, tz)]));
  const tabs = dayTabs(dates, slotDay, bySlot, legOnlyWarnings(warnings, legDay.keys()), legDay);
  const day = dayItinerary(it, date);
  const dayLabel = longDate(date);
  const versions = canEdit ? Object.fromEntries(day.slots.map((s) => [s.id, draft.versions[s.id]])) : {};
  const { latest, changed } = await draftChangeCount(it);

  const addButton = canEdit && (
    <AddSlotButton
      date={date}
      dayLabel={dayLabel}
      {...freeHour(
        day.slots.map((s) => s.endsAt),
        tz,
      )}
    />
  );
  const body =
    view === "timeline" ? (
      <>
        <div className="mt-4 flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-lg font-bold">{dayLabel}</h2>
          {addButton}
        </div>
        <Timeline packedDay={packDay(day)} date={date} dayLabel={dayLabel} versions={versions} canEdit={canEdit} />
      </>
    ) : (
      scheduleDays(it, day.slots)
        .filter((d) => d.date === date)
        .map((d) => (
          <DaySection
            key={d.date}
            date={d.date}
            count={d.slots.length}
            actions={addButton}
            notice={
              <LegClashes
                it={it}
                warnings={legOnlyWarnings(
                  warnings,
                  (day.legs ?? []).map((l) => l.id),
                )}
                date={d.date}
              />
            }
          >
            {d.slots.map((slot) => (
              <SlotCard key={slot.id} slot={slot} timeZone={tz} warnings={bySlot.get(slot.id)}>
                {canEdit && <SlotActions slotId={slot.id} title={slot.title} />}
              </SlotCard>
            ))}
          </DaySection>
        ))
    );

  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        <VisitHeader visit={visit} current="Schedule">
          <ProgrammeDownloads visitId={visit.id} />
        </VisitHeader>
        <DraftStatus visitId={id} timeZone={tz} latest={latest} changed={changed} warnings={warnings} />
        <div className="mt-3 flex flex-wrap items-center justify-between gap-3">
          <p className="text-sm text-slate-700">
            All times are {visit.hostCity} local time ({zoneLabel(`${visit.firstDay}T12:00:00Z`, tz)}, {tz}) · {it.delegates.length}{" "}
            delegates · {it.slots.length} slots
            {!canEdit && " · You can read this visit; ask an admin for editor rights to change it."}
          </p>
          <ViewSwitch visitId={id} day={date} view={view} />
        </div>
        <VisitSearch visitId={id} view={view} query={q} hits={q ? searchItinerary(it, q) : undefined} />
        <DaySwitcher visitId={id} days={tabs} current={date} view={view} />
        {canEdit ? <EditorProvider options={editorOptions(it)}>{body}</EditorProvider> : body}
      </main>
    </>
  );
}

/** Each day's number of slots, and of its slots with a clash plus its legs' clashes that concern no slot. */
function dayTabs(
  dates: string[],
  slotDay: Map<string, string>,
  bySlot: Map<string, unknown>,
  legClashes: Warning[],
  legDay: Map<string, string>,
): DayTab[] {
  const tabs = new Map<string, DayTab>(dates.map((date) => [date, { date, count: 0, clashes: 0 }]));
  for (const [slotId, date] of slotDay) {
    const tab = tabs.get(date)!;
    tab.count++;
    if (bySlot.has(slotId)) tab.clashes++;
  }
  for (const w of legClashes) {
    const tab = tabs.get(legDay.get(w.legId!)!);
    if (tab) tab.clashes++;
  }
  return [...tabs.values()];
}

/** A default for a new slot: the first full hour after the day's last slot ends, else 09:00. */
function freeHour(ends: string[], timeZone: string): { start: string; end: string } {
  const last = ends.sort().at(-1);
  if (!last) return { start: "09:00", end: "10:00" };
  const h = localHour(last, timeZone) + 1;
  if (h >= 23) return { start: "09:00", end: "10:00" };
  const pad = (n: number) => String(n).padStart(2, "0");
  return { start: `${pad(h)}:00`, end: `${pad(h + 1)}:00` };
}
