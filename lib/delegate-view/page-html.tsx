import type { ReactElement } from "react";
import { Programme } from "@/components/delegate/programme";
import { translator, type AppLocale } from "@/lib/i18n";
import type { DelegateProgramme } from "./model";
import { nodeRequire } from "./node-require";
import { PAGE_SCRIPT } from "./page-script";

// The delegate's page as one HTML document: server-rendered markup, the page's own CSS
// inline and one small inline script (service worker, offline note). No React runtime is
// sent: nothing on the page needs it, and on roaming data every kilobyte is a wait.

/** Stands where the "updated" time goes; each response puts the current minute there. */
export const STAMP = "\u2060itinera-stamp\u2060";

type Links = { self: string; switchLang: string; webcal: string; ics: string; pdf: string };

function markup(el: ReactElement): string {
  return nodeRequire<{ renderToStaticMarkup(e: ReactElement): string }>("react-dom", "server").renderToStaticMarkup(el);
}

function documentHtml({ locale, title, css, head = "", body }: { locale: AppLocale; title: string; css: string; head?: string; body: string }): string {
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#0f5c63">` +
    `<title>${escapeHtml(title)}</title><meta name="robots" content="noindex, nofollow, nocache"><meta name="referrer" content="no-referrer">` +
    `<link rel="icon" href="/d/icon.svg" type="image/svg+xml">${head}<style>${css}</style></head>` +
    `<body class="min-h-dvh">${body}</body></html>`
  );
}

/** The programme page, with STAMP where the time of this copy goes. */
export function programmeDocument(o: {
  p: DelegateProgramme;
  removed: { title: string; startsAt: string }[];
  locale: AppLocale;
  links: Links;
  version: number;
  css: string;
}): string {
  const t = translator(o.locale, "delegate");
  const body = markup(
    <main>
      <Programme p={o.p} removed={o.removed} locale={o.locale} links={o.links} version={o.version} updated={STAMP} />
    </main>,
  );
  return documentHtml({
    locale: o.locale,
    title: `${t("pageTitle")} · ${o.p.delegate.displayName} · Itinera`,
    css: o.css,
    head: `<link rel="manifest" href="${escapeHtml(o.links.self)}/manifest.webmanifest">`,
    body: `${body}<script>${PAGE_SCRIPT}</script>`,
  });
}

/** A short page with a heading and a sentence: not found, not yet published. */
export function messageDocument(o: { locale: AppLocale; heading: string; text?: string; css: string }): string {
  const body = markup(
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-xl font-bold">{o.heading}</h1>
      {o.text && <p className="mt-3 text-slate-700">{o.text}</p>}
    </main>,
  );
  return documentHtml({ locale: o.locale, title: `${o.heading} · Itinera`, css: o.css, body });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
