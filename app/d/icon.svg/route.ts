// The installed app's icon: a calendar page in the house colours.
export const dynamic = "force-static";

const SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><rect width="512" height="512" rx="96" fill="#0f5c63"/><rect x="112" y="136" width="288" height="256" rx="28" fill="#f7f6f2"/><rect x="112" y="136" width="288" height="72" rx="28" fill="#e3f1f1"/><rect x="168" y="104" width="28" height="72" rx="14" fill="#f7f6f2"/><rect x="316" y="104" width="28" height="72" rx="14" fill="#f7f6f2"/><rect x="160" y="248" width="72" height="48" rx="8" fill="#0f5c63"/><rect x="280" y="248" width="72" height="48" rx="8" fill="#14213d" opacity=".25"/><rect x="160" y="316" width="72" height="48" rx="8" fill="#14213d" opacity=".25"/></svg>`;

export function GET() {
  return new Response(SVG, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400" } });
}
