import { Badge } from "@/components/ui/badge";
import { timeRange } from "@/lib/schedule/time";
import { KIND_LABELS, ROLE_LABELS } from "@/lib/i18n/labels";
import type { Warning } from "@/lib/schedule/conflicts";
import type { ResolvedSlot } from "@/lib/schedule/view";
import { SlotWarnings } from "./slot-warnings";

export function SlotCard({
  slot,
  timeZone,
  warnings = [],
  children,
}: {
  slot: ResolvedSlot;
  timeZone: string;
  warnings?: Warning[];
  children?: React.ReactNode;
}) {
  const delegates = slot.people.filter((p) => p.kind === "delegate");
  const hosts = slot.people.filter((p) => p.kind === "contact");
  return (
    <article
      className="grid gap-1 border-t border-slate-200 py-3 sm:grid-cols-[10rem_1fr] sm:grid-rows-[auto_1fr] sm:gap-x-4 sm:gap-y-1"
      data-testid="slot"
      data-slot-id={slot.id}
      aria-labelledby={`slot-${slot.id}`}
    >
      <p className="font-semibold tabular-nums text-accent">
        {timeRange(slot.startsAt, slot.endsAt, timeZone)}
        {warnings.length > 0 && (
          <span
            className={`ml-2 inline-block rounded px-1.5 text-xs font-bold sm:ml-0 sm:mt-1 sm:block sm:w-fit ${warnings.some((w) => w.severity === "blocking") ? "bg-red-700 text-white" : "bg-amber-200 text-amber-950"}`}
            data-testid="slot-warning-count"
          >
            {warnings.length === 1 ? "1 clash" : `${warnings.length} clashes`}
          </span>
        )}
      </p>
      <div className="min-w-0 sm:row-span-2">
        <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1">
          <h3 id={`slot-${slot.id}`} className="scroll-mt-24 text-base font-semibold leading-snug">
            {slot.title}
          </h3>
          <Badge>{KIND_LABELS.en[slot.kind]}</Badge>
        </div>
        <dl className="mt-1 grid grid-cols-[5.5rem_minmax(0,1fr)] gap-x-3 gap-y-0.5 text-sm text-slate-700 sm:grid-cols-[7rem_minmax(0,1fr)]">
          {slot.venue && (
            <>
              <dt className="font-medium text-slate-500">Venue</dt>
              <dd>
                {slot.venue.name}
                {slot.venue.postcode ? `, ${slot.venue.postcode}` : ""}
              </dd>
            </>
          )}
          {slot.host && (
            <>
              <dt className="font-medium text-slate-500">Organisation</dt>
              <dd data-testid="slot-host">{slot.host.name}</dd>
            </>
          )}
          {hosts.length > 0 && (
            <>
              <dt className="font-medium text-slate-500">Host people</dt>
              <dd>
                {hosts.map((p) => (
                  <Person key={p.id} name={p.name} role={p.role} />
                ))}
              </dd>
            </>
          )}
          {delegates.length > 0 && (
            <>
              <dt className="font-medium text-slate-500">Delegates</dt>
              <dd>
                {delegates.map((p) => (
                  <Person key={p.id} name={p.name} role={p.role} />
                ))}
              </dd>
            </>
          )}
        </dl>
        {slot.description && <p className="mt-2 text-sm text-slate-700">{slot.description}</p>}
        {slot.delegateNotes && (
          <p className="mt-1 text-sm text-slate-700">
            <span className="font-semibold">For delegates:</span> {slot.delegateNotes}
          </p>
        )}
        {slot.internalNotes && (
          <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
            <span className="font-semibold">Staff note:</span> {slot.internalNotes}
          </p>
        )}
        <SlotWarnings warnings={warnings} />
      </div>
      {/* Edit controls sit under the time on wide screens, after the details on a phone. */}
      {children && <div className="sm:col-start-1 sm:row-start-2">{children}</div>}
    </article>
  );
}

function Person({ name, role }: { name: string; role: keyof typeof ROLE_LABELS.en }) {
  return (
    <span className="mr-3 inline-block max-w-full break-words" data-testid="attendee">
      {name}
      {role !== "ATTENDEE" && <span className="text-slate-500"> ({ROLE_LABELS.en[role].toLowerCase()})</span>}
    </span>
  );
}
