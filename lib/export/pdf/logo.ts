// A visit's logo as the templates open it: a virtual file "logo.png" or "logo.svg".

export type Logo = { bytes: Uint8Array; type: "image/png" | "image/svg+xml" };

export function logoFiles(logo: Logo | null | undefined): { files: Record<string, Uint8Array>; path: string | null } {
  if (!logo) return { files: {}, path: null };
  const path = logo.type === "image/svg+xml" ? "logo.svg" : "logo.png";
  return { files: { [path]: logo.bytes }, path };
}
