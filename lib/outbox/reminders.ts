import { db, type Tx } from "@/lib/db";
import { reminderSubject } from "@/lib/mail/compose";
import { localDate } from "@/lib/schedule/days";
import type { Itinerary } from "@/lib/schedule/types";
import { boss } from "./boss";
import { enqueue, type NewMessage } from "./enqueue";

// Evening reminders: from 18:00 in the visit's zone, each delegate with slots the next day
// gets that day's programme. Run every few minutes by the queue; the outbox's unique
// (recipient, cause) makes a second run (or a second app instance) send nothing again.

export const REMINDER_HOUR = 18;

function nextDay(date: string): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The reminders due at `now` for one published itinerary (pure). */
export function dueReminders(it: Itinerary, now: Date): NewMessage[] {
  const tz = it.visit.timeZone;
  const hour = Number(new Intl.DateTimeFormat("en-GB", { timeZone: tz, hour: "2-digit", hourCycle: "h23" }).format(now));
  if (hour < REMINDER_HOUR) return [];
  const tomorrow = nextDay(localDate(now, tz));
  if (tomorrow < it.visit.firstDay || tomorrow > it.visit.lastDay) return [];
  const busy = new Set(
    it.slots
      .filter((s) => localDate(s.startsAt, tz) === tomorrow)
      .flatMap((s) => s.attendees.filter((a) => a.kind === "delegate").map((a) => a.personId)),
  );
  return it.delegates
    .filter((d) => busy.has(d.id))
    .map((d) => ({
      visitId: it.visit.id,
      recipientKey: `delegate:${d.id}`,
      recipient: d.email,
      recipientName: d.name,
      language: d.language,
      kind: "reminder" as const,
      cause: `reminder:${tomorrow}`,
      subject: reminderSubject(d.language, tomorrow),
      payload: { delegateId: d.id, date: tomorrow },
    }));
}

/** Queues every reminder due now, across visits that have them switched on. */
export async function queueDueReminders(now = new Date()): Promise<number> {
  const soon = new Date(now.getTime() + 2 * 86_400_000);
  const before = new Date(now.getTime() - 2 * 86_400_000);
  const visits = await db().visit.findMany({
    where: { remindersOn: true, firstDay: { lte: soon }, lastDay: { gte: before } },
    select: { id: true },
  });
  let queued = 0;
  await boss();
  for (const v of visits) {
    const p = await db().publication.findFirst({ where: { visitId: v.id }, orderBy: { version: "desc" }, select: { snapshot: true } });
    if (!p) continue;
    const due = dueReminders(p.snapshot as unknown as Itinerary, now);
    if (!due.length) continue;
    queued += (await db().$transaction((tx: Tx) => enqueue(tx, due))).queued;
  }
  return queued;
}
