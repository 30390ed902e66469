import "server-only";
import { requireStaff } from "@/lib/auth/guards";
import { AppError, type ErrorCode } from "@/lib/errors";
import { personPhoto } from "./data";
import { toCsv } from "@/lib/csv/parse";
import { loadItinerary } from "@/lib/visits/data";
import { REGISTER_COLUMNS, giftRegister, registerCsvRows } from "./register";

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

const STATUS: Partial<Record<ErrorCode, number>> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, INVALID_INPUT: 400, BLOCKED: 409 };

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
    const name = `gifts-register-${it.visit.firstDay}-${it.visit.title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "")}.csv`;
    return new Response(`\uFEFF${csv}\r\n`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${name}"`,
        "Cache-Control": "private, no-store",
      },
    });
  });
}
