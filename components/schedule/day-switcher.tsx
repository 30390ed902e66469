import Link from "next/link";
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export type DayTab = { date: string; count: number; clashes: number };

/** The visit's days as tabs (the day is in the URL); scrolls sideways on a phone. */
export function DaySwitcher({
  visitId,
  days,
  current,
  view,
}: {
  visitId: string;
  days: DayTab[];
  current: string;
  view: "timeline" | "list";
}) {
  return (
    <nav aria-label="Days" className="mt-4 overflow-x-auto">
      <ul className="flex gap-1.5">
        {days.map((d) => {
          const active = d.date === current;
          const label = format(new TZDate(`${d.date}T12:00:00Z`, "UTC"), "EEE d MMM");
          return (
            <li key={d.date} className="shrink-0">
              <Link
                href={`/visits/${visitId}?day=${d.date}${view === "list" ? "&view=list" : ""}`}
                aria-current={active ? "page" : undefined}
                className={`block rounded-md border px-3 py-1.5 text-sm font-semibold whitespace-nowrap ${active ? "border-accent bg-accent text-white" : "border-slate-300 bg-white text-slate-700 hover:border-accent"}`}
                data-testid="day-tab"
              >
                {label}
                <span className={`ml-1.5 font-normal ${active ? "text-white" : "text-slate-600"}`}>
                  ({d.count}
                  {d.clashes ? `, ${d.clashes} ⚠` : ""})
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** Timeline or list: the same day, two ways. */
export function ViewSwitch({ visitId, day, view }: { visitId: string; day: string; view: "timeline" | "list" }) {
  const link = (v: "timeline" | "list", label: string) => (
    <Link
      href={`/visits/${visitId}?day=${day}${v === "list" ? "&view=list" : ""}`}
      aria-current={view === v ? "page" : undefined}
      className={`px-3 py-1 text-sm font-semibold ${view === v ? "bg-ink text-white" : "bg-white text-slate-700 hover:text-ink"}`}
    >
      {label}
    </Link>
  );
  return (
    <nav aria-label="View" className="flex w-fit overflow-hidden rounded-md border border-slate-300">
      {link("timeline", "Timeline")}
      {link("list", "List")}
    </nav>
  );
}
