import { createHash } from "node:crypto";
import { PERMISSIONS_POLICY } from "@/lib/csp";
import { publicBaseUrl } from "@/lib/delegate-links/urls";
import { DELEGATE_CSS } from "@/lib/generated/delegate-css";
import { isLocale, translator, type AppLocale } from "@/lib/i18n";
import { stampInZone } from "@/lib/schedule/time";
import { delegateChangeLines, delegatePage, openDelegateLink, revokedLinkContact } from "@/lib/delegate-view/data";
import { messageDocument, programmeDocument } from "@/components/delegate/page-document";
import { PAGE_SCRIPT } from "@/lib/delegate-view/page-script";
import { Lru } from "@/lib/delegate-view/lru";

// GET /d/[token]: the delegate's page (route.ts beside this file). Reads only: what the delegate
// has seen is reported by the page itself once shown (POST /d/[token]/seen), so a link preview
// or a mail scanner fetching the URL leaves the "changed" marks in place.

const sha256 = (s: string) => `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;

/** The page allows exactly its own inline script and stylesheet (by hash) and nothing from elsewhere. */
export const PAGE_CSP = [
  "default-src 'none'",
  `script-src ${sha256(PAGE_SCRIPT)}`,
  `style-src ${sha256(DELEGATE_CSS)}`,
  "img-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join("; ");

export const PAGE_HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Cache-Control": "private, no-store",
  "Content-Security-Policy": PAGE_CSP,
  "Permissions-Policy": PERMISSIONS_POLICY,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "X-Robots-Tag": "noindex",
};

// Pages rendered in this process, by everything a page is made from: the token (its links
// name it), the language asked for, the publication (immutable), what the delegate has seen,
// the origin, and the minute (now/next and the "updated" stamp move by the minute). Only
// looked up after the token has been checked in the database, so a revoked link is never
// served from here; a reload in the same minute costs one query and no rendering (decision
// 025). The encoded bytes are kept. (Compression is Next's: it drops a Content-Encoding set by
// a route handler and would gzip a gzipped body again.)
const rendered = new Lru<Uint8Array<ArrayBuffer>>(256);

export async function delegatePageResponse(req: { token: string; url: URL; acceptLanguage: string | null; now?: Date }): Promise<Response> {
  const now = req.now ?? new Date();
  const lang = req.url.searchParams.get("lang");
  const asked = isLocale(lang) ? lang : null;
  const link = await openDelegateLink(req.token);
  if (!link) return linkGone(req.token, asked ?? preferred(req.acceptLanguage));
  const locale = asked ?? link.language;
  const key = JSON.stringify([
    req.token,
    asked,
    locale,
    link.publication?.id,
    link.seenSlots,
    req.url.origin,
    Math.floor(now.getTime() / 60_000),
  ]);
  const hit = rendered.get(key);
  if (hit) return html(200, locale, hit);
  const data = delegatePage(link, now);
  if (data.status !== "ok" || !data.publicationId) {
    return html(200, locale, messageDocument({ locale, heading: translator(locale, "delegate")("notPublished") }));
  }
  const changes = await delegateChangeLines(link, data.changedFrom, locale);
  const q = asked ? `?lang=${asked}` : "";
  const self = `/d/${req.token}`;
  const base = publicBaseUrl(req.url.origin);
  const doc = programmeDocument({
    p: data.programme,
    removed: data.removed,
    changes,
    locale,
    version: data.version,
    publicationId: data.publicationId,
    updated: stampInZone(now, data.programme.visit.timeZone, locale),
    links: {
      self,
      switchLang: `${self}?lang=${locale === "de" ? "en" : "de"}`,
      ics: `${self}/calendar.ics${q ? `${q}&` : "?"}download=1`,
      webcal: `${base.replace(/^https?:/, "webcal:")}${self}/calendar.ics${q}`,
      pdf: `${self}/itinerary.pdf${q}`,
    },
  });
  const bytes = new TextEncoder().encode(doc);
  rendered.set(key, bytes);
  return html(200, locale, bytes);
}

/**
 * 404 for any token that opens nothing. A link that opened a programme once and was revoked
 * or replaced names the visit's contact; any other token gets the same neutral page, so the
 * answer never tells whether a guessed token existed.
 */
async function linkGone(token: string, locale: AppLocale): Promise<Response> {
  const t = translator(locale, "delegate");
  const contact = await revokedLinkContact(token);
  const doc = contact
    ? messageDocument({ locale, heading: t("revokedTitle"), text: t("revokedText"), contact })
    : messageDocument({ locale, heading: t("notFoundTitle"), text: t("notFound") });
  return html(404, locale, doc);
}

const preferred = (acceptLanguage: string | null): AppLocale => (/^\s*de\b/i.test(acceptLanguage ?? "") ? "de" : "en");

function html(status: number, locale: AppLocale, body: string | Uint8Array<ArrayBuffer>): Response {
  return new Response(body, { status, headers: { ...PAGE_HEADERS, "Content-Language": locale } });
}
