import { publicBaseUrl } from "@/lib/delegate-links/urls";
import { programmeCalendar } from "@/lib/delegate-view/calendar";
import { delegatePage, openDelegateLink } from "@/lib/delegate-view/data";
import { isLocale } from "@/lib/i18n";

// The delegate's calendar feed: subscribe (webcal://) to stay current, or ?download=1 for a file.
export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await openDelegateLink(token);
  if (!link) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const data = delegatePage(link, new Date());
  if (data.status !== "ok") return new Response("Not published yet", { status: 404, headers: { "Cache-Control": "no-store" } });
  const url = new URL(req.url);
  const lang = url.searchParams.get("lang");
  const locale = isLocale(lang) ? lang : data.language;
  const body = programmeCalendar(data.programme, {
    locale,
    stamp: data.publishedAt,
    pageUrl: `${publicBaseUrl(url.origin)}/d/${token}`,
  });
  const download = url.searchParams.has("download");
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
      ...(download ? { "Content-Disposition": `attachment; filename="programme-${data.programme.visit.firstDay}.ics"` } : {}),
    },
  });
}
