import "server-only";
import { requireStaff } from "@/lib/auth/guards";
import { findDelegateByToken } from "@/lib/delegate-links/tokens";
import { AppError, type ErrorCode } from "@/lib/errors";
import { latestPublication } from "@/lib/publications/data";
import type { ItineraryDelegate, Publication } from "@/lib/schedule/types";
import { visitSummary } from "@/lib/visits/data";
import { contentDisposition, itinerariesFilename, itineraryFilename, programmeFilename } from "./filenames";
import { renderAllItineraries } from "./parallel";
import { renderItineraries, renderProgramme } from "./render";

// The PDF route handlers' work: who may ask, which published version, which delegate, and the
// response. The only file under lib/export that reads the database or a request; the app/
// routes only pass their parameters in. Errors come back as plain text (the download button
// shows it; a browser opened on the URL shows it too).

type Params = { params: Promise<Record<string, string>> };

export async function programmeResponse(_req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const pub = await published(id);
    return pdf(await renderProgramme(pub), programmeFilename(pub));
  });
}

/** All delegates' itineraries in one PDF, by name; no QR codes (staff hold no delegate's link). */
export async function allItinerariesResponse(_req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const pub = await published(id);
    const delegates = [...pub.itinerary.delegates].sort((a, b) => a.name.localeCompare(b.name, "de"));
    if (delegates.length === 0) throw new AppError("NOT_FOUND", "The published version has no delegates: add them and publish again.");
    return pdf(await renderAllItineraries(pub, delegates.map((delegate) => ({ delegate, liveUrl: null }))), itinerariesFilename(pub));
  });
}

/**
 * One delegate's itinerary for staff. With ?link=<token> (a link staff have just issued) the
 * QR code is printed, once the token is checked to open this very delegate's page.
 */
export async function staffItineraryResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id, delegateId } = await params;
    await requireStaff("VIEWER");
    const pub = await published(id);
    const delegate = delegateIn(pub, delegateId);
    const token = new URL(req.url).searchParams.get("link");
    let liveUrl: string | null = null;
    if (token) {
      const owner = await findDelegateByToken(token);
      if (owner?.delegateId !== delegateId) {
        throw new AppError("INVALID_INPUT", "This link is not (or no longer) the delegate's current link: issue a new one on the Links page.");
      }
      liveUrl = liveLink(req, token);
    }
    return pdf(await renderItineraries(pub, [{ delegate, liveUrl }]), itineraryFilename(pub, delegate));
  });
}

/** A delegate's own itinerary, opened from their private link; the QR code leads back to it. */
export async function delegateItineraryResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { token } = await params;
    const owner = await findDelegateByToken(token);
    if (!owner) throw new AppError("NOT_FOUND", "This link does not work (any more). Ask the visit team for your current link.");
    const pub = await latestPublication(owner.visitId);
    const delegate = pub?.itinerary.delegates.find((d) => d.id === owner.delegateId);
    if (!pub || !delegate) {
      throw new AppError("NOT_FOUND", "Your itinerary has not been published yet. / Ihr Reiseplan ist noch nicht veröffentlicht.");
    }
    return pdf(await renderItineraries(pub, [{ delegate, liveUrl: liveLink(req, token) }]), itineraryFilename(pub, delegate));
  });
}

async function published(visitId: string): Promise<Publication> {
  const pub = await latestPublication(visitId);
  if (pub) return pub;
  if (!(await visitSummary(visitId))) throw new AppError("NOT_FOUND", "There is no such visit. Go back to the list of visits.");
  throw new AppError("BLOCKED", "This visit has not been published yet. Publish it first: PDFs show the published version only.");
}

function delegateIn(pub: Publication, delegateId: string): ItineraryDelegate {
  const d = pub.itinerary.delegates.find((x) => x.id === delegateId);
  if (d) return d;
  throw new AppError("NOT_FOUND", `This delegate is not in the published version ${pub.version}. If they were added since, publish again.`);
}

/** The delegate's live page: ITINERA_PUBLIC_URL, else NEXTAUTH_URL, else this request's origin. */
export function liveLink(req: Request, token: string): string {
  const base = process.env.ITINERA_PUBLIC_URL || process.env.NEXTAUTH_URL || new URL(req.url).origin;
  return `${base.replace(/\/+$/, "")}/d/${token}`;
}

function pdf(bytes: Buffer, filename: string): Response {
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(filename),
      "Content-Length": String(bytes.length),
      "Cache-Control": "private, no-store",
      "X-Robots-Tag": "noindex",
    },
  });
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  BLOCKED: 409,
};

async function respond(make: () => Promise<Response>): Promise<Response> {
  try {
    return await make();
  } catch (e) {
    const known = e instanceof AppError;
    if (!known) console.error("PDF export failed", e);
    const status = known ? (STATUS[e.code] ?? 500) : 500;
    const message = known ? e.message : "The PDF could not be made. Try again; if it keeps failing, tell the visit team.";
    return new Response(message, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "private, no-store" },
    });
  }
}
