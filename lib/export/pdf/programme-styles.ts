import { StyleSheet } from "@react-pdf/renderer";
import { COLOURS } from "./styles";

export const programmeStyles = StyleSheet.create({
  cover: { paddingTop: 150 },
  coverRule: { width: 56, height: 3, backgroundColor: COLOURS.accent, marginBottom: 18 },
  coverEyebrow: { fontSize: 11, lineHeight: 1.3, fontWeight: 600, color: COLOURS.accent, textTransform: "uppercase", marginBottom: 10 },
  coverTitle: { fontSize: 28, fontWeight: 700, lineHeight: 1.15, marginBottom: 10 },
  coverDates: { fontSize: 15, lineHeight: 1.3, color: COLOURS.muted, marginBottom: 36 },
  coverFacts: { borderTopWidth: 0.5, borderTopColor: COLOURS.rule, marginBottom: 36 },
  fact: { flexDirection: "row", paddingVertical: 6, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule },
  factLabel: { width: 110, color: COLOURS.muted },
  factValue: { flex: 1, fontWeight: 600 },
  coverDelegation: {},
  delegate: { marginTop: 7 },

  zoneNote: { fontSize: 8.5, lineHeight: 1.3, color: COLOURS.muted, marginTop: -8, marginBottom: 14 },

  entry: { paddingVertical: 9, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule },
  entryTitle: { fontSize: 10.5, lineHeight: 1.3, fontWeight: 700, marginBottom: 2 },
  entryNote: { marginTop: 3 },
  contact: { flexDirection: "row", marginTop: 5 },
  contactName: { width: 150, fontWeight: 600, paddingRight: 8 },
  contactRole: { flex: 1, paddingRight: 8, color: COLOURS.muted },
  contactReach: { width: 160 },
});
