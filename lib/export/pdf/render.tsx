import { Document, renderToBuffer } from "@react-pdf/renderer";
import QRCode from "qrcode";
import type { ItineraryDelegate, Publication } from "@/lib/schedule/types";
import { inExport } from "./fonts";
import { ItineraryPage } from "./itinerary";
import { LABELS } from "./labels";
import { lookup } from "./model";
import { ProgrammeDocument } from "./programme";

// Publication in, PDF bytes out. No database, no request: the routes decide what to render
// and for whom.

export async function renderProgramme(pub: Publication): Promise<Buffer> {
  return inExport(() => renderToBuffer(<ProgrammeDocument pub={pub} />));
}

/** Who gets an itinerary, and the URL of their live page when one is known (it becomes a QR code). */
export type ItineraryRequest = { delegate: ItineraryDelegate; liveUrl: string | null };

/**
 * One or more personal itineraries in one PDF: each delegate's pages are numbered on their
 * own ("Page 1 of 2") and bookmarked with their name.
 */
export async function renderItineraries(pub: Publication, requests: ItineraryRequest[]): Promise<Buffer> {
  const l = lookup(pub.itinerary);
  const qrs = await Promise.all(requests.map((r) => (r.liveUrl ? qrDataUrl(r.liveUrl) : null)));
  const { title, subject, language } = itinerariesMeta(pub, requests);
  return inExport(() =>
    renderToBuffer(
      <Document title={title} subject={subject} language={language} creator="Itinera" producer="Itinera">
        {requests.map((r, n) => (
          <ItineraryPage key={r.delegate.id} pub={pub} delegate={r.delegate} l={l} qr={qrs[n]} />
        ))}
      </Document>,
    ),
  );
}

/** The PDF's title, subject and language: the delegate's for one itinerary, else the visit's in English. */
export function itinerariesMeta(pub: Publication, requests: ItineraryRequest[]): { title: string; subject: string; language: string } {
  const single = requests.length === 1 ? requests[0].delegate : null;
  const t = LABELS[single?.language ?? "en"];
  const title = single ? `${single.name} – ${t.itinerary}` : `${pub.itinerary.visit.title} – ${t.itinerary}`;
  return { title, subject: t.itinerary, language: single?.language ?? "en" };
}

function qrDataUrl(url: string): Promise<string> {
  return QRCode.toDataURL(url, { errorCorrectionLevel: "M", margin: 1, width: 300, color: { dark: "#1b2230", light: "#ffffff" } });
}
