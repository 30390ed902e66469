import { HONORIFICS } from "@/lib/i18n/labels";
import { render, toPlainText } from "@react-email/render";
import type { ReactElement } from "react";
import { translator, type AppLocale } from "@/lib/i18n";
import { dateRange, homeCityOf, longDate } from "@/lib/schedule/time";
import { byPrecedence, dressText, formOfAddress, legEndName, legsOf } from "@/lib/schedule/protocol";
import { protocolWords } from "@/lib/protocol/words";
import { localDate, withPickUps } from "@/lib/schedule/days";
import { clockText, delegateChanges, describeChange } from "@/lib/schedule/delegate-changes";
import { changeWords } from "@/lib/i18n/change-words";
import type { Itinerary, ItineraryDelegate } from "@/lib/schedule/types";
import { ChangesEmail, InviteEmail, LinkEmail, ProgrammeEmail, type DelegateEnd } from "./templates/emails";
import type { MailFrame } from "./templates/layout";
import type { ProgrammeDay } from "./templates/parts";

// Data in, e-mail out (subject, HTML and plain text) in the reader's language. No database:
// lib/outbox/deliver.ts reads what is needed and calls these.

export type Composed = { subject: string; html: string; text: string };

const t = (l: AppLocale) => translator(l, "mail");

async function finish(subject: string, el: ReactElement): Promise<Composed> {
  const html = await render(el);
  return { subject, html, text: toPlainText(html) };
}

/**
 * Who to ask: the host contact most often named as HOST in the programme (on a tie, the first
 * in the visit's order of precedence), else the first one listed; by their form of address in
 * the reader's language.
 */
export function visitContact(it: Itinerary, l: AppLocale = "en"): string | null {
  const contacts = new Map(it.organisations.flatMap((o) => o.contacts.map((c) => [c.id, c] as const)));
  const count = new Map<string, number>();
  for (const s of it.slots)
    for (const a of s.attendees)
      if (a.kind === "contact" && a.role === "HOST" && contacts.has(a.personId)) count.set(a.personId, (count.get(a.personId) ?? 0) + 1);
  const best = [...count.entries()].sort((a, b) => b[1] - a[1] || byPrecedence(contacts.get(a[0])!, contacts.get(b[0])!))[0]?.[0];
  const c = (best && contacts.get(best)) || it.organisations.find((o) => o.contacts.length)?.contacts[0];
  return c ? [formOfAddress(c, l, HONORIFICS[l]), c.phone, c.email].filter(Boolean).join(", ") : null;
}

function frameFor(l: AppLocale, it: Itinerary, d: ItineraryDelegate, preview: string): MailFrame {
  const m = t(l);
  return {
    language: l,
    preview,
    // "Guten Tag Frau Dr. Nolting," / "Dear Dr Nolting,": her form of address in the e-mail's language.
    greeting: m("greeting", { name: formOfAddress(d, l, HONORIFICS[l]) }),
    signature: m("signature"),
    footer: m("footer", { visit: it.visit.title, email: d.email }),
  };
}

function endFor(l: AppLocale, it: Itinerary, pageUrl: string | null, visitLead?: string | null): DelegateEnd {
  const m = t(l);
  const contact = visitLead || visitContact(it, l);
  return {
    pageUrl,
    openLabel: m("openPage"),
    pageHint: m("pageHint"),
    noLink: m("noLink"),
    contact: contact ? m("contact", { city: it.visit.hostCity, name: contact }) : null,
  };
}

const dates = (it: Itinerary, l: AppLocale) => dateRange(it.visit.firstDay, it.visit.lastDay, l);

/** `contact`: the visit's own contact (Links page) when staff set one; else one is picked from the programme. */
type DelegateMail = { it: Itinerary; delegate: ItineraryDelegate; pageUrl: string | null; contact?: string | null };

export function linkMail({ it, delegate, pageUrl, withPdf, contact }: DelegateMail & { withPdf: boolean }) {
  const l = delegate.language;
  const m = t(l);
  const intro = m("link.intro", { visit: it.visit.title, dates: dates(it, l) });
  return finish(
    m("link.subject", { visit: it.visit.title }),
    <LinkEmail
      frame={frameFor(l, it, delegate, intro)}
      end={endFor(l, it, pageUrl, contact)}
      intro={intro}
      purpose={m("link.purpose")}
      privacy={m("link.private")}
      pdf={withPdf ? m("link.pdf") : null}
    />,
  );
}

/** Only this delegate's changes between the two versions, before → after. */
export function changesMail({ it, before, delegate, pageUrl, contact }: DelegateMail & { before: Itinerary | null }) {
  const l = delegate.language;
  const m = t(l);
  const words = changeWords(l);
  const changes = delegateChanges(before, it, delegate.id).map((c) =>
    describeChange(c, {
      words,
      language: l,
      timeZone: it.visit.timeZone,
      homeTimeZone: delegate.homeTimeZone,
      homeCity: homeCityOf(it, delegate.homeTimeZone),
    }),
  );
  const intro = m("changes.intro", { visit: it.visit.title, count: changes.length });
  return finish(
    m("changes.subject", { visit: it.visit.title }),
    <ChangesEmail
      frame={frameFor(l, it, delegate, intro)}
      end={endFor(l, it, pageUrl, contact)}
      intro={intro}
      changes={changes}
      beforeWord={m("changes.before")}
    />,
  );
}

/**
 * The delegate's programme, day by day, with her pick-ups between the slots and each slot's
 * dress code; `onlyDate` ("yyyy-MM-dd") for the evening reminder.
 */
export function programmeDays(it: Itinerary, delegate: ItineraryDelegate, onlyDate?: string): ProgrammeDay[] {
  const tz = it.visit.timeZone;
  const l = delegate.language;
  const w = protocolWords(l);
  const on = (instant: string) => !onlyDate || localDate(instant, tz) === onlyDate;
  const homeCity = homeCityOf(it, delegate.homeTimeZone);
  const when = (a: string, b: string) => clockText(a, b, tz, delegate.homeTimeZone, homeCity);
  type Entry = { startsAt: string; item: ProgrammeDay["items"][number] };
  const slots: Entry[] = [];
  for (const s of it.slots) {
    if (!s.attendees.some((a) => a.kind === "delegate" && a.personId === delegate.id) || !on(s.startsAt)) continue;
    const v = s.venueId ? it.venues.find((x) => x.id === s.venueId) : undefined;
    const p = s.protocol;
    const dress = p ? dressText(p.dressCode, p.dressCodeNotes, w.dressCode) : "";
    slots.push({
      startsAt: s.startsAt,
      item: {
        when: when(s.startsAt, s.endsAt),
        title: s.title,
        venue: v ? [v.name, v.address].filter(Boolean).join(", ") : null,
        lines: dress ? [`${w.dressCodeLabel}: ${dress}`] : [],
      },
    });
  }
  const legs: Entry[] = [];
  for (const leg of legsOf(it, delegate.id)) {
    if (!on(leg.pickUpAt)) continue;
    const end = (e: typeof leg.from) => legEndName(it, e, delegate) || w.legEnd[e.kind];
    legs.push({
      startsAt: leg.pickUpAt,
      item: {
        when: when(leg.pickUpAt, leg.arriveAt),
        title: `${w.legMode[leg.mode]}: ${end(leg.from)} → ${end(leg.to)}`,
        venue: leg.pickUpPlace ? `${w.pickUp}: ${leg.pickUpPlace}` : null,
        lines: [
          [leg.vehicle, leg.driverName && `${w.driver}: ${[leg.driverName, leg.driverPhone].filter(Boolean).join(", ")}`]
            .filter(Boolean)
            .join(" · "),
          leg.route && `${w.route}: ${leg.route}`,
        ].filter(Boolean),
      },
    });
  }
  // In time order, so the days come in order too.
  const byDay = new Map<string, ProgrammeDay>();
  for (const { leg, slot } of withPickUps(legs, slots)) {
    const e = (leg ?? slot)!;
    const date = localDate(e.startsAt, tz);
    if (!byDay.has(date)) byDay.set(date, { day: longDate(date, l), items: [] });
    byDay.get(date)!.items.push(e.item);
  }
  return [...byDay.values()];
}

export function programmeMail({ it, delegate, pageUrl, version, contact }: DelegateMail & { version: number }) {
  const l = delegate.language;
  const m = t(l);
  const intro = m("programme.intro", { visit: it.visit.title, dates: dates(it, l), version });
  return finish(
    m("programme.subject", { visit: it.visit.title }),
    <ProgrammeEmail
      frame={frameFor(l, it, delegate, intro)}
      end={endFor(l, it, pageUrl, contact)}
      intro={intro}
      days={programmeDays(it, delegate)}
      empty={m("programme.empty")}
    />,
  );
}

export function reminderMail({ it, delegate, pageUrl, date, contact }: DelegateMail & { date: string }) {
  const l = delegate.language;
  const m = t(l);
  const day = longDate(date, l);
  const intro = m("reminder.intro", { day });
  return finish(
    reminderSubject(l, date),
    <ProgrammeEmail
      frame={frameFor(l, it, delegate, intro)}
      end={endFor(l, it, pageUrl, contact)}
      intro={intro}
      days={programmeDays(it, delegate, date)}
      empty={m("programme.empty")}
    />,
  );
}

export const reminderSubject = (l: AppLocale, date: string) => t(l)("reminder.subject", { day: longDate(date, l) });

export function inviteMail({ name, email, role, url }: { name: string; email: string; role: "VIEWER" | "EDITOR" | "ADMIN"; url: string }) {
  const m = t("en");
  const intro = m("invite.intro", { role: m(`invite.role.${role}`) });
  const frame: MailFrame = {
    language: "en",
    preview: intro,
    greeting: m("greeting", { name }),
    signature: m("signature"),
    footer: m("invite.footer", { email }),
  };
  return finish(
    m("invite.subject"),
    <InviteEmail frame={frame} intro={intro} url={url} button={m("invite.button")} expiry={m("invite.expiry")} />,
  );
}

/** Subjects are written into the outbox when the message is queued (the list shows them). */
export function subjectFor(kind: "link" | "changes" | "programme", l: AppLocale, visitTitle: string): string {
  return t(l)(`${kind}.subject`, { visit: visitTitle });
}
