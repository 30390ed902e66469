import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { SearchHit } from "@/lib/schedule/search";

/** Find a slot by title, person, venue or organisation; each hit opens its day at the slot. */
export function VisitSearch({
  visitId,
  query = "",
  hits,
  view,
}: {
  visitId: string;
  query?: string;
  hits?: SearchHit[];
  view: "timeline" | "list";
}) {
  return (
    <div className="mt-3">
      <form action={`/visits/${visitId}`} role="search" aria-label="Search this visit" className="flex max-w-xl gap-2">
        {view === "list" && <input type="hidden" name="view" value="list" />}
        <label htmlFor="visit-q" className="sr-only">
          Search slots, people and venues
        </label>
        <input
          id="visit-q"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Search slots, people, venues"
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm"
        />
        <button type="submit" className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-semibold hover:border-accent">
          Search
        </button>
      </form>
      {hits && (
        <div className="mt-2 rounded-lg border border-slate-200 bg-white text-sm shadow-sm" data-testid="visit-search-results">
          <p className="border-b border-slate-200 px-3 py-1.5 font-semibold" role="status">
            {hits.length === 0
              ? `Nothing matches “${query}”.`
              : hits.length === 1
                ? `1 slot matches “${query}”`
                : `${hits.length}${hits.length === 50 ? "+" : ""} slots match “${query}”`}
          </p>
          {hits.length > 0 && (
            <ul className="max-h-64 divide-y divide-slate-100 overflow-y-auto">
              {hits.map((h) => (
                <li key={h.slotId}>
                  {/* A full load, so the day opens with the slot focused even when it is the same day. */}
                  <a
                    href={`/visits/${visitId}?day=${h.date}${view === "list" ? "&view=list" : ""}#slot-${h.slotId}`}
                    className="block px-3 py-1.5 hover:bg-slate-50"
                  >
                    <span className="font-semibold text-accent">{h.title}</span>{" "}
                    <span className="tabular-nums text-slate-600">
                      {format(new TZDate(`${h.date}T12:00:00Z`, "UTC"), "EEE d MMM")} {h.start}
                    </span>
                    <span className="block text-xs text-slate-600">{h.matched}</span>
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
