import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString } from "pdf-lib";

// Several PDFs made by react-pdf, joined into one in order, with each part's bookmarks kept
// (pdf-lib copies pages, not the outline, so the outline is rebuilt here) and the
// document's own title, subject and language. Fonts and images stay those of each part:
// a part's subset fonts are shared by all its pages, so the file grows only by one set of
// fonts per part.

export type Meta = { title: string; subject: string; language: string };

export async function combinePdfs(parts: Uint8Array[], meta: Meta): Promise<Buffer> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const bookmarks: { title: string; page: PDFRef; top: number }[] = [];
  for (const bytes of parts) {
    const part = await PDFDocument.load(bytes, { updateMetadata: false });
    const pageRefs = part.getPages().map((p) => p.ref);
    const copied = await out.copyPages(part, part.getPageIndices());
    for (const page of copied) out.addPage(page);
    for (const b of outlineOf(part)) {
      const at = pageRefs.findIndex((ref) => ref === b.page);
      if (at >= 0) bookmarks.push({ title: b.title, page: copied[at].ref, top: copied[at].getHeight() });
    }
  }
  out.setTitle(meta.title, { showInWindowTitleBar: true });
  out.setSubject(meta.subject);
  out.setLanguage(meta.language);
  out.setCreator("Itinera");
  out.setProducer("Itinera");
  const now = new Date();
  out.setCreationDate(now);
  out.setModificationDate(now);
  writeOutline(out, bookmarks);
  return Buffer.from(await out.save({ useObjectStreams: true }));
}

/** The top-level bookmarks of a PDF: title and the page each opens. */
export function outlineOf(doc: PDFDocument): { title: string; page: PDFRef }[] {
  const result: { title: string; page: PDFRef }[] = [];
  const outlines = doc.catalog.lookupMaybe(PDFName.of("Outlines"), PDFDict);
  let item = outlines?.lookupMaybe(PDFName.of("First"), PDFDict);
  for (let guard = 0; item && guard < 100_000; guard++) {
    const title = item.lookupMaybe(PDFName.of("Title"), PDFString, PDFHexString)?.decodeText() ?? "";
    const dest = item.lookupMaybe(PDFName.of("Dest"), PDFArray) ?? item.lookupMaybe(PDFName.of("A"), PDFDict)?.lookupMaybe(PDFName.of("D"), PDFArray);
    const page = dest?.get(0);
    if (page instanceof PDFRef) result.push({ title, page });
    item = item.lookupMaybe(PDFName.of("Next"), PDFDict);
  }
  return result;
}

/** A flat outline: one bookmark per entry, each opening its page at the top. */
function writeOutline(doc: PDFDocument, bookmarks: { title: string; page: PDFRef; top: number }[]): void {
  if (bookmarks.length === 0) return;
  const root = doc.context.nextRef();
  const refs = bookmarks.map(() => doc.context.nextRef());
  bookmarks.forEach((b, n) => {
    const item = doc.context.obj({
      Title: PDFHexString.fromText(b.title),
      Parent: root,
      Dest: [b.page, PDFName.of("XYZ"), PDFNumber.of(0), PDFNumber.of(b.top), PDFNumber.of(0)],
    }) as PDFDict;
    if (n > 0) item.set(PDFName.of("Prev"), refs[n - 1]);
    if (n < refs.length - 1) item.set(PDFName.of("Next"), refs[n + 1]);
    doc.context.assign(refs[n], item);
  });
  doc.context.assign(
    root,
    doc.context.obj({ Type: "Outlines", First: refs[0], Last: refs[refs.length - 1], Count: PDFNumber.of(bookmarks.length) }),
  );
  doc.catalog.set(PDFName.of("Outlines"), root);
  doc.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}
