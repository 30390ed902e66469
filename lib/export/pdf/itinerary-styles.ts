import { StyleSheet } from "@react-pdf/renderer";
import { COLOURS } from "./styles";

export const itineraryStyles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start", marginBottom: 16 },
  headerText: { flex: 1, paddingRight: 16 },
  name: { fontSize: 20, fontWeight: 700, lineHeight: 1.2, marginTop: 4, marginBottom: 2 },
  visit: { fontSize: 11, lineHeight: 1.3, fontWeight: 600, marginTop: 8 },
  facts: { marginTop: 8, borderTopWidth: 0.5, borderTopColor: COLOURS.rule },
  fact: { flexDirection: "row", paddingVertical: 3, borderBottomWidth: 0.5, borderBottomColor: COLOURS.rule },
  factLabel: { width: 96, fontSize: 8, lineHeight: 1.3, color: COLOURS.muted, paddingTop: 1 },
  factValue: { flex: 1 },
  zones: { fontSize: 8.5, lineHeight: 1.3, color: COLOURS.muted, marginTop: 8 },
  qr: { width: 104, alignItems: "center", paddingTop: 4 },
  qrImage: { width: 96, height: 96 },
  qrCaption: { fontSize: 7.5, lineHeight: 1.3, color: COLOURS.muted, textAlign: "center", marginTop: 4 },
  noLink: { width: 130, fontSize: 8, lineHeight: 1.3, color: COLOURS.muted, padding: 8, borderWidth: 0.5, borderColor: COLOURS.rule, marginTop: 4 },
  noteLabel: { fontWeight: 700 },
});
