// Where a delegate's link points. ITINERA_PUBLIC_URL wins (the address delegates can reach),
// then NEXTAUTH_URL, then the request's own origin, then the local demo address.

export function publicBaseUrl(requestOrigin?: string | null): string {
  const base = process.env.ITINERA_PUBLIC_URL || process.env.NEXTAUTH_URL || requestOrigin || "http://127.0.0.1:3000";
  return base.replace(/\/+$/, "");
}

export const delegatePath = (token: string) => `/d/${token}`;
export const delegateUrl = (token: string, base: string) => `${base}${delegatePath(token)}`;
