import { tzOffset } from "@date-fns/tz";
import { zoneLabel } from "./time";

// Wall-clock readings of instants in one zone, cheap enough to call for every slot of a
// 10,000-slot summit. The zone's offset is looked up through Intl once per quarter hour and
// cached; after that a reading is integer arithmetic, and every string is cached (formatting
// each instant through TZDate costs microseconds, which a summit multiplies by 100,000).

const MINUTE = 60_000;
const DAY = 86_400_000;
const QUARTER_HOUR = 15 * MINUTE;
const WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => (n < 10 ? `0${n}` : `${n}`);

export type LocalClock = {
  /** The local calendar day as a count of days since 1970-01-01: comparable, cheap. */
  dayNumber(ms: number): number;
  /** Minutes since local midnight, 0..1439. */
  minuteOfDay(ms: number): number;
  /** ISO weekday: 1 Monday .. 7 Sunday. */
  isoWeekday(ms: number): number;
  /** "yyyy-MM-dd" */
  date(ms: number): string;
  /** "09:30" */
  time(ms: number): string;
  /** "Tue 10 Jun" */
  day(ms: number): string;
  /** "BST" */
  zone(ms: number): string;
};

/** "2025-06-10" as a day number (see LocalClock.dayNumber). */
export const dayNumberOf = (date: string) => Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY);

/** ISO weekday of a day number; 1970-01-01 was a Thursday. */
export const weekdayOf = (dayNumber: number) => ((((dayNumber + 3) % 7) + 7) % 7) + 1;

/** "Tue 10 Jun" for a day number. */
export function dayLabel(dayNumber: number): string {
  const d = new Date(dayNumber * DAY);
  return `${WEEKDAYS[weekdayOf(dayNumber) - 1]} ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]}`;
}

const clocks = new Map<string, LocalClock>();

/**
 * The clock of a zone, shared by every run in this process: its caches depend only on the
 * zone's rules, and filling them (an Intl lookup per quarter hour) is most of a small run.
 */
export function localClock(timeZone: string): LocalClock {
  let clock = clocks.get(timeZone);
  if (!clock) clocks.set(timeZone, (clock = makeClock(timeZone)));
  return clock;
}

function makeClock(timeZone: string): LocalClock {
  const offsets = new Map<number, number>();
  const zones = new Map<number, string>();
  const dates = new Map<number, string>();
  const days = new Map<number, string>();
  const times = Array.from({ length: 1440 }, (_, m) => `${pad(Math.floor(m / 60))}:${pad(m % 60)}`);
  const exact = (ms: number) => tzOffset(timeZone, new Date(ms)) * MINUTE;

  function offsetMs(ms: number): number {
    const bucket = Math.floor(ms / QUARTER_HOUR);
    const cached = offsets.get(bucket);
    if (cached !== undefined) return cached;
    const first = exact(bucket * QUARTER_HOUR);
    // The offset changes inside this quarter hour: answer exactly and cache nothing.
    if (first !== exact(bucket * QUARTER_HOUR + QUARTER_HOUR - 1)) return exact(ms);
    offsets.set(bucket, first);
    return first;
  }
  const wall = (ms: number) => ms + offsetMs(ms);
  const dayNumber = (ms: number) => Math.floor(wall(ms) / DAY);
  const minuteOfDay = (ms: number) => Math.floor((wall(ms) - dayNumber(ms) * DAY) / MINUTE);
  const memo = <K, V>(cache: Map<K, V>, key: K, make: () => V) => {
    let v = cache.get(key);
    if (v === undefined) cache.set(key, (v = make()));
    return v;
  };

  return {
    dayNumber,
    minuteOfDay,
    isoWeekday: (ms) => weekdayOf(dayNumber(ms)),
    date: (ms) => {
      const n = dayNumber(ms);
      return memo(dates, n, () => new Date(n * DAY).toISOString().slice(0, 10));
    },
    time: (ms) => times[minuteOfDay(ms)],
    day: (ms) => {
      const n = dayNumber(ms);
      return memo(days, n, () => dayLabel(n));
    },
    zone: (ms) => memo(zones, offsetMs(ms), () => zoneLabel(new Date(ms), timeZone)),
  };
}
