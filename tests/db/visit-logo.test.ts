import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { beforeAll, describe, expect, it } from "vitest";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { renderProgramme } from "@/lib/export/pdf/programme";
import { visitLogo } from "@/lib/pdf-downloads/data";
import type { Publication } from "@/lib/schedule/types";
import { removeVisitLogo, setVisitLogo } from "@/lib/visit-logo/mutations";
import { leipzigVisit } from "@/tests/factories/leipzig";
import { useTestDatabase } from "@/tests/setup/db";
import { publishedVisit } from "./pdf-helpers";

// A visit's logo: uploaded as PNG or SVG, checked, kept in the database, printed on the
// programme's cover and at the top of each itinerary.
const t = useTestDatabase();

/** A real PNG of w×h pixels in the civic navy (built here: no image files in the repository). */
function png(w: number, h: number): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer) => (b.reduce((c, x) => crcTable[(c ^ x) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), body.length + 4);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(w * 3, Buffer.from([0x1f, 0x4a, 0x7a]))]);
  const pixels = deflateSync(Buffer.concat(Array(h).fill(row)));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", pixels),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function imagesOnPage(pdf: Uint8Array, page: number): number {
  const file = path.join(os.tmpdir(), `itinera-logo-${process.pid}-${Date.now()}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    const out = execFileSync("pdfimages", ["-list", "-f", String(page), "-l", String(page), file], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    });
    return out
      .trim()
      .split("\n")
      .slice(2)
      .filter((line) => line.trim().split(/\s+/)[2] === "image").length;
  } finally {
    fs.rmSync(file, { force: true });
  }
}

let visitId: string;
let pub: Publication;
beforeAll(async () => {
  ({ visitId, pub } = await publishedVisit(leipzigVisit()));
});

describe("a visit's logo", () => {
  it("is stored when it is a PNG, and printed on the cover and at the top of each itinerary", async () => {
    await setVisitLogo({ visitId, type: "image/png", data: png(120, 40).toString("base64") }, null);
    const logo = await visitLogo(visitId);
    expect(logo?.type).toBe("image/png");
    expect(imagesOnPage(renderProgramme(pub), 1)).toBe(0);
    expect(imagesOnPage(renderProgramme(pub, { logo }), 1)).toBe(1); // the cover shows the logo
    const itinerary = renderItineraries(pub, [{ delegate: pub.itinerary.delegates[0], liveUrl: null }], { logo });
    expect(imagesOnPage(itinerary, 1)).toBe(1);
    expect(imagesOnPage(renderItineraries(pub, [{ delegate: pub.itinerary.delegates[0], liveUrl: null }]), 1)).toBe(0);
    const audit = await t.prisma.auditEntry.findFirst({ where: { visitId, action: "add-logo" } });
    expect(JSON.stringify(audit?.after)).not.toContain("iVBOR"); // no bytes in the audit trail
  });

  it("takes an SVG, and sets it as vector art", async () => {
    const svg = `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><rect width="120" height="40" fill="#1f4a7a"/><text x="8" y="26" fill="#fff">Leipzig</text></svg>`;
    await setVisitLogo({ visitId, type: "image/svg+xml", data: Buffer.from(svg).toString("base64") }, null);
    const logo = await visitLogo(visitId);
    expect(logo?.type).toBe("image/svg+xml");
    const pdf = renderProgramme(pub, { logo });
    expect(Buffer.from(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  });

  it("refuses a file that is not what it says, or too large, and can be removed", async () => {
    await expect(setVisitLogo({ visitId, type: "image/png", data: Buffer.from("<svg></svg>").toString("base64") }, null)).rejects.toThrow(
      /not a PNG/,
    );
    await expect(setVisitLogo({ visitId, type: "image/svg+xml", data: png(4, 4).toString("base64") }, null)).rejects.toThrow(/not an SVG/);
    const big = Buffer.concat([png(4, 4), Buffer.alloc(210 * 1024)]);
    await expect(setVisitLogo({ visitId, type: "image/png", data: big.toString("base64") }, null)).rejects.toThrow(/larger than 200 kB/);
    await removeVisitLogo(visitId, null);
    expect(await visitLogo(visitId)).toBeNull();
  });
});
