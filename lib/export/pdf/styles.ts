import { StyleSheet } from "@react-pdf/renderer";
import { FONT_FAMILY } from "./fonts";

// One restrained accent (a civic navy), ink near black, a muted grey for secondary text.
// Margins 20 mm (56.7 pt) left and right, 18 mm top; the footer sits inside the bottom margin.

export const COLOURS = { ink: "#1b2230", muted: "#5d6676", faint: "#8a929f", rule: "#d4d9e1", accent: "#1f4a7a", wash: "#eef2f7" };

export const MM = 72 / 25.4;
export const PAGE = { width: 595.28, height: 841.89, side: 20 * MM, top: 18 * MM, bottom: 26 * MM };
export const TIME_COLUMN = 92;

export const s = StyleSheet.create({
  page: {
    fontFamily: FONT_FAMILY,
    fontSize: 9.5,
    color: COLOURS.ink,
    paddingTop: PAGE.top,
    paddingBottom: PAGE.bottom,
    paddingHorizontal: PAGE.side,
  },
  // lineHeight lives here, not on the page: react-pdf drops any <Text render> (the page
  // numbers) under an ancestor with a lineHeight (diegomura/react-pdf#3083, #3402). It is
  // resolved here to points (9.5 × 1.4) and inherited as such: every style with another
  // fontSize sets its own lineHeight.
  // flexGrow: the content fills the page above the footer; react-pdf measures that region
  // once per page and packs the content into it.
  content: { flexGrow: 1, fontSize: 9.5, lineHeight: 1.4 },
  footer: {
    position: "absolute",
    left: PAGE.side,
    right: PAGE.side,
    bottom: 12 * MM,
    flexDirection: "row",
    justifyContent: "space-between",
    borderTopWidth: 0.5,
    borderTopColor: COLOURS.rule,
    paddingTop: 5,
    fontSize: 7.5,
    color: COLOURS.muted,
  },
  footerLeft: { flex: 1.3, paddingRight: 8 },
  footerCentre: { flex: 1.1, textAlign: "center" },
  footerRight: { width: 64, textAlign: "right" },

  eyebrow: { fontSize: 8, lineHeight: 1.3, fontWeight: 600, color: COLOURS.accent, textTransform: "uppercase" },
  sectionTitle: { fontSize: 18, fontWeight: 700, color: COLOURS.ink, marginBottom: 14, lineHeight: 1.2 },

  dayHeading: {
    fontSize: 13,
    fontWeight: 700,
    color: COLOURS.accent,
    lineHeight: 1.25,
    paddingBottom: 5,
    borderBottomWidth: 1,
    borderBottomColor: COLOURS.accent,
  },
  day: { marginTop: 18 },
  firstDay: { marginTop: 0 },
  empty: { color: COLOURS.muted, fontStyle: "italic", paddingVertical: 10 },

  slot: { flexDirection: "row", paddingVertical: 10, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule },
  time: { width: TIME_COLUMN, paddingRight: 10 },
  timeRange: { fontSize: 10, fontWeight: 700, lineHeight: 1.3 },
  timeZone: { fontSize: 7.5, color: COLOURS.muted, lineHeight: 1.35 },
  timeHome: { fontSize: 7.5, color: COLOURS.muted, lineHeight: 1.35, marginTop: 3 },
  body: { flex: 1 },
  kind: { fontSize: 7, lineHeight: 1.3, fontWeight: 600, color: COLOURS.accent, textTransform: "uppercase", marginBottom: 1 },
  title: { fontSize: 10.5, fontWeight: 700, lineHeight: 1.3, marginBottom: 4 },
  field: { flexDirection: "row", marginTop: 2 },
  fieldLabel: { width: 70, fontSize: 8, lineHeight: 1.3, color: COLOURS.muted, paddingTop: 1 },
  fieldValue: { flex: 1 },
  strong: { fontWeight: 600 },
  muted: { color: COLOURS.muted },
  paragraph: { marginTop: 5 },
  note: {
    marginTop: 6,
    paddingVertical: 4,
    paddingHorizontal: 7,
    backgroundColor: COLOURS.wash,
    borderLeftWidth: 2,
    borderLeftColor: COLOURS.accent,
  },
});
