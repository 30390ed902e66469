import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import { zoneLabel } from "@/lib/schedule/time";

/** "Wed 11 Jun 2025, 09:30 BST": an instant in the visit's zone, labelled. */
export function shortInstant(instant: string | Date, timeZone: string): string {
  return `${format(new TZDate(new Date(instant), timeZone), "EEE d MMM yyyy, HH:mm")} ${zoneLabel(instant, timeZone)}`;
}

/** "Wed 11 Jun 09:30" without the year, for slot times in lists. */
export function slotStart(instant: string, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "EEE d MMM HH:mm");
}

/** "Wed 11 Jun" in the zone. */
export function slotDay(instant: string, timeZone: string): string {
  return format(new TZDate(new Date(instant), timeZone), "EEE d MMM");
}
