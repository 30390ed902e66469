import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfflineScript } from "@/components/delegate/offline-script";
import { Programme } from "@/components/delegate/programme";
import { publicBaseUrl } from "@/lib/delegate-links/urls";
import { delegatePage, openDelegateLink } from "@/lib/delegate-view/data";
import { isLocale, translator } from "@/lib/i18n";

// A delegate's own programme, opened from a private link. No account: the token is the key.
// Rendered on the server per request (private, never cached by a proxy), almost no client JS.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ lang?: string }> };

const link = cache(openDelegateLink);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { token } = await params;
  const l = await link(token);
  return {
    title: l ? "Programme" : "Not found",
    robots: { index: false, follow: false, nocache: true },
    referrer: "no-referrer",
    manifest: l ? `/d/${token}/manifest.webmanifest` : undefined,
  };
}

export default async function DelegatePage({ params, searchParams }: Props) {
  const { token } = await params;
  const { lang } = await searchParams;
  const l = await link(token);
  if (!l) notFound();
  const data = await delegatePage(l, new Date(), { recordSeen: true });
  const locale = isLocale(lang) ? lang : data.language;
  if (data.status === "unpublished") {
    return (
      <main lang={locale} className="mx-auto max-w-xl px-4 py-10">
        <h1 className="text-xl font-bold">{translator(locale, "delegate")("notPublished")}</h1>
      </main>
    );
  }
  const base = publicBaseUrl(await requestOrigin());
  const q = lang && isLocale(lang) ? `?lang=${lang}` : "";
  const other = locale === "de" ? "en" : "de";
  const links = {
    self: `/d/${token}`,
    switchLang: `/d/${token}?lang=${other}`,
    ics: `/d/${token}/calendar.ics${q ? `${q}&` : "?"}download=1`,
    webcal: `${base.replace(/^https?:/, "webcal:")}/d/${token}/calendar.ics${q}`,
    pdf: `/d/${token}/itinerary.pdf${q}`,
  };
  return (
    <main>
      <Programme p={data.programme} removed={data.removed} locale={locale} links={links} version={data.version} renderedAt={new Date()} />
      <OfflineScript />
    </main>
  );
}

async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  const host = h.get("host");
  return host ? `${h.get("x-forwarded-proto") ?? "http"}://${host}` : null;
}
