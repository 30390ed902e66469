import fs from "node:fs";
import path from "node:path";
import { NodeCompiler } from "@myriaddreamin/typst-ts-node-compiler";

// Typst, the one PDF engine (docs/decisions/011-typst-pdfs.md). A template is a .typ file in
// ./templates; its data goes in as JSON through sys.inputs ("data") and files (QR codes, a
// logo) as virtual files beside the templates, so no user text is ever pasted into markup.
// Paths start at process.cwd(): the app, the tests and the bench all run from the repository
// root, and a bundled server has no stable __dirname.

/** A template's name: lib/export/typst/templates/<name>.typ. Add a file to add a document. */
export type TemplateName = "programme" | "itinerary" | (string & {});

const TEMPLATES = path.join(process.cwd(), "lib/export/typst/templates");
const FONTS = path.join(process.cwd(), "node_modules/@expo-google-fonts/noto-sans");
// The faces the templates use: regular, italic, semi-bold, bold (TTF: Typst reads no WOFF).
const FACES = ["400Regular", "400Regular_Italic", "600SemiBold", "700Bold"];

let compiler: NodeCompiler | null = null;
let compiles = 0;

function typst(): NodeCompiler {
  if (!compiler) {
    const fontBlobs = FACES.map((f) => fs.readFileSync(path.join(FONTS, f, `NotoSans_${f}.ttf`)));
    compiler = NodeCompiler.create({ workspace: TEMPLATES, fontArgs: [{ fontBlobs }] });
  }
  return compiler;
}

export class TypstError extends Error {}

export type RenderOptions = {
  /**
   * A tagged PDF (structure for screen readers; the default). A document made for printing in
   * bulk (every itinerary of a visit) is written untagged: a quarter of the size, and a tenth
   * less work (docs/decisions/024-pdf-speed.md).
   */
  tagged?: boolean;
};

/**
 * Sets `template` with `data` (any JSON) and returns the PDF's bytes. `files` are mapped beside
 * the templates for this one compile (a template opens them with `image("qr/0.svg")`).
 * Synchronous: one compile at a time per process, which is what Typst's caches want.
 */
export function renderPdf(
  template: TemplateName,
  data: unknown,
  files: Record<string, Uint8Array> = {},
  { tagged = true }: RenderOptions = {},
): Uint8Array {
  if (!/^[a-z][a-z0-9-]*$/.test(template)) throw new TypstError(`Unknown template "${template}".`);
  const c = typst();
  const mapped = Object.entries(files).map(([name, bytes]) => {
    const file = path.join(TEMPLATES, name);
    c.mapShadow(file, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return file;
  });
  try {
    const result = c.compile({ mainFilePath: path.join(TEMPLATES, `${template}.typ`), inputs: { data: JSON.stringify(data) } });
    const doc = result.result;
    if (!doc || result.hasError()) {
      const diagnostics = result.takeDiagnostics() ?? result.takeError();
      throw new TypstError(`Typst could not set ${template}.typ: ${JSON.stringify(diagnostics?.shortDiagnostics ?? [])}`);
    }
    const pdf = new Uint8Array(c.pdf(doc, { pdfTags: tagged }));
    // A document of hundreds of pages (all itineraries of a summit) fills Typst's memo cache
    // with layouts no later export will reuse: let them go at once.
    if (doc.numOfPages > 200) c.evictCache(1);
    return pdf;
  } finally {
    for (const file of mapped) c.unmapShadow(file);
    // Typst memoises layout between compiles (what makes a warm compile fast); age out what
    // the last documents no longer use so a long-running server does not grow without end.
    if (++compiles % 20 === 0) c.evictCache(10);
  }
}
