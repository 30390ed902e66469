import type { DelegateProgramme } from "@/lib/delegate-view/model";
import { translator, type AppLocale } from "@/lib/i18n";
import { nameWithHonorific } from "@/lib/i18n/labels";
import { dayLabel, shortDay, stampInZone, visitDates } from "@/lib/schedule/time";
import type { SlotChangeLines } from "@/lib/delegate-view/change-lines";
import { protocolWords, type ProtocolWords } from "@/lib/protocol/words";
import { withPickUps } from "@/lib/schedule/days";
import { transferMarkId } from "@/lib/schedule/delegate-changes";
import { SlotCard } from "./slot-card";
import { HotelCard, LegCard } from "./protocol-parts";

type Links = { self: string; switchLang: string; webcal: string; ics: string; pdf: string };

/** The delegate's phone page: header, now/next, calendar and PDF, then the days. */
export function Programme({
  p,
  removed = [],
  changes = {},
  locale,
  links,
  version,
  updated,
}: {
  p: DelegateProgramme;
  /** Per marked slot, what changed (before → after) since the delegate last looked. */
  changes?: SlotChangeLines;
  /** Slots taken out of the delegate's programme since they last looked. */
  removed?: { title: string; startsAt: string }[];
  locale: AppLocale;
  links: Links;
  version: number;
  /** When this copy came from the server, e.g. "09:12 BST, 11 June" in the visit's zone. */
  updated: string;
}) {
  const t = translator(locale, "delegate");
  const homeCity = p.delegate.homeCity;
  const changedCount = p.days.reduce((n, d) => n + d.slots.filter((s) => s.changed).length + d.legs.filter((l) => l.changed).length, 0);
  const upcoming = p.days.filter((d) => !p.during || !d.isPast);
  const earlier = p.during ? p.days.filter((d) => d.isPast) : [];
  const cardProps = { t, w: protocolWords(locale), locale, hostCity: p.visit.hostCity, homeCity, changes };
  return (
    <div lang={locale} className="mx-auto max-w-xl pb-10">
      <header className="bg-accent px-4 pb-5 pt-4 text-white">
        <div className="flex items-start justify-between gap-3">
          <p className="text-sm font-semibold uppercase tracking-wide text-white/90">
            {p.visit.guestCity} → {p.visit.hostCity}
          </p>
          <a
            href={links.switchLang}
            className="rounded-full border border-white/70 px-3 py-1 text-sm font-bold"
            hrefLang={locale === "de" ? "en" : "de"}
            lang={locale === "de" ? "en" : "de"}
          >
            {t("language")}
          </a>
        </div>
        <h1 className="mt-2 text-2xl font-bold leading-tight">{t("programmeFor", { name: nameWithHonorific(p.delegate, locale) })}</h1>
        <p className="mt-1 text-white/90">
          {p.visit.title} · {visitDates(p.visit.firstDay, p.visit.lastDay, locale)}
        </p>
      </header>

      <div className="space-y-3 px-4 pt-4">
        <p className="text-sm text-slate-800">
          {t("timesIn", { city: p.visit.hostCity, zone: p.zone })}
          {p.homeDiffers && <> {t("homeBeside", { home: homeCity })}</>}
        </p>
        <p className="text-sm text-slate-700" data-testid="updated">
          {t("updated", { time: updated })} · {t("version", { version })}
        </p>
        <p id="offline-note" hidden role="status" className="rounded-lg bg-slate-800 px-3 py-2 text-sm text-white">
          {t("offline")}
        </p>
        <Changes count={changedCount} removed={removed} timeZone={p.visit.timeZone} locale={locale} t={t} />

        {(p.now || p.next) && (
          <section aria-label={`${t("now")} / ${t("next")}`} className="space-y-3">
            {p.now && (
              <NowNext label={t("now")}>
                <SlotCard slot={p.now} headingLevel={2} {...cardProps} />
              </NowNext>
            )}
            {p.next && (
              <NowNext label={t("next")}>
                <SlotCard slot={p.next} headingLevel={2} {...cardProps} />
              </NowNext>
            )}
          </section>
        )}

        <div className="flex flex-wrap gap-2">
          <details className="group relative">
            <summary className="cursor-pointer list-none rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-white">
              {t("addToCalendar")}
            </summary>
            <div className="absolute left-0 z-10 mt-2 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg">
              <a href={links.webcal} className="block rounded-lg px-3 py-2 text-sm hover:bg-accent-soft">
                <span className="font-semibold">{t("subscribe")}</span>
                <span className="block text-slate-700">{t("subscribeHint")}</span>
              </a>
              <a href={links.ics} download className="block rounded-lg px-3 py-2 text-sm font-semibold hover:bg-accent-soft">
                {t("downloadIcs")}
              </a>
            </div>
          </details>
          <a
            href={links.pdf}
            data-pdf=""
            data-busy={t("preparingPdf")}
            data-failed={t("pdfFailed")}
            data-offline={t("pdfOffline")}
            className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-semibold text-ink aria-busy:cursor-progress aria-busy:text-slate-600"
          >
            {t("downloadPdf")}
          </a>
          <p id="pdf-error" role="alert" className="w-full text-sm font-semibold text-red-800 empty:hidden"></p>
        </div>

        {p.hotel && <HotelCard hotel={p.hotel} heading={t("yourHotel")} w={cardProps.w} timeZone={p.visit.timeZone} locale={locale} />}

        <nav aria-label={t("sections")} className="-mx-4 overflow-x-auto px-4 pt-1">
          <ul className="flex gap-2">
            {p.days
              .slice()
              .sort((a, b) => a.date.localeCompare(b.date))
              .map((d) => (
                <li key={d.date}>
                  <a
                    href={`#day-${d.date}`}
                    className={`block whitespace-nowrap rounded-full border px-3 py-1.5 text-sm font-semibold ${d.isToday ? "border-accent bg-accent text-white" : "border-slate-300 bg-white text-ink"}`}
                  >
                    {shortDay(d.date, locale)}
                  </a>
                </li>
              ))}
          </ul>
        </nav>
      </div>

      {upcoming.map((d) => (
        <Day key={d.date} day={d} {...cardProps} />
      ))}
      {earlier.length > 0 && (
        <>
          <h2 className="mx-4 mt-8 border-t border-slate-300 pt-4 text-sm font-bold uppercase tracking-wide text-slate-600">
            {t("earlierDays")}
          </h2>
          {earlier.map((d) => (
            <Day key={d.date} day={d} {...cardProps} />
          ))}
        </>
      )}
    </div>
  );
}

/**
 * What changed since the delegate last looked: a count of the marked slots and the slots taken
 * out of their programme. (Each entry can later carry its own before → after lines.)
 */
function Changes({
  count,
  removed,
  timeZone,
  locale,
  t,
}: {
  count: number;
  removed: { title: string; startsAt: string }[];
  timeZone: string;
  locale: AppLocale;
  t: ReturnType<typeof translator<"delegate">>;
}) {
  if (count === 0 && removed.length === 0) return null;
  return (
    <div className="space-y-3" data-testid="changes">
      {count > 0 && <p className="rounded-lg bg-amber-100 px-3 py-2 text-sm font-semibold text-amber-950">{t("changedHint", { count })}</p>}
      {removed.length > 0 && (
        <div className="rounded-lg bg-amber-100 px-3 py-2 text-sm text-amber-950" data-testid="removed">
          <p className="font-semibold">{t("removedHint")}</p>
          <ul className="mt-1 list-disc pl-5">
            {removed.map((r) => (
              <li key={`${r.startsAt}${r.title}`}>
                <s className="decoration-amber-900/60">{r.title}</s> · {stampInZone(r.startsAt, timeZone, locale)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function NowNext({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <p className="mb-1 text-xs font-bold uppercase tracking-wide text-accent">{label}</p>
      {children}
    </div>
  );
}

function Day({
  day,
  locale,
  t,
  w,
  hostCity,
  homeCity,
  changes,
}: {
  day: DelegateProgramme["days"][number];
  locale: AppLocale;
  t: ReturnType<typeof translator<"delegate">>;
  w: ProtocolWords;
  hostCity: string;
  homeCity: string;
  changes: SlotChangeLines;
}) {
  const items = withPickUps(day.legs, day.slots);
  return (
    <section
      id={`day-${day.date}`}
      aria-labelledby={`h-${day.date}`}
      className="mt-6 scroll-mt-4 px-4 [content-visibility:auto] [contain-intrinsic-size:auto_1200px]"
    >
      <h2 id={`h-${day.date}`} className="flex items-center gap-2 text-lg font-bold">
        {dayLabel(day.date, locale)}
        {day.isToday && <span className="rounded-full bg-accent px-2 py-0.5 text-xs font-bold text-white">{t("today")}</span>}
      </h2>
      {items.length === 0 ? (
        <p className="mt-2 text-sm text-slate-700">{t("nothingToday")}</p>
      ) : (
        <ol className="mt-3 space-y-3">
          {items.map(({ leg, slot }) => (
            <li key={leg?.id ?? slot?.id}>
              {slot ? (
                <SlotCard slot={slot} t={t} w={w} locale={locale} hostCity={hostCity} homeCity={homeCity} changes={changes} />
              ) : (
                leg && (
                  <LegCard
                    leg={leg}
                    w={w}
                    call={(name) => t("call", { name })}
                    changedWord={t("changed")}
                    lines={changes[transferMarkId(leg.id)]}
                  />
                )
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
