// A venue's point from what people paste: "52.4862, -1.8904", "52.4862° N, 1.8904° W", or a map
// link from OpenStreetMap, Google Maps or Apple Maps. Pure: no network, so short links
// (maps.app.goo.gl, goo.gl/maps, osm.org/go) cannot be followed and are refused with advice.

export type Point = { latitude: number; longitude: number };
export type CoordinatesResult = ({ ok: true } & Point) | { ok: false; message: string };

const HOW = 'paste coordinates like "52.4862, -1.8904" or a map link from OpenStreetMap, Google Maps or Apple Maps';
const NUMBER = String.raw`[+-]?\d{1,3}(?:\.\d+)?`;
const PAIR = new RegExp(String.raw`^\s*(${NUMBER})\s*(?:,|;|\s)\s*(${NUMBER})\s*$`);
const HEMI = String.raw`(${NUMBER.replace("[+-]?", "")})\s*°?\s*([NSEW])`;
const HEMI_PAIR = new RegExp(String.raw`^\s*${HEMI}\s*[,;]?\s*${HEMI}\s*$`, "i");

/** Reads one point; "" is not a point (callers decide whether empty means "none"). */
export function parseCoordinates(text: string): CoordinatesResult {
  const t = text.trim();
  if (t === "") return { ok: false, message: HOW };
  if (/^(https?:\/\/|www\.|maps\.|geo:)/i.test(t)) return fromLink(t);
  const m = PAIR.exec(t);
  if (m) return checked(Number(m[1]), Number(m[2]));
  const h = HEMI_PAIR.exec(t);
  if (h) return fromHemispheres([h[1], h[2]], [h[3], h[4]]);
  return { ok: false, message: `cannot read "${shorten(t)}": ${HOW}` };
}

/** "52.48620, -1.89040": what the field shows for a stored point. */
export function formatCoordinates(p: Point): string {
  return `${round(p.latitude)}, ${round(p.longitude)}`;
}

/** A page on OpenStreetMap with a marker on the point, for checking it by eye. */
export function openStreetMapUrl(p: Point): string {
  const lat = round(p.latitude);
  const lon = round(p.longitude);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
}

const round = (n: number) => String(Number(n.toFixed(6)));
const shorten = (s: string) => (s.length > 60 ? `${s.slice(0, 57)}…` : s);

function checked(latitude: number, longitude: number): CoordinatesResult {
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90) {
    return { ok: false, message: `the latitude (first number) must be between -90 and 90, like 52.4862; ${HOW}` };
  }
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180) {
    return { ok: false, message: `the longitude (second number) must be between -180 and 180, like -1.8904; ${HOW}` };
  }
  return { ok: true, latitude, longitude };
}

function fromHemispheres(a: [string, string], b: [string, string]): CoordinatesResult {
  const signed = ([n, hemi]: [string, string]) => (/[SW]/i.test(hemi) ? -Number(n) : Number(n));
  const isLat = (hemi: string) => /[NS]/i.test(hemi);
  if (isLat(a[1]) === isLat(b[1])) return { ok: false, message: `give one of N/S and one of E/W; ${HOW}` };
  return isLat(a[1]) ? checked(signed(a), signed(b)) : checked(signed(b), signed(a));
}

/** The first "lat,lng" pair in a URL part such as "52.4862,-1.8904" or "52.4862%2C-1.8904". */
function pairIn(value: string | null | undefined): CoordinatesResult | null {
  if (!value) return null;
  const m = new RegExp(String.raw`^\s*(${NUMBER})\s*,\s*\+?\s*(${NUMBER})`).exec(value.replace(/\+/g, " "));
  return m ? checked(Number(m[1]), Number(m[2])) : null;
}

function fromLink(text: string): CoordinatesResult {
  if (/^geo:/i.test(text)) return pairIn(text.slice(4)) ?? unreadable(text);
  let url: URL;
  try {
    url = new URL(/^https?:\/\//i.test(text) ? text : `https://${text}`);
  } catch {
    return unreadable(text);
  }
  const host = url.hostname.toLowerCase();
  const q = (name: string) => url.searchParams.get(name);
  if (/(^|\.)(maps\.app\.goo\.gl|goo\.gl)$/.test(host) || (host === "osm.org" && url.pathname.startsWith("/go/"))) {
    return {
      ok: false,
      message: "a short map link cannot be read here: open it, then copy the full address from the browser, or copy the coordinates",
    };
  }
  if (host.endsWith("openstreetmap.org") || host === "osm.org") {
    // ?mlat=&mlon= is the marker; #map=zoom/lat/lon is the view.
    const marker = q("mlat") && q("mlon") ? checked(Number(q("mlat")), Number(q("mlon"))) : null;
    const view = /map=\d+(?:\.\d+)?\/([-\d.]+)\/([-\d.]+)/.exec(url.hash);
    return marker ?? (view ? checked(Number(view[1]), Number(view[2])) : null) ?? pairIn(q("query")) ?? unreadable(text);
  }
  if (host.includes("google.")) {
    // A place link's own point (!3d…!4d…) is the pin; /@lat,lng is only the view's centre.
    const pin = /!3d(-?\d+(?:\.\d+)?)!4d(-?\d+(?:\.\d+)?)/.exec(url.pathname + url.hash);
    if (pin) return checked(Number(pin[1]), Number(pin[2]));
    const fromQuery = pairIn(q("q")) ?? pairIn(q("query")) ?? pairIn(q("ll")) ?? pairIn(q("destination"));
    if (fromQuery) return fromQuery;
    const search = /\/maps\/(?:search|place)\/([^/]+)/.exec(url.pathname);
    const inSearch = search ? pairIn(decodeURIComponent(search[1])) : null;
    if (inSearch) return inSearch;
    const at = /@(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)/.exec(url.pathname);
    return at ? checked(Number(at[1]), Number(at[2])) : unreadable(text);
  }
  if (host.endsWith("maps.apple.com") || host === "maps.apple") {
    return pairIn(q("ll")) ?? pairIn(q("coordinate")) ?? pairIn(q("q")) ?? pairIn(q("sll")) ?? unreadable(text);
  }
  return { ok: false, message: `this link is not from OpenStreetMap, Google Maps or Apple Maps; ${HOW}` };
}

function unreadable(text: string): CoordinatesResult {
  return {
    ok: false,
    message: `this map link has no coordinates in it ("${shorten(text)}"): drop a pin on the map and copy that link, or ${HOW}`,
  };
}
