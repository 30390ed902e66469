import { Fragment, type ReactNode } from "react";
import { Page, Text, View } from "@react-pdf/renderer";
import { PAGE, s, TIME_COLUMN } from "./styles";

// Pieces both documents are built from: an A4 sheet with its running footer, a labelled
// field, a day with its slots.

/** What the footer on every page says; `page` words the page number ("Page 2 of 5"). */
export type FooterText = { left: string; centre: string; page: (n: number, of: number) => string };

type PageNumbers = { pageNumber?: number; totalPages?: number; subPageNumber?: number; subPageTotalPages?: number };

/**
 * One A4 <Page> element (it may run to several pages), laid out by react-pdf's new
 * pagination engine: a `layout` puts the content and the footer on each output page. The
 * content is measured once and packed into pages, instead of everything after a page break
 * being laid out again (see README, Decisions). `numbering` "sheet" counts the pages of this
 * element alone — one delegate's itinerary inside a combined PDF — "document" the whole PDF.
 */
export function Sheet({ children, footer, numbering, bookmark }: { children: ReactNode; footer: FooterText; numbering: "sheet" | "document"; bookmark?: string }) {
  const layout = ({ children: content, ...n }: PageNumbers & { children?: ReactNode }) => {
    // The engine lays out every page twice: first to count them (no totals yet), then for
    // real. The first round only counts, and the footer (absolute, in the bottom margin)
    // takes no room from the content, so that round gets no footer: its text would be laid
    // out twice per page for nothing (measuring the region, then building the page).
    const [page, of] = numbering === "sheet" ? [n.subPageNumber ?? 1, n.subPageTotalPages] : [n.pageNumber ?? 1, n.totalPages];
    if (of === undefined) return <View style={s.content}>{content}</View>;
    return (
      <>
        <View style={s.content}>{content}</View>
        <Footer text={footer} number={footer.page(page, of)} />
      </>
    );
  };
  return (
    <Page size="A4" style={s.page} bookmark={bookmark ? { title: bookmark } : undefined} layout={layout}>
      {children}
    </Page>
  );
}

/** The footer: drawn in the bottom margin, so it takes no room from the content. */
function Footer({ text, number }: { text: FooterText; number: string }) {
  return (
    <View style={s.footer}>
      <Text style={s.footerLeft}>{text.left}</Text>
      <Text style={s.footerCentre}>{text.centre}</Text>
      <Text style={s.footerRight}>{number}</Text>
    </View>
  );
}

/**
 * A label and its value side by side: a one-line value (a string) is a single <Text>, several
 * lines are <Text>s in a column. Every element costs layout time on every page, so no view
 * where none is needed; and no "\n" inside a <Text>: react-pdf finds no glyph for it in Noto
 * Sans and sets it in Helvetica, which then turns up in the PDF's fonts.
 */
export function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View style={s.field}>
      <Text style={s.fieldLabel}>{label}</Text>
      {typeof children === "string" ? <Text style={s.fieldValue}>{children}</Text> : <View style={s.fieldValue}>{children}</View>}
    </View>
  );
}

/** A slot: `render(wrap)` draws it, `wrap` false keeping it whole on one page. */
export type Block = { key: string; render: (wrap: boolean) => ReactNode; unbreakable: boolean };

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
          {lead ? lead.render(true) : <Text style={s.empty}>{empty}</Text>}
        </View>
      ) : (
        <>
          <View minPresenceAhead={120}>{head}</View>
          {lead.render(true)}
        </>
      )}
      {rest.map((b) => (
        <Fragment key={b.key}>{b.render(!b.unbreakable)}</Fragment>
      ))}
    </View>
  );
}

// Estimated heights, in points, from the length of the text. They decide one thing only:
// whether a slot is short enough to keep whole (an unbreakable block taller than a page
// would be cut off at its edge).
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
