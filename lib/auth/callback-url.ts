// Where to go after signing in: only a path on this site. Browsers read "/\evil.example",
// "/<tab>/evil.example" and "/.//evil.example" as another host, so the text is parsed the way
// a browser parses it (URL, against a placeholder origin) and kept only when it stays on that
// origin and cannot be read as protocol-relative.

const BASE = "http://itinera.invalid";

export function safeCallbackUrl(raw: string | null | undefined): string {
  if (!raw?.startsWith("/") || raw.length > 2000) return "/";
  // Backslashes and control characters (tab, newline) have no place in our own paths.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this refuses
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return "/";
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  const path = `${url.pathname}${url.search}${url.hash}`;
  return path.startsWith("/") && !path.startsWith("//") ? path : "/";
}
