import { openDelegateLink } from "@/lib/delegate-view/data";
import { translator } from "@/lib/i18n";

// Per-delegate web app manifest: installing opens this delegate's own page, scoped to /d/.
export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await openDelegateLink(token);
  if (!link) return new Response("Not found", { status: 404 });
  const t = translator(link.language, "delegate");
  const manifest = {
    name: t("appName"),
    short_name: t("appShortName"),
    id: `/d/${token}`,
    start_url: `/d/${token}`,
    scope: "/d/",
    display: "standalone",
    background_color: "#f7f6f2",
    theme_color: "#0f5c63",
    lang: link.language,
    icons: [{ src: "/d/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" }],
  };
  return Response.json(manifest, { headers: { "Content-Type": "application/manifest+json", "Cache-Control": "private, no-store" } });
}
