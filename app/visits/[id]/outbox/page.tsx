import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OutboxList } from "@/components/mail/outbox-list";
import { RemindersToggle } from "@/components/mail/reminders-toggle";
import { shortInstant } from "@/lib/schedule/time";
import { StaffHeader } from "@/components/staff/staff-header";
import { VisitHeader } from "@/components/staff/visit-header";
import { hasRole, requireStaffPage } from "@/lib/auth/guards";
import { db } from "@/lib/db";
import { outboxCounts, outboxOf } from "@/lib/outbox/data";
import { loadItinerary } from "@/lib/visits/data";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Outbox" };

export default async function OutboxPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const staff = await requireStaffPage("VIEWER", `/visits/${id}/outbox`);
  const it = await loadItinerary(id);
  if (!it) notFound();
  const [rows, counts, visit] = await Promise.all([
    outboxOf(id),
    outboxCounts(id),
    db().visit.findUnique({ where: { id }, select: { remindersOn: true } }),
  ]);
  const tz = it.visit.timeZone;
  const times = Object.fromEntries(
    rows.map((m) => [
      m.id,
      m.sentAt
        ? `sent ${shortInstant(m.sentAt, tz)}`
        : `${m.status === "NO_ADDRESS" ? "skipped" : "queued"} ${shortInstant(m.createdAt, tz)}`,
    ]),
  );
  const canEdit = hasRole(staff, "EDITOR");
  const summary = (["SENT", "QUEUED", "RETRYING", "FAILED", "NO_ADDRESS"] as const)
    .filter((s) => counts[s])
    .map((s) => `${counts[s]} ${s === "NO_ADDRESS" ? "no address" : s.toLowerCase()}`);
  return (
    <>
      <StaffHeader staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <VisitHeader visit={it.visit} current="Outbox" />
        <div className="mt-4 grid max-w-3xl gap-3 text-sm text-slate-700">
          <p>
            Every e-mail this visit sends: links, changes after publishing, full programmes and evening reminders. Messages are sent in the
            background and retried for about half an hour if the mail server is down; a delegate without an e-mail address is listed as “no
            address” and skipped.
          </p>
          <section aria-label="Reminders" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <RemindersToggle visitId={id} on={visit?.remindersOn ?? true} canEdit={canEdit} />
            <p className="mt-1">
              At 18:00 {it.visit.hostCity} time on the evening before each visit day, every delegate with appointments that day gets that
              day&apos;s programme.
            </p>
          </section>
        </div>
        <h2 className="mt-6 text-lg font-bold">Messages{summary.length ? `: ${summary.join(", ")}` : ""}</h2>
        {rows.length === 0 ? (
          <p className="mt-2 text-sm text-slate-700">Nothing sent yet.</p>
        ) : (
          <OutboxList visitId={id} rows={rows} times={times} canEdit={canEdit} />
        )}
      </main>
    </>
  );
}
