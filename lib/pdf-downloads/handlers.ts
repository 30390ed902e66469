import "server-only";
import { requireStaff } from "@/lib/auth/guards";
import { findDelegateByToken } from "@/lib/delegate-links/tokens";
import { delegateUrl, publicBaseUrl } from "@/lib/delegate-links/urls";
import { AppError, type ErrorCode } from "@/lib/errors";
import { contentDisposition, itinerariesFilename, itineraryFilename, programmeFilename } from "@/lib/export/pdf/filenames";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { renderProgramme } from "@/lib/export/pdf/programme";
import { latestPublication } from "@/lib/publications/data";
import type { ItineraryDelegate, Language, Publication } from "@/lib/schedule/types";
import { visitSummary } from "@/lib/visits/data";
import { liveUrls, visitLogo } from "./data";

// The PDF routes' work: who may ask, which published version, which delegate, which language,
// the live links for the QR codes, and the response. lib/export stays pure (data in, bytes
// out); the app/ routes only pass their parameters in. Errors come back as plain text (the
// download button shows it; a browser opened on the URL shows it too).

type Params = { params: Promise<Record<string, string>> };

/** ?lang=en|de, or null when not asked (or asked for a language there is none of). */
function askedLanguage(req: Request): Language | null {
  const lang = new URL(req.url).searchParams.get("lang");
  return lang === "en" || lang === "de" ? lang : null;
}

/** The whole programme (staff), in English unless ?lang=de. */
export async function programmeResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const pub = await published(id);
    return pdf(renderProgramme(pub, { lang: askedLanguage(req) ?? "en", logo: await visitLogo(id) }), programmeFilename(pub));
  });
}

/** All delegates' itineraries in one PDF, by name, each with their current QR code; ?lang= sets one language for all. */
export async function allItinerariesResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id } = await params;
    await requireStaff("VIEWER");
    const pub = await published(id);
    const delegates = [...pub.itinerary.delegates].sort((a, b) => a.name.localeCompare(b.name, "de"));
    if (delegates.length === 0) throw new AppError("NOT_FOUND", "The published version has no delegates: add them and publish again.");
    const urls = await liveUrls(
      delegates.map((d) => d.id),
      origin(req),
    );
    const lang = askedLanguage(req) ?? undefined;
    const requests = delegates.map((delegate) => ({ delegate, liveUrl: urls.get(delegate.id) ?? null, lang }));
    return pdf(renderItineraries(pub, requests, { logo: await visitLogo(id) }), itinerariesFilename(pub));
  });
}

/** One delegate's itinerary for staff, with the delegate's current QR code; ?lang= overrides theirs. */
export async function staffItineraryResponse(req: Request, { params }: Params): Promise<Response> {
  return respond(async () => {
    const { id, delegateId } = await params;
    await requireStaff("VIEWER");
    const pub = await published(id);
    const delegate = delegateIn(pub, delegateId);
    const liveUrl = (await liveUrls([delegateId], origin(req))).get(delegateId) ?? null;
    const request = { delegate, liveUrl, lang: askedLanguage(req) ?? undefined };
    return pdf(renderItineraries(pub, [request], { logo: await visitLogo(id) }), itineraryFilename(pub, delegate));
  });
}

/** A delegate's own itinerary, opened from their private link, in the page's language (?lang=); the QR code leads back to it. */
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
    const request = { delegate, liveUrl: delegateUrl(token, publicBaseUrl(origin(req))), lang: askedLanguage(req) ?? undefined };
    return pdf(renderItineraries(pub, [request], { logo: await visitLogo(owner.visitId) }), itineraryFilename(pub, delegate));
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

const origin = (req: Request) => new URL(req.url).origin;

function pdf(bytes: Uint8Array, filename: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
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
