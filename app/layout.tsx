import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Itinera", template: "%s · Itinera" },
  description: "Plan official delegation visits: itineraries, clashes, delegates' schedules and printed programmes.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0f5c63" };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request, so that Next can put this request's CSP nonce (proxy.ts)
  // on its scripts; a page prerendered at build time would carry none and be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-dvh">
        {/* The first Tab on every page: past the header and tabs to the page's own content. */}
        <a
          href="#main"
          className="sr-only rounded-md bg-white font-semibold text-accent underline shadow-lg ring-2 ring-accent focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-50 focus:px-4 focus:py-2"
        >
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
