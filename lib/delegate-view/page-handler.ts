import { gzipSync } from "node:zlib";
import { stampLabel } from "@/components/delegate/format";
import { looksLikeToken, hashToken } from "@/lib/delegate-links/token-format";
import { publicBaseUrl } from "@/lib/delegate-links/urls";
import { isLocale, translator, type AppLocale } from "@/lib/i18n";
import { programmeView } from "./programme-view";
import { delegateCss } from "./page-css";
import { messageDocument, programmeDocument, STAMP } from "./page-html";
import { findLink, publicationOf, readSeen, saveSeen } from "./page-store";
import { MARK_HOURS, parseSeen } from "./seen";

// GET /d/[token]: the delegate's page, for both ways in (scripts/server.mjs answers it
// before Next; app/d/[token]/route.ts answers it under `next dev` or plain `next start`).
//
// The token is checked in the database on every request (page-store.ts). What is kept in
// memory is the rendered page for one link, publication, seen state and language, until
// the first moment its content could change by the clock alone: a slot of hers starts or
// ends ("now"/"next"), a quarter hour passes (the date rolls over at a local midnight in
// every zone), or a "changed" mark runs out. Each response puts the current minute into the
// "updated" line, so a copy saved for offline use says when it came from the server.

export type PageRequest = { token: string; lang: string | null; origin: string | null; gzip: boolean; now?: Date };
export type PageResponse = { status: number; headers: Record<string, string>; body: Buffer };

type Entry = {
  validUntil: number;
  prefix: string;
  suffix: string;
  timeZone: string;
  locale: AppLocale;
  minute: number;
  body: Buffer;
  gzip: Buffer | null;
};

const MAX_ENTRIES = 512;
const QUARTER_HOUR = 15 * 60_000;
const pages = new Map<string, Entry>();

const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "X-Robots-Tag": "noindex",
  Vary: "Accept-Encoding",
};

export async function delegatePageResponse(r: PageRequest): Promise<PageResponse> {
  const now = r.now ?? new Date();
  const asked = isLocale(r.lang) ? r.lang : null;
  if (!looksLikeToken(r.token)) return notFound(asked ?? "en", r.gzip);
  const hash = hashToken(r.token);
  const link = await findLink(hash);
  if (!link) return notFound(asked ?? "en", r.gzip);
  const locale = asked ?? link.language;
  const base = publicBaseUrl(r.origin);
  const key = `${hash}|${link.publication?.id ?? "-"}|${link.seenHash}|${link.language}|${asked ?? ""}|${base}`;
  const hit = pages.get(key);
  if (hit && now.getTime() < hit.validUntil) return respond(hit, now, r.gzip, 200);

  const css = await delegateCss();
  const pub = await publicationOf(link);
  const stored = await readSeen(link.delegateId);
  const { data, seen } = programmeView(pub, link.delegateId, link.language, stored?.seenSlots ?? null, now);
  if (data.status !== "ok" || !seen) {
    const t = translator(locale, "delegate");
    return plain(200, locale, messageDocument({ locale, heading: t("notPublished"), css }), r.gzip);
  }
  // The marks shown are remembered for the next look (only over the state they came from).
  const wrote = seen.dirty && stored ? await saveSeen(link.delegateId, stored.seenHash, seen.next) : false;

  const q = asked ? `?lang=${asked}` : "";
  const self = `/d/${r.token}`;
  const html = programmeDocument({
    p: data.programme,
    removed: data.removed,
    locale,
    version: data.version,
    css,
    links: {
      self,
      switchLang: `${self}?lang=${locale === "de" ? "en" : "de"}`,
      ics: `${self}/calendar.ics${q ? `${q}&` : "?"}download=1`,
      webcal: `${base.replace(/^https?:/, "webcal:")}${self}/calendar.ics${q}`,
      pdf: `${self}/itinerary.pdf${q}`,
    },
  });
  const at = html.indexOf(STAMP);
  const entry: Entry = {
    validUntil: validUntil(now, data.programme.days.flatMap((d) => d.slots), seen.next),
    prefix: html.slice(0, at),
    suffix: html.slice(at + STAMP.length),
    timeZone: data.programme.visit.timeZone,
    locale,
    minute: -1,
    body: Buffer.alloc(0),
    gzip: null,
  };
  // After a write the stored state has a new hash: the next request renders (and keeps) again.
  if (!wrote && stored?.seenHash === link.seenHash) remember(key, entry);
  return respond(entry, now, r.gzip, 200);
}

/** The first instant after `now` at which the page could read differently by the clock alone. */
export function validUntil(now: Date, slots: { startsAt: string; endsAt: string }[], seenState: unknown): number {
  const t = now.getTime();
  let until = (Math.floor(t / QUARTER_HOUR) + 1) * QUARTER_HOUR;
  const consider = (ms: number) => {
    if (ms > t && ms < until) until = ms;
  };
  for (const s of slots) {
    consider(Date.parse(s.startsAt));
    consider(Date.parse(s.endsAt));
  }
  const state = parseSeen(seenState);
  const expiry = (iso: string) => Date.parse(iso) + MARK_HOURS * 3_600_000;
  for (const at of Object.values(state?.changedAt ?? {})) consider(expiry(at));
  for (const r of Object.values(state?.removed ?? {})) consider(expiry(r.at));
  return until;
}

function remember(key: string, entry: Entry) {
  pages.delete(key);
  pages.set(key, entry);
  if (pages.size > MAX_ENTRIES) pages.delete(pages.keys().next().value!);
}

function respond(e: Entry, now: Date, gzip: boolean, status: number): PageResponse {
  const minute = Math.floor(now.getTime() / 60_000);
  if (e.minute !== minute) {
    e.body = Buffer.from(e.prefix + stampLabel(now, e.timeZone, e.locale) + e.suffix);
    e.gzip = null;
    e.minute = minute;
  }
  if (gzip) {
    e.gzip ??= gzipSync(e.body);
    return { status, headers: { ...HEADERS, "Content-Language": e.locale, "Content-Encoding": "gzip" }, body: e.gzip };
  }
  return { status, headers: { ...HEADERS, "Content-Language": e.locale }, body: e.body };
}

const notFounds = new Map<AppLocale, Promise<string>>();

async function notFound(locale: AppLocale, gzip: boolean): Promise<PageResponse> {
  let html = notFounds.get(locale);
  if (!html) {
    const t = translator(locale, "delegate");
    notFounds.set(locale, (html = delegateCss().then((css) => messageDocument({ locale, heading: t("notFoundTitle"), text: t("notFound"), css }))));
  }
  return plain(404, locale, await html, gzip);
}

function plain(status: number, locale: AppLocale, html: string, gzip: boolean): PageResponse {
  const body = Buffer.from(html);
  return gzip
    ? { status, headers: { ...HEADERS, "Content-Language": locale, "Content-Encoding": "gzip" }, body: gzipSync(body) }
    : { status, headers: { ...HEADERS, "Content-Language": locale }, body };
}

/** How many rendered pages this process keeps (for tests). */
export const cachedPages = () => pages.size;
