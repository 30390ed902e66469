import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LegList } from "@/components/protocol/leg-list";
import { PrecedenceList } from "@/components/protocol/precedence-list";
import { ReadOnlyNote } from "@/components/records/read-only-note";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { legVersions } from "@/lib/protocol/data";
import { legFormValues, legLines, legTitle, slotOptionLabel } from "@/lib/protocol/view";
import { findConflicts } from "@/lib/schedule/conflicts";
import { visitDates } from "@/lib/schedule/days";
import { longDate } from "@/lib/schedule/time";
import { displayName } from "@/lib/schedule/view";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Protocol" };

type Props = { params: Promise<{ id: string }> };

export default async function ProtocolPage({ params }: Props) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/protocol`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const canEdit = hasRole(staff, "EDITOR");
  const tz = it.visit.timeZone;
  const versions = await legVersions(id);
  // A late car, or a pick-up before a passenger arrives or after she leaves: shown with the leg.
  const legClashes = findConflicts(it).filter((w) => w.legId);
  const contacts = it.organisations.flatMap((o) => o.contacts.map((c) => ({ ...c, org: o.name })));
  contacts.sort((a, b) => (a.protocol?.precedence ?? 0) - (b.protocol?.precedence ?? 0) || a.name.localeCompare(b.name));
  const options = {
    slots: it.slots.map((s) => ({ id: s.id, label: slotOptionLabel(s, tz) })),
    people: [
      ...it.delegates.map((d) => ({ kind: "delegate" as const, id: d.id, name: displayName(d) })),
      ...contacts.map((c) => ({ kind: "contact" as const, id: c.id, name: c.name })),
    ],
  };
  const day = `${it.visit.firstDay} 09:00`;
  const empty = {
    from: { kind: "HOTEL" as const, slotId: "", place: "" },
    to: { kind: "SLOT" as const, slotId: "", place: "" },
    mode: "CAR",
    pickUpAt: day,
    arriveAt: day,
    pickUpPlace: "",
    vehicle: "",
    driverName: "",
    driverPhone: "",
    route: "",
    notes: "",
    passengers: [],
  };
  const legs = (it.legs ?? []).map((l) => ({
    values: legFormValues(l, tz, versions[l.id] ?? 1),
    title: legTitle(it, l),
    lines: legLines(it, l),
    clash: legClashes.filter((w) => w.legId === l.id).map((w) => w.message),
  }));

  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Protocol" />
        {!canEdit && <ReadOnlyNote />}
        <nav aria-label="Protocol documents" className="mt-4 flex flex-wrap gap-3 text-sm font-semibold">
          <Link className="text-accent underline" href={`/visits/${id}/gifts`}>
            Gifts register
          </Link>
          {visitDates(it.visit.firstDay, it.visit.lastDay).map((d) => (
            <Link key={d} className="text-accent underline" href={`/visits/${id}/run-sheet?day=${d}`}>
              Run-sheet {longDate(d)}
            </Link>
          ))}
          <Link className="text-accent underline" href={`/visits/${id}/today`}>
            Today (phone)
          </Link>
        </nav>
        <section aria-labelledby="briefings" className="mt-6">
          <h2 id="briefings" className="text-xl font-bold">
            Briefing notes
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            For each slot&apos;s host: whom they meet in order of precedence, talking points, gifts, dress code, interpreter and press (PDF,
            from the current draft).
          </p>
          <ul className="mt-2 space-y-1 text-sm" data-testid="briefing-links">
            {it.slots
              .filter((s) => s.attendees.some((a) => a.kind === "delegate"))
              .map((s) => (
                <li key={s.id}>
                  {slotOptionLabel(s, tz)}:{" "}
                  <a className="font-semibold text-accent underline" href={`/visits/${id}/slots/${s.id}/briefing.pdf?lang=en`}>
                    English
                  </a>
                  {" · "}
                  <a
                    className="font-semibold text-accent underline"
                    href={`/visits/${id}/slots/${s.id}/briefing.pdf?lang=de`}
                    hrefLang="de"
                  >
                    Deutsch
                  </a>
                </li>
              ))}
          </ul>
        </section>
        <section aria-labelledby="precedence" className="mt-6">
          <h2 id="precedence" className="text-xl font-bold">
            Order of precedence
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Every staff list, run-sheet and briefing note names people in this order. Drag a row by its handle, or use the arrows.
          </p>
          <div className="mt-3 grid gap-6 md:grid-cols-2">
            <div>
              <h3 className="font-semibold">Delegates</h3>
              <div className="mt-2">
                <PrecedenceList
                  visitId={id}
                  kind="delegate"
                  label="Delegates in order of precedence"
                  canEdit={canEdit}
                  people={it.delegates.map((d) => ({ id: d.id, name: displayName(d), detail: d.position }))}
                />
              </div>
            </div>
            <div>
              <h3 className="font-semibold">Host people</h3>
              <div className="mt-2">
                <PrecedenceList
                  visitId={id}
                  kind="contact"
                  label="Host people in order of precedence"
                  canEdit={canEdit}
                  people={contacts.map((c) => ({ id: c.id, name: c.name, detail: c.role || c.org }))}
                />
              </div>
            </div>
          </div>
        </section>
        <section aria-labelledby="legs" className="mt-8">
          <h2 id="legs" className="text-xl font-bold">
            Transport
          </h2>
          <p className="mt-1 text-sm text-slate-700">
            Times are local ({tz}). A car that leaves before its slot ends or arrives after the next one starts is a clash; so is a pick-up
            before a passenger arrives, or an arrival after she leaves.
          </p>
          <div className="mt-3">
            <LegList visitId={id} legs={legs} options={options} canEdit={canEdit} empty={empty} />
          </div>
        </section>
      </main>
    </>
  );
}
