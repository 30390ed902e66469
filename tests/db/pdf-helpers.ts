import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { publishVisit } from "@/lib/publications/mutations";
import { latestPublication } from "@/lib/publications/data";
import type { Publication } from "@/lib/schedule/types";
import type { VisitFileInput } from "@/lib/visits/file-schema";
import { importVisitFile } from "@/tests/factories/records";

// Reads rendered PDFs the way a person's tools do: poppler's pdftotext, pdfinfo, pdfimages.

function withFile<T>(pdf: Buffer | Uint8Array, run: (file: string) => T): T {
  const file = path.join(os.tmpdir(), `itinera-${process.pid}-${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  try {
    return run(file);
  } finally {
    fs.rmSync(file, { force: true });
  }
}

/**
 * The text of each page (pdftotext splits pages with a form feed): -layout keeps the page's
 * columns side by side; `reading` gives each block's text whole, in reading order.
 */
export function pagesOf(pdf: Buffer | Uint8Array, mode: "layout" | "reading" = "layout"): string[] {
  const args = [...(mode === "layout" ? ["-layout"] : []), "-enc", "UTF-8"];
  const text = withFile(pdf, (f) =>
    execFileSync("pdftotext", [...args, f, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  );
  return text.split("\f").slice(0, -1);
}

/** Whitespace collapsed, so that text wrapped over lines or set in columns reads as one run. */
export const flat = (text: string) => text.replace(/\s+/g, " ");

export function pdfInfo(pdf: Buffer | Uint8Array): { pages: number; sizes: string[] } {
  const out = withFile(pdf, (f) =>
    execFileSync("pdfinfo", ["-f", "1", "-l", "999", f], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }),
  );
  const pages = Number(/^Pages:\s+(\d+)/m.exec(out)![1]);
  const sizes = [...out.matchAll(/^Page\s+\d+ size:\s+(.+?)\s+pts/gm)].map((m) => m[1]);
  return { pages, sizes };
}

/** Whether the PDF carries a structure tree for screen readers (pdfinfo's "Tagged"). */
export function isTagged(pdf: Buffer | Uint8Array): boolean {
  const out = withFile(pdf, (f) => execFileSync("pdfinfo", [f], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  return /^Tagged:\s+yes/m.test(out);
}

/**
 * The QR codes on a page, decoded as a phone would: the page rendered by pdftoppm, read by
 * zbarimg (Debian's zbar-tools). An empty list when there is none.
 */
export function qrCodesOn(pdf: Buffer | Uint8Array, page = 1): string[] {
  return withFile(pdf, (f) => {
    const png = `${f}-page`;
    execFileSync("pdftoppm", ["-r", "150", "-f", String(page), "-l", String(page), "-singlefile", "-png", f, png], {
      stdio: ["ignore", "ignore", "ignore"],
    });
    try {
      const out = execFileSync("zbarimg", ["--raw", "-q", `${png}.png`], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      return out.trim().split("\n").filter(Boolean);
    } catch {
      return []; // zbarimg exits 4 when it finds no code
    } finally {
      fs.rmSync(`${png}.png`, { force: true });
    }
  });
}

/** The PDF's bookmarks (outline), top level first with their children, as qpdf reads them. */
export function bookmarksOf(pdf: Buffer | Uint8Array): { title: string; kids: string[] }[] {
  const json = withFile(pdf, (f) => execFileSync("qpdf", ["--json", "--json-key=outlines", f], { encoding: "utf8" }));
  type Node = { title: string; kids: Node[] };
  return (JSON.parse(json).outlines as Node[]).map((o) => ({ title: o.title, kids: o.kids.map((k) => k.title) }));
}

export function fontsOf(pdf: Buffer | Uint8Array): string[] {
  const out = withFile(pdf, (f) => execFileSync("pdffonts", [f], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }));
  return out
    .trim()
    .split("\n")
    .slice(2)
    .map((line) => line.split(/\s+/)[0]);
}

/** Imports a visit file, publishes it once, and returns its id and the publication. */
export async function publishedVisit(file: VisitFileInput): Promise<{ visitId: string; pub: Publication }> {
  const visitId = await importVisitFile(file);
  await publishVisit(visitId, null);
  return { visitId, pub: (await latestPublication(visitId))! };
}
