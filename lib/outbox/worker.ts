import type PgBoss from "pg-boss";
import { mailConfig } from "@/lib/mail/config";
import { closeTransport } from "@/lib/mail/transport";
import { boss, MAIL_QUEUE, REMINDER_QUEUE, stopBoss } from "./boss";
import { deliver, recordFailure, Undeliverable } from "./deliver";
import { queueDueReminders } from "./reminders";

// The outbox worker: runs in every app process (instrumentation.ts) or alone (npm run
// worker). pg-boss gives each job to one worker; a failed attempt is retried with backoff.

type MailJob = PgBoss.JobWithMetadata<{ id: string }>;

export async function startMailWorker({ pollingIntervalSeconds = 1, batchSize = 16, reminders = true } = {}) {
  mailConfig(); // a bad SMTP_URL or MAIL_FROM stops start-up with a clear message
  const b = await boss();
  const id = await b.work<{ id: string }>(MAIL_QUEUE, { batchSize, pollingIntervalSeconds, includeMetadata: true }, async (jobs) => {
    await Promise.all(jobs.map((job) => attempt(b, job)));
    // A full batch means more are waiting: fetch again at once instead of after the polling pause.
    if (jobs.length === batchSize) b.notifyWorker(id);
  });
  if (reminders) {
    await b.schedule(REMINDER_QUEUE, "*/5 * * * *");
    await b.work(REMINDER_QUEUE, { pollingIntervalSeconds: 30 }, async () => {
      await queueDueReminders(new Date());
    });
  }
  return b;
}

/** One message: sent, or failed with the reason kept on the outbox row and the job handed back for a retry. */
async function attempt(b: PgBoss, job: MailJob) {
  try {
    await deliver(job.data.id);
  } catch (e) {
    const permanent = e instanceof Undeliverable;
    await recordFailure(job.data.id, e, permanent || job.retryCount >= job.retryLimit);
    if (!permanent) await b.fail(MAIL_QUEUE, job.id, { message: e instanceof Error ? e.message : String(e) });
  }
}

export async function stopMailWorker() {
  await stopBoss();
  closeTransport();
}
