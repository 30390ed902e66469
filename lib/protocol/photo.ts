import { PHOTO_MAX_BYTES, type PHOTO_TYPES } from "./schema";

// A photo is accepted by what its bytes are, not by the name or type the browser gave it.

export type PhotoType = (typeof PHOTO_TYPES)[number];

export function sniffPhotoType(b: Uint8Array): PhotoType | null {
  if (
    b.length >= 8 &&
    b[0] === 0x89 &&
    b[1] === 0x50 &&
    b[2] === 0x4e &&
    b[3] === 0x47 &&
    b[4] === 0x0d &&
    b[5] === 0x0a &&
    b[6] === 0x1a &&
    b[7] === 0x0a
  )
    return "image/png";
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

/** null when fine, else what is wrong in words the person can act on. */
export function photoProblem(b: Uint8Array): string | null {
  if (b.length === 0) return "The file is empty. Choose a photo.";
  if (b.length > PHOTO_MAX_BYTES)
    return `The photo is ${(b.length / 1024 / 1024).toFixed(1)} MB; the limit is ${Math.round(PHOTO_MAX_BYTES / 1024)} KB. Save it smaller and try again.`;
  if (!sniffPhotoType(b)) return "This is not a PNG, JPEG or WebP image. Save the photo in one of these formats.";
  return null;
}
