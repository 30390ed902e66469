import "server-only";
import { requireStaff } from "@/lib/auth/guards";
import { AppError, type ErrorCode } from "@/lib/errors";
import { personPhoto } from "./data";
import { toCsv } from "@/lib/csv/parse";
import { loadItinerary } from "@/lib/visits/data";
import { REGISTER_COLUMNS, giftRegister, registerCsvRows } from "./register";
import { renderPdf } from "@/lib/export/typst/compile";
import { visitDates } from "@/lib/schedule/days";
import { briefingPdfData, runSheetPdfData } from "./pdf-data";

// Route handlers of the protocol layer: who may ask, and the response. Errors come back as
// plain text with a status code.

type Params = { params: Promise<Record<string, string>> };

export async function photoResponse(_req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id, personId } = await params;
    await requireStaff("VIEWER");
    const photo = await personPhoto(id, personId);
    if (!photo) throw new AppError("NOT_FOUND", "No photo for this person.");
    return new Response(new Uint8Array(photo.bytes), {
      headers: {
        "Content-Type": photo.type,
        "Content-Length": String(photo.bytes.length),
        "Cache-Control": "private, no-store",
        "Content-Security-Policy": "default-src 'none'",
      },
    });
  });
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  BLOCKED: 409,
};

export async function respond(make: () => Promise<Response>): Promise<Response> {
  try {
    return await make();
  } catch (e) {
    const known = e instanceof AppError;
    if (!known) console.error("protocol route failed", e);
    return new Response(known ? e.message : "Something went wrong on our side. Try again.", {
      status: known ? (STATUS[e.code] ?? 500) : 500,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
}

/** The gifts register as CSV (UTF-8 with a byte-order mark, so spreadsheet programs read the umlauts). */
export async function giftsCsvResponse(_req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const it = await loadItinerary(id);
    if (!it) throw new AppError("NOT_FOUND", "There is no such visit.");
    const csv = toCsv(REGISTER_COLUMNS, registerCsvRows(giftRegister(it)));
    const name = `gifts-register-${it.visit.firstDay}-${it.visit.title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}.csv`;
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}

/** The run-sheet of one day as an A4 landscape PDF (?day=yyyy-MM-dd&lang=en|de), from the draft. */
export async function runSheetPdfResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const it = await loadItinerary(id);
    if (!it) throw new AppError("NOT_FOUND", "There is no such visit.");
    const q = new URL(req.url).searchParams;
    const days = visitDates(it.visit.firstDay, it.visit.lastDay);
    const day = q.get("day") ?? days[0];
    if (!days.includes(day)) throw new AppError("INVALID_INPUT", `Choose a day of the visit, ${it.visit.firstDay} to ${it.visit.lastDay}.`);
    const lang = q.get("lang") === "de" ? "de" : "en";
    const bytes = renderPdf("run-sheet", runSheetPdfData(it, day, lang));
    return pdfResponse(bytes, `run-sheet-${day}-${lang}.pdf`);
  });
}

/** A slot's briefing note for its host (?lang=en|de), from the draft, with the delegates' photos. */
export async function briefingPdfResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id, slotId } = await params;
    await requireStaff("VIEWER");
    const it = await loadItinerary(id);
    if (!it) throw new AppError("NOT_FOUND", "There is no such visit.");
    const lang = new URL(req.url).searchParams.get("lang") === "de" ? "de" : "en";
    const built = briefingPdfData(it, slotId, lang);
    if (!built) throw new AppError("NOT_FOUND", "This slot is not part of the visit (any more).");
    const files: Record<string, Uint8Array> = {};
    const EXT: Record<string, string> = { "image/png": "png", "image/jpeg": "jpg", "image/webp": "webp" };
    for (const p of built.photos) {
      const photo = await personPhoto(id, p.id);
      const file = photo ? `${p.file}.${EXT[photo.type] ?? "png"}` : null;
      if (photo && file) files[file] = photo.bytes;
      for (const x of built.data.people) if (x.photo === p.file) x.photo = file;
    }
    const bytes = renderPdf("briefing", built.data, files);
    const slug = built.data.slotTitle
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 50);
    return pdfResponse(bytes, `briefing-${slug}-${lang}.pdf`);
  });
}

function pdfResponse(bytes: Uint8Array, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
    },
  });
}
