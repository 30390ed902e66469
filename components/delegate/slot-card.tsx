import type { SlotChangeLines } from "@/lib/delegate-view/change-lines";
import { type DelegateSlot, othersText } from "@/lib/delegate-view/model";
import type { AppLocale, translator } from "@/lib/i18n";
import type { ProtocolWords } from "@/lib/protocol/words";
import { ChangeLinesList, DressLine } from "./protocol-parts";

type T = ReturnType<typeof translator<"delegate">>;

/** One slot of the delegate's programme: when, what, where, whom to ask, who else comes. */
export function SlotCard({
  slot,
  t,
  w,
  locale,
  hostCity,
  homeCity,
  changes,
  headingLevel = 3,
}: {
  slot: DelegateSlot;
  locale: AppLocale;
  /** What changed since the delegate last looked, per slot id (only marked slots have lines). */
  changes?: SlotChangeLines;
  t: T;
  w: ProtocolWords;
  hostCity: string;
  homeCity: string;
  headingLevel?: 2 | 3;
}) {
  const H = headingLevel === 2 ? "h2" : "h3";
  const [from, to] = slot.time.split("–");
  const lines = slot.changed ? changes?.[slot.id] : undefined;
  return (
    <article
      className={`rounded-xl border bg-white p-4 shadow-sm ${slot.changed ? "border-amber-400 ring-1 ring-amber-300" : "border-slate-200"}`}
      data-slot={slot.id}
      aria-labelledby={`t-${slot.id}-${headingLevel}`}
    >
      <div className="flex items-baseline justify-between gap-3">
        <p className="text-lg font-bold tabular-nums leading-none">
          <time dateTime={slot.startsAt}>{from}</time>
          <span className="font-normal text-slate-600">
            –<time dateTime={slot.endsAt}>{to}</time>
          </span>{" "}
          <span className="ml-0.5 align-middle text-xs font-semibold text-slate-600">{hostCity}</span>
        </p>
        <div className="flex shrink-0 gap-1.5">
          {slot.changed && <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">{t("changed")}</span>}
          <span className="rounded-full bg-accent-soft px-2 py-0.5 text-xs font-semibold text-accent">{t(`kind.${slot.kind}`)}</span>
        </div>
      </div>
      {slot.homeTime && (
        <p className="mt-1 text-sm tabular-nums text-slate-700">
          {slot.homeTime} {homeCity}
        </p>
      )}
      <H id={`t-${slot.id}-${headingLevel}`} className="mt-2 text-base font-bold leading-snug">
        {slot.title}
      </H>
      <ChangeLinesList lines={lines} />
      {slot.myRole && slot.myRole !== "ATTENDEE" && (
        <p className="mt-1 text-sm font-semibold text-accent">{t("yourRole", { role: t(`role.${slot.myRole}`) })}</p>
      )}

      {slot.venue && (
        <div className="mt-3 flex items-start justify-between gap-3">
          <p className="min-w-0 text-sm">
            <span className="font-semibold">{slot.venue.name}</span>
            {slot.venue.address && <span className="block text-slate-700">{slot.venue.address}</span>}
          </p>
          {slot.venue.mapUrl && (
            <a
              href={slot.venue.mapUrl}
              className="shrink-0 rounded-lg border border-slate-300 px-3 py-2 text-sm font-semibold text-accent"
              aria-label={t("mapLabel", { venue: slot.venue.name })}
              rel="noopener noreferrer"
            >
              {t("map")}
            </a>
          )}
        </div>
      )}
      {slot.venue?.accessNotes && (
        <p className="mt-1 text-sm text-slate-700">
          <span className="font-semibold">{t("access")}:</span> {slot.venue.accessNotes}
        </p>
      )}

      {slot.dress && <DressLine dress={slot.dress} w={w} />}

      {slot.notes && (
        <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <span className="font-semibold">{t("notes")}:</span> {slot.notes}
        </p>
      )}
      {slot.description && <p className="mt-3 text-sm text-slate-800">{slot.description}</p>}

      {(slot.host || slot.contact) && (
        <dl className="mt-3 space-y-2 border-t border-slate-100 pt-3 text-sm sm:space-y-1">
          {slot.host && (
            <div className="sm:flex sm:gap-2">
              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 sm:w-32 sm:shrink-0 sm:text-sm sm:font-normal sm:normal-case sm:tracking-normal">
                {t("host")}
              </dt>
              <dd className="min-w-0">{slot.host}</dd>
            </div>
          )}
          {slot.contact && (
            <div className="sm:flex sm:gap-2">
              <dt className="text-xs font-semibold uppercase tracking-wide text-slate-600 sm:w-32 sm:shrink-0 sm:text-sm sm:font-normal sm:normal-case sm:tracking-normal">
                {t("askFor")}
              </dt>
              <dd className="min-w-0">
                <span className="font-semibold">{slot.contact.name}</span>
                {slot.contact.role && <span className="block text-slate-700">{slot.contact.role}</span>}
                {slot.contact.tel && (
                  <a
                    href={slot.contact.tel}
                    className="mt-1 inline-flex items-center gap-1 whitespace-nowrap rounded-lg bg-accent px-3 py-2 font-semibold text-white"
                    aria-label={`${t("call", { name: slot.contact.name })}: ${slot.contact.phone}`}
                  >
                    <span aria-hidden="true">☎</span> {slot.contact.phone}
                  </a>
                )}
              </dd>
            </div>
          )}
        </dl>
      )}
      {slot.others.length > 0 && (
        <p className="mt-3 text-sm text-slate-700">
          <span className="font-semibold text-ink">{t("alsoAttending")}:</span> {othersText(slot.others, locale)}
        </p>
      )}
    </article>
  );
}
