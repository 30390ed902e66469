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
      <body className="min-h-dvh">{children}</body>
    </html>
  );
}
