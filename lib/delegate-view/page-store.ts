import pg from "pg";
import { databaseUrl } from "@/lib/db-url";
import type { Publication } from "@/lib/schedule/types";
import { cachedSnapshot } from "./snapshot-cache";

// The delegate page's reads and its one write, in plain SQL over pg (no Prisma: this module
// is also bundled into the custom server's fast path, see scripts/server.mjs).
//
// Every request checks its token against the database: nothing about who may see what is
// cached, so a revoked or re-issued link fails on the very next request on every instance.
// Under load the checks of requests that arrive together go to PostgreSQL as one query
// (`= ANY($1)`), one query at a time: fifty phones cost a few queries, not fifty.

export type LinkState = {
  delegateId: string;
  language: "en" | "de";
  /** md5 of the stored seen state: what the "changed" marks were computed from. */
  seenHash: string;
  publication: { id: string; version: number; publishedAt: string; publishedBy: string | null } | null;
};

const g = globalThis as unknown as { __itineraPagePool?: pg.Pool };
function pool(): pg.Pool {
  return (g.__itineraPagePool ??= new pg.Pool({ connectionString: databaseUrl(), max: 4 }));
}

const LINKS_SQL = `
  SELECT d."linkTokenHash" AS hash, d.id, d.language::text AS language,
         md5(COALESCE(d."seenSlots"::text, '')) AS seen,
         p.id AS "publicationId", p.version,
         to_char(p."publishedAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "publishedAt",
         COALESCE(u.name, u.email) AS "publishedBy"
  FROM "Delegate" d
  LEFT JOIN LATERAL (
    SELECT id, version, "publishedAt", "publishedById" FROM "Publication"
    WHERE "visitId" = d."visitId" ORDER BY version DESC LIMIT 1
  ) p ON true
  LEFT JOIN "StaffUser" u ON u.id = p."publishedById"
  WHERE d."linkTokenHash" = ANY($1::text[])`;

type Row = { hash: string; id: string; language: "en" | "de"; seen: string; publicationId: string | null; version: number | null; publishedAt: string | null; publishedBy: string | null };
type Waiter = { resolve: (s: LinkState | null) => void; reject: (e: unknown) => void };

// One query at a time: requests that arrive meanwhile wait for the next, larger batch. In
// alternating runs at 50 connections (busy machine), 1 beat 2 in each of four rounds; 4 was mixed.
const MAX_IN_FLIGHT = 1;
const MAX_BATCH = 256;
let waiting = new Map<string, Waiter[]>();
let inFlight = 0;
let scheduled = false;

/** The link a token hash opens (null: wrong or revoked), checked in the database now. */
export function findLink(hash: string): Promise<LinkState | null> {
  return new Promise((resolve, reject) => {
    const list = waiting.get(hash);
    if (list) list.push({ resolve, reject });
    else waiting.set(hash, [{ resolve, reject }]);
    schedule();
  });
}

function schedule() {
  if (scheduled || inFlight >= MAX_IN_FLIGHT || waiting.size === 0) return;
  scheduled = true;
  // setImmediate: after this round of I/O, so the requests that came in with it join the batch.
  setImmediate(flush);
}

async function flush() {
  scheduled = false;
  if (inFlight >= MAX_IN_FLIGHT || waiting.size === 0) return;
  let batch = waiting;
  if (batch.size > MAX_BATCH) {
    batch = new Map([...waiting].slice(0, MAX_BATCH));
    for (const k of batch.keys()) waiting.delete(k);
  } else waiting = new Map();
  inFlight++;
  try {
    const { rows } = await pool().query<Row>({ name: "itinera-delegate-links", text: LINKS_SQL, values: [[...batch.keys()]] });
    const found = new Map(rows.map((r) => [r.hash, r]));
    for (const [hash, waiters] of batch) {
      const r = found.get(hash);
      const state: LinkState | null = r
        ? {
            delegateId: r.id,
            language: r.language,
            seenHash: r.seen,
            publication: r.publicationId && r.version != null && r.publishedAt ? { id: r.publicationId, version: r.version, publishedAt: r.publishedAt, publishedBy: r.publishedBy } : null,
          }
        : null;
      for (const w of waiters) w.resolve(state);
    }
  } catch (e) {
    for (const waiters of batch.values()) for (const w of waiters) w.reject(e);
  } finally {
    inFlight--;
    schedule();
  }
}

/** The stored seen state and its md5 (read together, so the hash names exactly this state). */
export async function readSeen(delegateId: string): Promise<{ seenSlots: unknown; seenHash: string } | null> {
  const { rows } = await pool().query<{ seenSlots: unknown; seen: string }>({
    name: "itinera-delegate-seen",
    text: `SELECT "seenSlots", md5(COALESCE("seenSlots"::text, '')) AS seen FROM "Delegate" WHERE id = $1`,
    values: [delegateId],
  });
  return rows[0] ? { seenSlots: rows[0].seenSlots, seenHash: rows[0].seen } : null;
}

/**
 * Stores what the delegate was shown, only over the state it was computed from: of two
 * requests racing with the same old state, one writes and the other changes nothing.
 */
export async function saveSeen(delegateId: string, fromHash: string, next: unknown): Promise<boolean> {
  const { rowCount } = await pool().query({
    name: "itinera-delegate-seen-save",
    text: `UPDATE "Delegate" SET "seenSlots" = $2::jsonb WHERE id = $1 AND md5(COALESCE("seenSlots"::text, '')) = $3`,
    values: [delegateId, JSON.stringify(next), fromHash],
  });
  return (rowCount ?? 0) > 0;
}

/** The published itinerary of a link, from the per-process snapshot cache. */
export async function publicationOf(link: LinkState): Promise<Publication | null> {
  const p = link.publication;
  if (!p) return null;
  const itinerary = await cachedSnapshot(p.id, async (id) => {
    const { rows } = await pool().query<{ snapshot: unknown }>({ name: "itinera-snapshot", text: `SELECT snapshot FROM "Publication" WHERE id = $1`, values: [id] });
    return rows[0]?.snapshot ?? null;
  });
  return itinerary ? { version: p.version, publishedAt: p.publishedAt, publishedBy: p.publishedBy, itinerary } : null;
}

/** Ends this process's page pool (tests, scripts). */
export async function closePagePool() {
  const p = g.__itineraPagePool;
  g.__itineraPagePool = undefined;
  await p?.end();
}
