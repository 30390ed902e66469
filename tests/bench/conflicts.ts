// npm run bench -- conflicts
// Conflict detection on synthetic summits: findConflicts (sweeps over each person's and each
// venue's slots in time order) beside a naive pairwise check (every slot against every other,
// same rules for person and venue double bookings and for travel) run in this same process.
// The naive check only counts (it writes no messages), so the ratio errs on its side.
import os from "node:os";
import { performance } from "node:perf_hooks";
import { findConflicts, UNKNOWN_TRAVEL_MAX_GAP_MIN } from "@/lib/schedule/conflicts";
import { travelLookup } from "@/lib/schedule/travel";
import type { Itinerary } from "@/lib/schedule/types";
import { summitItinerary } from "@/tests/factories/summit";

type Counts = { person: number; venue: number; travel: number };

/** Every slot against every other: O(n²) pairs, each with its people compared. */
function pairwiseCounts(it: Itinerary): Counts {
  const travel = travelLookup(it);
  const slots = it.slots
    .map((s) => ({
      id: s.id,
      start: Date.parse(s.startsAt),
      end: Date.parse(s.endsAt),
      venue: s.venueId,
      people: s.attendees.map((a) => a.personId),
    }))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const sets = slots.map((s) => new Set(s.people));
  const counts: Counts = { person: 0, venue: 0, travel: 0 };
  for (let j = 0; j < slots.length; j++) {
    const b = slots[j];
    // For travel: each person's previous slot is the earlier one (in time order) that ends last.
    const prev = new Map<string, number>();
    for (let i = 0; i < slots.length; i++) {
      if (i === j) continue;
      const a = slots[i];
      const overlap = a.start < b.end && b.start < a.end;
      if (i < j) {
        if (overlap && a.venue !== null && a.venue === b.venue) counts.venue++;
        let shared = false;
        for (const p of b.people) {
          if (!sets[i].has(p)) continue;
          shared = true;
          const k = prev.get(p);
          if (k === undefined || a.end > slots[k].end) prev.set(p, i);
        }
        if (shared && overlap) counts.person++;
      }
    }
    const legs = new Set<number>();
    for (const i of prev.values()) {
      const a = slots[i];
      if (a.end > b.start || a.venue === null || b.venue === null || a.venue === b.venue) continue;
      const needed = travel(a.venue, b.venue);
      const gap = (b.start - a.end) / 60_000;
      if (needed === null ? gap < UNKNOWN_TRAVEL_MAX_GAP_MIN : gap < needed) legs.add(i);
    }
    counts.travel += legs.size;
  }
  return counts;
}

function engineCounts(it: Itinerary): Counts {
  const ws = findConflicts(it);
  return {
    person: ws.filter((w) => w.type === "person-double-booked").length,
    venue: ws.filter((w) => w.type === "venue-double-booked").length,
    travel: ws.filter((w) => w.type === "travel-time" || w.type === "travel-unknown").length,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Median wall-clock and CPU time of `runs` runs after `warmup` untimed ones, and the last
 * run's result. CPU time is printed too because a shared machine stretches wall-clock time.
 */
function timed<T>(runs: number, warmup: number, fn: () => T): { ms: number; cpuMs: number; result: T } {
  let result = undefined as T;
  for (let r = 0; r < warmup; r++) result = fn();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), result };
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1)).padStart(8);
// The pairwise check takes seconds at 10,000 slots, so it runs fewer times there.
const SIZES = [
  { label: "300 people, 2,000 slots", people: 300, slots: 2000, venues: 60, runs: 9, naiveRuns: 3 },
  { label: "1,000 people, 10,000 slots", people: 1000, slots: 10000, venues: 300, runs: 9, naiveRuns: 1 },
];

console.log(
  `Conflict detection, median ms (Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`,
);
console.log(
  "Planned summits (tests/factories/summit.ts): back-to-back sessions per venue, a few planted clashes; pairwise = every slot against every other, same rules",
);
console.log(
  "summit                       findConflicts (cpu)     pairwise (cpu)         ratio  person / venue / travel warnings (findConflicts | pairwise)",
);
let largest = { ms: 0, cpuMs: 0, ratio: 0 };
let agree = true;
for (const size of SIZES) {
  const it = summitItinerary({ people: size.people, slots: size.slots, venues: size.venues, seed: 7 });
  const { ms: fast, cpuMs: fastCpu } = timed(size.runs, 2, () => findConflicts(it));
  const { ms: naive, cpuMs: naiveCpu, result: b } = timed(size.naiveRuns, 0, () => pairwiseCounts(it));
  const a = engineCounts(it);
  const same = a.person === b.person && a.venue === b.venue && a.travel === b.travel;
  agree &&= same;
  const ratio = naive / fast;
  console.log(
    `${size.label.padEnd(28)} ${fmt(fast)} ms (${fmt(fastCpu).trim()}) ${fmt(naive)} ms (${fmt(naiveCpu).trim()}) ${ratio.toFixed(1).padStart(7)}×  ${a.person} / ${a.venue} / ${a.travel} | ${b.person} / ${b.venue} / ${b.travel}  ${same ? "same" : "DIFFERENT"}`,
  );
  largest = { ms: fast, cpuMs: fastCpu, ratio };
}
console.log(
  `\nTargets: 10,000 slots in ≤ 100 ms (measured ${largest.ms.toFixed(1)} ms wall, ${largest.cpuMs.toFixed(1)} ms CPU: ${largest.ms <= 100 ? "met" : "missed"}); ≥ 20× the pairwise check (measured ${largest.ratio.toFixed(0)}×: ${largest.ratio >= 20 ? "met" : "missed"})`,
);
console.log(`Cross-check: both find the same double bookings and travel legs: ${agree ? "yes" : "NO"}`);
if (!agree) process.exitCode = 1;
