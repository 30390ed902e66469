import { dressText } from "@/lib/schedule/protocol";
import type { DelegateLeg, DelegateSlot } from "@/lib/delegate-view/model";
import type { ProtocolWords } from "@/lib/protocol/words";
import type { Hotel } from "@/lib/schedule/protocol-types";
import { hhmm, weekdayDate } from "@/lib/schedule/time";
import type { AppLocale } from "@/lib/i18n";
import type { ChangeLine } from "@/lib/schedule/delegate-changes";
import { journeyText } from "@/lib/schedule/protocol";

// What the protocol office sends the delegate: their hotel, their pick-ups and each slot's
// dress code. Words from the catalogue's "protocol" namespace, as on the run-sheet.

const at = (instant: string, tz: string, locale: AppLocale) => `${weekdayDate(instant, tz, locale)}, ${hhmm(instant, tz)}`;

export function HotelCard({
  hotel,
  heading,
  w,
  timeZone,
  locale,
}: {
  hotel: Hotel;
  heading: string;
  w: ProtocolWords;
  timeZone: string;
  locale: AppLocale;
}) {
  const stay: [string, string | null][] = [
    [w.checkIn, hotel.checkInAt],
    [w.checkOut, hotel.checkOutAt],
  ];
  return (
    <section aria-labelledby="hotel" className="rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="hotel">
      <h2 id="hotel" className="text-xs font-bold uppercase tracking-wide text-slate-600">
        {heading}
      </h2>
      {hotel.name && <p className="mt-1 text-base font-bold">{hotel.name}</p>}
      {hotel.address && <p className="text-slate-700">{hotel.address}</p>}
      {(hotel.checkInAt || hotel.checkOutAt) && (
        <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1">
          {stay.map(([label, instant]) =>
            instant ? (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-semibold tabular-nums">{at(instant, timeZone, locale)}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}
    </section>
  );
}

/** A pick-up: time and place first (what the delegate must be on time for), then the car and driver. */
/** What changed since she last looked, before → after, under a marked slot or transfer. */
export function ChangeLinesList({ lines }: { lines?: ChangeLine[] }) {
  if (!lines?.length) return null;
  return (
    <ul
      className="mt-2 space-y-1 rounded-r-lg border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950"
      data-testid="change-lines"
    >
      {lines.map((l) => (
        <li key={l.label}>
          <span className="font-semibold">{l.label}:</span>{" "}
          {l.before !== null && (
            <>
              <span className="text-slate-700">{l.before}</span> →{" "}
            </>
          )}
          <span className="font-semibold">{l.after}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * One pick-up or transfer between her slots. A transfer changed since she last looked carries
 * `changedWord` ("Changed") as a badge and its before → after `lines`.
 */
export function LegCard({
  leg,
  w,
  call,
  changedWord,
  lines,
}: {
  leg: DelegateLeg;
  w: ProtocolWords;
  call: (name: string) => string;
  changedWord?: string;
  lines?: ChangeLine[];
}) {
  const walk = leg.mode === "WALK";
  return (
    <article
      className={`rounded-xl border border-dashed px-4 py-3 text-sm ${leg.changed ? "border-amber-500 bg-amber-50/40" : "border-slate-400 bg-slate-50"}`}
      data-leg={leg.id}
    >
      <div className="flex items-baseline justify-between gap-3">
        <p className="tabular-nums">
          <span className="text-lg font-bold">
            <time dateTime={leg.startsAt}>{leg.pickUp}</time>
          </span>
          <span className="text-slate-600">
            –<time dateTime={leg.endsAt}>{leg.arrive}</time>
          </span>
        </p>
        <span className="flex shrink-0 gap-1.5">
          {leg.changed && changedWord && (
            <span className="rounded-full bg-amber-100 px-2 py-0.5 text-xs font-bold text-amber-900">{changedWord}</span>
          )}
          <span className="rounded-full bg-slate-200 px-2 py-0.5 text-xs font-semibold text-slate-800">{w.legMode[leg.mode]}</span>
        </span>
      </div>
      <p className="mt-1 font-semibold leading-snug">{journeyText(leg.from, leg.to, w.legEnd)}</p>
      {leg.changed && <ChangeLinesList lines={lines} />}
      {leg.pickUpPlace && (
        <p className="mt-1">
          <span className="font-semibold">{w.pickUp}:</span> {leg.pickUpPlace}
        </p>
      )}
      {!walk && leg.vehicle && <p className="mt-1 text-slate-700">{leg.vehicle}</p>}
      {leg.route && (
        <p className="mt-1 text-slate-700">
          <span className="font-semibold text-ink">{w.route}:</span> {leg.route}
        </p>
      )}
      {leg.driver && (
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
          <span>
            <span className="font-semibold">{w.driver}:</span> {leg.driver.name}
          </span>
          {leg.driver.tel && (
            <a
              href={leg.driver.tel}
              className="inline-flex items-center gap-1 whitespace-nowrap rounded-lg border border-slate-300 bg-white px-3 py-1.5 font-semibold text-accent"
              aria-label={`${call(leg.driver.name || w.driver)}: ${leg.driver.phone}`}
            >
              <span aria-hidden="true">☎</span> {leg.driver.phone}
            </a>
          )}
        </p>
      )}
    </article>
  );
}

export function DressLine({ dress, w }: { dress: NonNullable<DelegateSlot["dress"]>; w: ProtocolWords }) {
  const text = dressText(dress.code, dress.notes, w.dressCode);
  return (
    <p className="mt-2 text-sm" data-testid="dress-code">
      <span className="font-semibold">{w.dressCodeLabel}:</span> {text}
    </p>
  );
}
