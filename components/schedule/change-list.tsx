import type { LegChange, LegField, SlotChange, SlotField } from "@/lib/schedule/changes";
import { legTitle } from "@/lib/protocol/view";
import { protocolWords } from "@/lib/protocol/words";
import { legEndTitle } from "@/lib/schedule/protocol";
import type { ItineraryLeg } from "@/lib/schedule/protocol-types";
import { timeRange, slotDay, slotStart } from "@/lib/schedule/time";
import { KIND_LABELS } from "@/lib/i18n/labels";
import type { Itinerary, ItinerarySlot } from "@/lib/schedule/types";
import { displayName } from "@/lib/schedule/view";

const TONE = { added: "bg-emerald-100 text-emerald-900", removed: "bg-red-100 text-red-900", changed: "bg-sky-100 text-sky-900" } as const;
const WORD = { added: "Added", removed: "Removed", changed: "Changed" } as const;

/** What publishing would change for delegates, slot by slot, with before → after. */
export function ChangeList({ changes, before, after }: { changes: SlotChange[]; before: Itinerary | null; after: Itinerary }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {changes.map((c) => (
        <ChangeRow
          key={`${c.type}-${c.slot.id}`}
          testId="change"
          type={c.type}
          title={c.slot.title}
          at={slotStart(c.slot.startsAt, after.visit.timeZone)}
          rows={
            c.type === "changed" ? fieldRows(c.fields).map((f) => [LABELS[f], describe(f, c.before, c.slot, before ?? after, after)]) : []
          }
        />
      ))}
    </ul>
  );
}

/** One added, removed or changed thing: a coloured word, its title and time, and a row per changed field. */
function ChangeRow({
  testId,
  type,
  title,
  at,
  rows,
}: {
  testId: string;
  type: keyof typeof WORD;
  title: string;
  at: string;
  rows: [string, string][];
}) {
  return (
    <li className="grid gap-1 px-4 py-2.5 text-sm sm:grid-cols-[6rem_1fr]" data-testid={testId}>
      <span className={`h-fit w-fit rounded px-2 py-0.5 text-xs font-bold ${TONE[type]}`}>{WORD[type]}</span>
      <div className="min-w-0">
        <p>
          <strong>{title}</strong> <span className="text-slate-600">· {at}</span>
        </p>
        {rows.length > 0 && (
          <dl className="mt-1 grid grid-cols-[7rem_1fr] gap-x-3 gap-y-0.5 text-slate-700">
            {rows.map(([label, text]) => (
              <FieldChange key={label} label={label} text={text} />
            ))}
          </dl>
        )}
      </div>
    </li>
  );
}

function FieldChange({ label, text }: { label: string; text: string }) {
  return (
    <>
      <dt className="font-medium text-slate-500">{label}</dt>
      <dd className="min-w-0 break-words">{text}</dd>
    </>
  );
}

const LABELS: Record<SlotField | "time", string> = {
  title: "Title",
  kind: "Kind",
  startsAt: "Time",
  endsAt: "Time",
  time: "Time",
  venueId: "Venue",
  hostOrganisationId: "Host",
  description: "Description",
  delegateNotes: "Delegate notes",
  attendees: "People",
  protocol: "Protocol (dress code, interpreting, press, gifts)",
};

/** Start and end are shown together as one "Time" row. */
function fieldRows(fields: SlotField[]): (SlotField | "time")[] {
  const rows: (SlotField | "time")[] = [];
  for (const f of fields) {
    const r = f === "startsAt" || f === "endsAt" ? "time" : f;
    if (!rows.includes(r)) rows.push(r);
  }
  return rows;
}

function describe(f: SlotField | "time", a: ItinerarySlot, b: ItinerarySlot, itA: Itinerary, itB: Itinerary): string {
  const tz = itB.visit.timeZone;
  switch (f) {
    case "time":
      return `${slotDay(a.startsAt, tz)} ${timeRange(a.startsAt, a.endsAt, tz)} → ${slotDay(b.startsAt, tz)} ${timeRange(b.startsAt, b.endsAt, tz)}`;
    case "kind":
      return `${KIND_LABELS.en[a.kind]} → ${KIND_LABELS.en[b.kind]}`;
    case "title":
      return `“${a.title}” → “${b.title}”`;
    case "venueId":
      return `${nameIn(itA.venues, a.venueId)} → ${nameIn(itB.venues, b.venueId)}`;
    case "hostOrganisationId":
      return `${nameIn(itA.organisations, a.hostOrganisationId)} → ${nameIn(itB.organisations, b.hostOrganisationId)}`;
    case "attendees": {
      const key = (x: ItinerarySlot["attendees"][number]) => `${x.personId}:${x.role}`;
      const was = new Set(a.attendees.map(key));
      const now = new Set(b.attendees.map(key));
      const added = b.attendees.filter((x) => !was.has(key(x))).map((x) => `+ ${person(itB, x.personId)}`);
      const removed = a.attendees.filter((x) => !now.has(key(x))).map((x) => `− ${person(itA, x.personId)}`);
      return [...added, ...removed].join(", ");
    }
    default:
      return "updated";
  }
}

const nameIn = (list: { id: string; name: string }[], id: string | null) =>
  id ? (list.find((x) => x.id === id)?.name ?? "a removed record") : "none";

function person(it: Itinerary, id: string): string {
  const d = it.delegates.find((x) => x.id === id);
  if (d) return displayName(d);
  for (const o of it.organisations) {
    const c = o.contacts.find((x) => x.id === id);
    if (c) return c.name;
  }
  return "someone removed";
}

/** What publishing would change in the transport legs: "Changed · Minibus: Birmingham Airport … → Hyatt Regency Birmingham · Tue 10 Jun 13:05", with before → after. */
export function LegChangeList({ changes, before, after }: { changes: LegChange[]; before: Itinerary | null; after: Itinerary }) {
  return (
    <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white shadow-sm">
      {changes.map((c) => (
        <ChangeRow
          key={`${c.type}-${c.leg.id}`}
          testId="leg-change"
          type={c.type}
          title={legTitle(c.type === "removed" ? (before ?? after) : after, c.leg)}
          at={slotStart(c.leg.pickUpAt, after.visit.timeZone)}
          rows={c.type === "changed" ? c.fields.map((f) => [LEG_LABELS[f], legChange(f, c.before, c.leg, before ?? after, after)]) : []}
        />
      ))}
    </ul>
  );
}

const LEG_LABELS: Record<LegField, string> = {
  from: "From",
  to: "To",
  mode: "Means",
  time: "Time",
  pickUpPlace: "Pick-up place",
  vehicle: "Vehicle",
  driver: "Driver",
  route: "Route",
  notes: "Notes",
  passengers: "Passengers",
};

function legChange(f: LegField, a: ItineraryLeg, b: ItineraryLeg, itA: Itinerary, itB: Itinerary): string {
  const tz = itB.visit.timeZone;
  const w = protocolWords("en");
  const or = (text: string) => text || "none";
  switch (f) {
    case "from":
    case "to":
      // Each end named as in the leg's title (legTitle), the hotel by name.
      return `${legEndTitle(itA, a, a[f], w)} → ${legEndTitle(itB, b, b[f], w)}`;
    case "mode":
      return `${w.legMode[a.mode]} → ${w.legMode[b.mode]}`;
    case "time":
      return `${slotDay(a.pickUpAt, tz)} ${timeRange(a.pickUpAt, a.arriveAt, tz)} → ${slotDay(b.pickUpAt, tz)} ${timeRange(b.pickUpAt, b.arriveAt, tz)}`;
    case "pickUpPlace":
      return `${or(a.pickUpPlace)} → ${or(b.pickUpPlace)}`;
    case "vehicle":
      return `${or(a.vehicle)} → ${or(b.vehicle)}`;
    case "driver":
      return `${or([a.driverName, a.driverPhone].filter(Boolean).join(" "))} → ${or([b.driverName, b.driverPhone].filter(Boolean).join(" "))}`;
    case "route":
      return `${or(a.route)} → ${or(b.route)}`;
    case "passengers": {
      const was = new Set(a.passengers.map((p) => p.personId));
      const now = new Set(b.passengers.map((p) => p.personId));
      const added = b.passengers.filter((p) => !was.has(p.personId)).map((p) => `+ ${person(itB, p.personId)}`);
      const removed = a.passengers.filter((p) => !now.has(p.personId)).map((p) => `− ${person(itA, p.personId)}`);
      return [...added, ...removed].join(", ");
    }
    default:
      return "updated";
  }
}
