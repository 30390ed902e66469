import { StyleSheet } from "@react-pdf/renderer";
import { COLOURS } from "./styles";

export const itineraryStyles = StyleSheet.create({
  header: { flexDirection: "row", justifyContent: "space-between", alignItems: "flex-start", marginBottom: 18 },
  headerText: { flex: 1, paddingRight: 16 },
  name: { fontSize: 20, fontWeight: 700, lineHeight: 1.2, marginBottom: 4 },
  visit: { fontSize: 11, color: COLOURS.muted, marginBottom: 6 },
  zones: { fontSize: 9, color: COLOURS.muted },
  qr: { width: 96, alignItems: "center" },
  qrImage: { width: 88, height: 88 },
  qrCaption: { fontSize: 7.5, color: COLOURS.muted, textAlign: "center", marginTop: 2 },
  noteLabel: { fontWeight: 700 },
});
