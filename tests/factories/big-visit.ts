import type { VisitFileInput } from "@/lib/visits/file-schema";
import { visitFile } from "./visit-file";

/**
 * A visit file with `count` slots spread over 60 days (they overlap: clashes are data, not
 * errors), each with one delegate attending. For the big-import test and bench.
 */
export function bigVisitFile(count: number): VisitFileInput {
  const base = Date.parse("2025-06-01T06:00:00Z");
  const slots = Array.from({ length: count }, (_, i) => {
    const start = base + (i % 60) * 86_400_000 + ((i * 7) % 900) * 60_000;
    return {
      title: `Meeting ${i + 1}`,
      start: new Date(start).toISOString(),
      end: new Date(start + 45 * 60_000).toISOString(),
      venue: "v1",
      attendees: [{ person: "d1" }],
    };
  });
  const f = visitFile({ slots });
  return { ...f, visit: { ...f.visit!, title: `Big visit (${count} slots)`, firstDay: "2025-06-01", lastDay: "2025-07-30" } };
}
