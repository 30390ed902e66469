/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist } from "serwist";

// Service worker for the delegates' pages only (registered with scope /d/, so staff pages
// are never controlled or cached). Pages: network first, the saved copy when offline.
// Next's hashed static files: cache first. Bundled by app/d/sw.js/route.ts at build time.

declare const self: ServiceWorkerGlobalScope;

const DELEGATE_PAGE = /^\/d\/[A-Za-z0-9_-]{43}$/;

const serwist = new Serwist({
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && DELEGATE_PAGE.test(url.pathname),
      handler: new NetworkFirst({
        cacheName: "itinera-delegate-pages",
        networkTimeoutSeconds: 8,
        // A reload offline with or without ?lang= still finds the saved page.
        matchOptions: { ignoreSearch: true },
        plugins: [new ExpirationPlugin({ maxEntries: 8, maxAgeSeconds: 60 * 24 * 3600 })],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "itinera-delegate-static",
        plugins: [new ExpirationPlugin({ maxEntries: 64, maxAgeSeconds: 60 * 24 * 3600 })],
      }),
    },
  ],
});

serwist.addEventListeners();
void self;
