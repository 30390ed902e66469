import fs from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { woffToSfnt } from "./woff";

// Noto Sans from @fontsource, read from disk (never fetched). Fontsource splits the font by
// script: "latin" holds Latin-1 (ä ö ü ß é ø …), punctuation and €; "latin-ext" holds Latin
// Extended-A/B (ł ő č ş …). react-pdf takes a list of families and falls back glyph by glyph,
// so every style names both. Paths start at process.cwd(): the app, the tests and the bench
// all run from the repository root, and a bundled server has no stable __dirname.

export const FONT_FAMILY = ["Noto Sans", "Noto Sans Ext"];

// The faces the styles use: regular, italic (an empty day), semi-bold and bold.
const FACES = [
  { fontWeight: 400, fontStyle: "normal" },
  { fontWeight: 400, fontStyle: "italic" },
  { fontWeight: 600, fontStyle: "normal" },
  { fontWeight: 700, fontStyle: "normal" },
] as const;

function fontData(subset: "latin" | "latin-ext", weight: number, style: string): string {
  const file = path.join(process.cwd(), "node_modules/@fontsource/noto-sans/files", `noto-sans-${subset}-${weight}-${style}.woff`);
  return `data:font/ttf;base64,${woffToSfnt(fs.readFileSync(file)).toString("base64")}`;
}

let registered = false;

export function registerFonts(): void {
  if (registered) return;
  registered = true;
  for (const [family, subset] of [["Noto Sans", "latin"], ["Noto Sans Ext", "latin-ext"]] as const) {
    Font.register({
      family,
      fonts: FACES.map((face) => ({ src: fontData(subset, face.fontWeight, face.fontStyle), ...face })),
    });
  }
  // No hyphenation: a name, a postcode or a phone number must come out whole. A word too
  // long for any line (a URL) may still break, in pieces of 20 letters.
  Font.registerHyphenationCallback((word) => (word.length > 30 ? word.match(/.{1,20}/gu) ?? [word] : [word]));
}
