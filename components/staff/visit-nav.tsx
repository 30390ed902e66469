import Link from "next/link";

// The sections of one visit. Every page under /visits/[id] shows this bar; the current
// section is marked for screen readers with aria-current.
export const VISIT_SECTIONS = [
  { href: "", label: "Schedule" },
  { href: "/clashes", label: "Clashes" },
  { href: "/delegates", label: "Delegates" },
  { href: "/hosts", label: "Hosts" },
  { href: "/venues", label: "Venues" },
  { href: "/protocol", label: "Protocol" },
  { href: "/links", label: "Links" },
  { href: "/publish", label: "Publish" },
  { href: "/outbox", label: "Outbox" },
  { href: "/history", label: "History" },
  { href: "/settings", label: "Settings" },
] as const;

export type VisitSection = (typeof VISIT_SECTIONS)[number]["label"];

export function VisitNav({ visitId, current }: { visitId: string; current: VisitSection }) {
  return (
    <nav aria-label="Visit sections" className="-mx-4 mt-4 border-b border-slate-200 px-4">
      {/* One row that scrolls sideways on a phone (three wrapped rows took half the screen). */}
      <ul className="flex gap-x-1 overflow-x-auto">
        {VISIT_SECTIONS.map((s) => {
          const active = s.label === current;
          return (
            <li key={s.label} className="shrink-0">
              <Link
                href={`/visits/${visitId}${s.href}`}
                aria-current={active ? "page" : undefined}
                className={`inline-block whitespace-nowrap border-b-2 px-3 py-2 text-sm font-semibold ${active ? "border-accent text-accent" : "border-transparent text-slate-600 hover:text-ink"}`}
              >
                {s.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
