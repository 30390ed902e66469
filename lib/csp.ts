// The Content-Security-Policy and Permissions-Policy of every staff and sign-in page, set by
// proxy.ts with a fresh nonce per request (Next adds the nonce to its own scripts when it
// finds it in the request's CSP header). The delegate pages (/d/…) set their own.

export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === "development"): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic': scripts the nonce-bearing ones load are trusted too; nothing else runs.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self'${dev ? " 'unsafe-inline'" : ` 'nonce-${nonce}'`}`,
    // Style attributes carry layout computed on the server (the timeline's block positions and
    // heights); a nonce cannot cover an attribute, so they are allowed. <style> elements and
    // stylesheets still need the nonce or this origin.
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const PERMISSIONS_POLICY =
  "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), browsing-topics=()";
