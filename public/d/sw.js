// The delegates' service worker, plain JavaScript served as a file. It lives at /d/sw.js, so
// its scope is /d/: it can never control a staff page. A delegate's page (/d/<token>) comes
// from the network when the network answers well; the copy saved on the phone is shown when
// the network fails, is slow, or the server answers with an error (any 5xx). A link that no
// longer opens a programme (404) also drops its saved copy.
const CACHE = "itinera-delegate-pages-v2";
const PAGE = /^\/d\/[A-Za-z0-9_-]{43}$/;
const KEEP = 8;
const WAIT_MS = 8000;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
});

const isPage = (url) => url.origin === self.location.origin && PAGE.test(url.pathname);
// One saved copy per page, whatever its ?lang=.
const keyOf = (url) => new Request(new URL(url.pathname, url.origin).href);

async function save(url, response) {
  const cache = await caches.open(CACHE);
  // Marked, so that a saved copy served for a slow network is not saved again.
  const headers = new Headers(response.headers);
  headers.set("x-itinera-saved", "1");
  await cache.put(keyOf(url), new Response(await response.blob(), { status: response.status, headers }));
  const keys = await cache.keys();
  for (const old of keys.slice(0, Math.max(0, keys.length - KEEP))) await cache.delete(old);
}

async function saved(url) {
  return (await caches.open(CACHE)).match(keyOf(url));
}

async function page(request) {
  const url = new URL(request.url);
  let slow;
  // A slow network: the saved copy after WAIT_MS, if there is one (else keep waiting).
  const late = new Promise((resolve) => (slow = setTimeout(() => saved(url).then((c) => c && resolve(c)), WAIT_MS)));
  try {
    const response = await Promise.race([fetch(request), late]);
    if (response.headers.has("x-itinera-saved")) return response;
    if (response.status >= 500) return (await saved(url)) ?? response;
    if (response.ok && response.type === "basic") await save(url, response.clone());
    else if (response.status === 404) await (await caches.open(CACHE)).delete(keyOf(url));
    return response;
  } catch (error) {
    const copy = await saved(url);
    if (copy) return copy;
    throw error;
  } finally {
    clearTimeout(slow);
  }
}

self.addEventListener("fetch", (event) => {
  if (event.request.method !== "GET") return;
  const url = new URL(event.request.url);
  if (isPage(url)) event.respondWith(page(event.request));
});

// The page asks for itself to be kept once it is shown: its first load came before this
// worker controlled it.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type !== "CACHE_URLS" || !Array.isArray(data.urls)) return;
  const port = event.ports && event.ports[0];
  const urls = data.urls.map((u) => new URL(u, self.location.origin)).filter(isPage);
  event.waitUntil(
    Promise.all(urls.map((url) => fetch(url.href, { credentials: "same-origin" }).then((r) => (r.ok ? save(url, r) : undefined))))
      .catch(() => {})
      .then(() => port && port.postMessage({ done: true })),
  );
});
