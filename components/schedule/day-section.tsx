import { longDate } from "@/lib/schedule/time";

export function DaySection({
  date,
  count,
  actions,
  notice,
  children,
}: {
  date: string;
  count: number;
  actions?: React.ReactNode;
  /** Above the day's slots, also on a day without any: the day's transport clashes. */
  notice?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <section
      aria-labelledby={`day-${date}`}
      className="mt-6 rounded-lg border border-slate-200 bg-white px-4 pb-1 pt-3 shadow-sm"
      data-testid="day"
    >
      <div className="flex flex-wrap items-center justify-between gap-2 pb-2">
        <h2 id={`day-${date}`} className="text-lg font-bold">
          {longDate(date)}
        </h2>
        {actions}
      </div>
      {notice && <div className="pb-3">{notice}</div>}
      {count === 0 ? <p className="border-t border-slate-200 py-4 text-slate-500">Nothing planned on this day yet.</p> : children}
    </section>
  );
}
