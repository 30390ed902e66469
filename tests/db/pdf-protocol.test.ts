import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDatabase } from "@/tests/setup/db";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { createStaff } from "@/tests/factories/staff";
import { importVisitFile } from "@/tests/factories/records";

// The run-sheet and the briefing note as real PDFs from the Typst templates, read back with
// poppler (pdftotext, pdfinfo, pdfimages) and rendered to PNG (kept in tmp/protocol-pdf/).
const session = vi.hoisted(() => ({ staffId: null as string | null }));
vi.mock("next-auth", () => ({ getServerSession: async () => (session.staffId ? { user: { staffId: session.staffId } } : null) }));
vi.mock("next/cache", () => ({ revalidatePath: () => {}, refresh: () => {} }));

const t = useTestDatabase();
const OUT = path.resolve("tmp/protocol-pdf");

/** A real PNG (solid colour, w x h) that Typst can decode. */
function png(w: number, h: number, rgb: [number, number, number]): Uint8Array<ArrayBuffer> {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgb).flat())]);
  const raw = Buffer.concat(Array.from({ length: h }, () => row));
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(raw)),
      chunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

async function pdf(res: Response, name: string) {
  expect(
    res.status,
    await res
      .clone()
      .text()
      .catch(() => ""),
  ).toBe(200);
  expect(res.headers.get("Content-Type")).toBe("application/pdf");
  fs.mkdirSync(OUT, { recursive: true });
  const file = path.join(OUT, name);
  fs.writeFileSync(file, new Uint8Array(await res.arrayBuffer()));
  // Reading order (cell by cell), lines joined: a table cell's text wraps where the column ends.
  const text = execFileSync("pdftotext", [file, "-"]).toString().replace(/\s+/g, " ");
  const info = execFileSync("pdfinfo", [file]).toString();
  execFileSync("pdftoppm", ["-r", "60", "-png", file, file.replace(/\.pdf$/, "")]);
  return { file, text, info, pages: Number(/Pages:\s+(\d+)/.exec(info)![1]) };
}

/** Words of `text` appear in this order. */
const inOrder = (text: string, words: string[]) =>
  words.map((w) => text.indexOf(w)).every((at, i, all) => at >= 0 && (i === 0 || at > all[i - 1]));

describe("protocol PDFs", () => {
  let visitId: string;
  let receptionId: string;
  beforeAll(async () => {
    visitId = await importVisitFile(leipzigVisit());
    session.staffId = (await createStaff({ role: "VIEWER" })).id;
    receptionId = (await t.prisma.timeSlot.findFirstOrThrow({ where: { visitId, title: { startsWith: "Lord Mayor" } } })).id;
    await t.prisma.delegate.updateMany({
      where: { visitId, name: "Manuela Blum" },
      data: { photo: png(60, 75, [31, 74, 122]), photoType: "image/png" },
    });
  });

  it("sets the run-sheet of a day on A4 landscape, minute by minute, people in precedence and by form of address", async () => {
    const { runSheetPdfResponse } = await import("@/lib/protocol/handlers");
    const en = await pdf(
      await runSheetPdfResponse(new Request("http://x/?day=2025-06-12"), { params: Promise.resolve({ id: visitId }) }),
      "run-sheet-en.pdf",
    );
    expect(en.info).toMatch(/Page size:\s+841\.89 x 595\.27\d* pts \(A4\)/);
    expect(en.text).toContain("Run-sheet — Thursday 12 June 2025");
    expect(inOrder(en.text, ["09:00", "17:05", "18:05", "18:30", "20:35"])).toBe(true);
    for (const s of [
      "German Career Road Show",
      "Ensemble Nobilis (eight singers)",
      "Driver: Gary Holt, +44 7700 900101",
      "Lord Mayor's reception in honour of the Leipzig delegation",
    ])
      expect(en.text).toContain(s);
    expect(en.text).toMatch(/Greeting at arrival: Lord Mayor → Ms Blum, Dr Nolting, Ms Dietrich/);
    expect(inOrder(en.text, ["1. Ms Manuela Blum", "2. Dr Antje Nolting", "3. Ms Ines Dietrich"])).toBe(true);
    expect(en.text).toContain("Katrin Weber · German ↔ English");
    expect(en.text).not.toContain("180");
    const de = await pdf(
      await runSheetPdfResponse(new Request("http://x/?day=2025-06-12&lang=de"), { params: Promise.resolve({ id: visitId }) }),
      "run-sheet-de.pdf",
    );
    expect(de.text).toContain("Ablaufplan — Donnerstag, 12. Juni 2025");
    expect(de.text).toMatch(/Begrüßung bei Ankunft: Oberbürgermeister → Frau Blum, Frau Dr. Nolting, Frau Dietrich/);
  });

  it("sets the Lord Mayor's briefing note on one or two pages: whom they meet in precedence, with photo, talking points and gifts", async () => {
    const { briefingPdfResponse } = await import("@/lib/protocol/handlers");
    const b = await pdf(
      await briefingPdfResponse(new Request("http://x/?lang=en"), { params: Promise.resolve({ id: visitId, slotId: receptionId }) }),
      "briefing-en.pdf",
    );
    expect(b.pages).toBeGreaterThanOrEqual(1);
    expect(b.pages).toBeLessThanOrEqual(2);
    expect(b.text).toContain("Briefing note for Lord Mayor");
    expect(inOrder(b.text, ["1. Ms Manuela Blum", "2. Dr Antje Nolting", "3. Ms Ines Dietrich"])).toBe(true);
    expect(b.text).toContain("Address as: Dr Nolting");
    expect(b.text).toContain("AN-tye NOLL-ting");
    expect(b.text).toContain("Thank Ensemble Nobilis for travelling from Leipzig to sing tonight.");
    expect(b.text).toContain("Engraved silver dish from the Jewellery Quarter");
    expect(b.text).toMatch(/Dress code: Lounge suit/);
    expect(b.text).toMatch(/Interpreter: Katrin Weber/);
    expect(b.text).toMatch(/Press and photographs: Press and photographers present/);
    const images = execFileSync("pdfimages", ["-list", b.file]).toString().trim().split("\n").slice(2);
    expect(images).toHaveLength(1);
    const de = await pdf(
      await briefingPdfResponse(new Request("http://x/?lang=de"), { params: Promise.resolve({ id: visitId, slotId: receptionId }) }),
      "briefing-de.pdf",
    );
    expect(de.text).toContain("Gesprächsunterlage für Oberbürgermeister");
    expect(de.text).toContain("Anrede: Frau Dr. Nolting");
  });

  it("answers a signed-out request with 401 and no PDF", async () => {
    const { briefingPdfResponse } = await import("@/lib/protocol/handlers");
    const id = session.staffId;
    session.staffId = null;
    const res = await briefingPdfResponse(new Request("http://x/"), { params: Promise.resolve({ id: visitId, slotId: receptionId }) });
    session.staffId = id;
    expect(res.status).toBe(401);
  });
});
