import type { ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { PAGE, s, TIME_COLUMN } from "./styles";

// Pieces both documents are built from: an A4 sheet with its running footer, a labelled
// field, a day with its slots.

/** One A4 <Page> element (it may run to several pages): the content, then the fixed footer. */
export function Sheet({ children, footer, bookmark }: { children: ReactNode; footer: ReactNode; bookmark?: string }) {
  return (
    <Page size="A4" style={s.page} bookmark={bookmark ? { title: bookmark } : undefined}>
      <View style={s.content}>{children}</View>
      {footer}
    </Page>
  );
}

type PageCount = { pageNumber: number; totalPages?: number };

/** Where each itinerary's pages start and end in a combined PDF, filled in while it is laid out. */
export type PageSpans = Map<string, { first: number; last: number }>;

/**
 * The footer on every page: "Page X of Y" of the whole document, or, given `span`, of the
 * pages carrying this key (one delegate's itinerary inside a combined PDF, which may be
 * several <Page> elements). react-pdf calls a footer's render once while it breaks pages
 * (without totalPages) and again when all pages are known: the first call records the span,
 * the second prints from it. tests/db/pdf-itinerary.test.ts checks the numbers.
 */
export function Footer(props: { left: string; centre: string; page: (n: number, of: number) => string; span?: { spans: PageSpans; key: string } }) {
  const number = ({ pageNumber, totalPages }: PageCount) => {
    const { span } = props;
    if (totalPages === undefined) {
      if (span) {
        const known = span.spans.get(span.key);
        span.spans.set(span.key, { first: Math.min(known?.first ?? pageNumber, pageNumber), last: Math.max(known?.last ?? pageNumber, pageNumber) });
      }
      return props.page(pageNumber, 99);
    }
    const known = span?.spans.get(span.key);
    return known ? props.page(pageNumber - known.first + 1, known.last - known.first + 1) : props.page(pageNumber, totalPages);
  };
  return (
    <View style={s.footer} fixed>
      <Text style={s.footerLeft}>{props.left}</Text>
      <Text style={s.footerCentre}>{props.centre}</Text>
      <Text style={s.footerRight} render={number} />
    </View>
  );
}

export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={s.field}>
      <Text style={s.fieldLabel}>{label}</Text>
      <View style={s.fieldValue}>{children}</View>
    </View>
  );
}

export type Block = { key: string; node: ReactNode; unbreakable: boolean };

/**
 * A day: its heading travels with the first slot so that it never ends a page alone; the
 * other slots follow, each kept whole unless it is too long for any page.
 */
export function Day({ heading, blocks, empty, first }: { heading: string; blocks: Block[]; empty: string; first: boolean }) {
  const [lead, ...rest] = blocks;
  const head = <Text style={s.dayHeading}>{heading}</Text>;
  return (
    <View style={first ? s.firstDay : s.day}>
      {lead?.unbreakable !== false ? (
        <View wrap={false}>
          {head}
          {lead ? lead.node : <Text style={s.empty}>{empty}</Text>}
        </View>
      ) : (
        <>
          <View minPresenceAhead={120}>{head}</View>
          {lead.node}
        </>
      )}
      {rest.map((b) => (
        <View key={b.key} wrap={!b.unbreakable}>
          {b.node}
        </View>
      ))}
    </View>
  );
}

// Estimated heights, in points, from the length of the text. They decide two things only:
// whether a slot is short enough to keep whole (an unbreakable block taller than a page
// would be cut off at its edge), and where a new <Page> element starts (see chunkDays).
const BODY_WIDTH = PAGE.width - 2 * PAGE.side - TIME_COLUMN;
const CHARS_PER_LINE = Math.floor(BODY_WIDTH / 5); // 9.5 pt Noto Sans averages ~5 pt a character
const LINE = 9.5 * 1.4;
export const ROOM = PAGE.height - PAGE.top - PAGE.bottom - 40; // less a day heading and some slack

export function estimateHeight(texts: string[], extraLines: number): number {
  const lines = texts
    .filter(Boolean)
    .flatMap((t) => t.split("\n"))
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), extraLines);
  return lines * LINE + 20;
}

/**
 * Consecutive days grouped into runs of about three pages at most; a longer day is a group of
 * its own. Each group becomes its own <Page> element and starts on a fresh page. Why: react-pdf
 * lays out everything after a page break again for every page of an element, so a long
 * element costs about the square of its pages (measured: a third less time for a 30-slot
 * itinerary). A short document (the Leipzig programme, any 3-page itinerary) stays one group
 * and flows exactly as before.
 */
export function chunkDays<D>(days: D[], heightOf: (day: D) => number, firstPageUsed: number): D[][] {
  const limit = 3 * ROOM;
  const groups: D[][] = [];
  let used = firstPageUsed;
  for (const day of days) {
    const h = heightOf(day);
    if (groups.length === 0 || used + h > limit) {
      groups.push([day]);
      used = (groups.length === 1 ? firstPageUsed : 0) + h;
    } else {
      groups[groups.length - 1].push(day);
      used += h;
    }
  }
  return groups;
}
