import Link from "next/link";
import type { Warning } from "@/lib/schedule/conflicts";
import type { DraftChanges, PublicationInfo } from "@/lib/publications/data";
import { shortInstant } from "@/lib/schedule/time";

/** One line at the top of the schedule: published version, unpublished changes, clashes. */
export function DraftStatus({
  visitId,
  timeZone,
  latest,
  changed,
  warnings,
}: {
  visitId: string;
  timeZone: string;
  latest: PublicationInfo | null;
  /** What a Publish would add, change or remove. */
  changed: DraftChanges;
  warnings: Warning[];
}) {
  const blocking = warnings.filter((w) => w.severity === "blocking").length;
  const other = warnings.length - blocking;
  const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? "" : "s"}`;
  const what = [changed.slots && plural(changed.slots, "slot"), changed.legs && plural(changed.legs, "transport leg")].filter(Boolean);
  return (
    <div
      className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-4 py-2.5 text-sm shadow-sm"
      data-testid="draft-status"
    >
      <span className="font-semibold">
        {latest ? (
          <span className="inline-flex items-center gap-2">
            <span className="rounded bg-emerald-100 px-2 py-0.5 text-emerald-900">Published v{latest.version}</span>
            <span className="font-normal text-slate-600">
              {shortInstant(latest.publishedAt, timeZone)}
              {latest.publishedBy ? ` by ${latest.publishedBy}` : ""}
            </span>
          </span>
        ) : (
          <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-700">Not published yet</span>
        )}
      </span>
      {what.length > 0 || (latest && changed.other) ? (
        <Link
          href={`/visits/${visitId}/publish`}
          className="font-semibold text-amber-900 underline decoration-amber-400 underline-offset-2 hover:text-ink"
        >
          Draft has unpublished changes ({what.length ? what.join(", ") : "hotels, names or visit details"})
        </Link>
      ) : (
        latest && <span className="text-slate-600">Draft matches the published version</span>
      )}
      <Link href={`/visits/${visitId}/clashes`} className="ml-auto flex items-center gap-2 font-semibold hover:underline">
        {blocking > 0 && <span className="rounded bg-red-700 px-2 py-0.5 text-white">{blocking} blocking</span>}
        {other > 0 && (
          <span className="rounded bg-amber-200 px-2 py-0.5 text-amber-950">
            {other} {other === 1 ? "clash" : "clashes"} to review
          </span>
        )}
        {warnings.length === 0 && <span className="rounded bg-emerald-100 px-2 py-0.5 text-emerald-900">No clashes</span>}
      </Link>
    </div>
  );
}
