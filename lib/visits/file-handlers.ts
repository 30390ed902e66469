import "server-only";
import { revalidatePath } from "next/cache";
import { requireStaff } from "@/lib/auth/guards";
import { AppError } from "@/lib/errors";
import { asciiName, words } from "@/lib/export/pdf/filenames";
import { LIMITS } from "@/lib/limits";
import { respond } from "@/lib/protocol/handlers";
import { exportVisit } from "./export";
import { VISIT_FILE_TOO_LARGE } from "./file-size";
import { importVisitText } from "./import";

// Route handlers for a whole visit file: download (GET /visits/[id]/visit.json) and import
// (POST /visits/import). The import is a route handler, not a server action, because a visit
// file may be far larger than a server action's body limit (next.config.js).

type Params = { params: Promise<Record<string, string>> };

const NO_STORE = { "Cache-Control": "private, no-store" };

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
}

/** "leipzig-delegation-to-birmingham"; "München" as "munchen" (the download names' words and ASCII folding). */
const slug = (title: string) =>
  asciiName(words(title))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60)
    .replace(/-$/, "") || "visit";

/** The whole visit as the command line exports it: staff notes and gift values included. */
export async function visitFileResponse(_req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const file = await exportVisit(id);
    if (!file) throw new AppError("NOT_FOUND", "There is no such visit.");
    return new Response(`${JSON.stringify(file, null, 2)}\n`, {
      headers: {
        "Content-Type": "application/json; charset=utf-8",
        "Content-Disposition": `attachment; filename="visit-${file.visit.firstDay}-${slug(file.visit.title)}.json"`,
        ...NO_STORE,
      },
    });
  });
}

/**
 * A server action gets Next's check that the request comes from this site; a route handler
 * does it itself. A browser always sends Origin on a cross-site POST; the host it is compared
 * with is the one the browser addressed (behind a proxy, X-Forwarded-Host), as Next does.
 */
function sameOrigin(req: Request): boolean {
  const origin = req.headers.get("origin");
  if (origin === null) return true;
  const host = req.headers.get("x-forwarded-host")?.split(",")[0].trim() || req.headers.get("host") || new URL(req.url).host;
  try {
    return new URL(origin).host === host;
  } catch {
    return false; // "null" (a sandboxed frame, a file:// page) or garbage
  }
}

type Body = { ok: true; text: string } | { ok: false; response: Response };

/** The request's body as text, refused with 413 as soon as it is over the limit (never read whole). */
async function readBody(req: Request, limit: number): Promise<Body> {
  const tooLarge = { ok: false, response: plain(413, VISIT_FILE_TOO_LARGE) } as const;
  const declared = Number(req.headers.get("content-length") ?? Number.NaN);
  if (declared > limit) return tooLarge;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
      size += r.value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return tooLarge;
      }
      chunks.push(r.value);
    }
  }
  // Something between the browser and this handler may cut a body short (Next's proxy keeps
  // the first 10 MB by default): say so rather than report the half file's broken JSON.
  if (Number.isFinite(declared) && size < declared) {
    return {
      ok: false,
      response: plain(
        413,
        `Only ${size.toLocaleString("en")} of the file's ${declared.toLocaleString("en")} bytes reached the server, so nothing was imported. Ask your administrator to raise the upload limit, or import the file with npm run visit:import.`,
      ),
    };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/**
 * POST /visits/import: the body is a visit file. Answers 201 {visitId}, or 400 {problems:[{path,
 * message}]} with nothing written; 401/403 (signed out, not an editor, another site), 413 (too large).
 */
export async function importVisitResponse(req: Request): Promise<Response> {
  if (!sameOrigin(req)) return plain(403, "This request came from another site and was refused.");
  return respond(async () => {
    const staff = await requireStaff("EDITOR");
    const body = await readBody(req, LIMITS.visitFileBytes);
    if (!body.ok) return body.response;
    const r = await importVisitText(body.text, staff.id);
    if (!r.ok) return Response.json({ problems: r.problems }, { status: 400, headers: NO_STORE });
    revalidatePath("/");
    return Response.json({ visitId: r.visitId }, { status: 201, headers: NO_STORE });
  });
}
