import type { ReactElement } from "react";
import { Programme } from "./programme";
import { DELEGATE_CSS } from "@/lib/generated/delegate-css";
import { translator, type AppLocale } from "@/lib/i18n";
import type { SlotChangeLines } from "@/lib/delegate-view/change-lines";
import type { DelegateProgramme } from "@/lib/delegate-view/model";
import { nodeRequire } from "@/lib/delegate-view/node-require";
import { PAGE_SCRIPT } from "@/lib/delegate-view/page-script";

// The delegate's page as one HTML document: server-rendered markup, the page's own CSS
// inline and one small inline script (service worker, offline note, "seen" report). No React
// runtime is sent: nothing on the page needs it, and on roaming data every kilobyte is a wait.

type Links = { self: string; switchLang: string; webcal: string; ics: string; pdf: string };

function markup(el: ReactElement): string {
  return nodeRequire<{ renderToStaticMarkup(e: ReactElement): string }>("react-dom", "server").renderToStaticMarkup(el);
}

function documentHtml({ locale, title, head = "", body }: { locale: AppLocale; title: string; head?: string; body: string }): string {
  return (
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8">` +
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="theme-color" content="#0f5c63">` +
    `<title>${escapeHtml(title)}</title><meta name="robots" content="noindex, nofollow, nocache"><meta name="referrer" content="no-referrer">` +
    `<link rel="icon" href="/d/icon.svg" type="image/svg+xml">${head}<style>${DELEGATE_CSS}</style></head>` +
    `<body class="min-h-dvh">${body}</body></html>`
  );
}

/** The programme page. `publicationId` goes to the server from the page once it is shown. */
export function programmeDocument(o: {
  p: DelegateProgramme;
  removed: { title: string; startsAt: string }[];
  changes?: SlotChangeLines;
  locale: AppLocale;
  links: Links;
  version: number;
  publicationId: string;
  updated: string;
}): string {
  const t = translator(o.locale, "delegate");
  const body = markup(
    <main data-publication={o.publicationId}>
      <Programme
        p={o.p}
        removed={o.removed}
        changes={o.changes}
        locale={o.locale}
        links={o.links}
        version={o.version}
        updated={o.updated}
      />
    </main>,
  );
  return documentHtml({
    locale: o.locale,
    title: `${t("pageTitle")} · ${o.p.delegate.displayName} · Itinera`,
    head: `<link rel="manifest" href="${escapeHtml(o.links.self)}/manifest.webmanifest">`,
    body: `${body}<script>${PAGE_SCRIPT}</script>`,
  });
}

export type Contact = { name: string; phone: string; email: string };

/** A short page with a heading, a sentence and, for a switched-off link, whom to ask. */
export function messageDocument(o: { locale: AppLocale; heading: string; text?: string; contact?: Contact | null }): string {
  const t = translator(o.locale, "delegate");
  const c = o.contact;
  const tel = c?.phone.replace(/[^\d+]/g, "");
  const body = markup(
    <main className="mx-auto max-w-xl px-4 py-10">
      <h1 className="text-xl font-bold">{o.heading}</h1>
      {o.text && <p className="mt-3 text-slate-700">{o.text}</p>}
      {c && (
        <div className="mt-4 rounded-xl border border-slate-200 bg-white p-4" data-testid="contact">
          {c.name && <p className="font-semibold">{c.name}</p>}
          {c.phone && tel && (
            <a
              href={`tel:${tel}`}
              className="mt-2 inline-flex items-center gap-1 whitespace-nowrap rounded-lg bg-accent px-3 py-2 font-semibold text-white"
              aria-label={t("contactPhone", { name: c.name, phone: c.phone })}
            >
              <span aria-hidden="true">☎</span> {c.phone}
            </a>
          )}
          {c.email && (
            <p className="mt-2">
              <a
                href={`mailto:${c.email}`}
                className="font-semibold text-accent underline"
                aria-label={t("contactEmail", { name: c.name, email: c.email })}
              >
                {c.email}
              </a>
            </p>
          )}
        </div>
      )}
    </main>,
  );
  return documentHtml({ locale: o.locale, title: `${o.heading} · Itinera`, body });
}

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}
