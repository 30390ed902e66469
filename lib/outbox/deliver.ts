import { db } from "@/lib/db";
import { renderItineraries } from "@/lib/export/pdf/itinerary";
import { visitLogo } from "@/lib/pdf-downloads/data";
import { itineraryFilename } from "@/lib/export/pdf/filenames";
import type { OutboxMessage } from "@/lib/generated/prisma/client";
import { changesMail, linkMail, programmeMail, reminderMail, type Composed } from "@/lib/mail/compose";
import { sendMail } from "@/lib/mail/transport";
import type { Itinerary, Publication } from "@/lib/schedule/types";
import { pageUrlOf } from "./page-url";
import { Undeliverable } from "./errors";
import { inviteMessage } from "./invites";

export { Undeliverable };

// Sends one outbox message: reads what it needs now (so the PDF and the link are current),
// composes it in the recipient's language, hands it to SMTP and marks it sent. A message
// already sent is not sent again, whatever the queue does.

export async function deliver(id: string): Promise<"sent" | "skipped"> {
  const m = await db().outboxMessage.findUnique({ where: { id } });
  if (!m || m.status === "SENT" || m.status === "NO_ADDRESS") return "skipped";
  const mail = await compose(m);
  await sendMail({ to: m.recipient, ...mail, messageId: `<${m.id}@itinera.outbox>` });
  await db().outboxMessage.update({
    where: { id },
    data: { status: "SENT", sentAt: new Date(), attempts: { increment: 1 }, lastError: null },
  });
  return "sent";
}

/** Records a failed attempt: RETRYING while the queue will try again, FAILED when it will not. */
export async function recordFailure(id: string, error: unknown, final: boolean) {
  const message = error instanceof Error ? error.message : String(error);
  await db().outboxMessage.updateMany({
    where: { id, status: { not: "SENT" } },
    data: { status: final ? "FAILED" : "RETRYING", attempts: { increment: 1 }, lastError: message.slice(0, 500) },
  });
}

type Attachment = { filename: string; content: Buffer; contentType: string };

async function compose(m: OutboxMessage): Promise<Composed & { attachments?: Attachment[] }> {
  const p = m.payload as { delegateId?: string; staffId?: string; version?: number; from?: number | null; date?: string };
  if (m.kind === "invite") return inviteMessage(p.staffId!, m.cause);
  if (!m.visitId || !p.delegateId) throw new Undeliverable("the message names no visit or delegate");
  const pub = await publication(m.visitId, p.version);
  const contact = await visitLead(m.visitId);
  const delegate = pub?.itinerary.delegates.find((d) => d.id === p.delegateId);
  if (m.kind === "link") {
    const current = await db().delegate.findUnique({ where: { id: p.delegateId } });
    if (!current) throw new Undeliverable("the delegate was deleted");
    const pageUrl = await pageUrlOf(current.id);
    if (!pub || !delegate) {
      const it = await draftFor(m.visitId);
      const d = it.delegates.find((x) => x.id === current.id);
      if (!d) throw new Undeliverable("the delegate was deleted");
      return linkMail({ it, delegate: { ...d, email: m.recipient }, pageUrl, withPdf: false, contact });
    }
    const pdf = renderItineraries(pub, [{ delegate, liveUrl: pageUrl }], { logo: await visitLogo(m.visitId) });
    const mail = await linkMail({ it: pub.itinerary, delegate: { ...delegate, email: m.recipient }, pageUrl, withPdf: true, contact });
    return {
      ...mail,
      attachments: [{ filename: itineraryFilename(pub, delegate), content: Buffer.from(pdf), contentType: "application/pdf" }],
    };
  }
  if (!pub || !delegate) throw new Undeliverable("the delegate is not in the published version");
  const pageUrl = await pageUrlOf(delegate.id);
  const d = { ...delegate, email: m.recipient };
  switch (m.kind) {
    case "changes": {
      const before = p.from ? await publication(m.visitId, p.from) : null;
      return changesMail({ it: pub.itinerary, before: before?.itinerary ?? null, delegate: d, pageUrl, contact });
    }
    case "programme":
      return programmeMail({ it: pub.itinerary, delegate: d, pageUrl, version: pub.version, contact });
    case "reminder":
      return reminderMail({ it: pub.itinerary, delegate: d, pageUrl, date: p.date!, contact });
    default:
      throw new Undeliverable(`unknown kind of message "${m.kind}"`);
  }
}

// Published versions never change: the worker keeps the last few it read, so a batch of 120
// messages about one publication reads (and parses) its snapshot once, not 120 times.
const recent = new Map<string, Promise<Publication | null>>();

/** The given published version, or the latest when none is named. */
function publication(visitId: string, version?: number): Promise<Publication | null> {
  if (!version) return readPublication(visitId);
  const key = `${visitId}:${version}`;
  let p = recent.get(key);
  if (!p) {
    p = readPublication(visitId, version);
    recent.set(key, p);
    p.catch(() => recent.delete(key));
    if (recent.size > 6) recent.delete(recent.keys().next().value!);
  }
  return p;
}

async function readPublication(visitId: string, version?: number): Promise<Publication | null> {
  const p = version
    ? await db().publication.findUnique({ where: { visitId_version: { visitId, version } } })
    : await db().publication.findFirst({ where: { visitId }, orderBy: { version: "desc" } });
  return p
    ? { version: p.version, publishedAt: p.publishedAt.toISOString(), publishedBy: null, itinerary: p.snapshot as unknown as Itinerary }
    : null;
}

async function draftFor(visitId: string): Promise<Itinerary> {
  const { loadItinerary } = await import("@/lib/visits/data");
  const it = await loadItinerary(visitId);
  if (!it) throw new Undeliverable("the visit was deleted");
  return it;
}

/** "Name, phone, e-mail" of the visit's contact when staff set one on the Links page. */
async function visitLead(visitId: string): Promise<string | null> {
  const v = await db().visit.findUnique({ where: { id: visitId }, select: { contactName: true, contactPhone: true, contactEmail: true } });
  return v?.contactName ? [v.contactName, v.contactPhone, v.contactEmail].filter(Boolean).join(", ") : null;
}
