import PgBoss from "pg-boss";
import type { Tx } from "@/lib/db";
import { databaseUrl } from "@/lib/db-url";

// pg-boss on the app's own PostgreSQL (its tables live in the "pgboss" schema, which it
// creates and migrates itself). One instance per process, shared by the code that enqueues
// and the worker; every app instance may run one, and pg-boss hands each job to one of them.

export const MAIL_QUEUE = "mail";
export const REMINDER_QUEUE = "mail-reminders";

/**
 * Retries: the n-th retry waits about 2^n seconds (with jitter): 2 s, 4 s, 8 s … about 34
 * minutes of trying in all, so a mail server down for a while loses nothing.
 */
export const MAIL_RETRY = { retryLimit: 10, retryDelay: 1, retryBackoff: true } as const;

const g = globalThis as unknown as { __itineraBoss?: { url: string; boss: Promise<PgBoss> } };

export function boss(): Promise<PgBoss> {
  const url = databaseUrl();
  if (g.__itineraBoss?.url !== url) g.__itineraBoss = { url, boss: startBoss(url) };
  return g.__itineraBoss.boss;
}

async function startBoss(url: string): Promise<PgBoss> {
  const b = new PgBoss({ connectionString: url, max: 4, application_name: "itinera-queue" });
  b.on("error", (e) => console.error("[queue]", e));
  try {
    await b.start();
    await b.createQueue(MAIL_QUEUE, { name: MAIL_QUEUE, ...MAIL_RETRY });
    await b.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, retryLimit: 2 });
  } catch (e) {
    g.__itineraBoss = undefined;
    throw e;
  }
  return b;
}

export async function stopBoss() {
  const b = g.__itineraBoss;
  g.__itineraBoss = undefined;
  if (b) await (await b.boss).stop({ graceful: true, wait: true, timeout: 5000 });
}

/** pg-boss's database interface on a Prisma transaction: its job rows commit or roll back with ours. */
export function onTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      const rows = await tx.$queryRawUnsafe<unknown[]>(text, ...values.map((v) => (v === undefined ? null : v)));
      return { rows };
    },
  };
}

/** Queues delivery of these outbox messages, inside the caller's transaction. */
export async function queueDelivery(tx: Tx, outboxIds: string[]) {
  if (!outboxIds.length) return;
  const b = await boss();
  await b.insert(
    outboxIds.map((id) => ({ name: MAIL_QUEUE, data: { id }, ...MAIL_RETRY })),
    { db: onTransaction(tx) },
  );
}
