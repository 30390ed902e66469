import { z } from "zod";
import { optEmail, optText, recordId, required, version, zone } from "@/lib/visits/schema";
import { personProtocolFields, type HotelKey, type PersonProtocolKey, type WithOptional } from "@/lib/protocol/schema";

// One delegate, as the form and a CSV row both describe it. Arrival and departure are local
// wall times in the visit's zone ("2025-06-10 12:40"); the zone conversion happens in
// stay.ts because the schema does not know the visit.

export const localDateTime = z
  .string()
  .trim()
  .default("")
  .transform((s) => s.replace("T", " "))
  .pipe(z.union([z.literal(""), z.string().regex(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, "use a time like 2025-06-10 12:40")]));

export const delegateFields = z.object({
  name: required("give the delegate a name"),
  honorific: optText,
  position: optText,
  organisation: optText,
  email: optEmail,
  phone: optText,
  language: z.enum(["en", "de"], { message: "choose en (English) or de (German)" }).default("en"),
  homeTimeZone: zone,
  arrival: localDateTime,
  departure: localDateTime,
  dietaryNeeds: optText,
  accessNeeds: optText,
  notes: optText,
  // Protocol: forms of address, pronunciation, biography and the hotel stay.
  ...personProtocolFields,
  hotelName: optText,
  hotelAddress: optText,
  checkIn: localDateTime,
  checkOut: localDateTime,
});

export const delegateCreateSchema = delegateFields.extend({ visitId: recordId });
export const delegateUpdateSchema = delegateFields.extend({ visitId: recordId, id: recordId, version });
export const delegateDeleteSchema = z.object({ visitId: recordId, id: recordId, version });

type Loose<T> = WithOptional<T, PersonProtocolKey | HotelKey>;
export type DelegateFields = Loose<z.output<typeof delegateFields>>;
export type DelegateCreateInput = Loose<z.output<typeof delegateCreateSchema>>;
export type DelegateUpdateInput = Loose<z.output<typeof delegateUpdateSchema>>;
export type DelegateDeleteInput = z.output<typeof delegateDeleteSchema>;
