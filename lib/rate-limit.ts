import { db } from "@/lib/db";

// Request counters in PostgreSQL, so every app instance shares them. One UPSERT … RETURNING
// per request counts it atomically. Windows are cut by the database clock (instances with
// skewed clocks still agree), and the estimate slides: the previous window's count weighs in
// for the part of it still within the last `windowSeconds`, so a burst across a window
// boundary is not let through twice.

export type Limit = { max: number; windowSeconds: number };
export type Verdict = { ok: true } | { ok: false; retryAfterSeconds: number };

export async function countRequest(key: string, limit: Limit): Promise<Verdict> {
  const w = limit.windowSeconds;
  const rows = await db().$queryRaw<{ count: number; previous: number; elapsed: number }[]>`
    WITH now_window AS (
      SELECT to_timestamp(floor(extract(epoch FROM now()) / ${w}::int) * ${w}::int) AS start
    )
    INSERT INTO "RateCounter" AS r ("key", "windowStart", "count", "previous")
    SELECT ${key}, start, 1, 0 FROM now_window
    ON CONFLICT ("key") DO UPDATE SET
      "previous" = CASE WHEN r."windowStart" = EXCLUDED."windowStart" THEN r."previous"
                        WHEN r."windowStart" = EXCLUDED."windowStart" - make_interval(secs => ${w}::int) THEN r."count"
                        ELSE 0 END,
      "count" = CASE WHEN r."windowStart" = EXCLUDED."windowStart" THEN r."count" + 1 ELSE 1 END,
      "windowStart" = EXCLUDED."windowStart"
    RETURNING "count", "previous", extract(epoch FROM (now() - "windowStart"))::float8 AS "elapsed"`;
  if (Math.random() < 0.01) void forgetOld().catch(() => undefined);
  const { count, previous, elapsed } = rows[0];
  const estimate = count + previous * Math.max(0, 1 - elapsed / w);
  if (estimate <= limit.max) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(w - elapsed)) };
}

/** Counters from windows long past are dead weight: dropped now and then. */
async function forgetOld(): Promise<void> {
  await db().$executeRaw`DELETE FROM "RateCounter" WHERE "windowStart" < now() - interval '1 day'`;
}
