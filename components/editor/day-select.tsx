"use client";

import { visitDates } from "@/lib/schedule/days";
import { addDaysToDate, longDate } from "@/lib/schedule/time";

/**
 * The visit's days as a list ("Wednesday 11 June 2025"), plus the day either side for an
 * arrival dinner or a departure: unambiguous whatever date format the browser uses.
 */
export function dayChoices(firstDay: string, lastDay: string, current?: string): { value: string; label: string }[] {
  const around = addDaysToDate;
  const inVisit = visitDates(firstDay, lastDay);
  const days = [around(firstDay, -1), ...inVisit, around(lastDay, 1)];
  if (current && !days.includes(current)) days.push(current);
  return days.sort().map((d) => ({ value: d, label: `${longDate(d)}${inVisit.includes(d) ? "" : " (outside the visit)"}` }));
}

export function DayOptions({ firstDay, lastDay, current }: { firstDay: string; lastDay: string; current?: string }) {
  return dayChoices(firstDay, lastDay, current).map((d) => (
    <option key={d.value} value={d.value}>
      {d.label}
    </option>
  ));
}
