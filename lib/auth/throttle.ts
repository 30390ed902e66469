import { db } from "@/lib/db";

// Failed sign-ins are counted in the database, so every app instance sees them. Each attempt
// is counted atomically BEFORE the slow password check (one UPSERT … RETURNING), so a burst
// of parallel guesses cannot all slip past a check made before any failure was written.
//
// Three counters per attempt, so that a stranger cannot lock a staff member out:
//   - per (account, client address): 3 free failures, then a doubling wait;
//   - per client address, whatever the account: 20 free failures (an office shares one
//     address), then a doubling wait;
//   - per account, from all addresses together: 100 free failures. Only a guesser with many
//     addresses (or one forging X-Forwarded-For where no proxy is trusted) gets there; it
//     bounds them at the price of slowing the owner during such an attack.
// The owner signing in from their own address is slowed only by their own mistakes.
// After a day without failures a counter starts again from zero.

export type ThrottleRule = { free: number };
export const ACCOUNT_RULE: ThrottleRule = { free: 3 };
export const ADDRESS_RULE: ThrottleRule = { free: 20 };
export const ACCOUNT_WIDE_RULE: ThrottleRule = { free: 100 };
const MAX_WAIT_S = 15 * 60;

/** The wait after this many failures on an account from one address. */
export const waitSeconds = (failures: number): number => waitAfter(failures, ACCOUNT_RULE.free);

function waitAfter(failures: number, free: number): number {
  if (failures < free) return 0;
  return Math.min(MAX_WAIT_S, 2 ** Math.min(failures - free, 20) * 5);
}

export const accountKey = (email: string, address: string) => `account:${email}|${address}`;
export const addressKey = (address: string) => `address:${address}`;
export const accountWideKey = (email: string) => `account:${email}`;

/**
 * Counts one attempt on `key` unless the key must still wait. Returns 0 when the attempt may
 * go ahead (and is now counted), else the seconds still to wait (and nothing is counted).
 * The row lock taken by ON CONFLICT DO UPDATE makes parallel calls queue, and the WHERE is
 * re-checked on the row as the previous call left it — against the clock at that moment
 * (clock_timestamp()), not the statement's start (now()): a call that started before the
 * previous one wrote its failure would otherwise see that failure "in the future" and be
 * refused although free attempts were left. The stored time is cut (not rounded) to the
 * column's milliseconds for the same reason: rounded up, it would lie in the future.
 */
export async function reserveAttempt(key: string, rule: ThrottleRule = ACCOUNT_RULE): Promise<number> {
  const free = rule.free;
  const rows = await db().$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("key", "failures", "lastFailure")
    VALUES (${key}, 1, date_trunc('milliseconds', clock_timestamp()))
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."lastFailure" < clock_timestamp() - interval '1 day' THEN 1 ELSE t."failures" + 1 END,
      "lastFailure" = date_trunc('milliseconds', clock_timestamp())
    WHERE t."lastFailure" + make_interval(secs => CASE WHEN t."failures" < ${free}::int THEN 0
            ELSE LEAST(${MAX_WAIT_S}::int, 5 * power(2, LEAST(t."failures" - ${free}::int, 20))) END)
          <= clock_timestamp()
       OR t."lastFailure" < clock_timestamp() - interval '1 day'
    RETURNING "failures"`;
  if (rows.length > 0) return 0;
  return Math.max(1, await secondsUntilAllowed(key, rule));
}

/** Seconds the caller must still wait before another attempt for this key (0 = go ahead), by the database clock. */
export async function secondsUntilAllowed(key: string, rule: ThrottleRule = ACCOUNT_RULE): Promise<number> {
  const rows = await db().$queryRaw<{ failures: number; ago: number }[]>`
    SELECT "failures", extract(epoch FROM now() - "lastFailure")::float8 AS "ago" FROM "LoginThrottle" WHERE "key" = ${key}`;
  if (!rows.length) return 0;
  return Math.max(0, Math.ceil(waitAfter(rows[0].failures, rule.free) - rows[0].ago));
}

/** After a success: the account's counter for this address is cleared. */
export async function clearFailures(key: string): Promise<void> {
  await db().loginThrottle.deleteMany({ where: { key } });
}

/**
 * After a success: the address's counter gives back the attempt it took, so it counts only
 * failures (clearing it would let anyone with an account wipe their own guessing record).
 */
export async function releaseAttempt(key: string): Promise<void> {
  await db().$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}
