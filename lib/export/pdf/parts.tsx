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

type PageCount = { pageNumber: number; totalPages: number; subPageNumber: number; subPageTotalPages: number };

/**
 * The footer on every page. `perPageElement` numbers the pages of one <Page> element (one
 * delegate's itinerary inside a combined PDF) instead of the whole document.
 */
export function Footer(props: { left: string; centre: string; page: (n: number, of: number) => string; perPageElement?: boolean }) {
  return (
    <View style={s.footer} fixed>
      <Text style={s.footerLeft}>{props.left}</Text>
      <Text style={s.footerCentre}>{props.centre}</Text>
      <Text
        style={s.footerRight}
        render={({ pageNumber, totalPages, subPageNumber, subPageTotalPages }: PageCount) =>
          props.perPageElement ? props.page(subPageNumber, subPageTotalPages) : props.page(pageNumber, totalPages)
        }
      />
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

// A slot is kept on one page unless its text could not fit on any page; then it may break
// (an unbreakable block taller than the page would be cut off at the page edge).
const BODY_WIDTH = PAGE.width - 2 * PAGE.side - TIME_COLUMN;
const CHARS_PER_LINE = Math.floor(BODY_WIDTH / 6); // 9.5 pt Noto Sans averages ~5 pt a character
const LINE = 9.5 * 1.4;
const ROOM = PAGE.height - PAGE.top - PAGE.bottom - 60; // less a day heading and some slack

export function fitsOnAPage(texts: string[], extraLines: number): boolean {
  const lines = texts
    .flatMap((t) => t.split("\n"))
    .reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), extraLines);
  return lines * LINE <= ROOM;
}
