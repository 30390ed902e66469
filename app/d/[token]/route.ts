import { delegatePageResponse } from "./page-response";

// The delegate's phone page: plain HTML with its CSS and one small script inline, so no React
// runtime goes to the phone (page-response.ts beside this file). Reads only.
export const dynamic = "force-dynamic";

export async function GET(req: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return delegatePageResponse({ token, url: new URL(req.url), acceptLanguage: req.headers.get("accept-language") });
}
