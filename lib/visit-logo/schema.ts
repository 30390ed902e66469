import { z } from "zod";

// A visit's logo for the PDFs: PNG or SVG, at most 200 kB, sent as base64 (a server action
// takes plain data). Shared by the upload control and the server action.

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_TYPES = ["image/png", "image/svg+xml"] as const;

export const logoUploadSchema = z.object({
  visitId: z.string().min(1, "missing record id"),
  type: z.enum(LOGO_TYPES, "use a PNG or SVG file"),
  // base64 of at most LOGO_MAX_BYTES bytes
  data: z
    .string()
    .min(1, "choose a file")
    .max(Math.ceil(LOGO_MAX_BYTES / 3) * 4, "use a logo of at most 200 kB"),
});
export const logoRemoveSchema = z.object({ visitId: z.string().min(1, "missing record id") });

export type LogoUpload = z.output<typeof logoUploadSchema>;

/** Why these bytes are not a usable logo of this type, or null when they are. */
export function logoProblem(bytes: Uint8Array, type: (typeof LOGO_TYPES)[number]): string | null {
  if (bytes.length === 0) return "The file is empty.";
  if (bytes.length > LOGO_MAX_BYTES) return "The logo is larger than 200 kB: save it smaller (an SVG, or a PNG of about 600 pixels wide).";
  if (type === "image/png") {
    const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
    return signature.every((b, i) => bytes[i] === b) ? null : "This is not a PNG file.";
  }
  const text = new TextDecoder().decode(bytes.subarray(0, 4096)).trimStart();
  return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(text) ? null : "This is not an SVG file.";
}
