import type { FieldSpec } from "@/components/records/record-form";
import { wallText } from "@/lib/schedule/time";

// The protocol fields of a delegate or host contact, for the records' forms and summaries.

export const PERSON_PROTOCOL_FIELDS: FieldSpec[] = [
  { name: "addressEn", label: "Form of address (English)", hint: "How to address them in English: Lord Mayor, Dr Nolting, Ms Blum" },
  { name: "addressDe", label: "Form of address (German)", hint: "Auf Deutsch: Herr Oberbürgermeister, Frau Dr. Nolting, Frau Blum" },
  { name: "pronunciation", label: "Pronunciation of the name", hint: "For example: MAH-noo-EL-ah BLOOM (optional)" },
  { name: "biography", label: "Short biography", type: "textarea", hint: "A few sentences for briefing notes (staff only)." },
];

export const EMPTY_PERSON_PROTOCOL = { addressEn: "", addressDe: "", pronunciation: "", biography: "" };
export const EMPTY_HOTEL = { hotelName: "", hotelAddress: "", checkIn: "", checkOut: "" };

export function hotelFields(zoneHint: string): FieldSpec[] {
  return [
    { name: "hotelName", label: "Hotel" },
    { name: "hotelAddress", label: "Hotel address" },
    { name: "checkIn", label: "Hotel check-in", type: "datetime-local", hint: zoneHint },
    { name: "checkOut", label: "Hotel check-out", type: "datetime-local", hint: zoneHint },
  ];
}

type Person = {
  addressEn: string;
  addressDe: string;
  pronunciation: string;
  biography: string;
  precedence: number;
  hotelName?: string;
  checkIn?: string;
  checkOut?: string;
};

export function PersonProtocolSummary({ person: p }: { person: Person }) {
  const address = [p.addressEn && `EN: ${p.addressEn}`, p.addressDe && `DE: ${p.addressDe}`].filter(Boolean).join(" · ");
  return (
    <>
      {p.precedence > 0 && <p className="text-xs text-slate-600">Precedence {p.precedence}</p>}
      {address && (
        <p className="text-sm text-slate-700" data-testid="form-of-address">
          Address as — {address}
        </p>
      )}
      {p.pronunciation && <p className="text-sm text-slate-600">Say: {p.pronunciation}</p>}
      {p.hotelName && (
        <p className="text-sm text-slate-600">
          Hotel: {p.hotelName}
          {p.checkIn || p.checkOut
            ? ` (${[p.checkIn && `check-in ${wallText(p.checkIn)}`, p.checkOut && `check-out ${wallText(p.checkOut)}`].filter(Boolean).join(", ")})`
            : ""}
        </p>
      )}
    </>
  );
}
