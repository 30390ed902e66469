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
const FAMILIES = [["Noto Sans", "latin"], ["Noto Sans Ext", "latin-ext"]] as const;

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
  for (const [family, subset] of FAMILIES) {
    Font.register({
      family,
      fonts: FACES.map((face) => ({ src: fontData(subset, face.fontWeight, face.fontStyle), ...face })),
    });
  }
  // No hyphenation: a name, a postcode or a phone number must come out whole. A word too
  // long for any line (a URL) may still break, in pieces of 20 letters.
  Font.registerHyphenationCallback((word) => (word.length > 30 ? word.match(/.{1,20}/gu) ?? [word] : [word]));
}

// Shaping (fontkit turning a run of text into positioned glyphs) is a pure function of the
// font and the text, and an export shapes the same runs again and again: labels, times, the
// venue of every slot. Each face keeps the glyph runs while exports are running; the caches
// are emptied when the last one ends, so every export starts cold and nothing is held
// between exports.
type Shaper = { layout: (text: unknown, ...rest: unknown[]) => unknown };
const shaped: Map<string, unknown>[] = [];
let loaded: Promise<void> | null = null;
let running = 0;

/** Runs one export with the fonts registered and loaded, and shaping cached while it runs. */
export async function inExport<T>(run: () => Promise<T>): Promise<T> {
  registerFonts();
  running++;
  try {
    loaded ??= (async () => {
      for (const [fontFamily] of FAMILIES) {
        for (const face of FACES) {
          const source = Font.getFont({ fontFamily, ...face });
          await source.load();
          memoiseShaping(source.data as unknown as Shaper);
        }
      }
    })();
    await loaded;
    return await run();
  } finally {
    if (--running === 0) for (const cache of shaped) cache.clear();
  }
}

function memoiseShaping(font: Shaper | null): void {
  if (!font || typeof font.layout !== "function") return; // a react-pdf upgrade changed the font object: shape uncached
  const cache = new Map<string, unknown>();
  shaped.push(cache);
  const layout = font.layout.bind(font);
  font.layout = (text, ...rest) => {
    // textkit passes a string and (features, undefined, undefined, "ltr"); anything else is shaped as it comes
    if (typeof text !== "string" || rest.some((x) => x !== undefined && typeof x !== "string" && !Array.isArray(x))) return layout(text, ...rest);
    const key = `${JSON.stringify(rest)}\u0000${text}`;
    let run = cache.get(key);
    if (run === undefined) {
      run = layout(text, ...rest);
      if (cache.size > 50_000) cache.clear();
      cache.set(key, run);
    }
    return run;
  };
}
