import { db } from "@/lib/db";

// Failed sign-ins are counted per e-mail in the database, so every app instance sees them.
// After FREE_FAILURES, each further failure doubles the wait (capped), which slows guessing
// to a crawl without locking the real user out for long.
const FREE_FAILURES = 3;
const MAX_WAIT_S = 15 * 60;

export function waitSeconds(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(MAX_WAIT_S, 2 ** (failures - FREE_FAILURES) * 5);
}

/** Seconds the caller must still wait before another attempt for this key (0 = go ahead). */
export async function secondsUntilAllowed(key: string, now = new Date()): Promise<number> {
  const row = await db().loginThrottle.findUnique({ where: { key } });
  if (!row) return 0;
  const until = row.lastFailure.getTime() + waitSeconds(row.failures) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

export async function recordFailure(key: string): Promise<void> {
  await db().loginThrottle.upsert({
    where: { key },
    create: { key, failures: 1, lastFailure: new Date() },
    update: { failures: { increment: 1 }, lastFailure: new Date() },
  });
}

export async function clearFailures(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}
