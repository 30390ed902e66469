import { z } from "zod";
import { optEmail, optText, recordId, required, version } from "@/lib/visits/schema";
import { personProtocolFields, type PersonProtocolKey, type WithOptional } from "@/lib/protocol/schema";

// Host organisations and their contacts, as the forms describe them.

const website = z
  .string()
  .trim()
  .default("")
  .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "use a web address like https://example.org" })]));

// Order of precedence in every list: lower first, equal values by name.
const precedence = z.preprocess(
  (v) => (v === "" || v == null ? 0 : v),
  z.coerce.number().int("use a whole number").min(0, "use 0 or more").max(999, "use a number under 1,000"),
);

export const organisationFields = z.object({ name: required("give the organisation a name"), website, notes: optText, precedence });
export const organisationCreateSchema = organisationFields.extend({ visitId: recordId });
export const organisationUpdateSchema = organisationFields.extend({ visitId: recordId, id: recordId, version });

export const contactFields = z.object({
  name: required("give the contact a name"),
  role: optText,
  email: optEmail,
  phone: optText,
  ...personProtocolFields,
  precedence,
});
export const contactCreateSchema = contactFields.extend({ visitId: recordId, organisationId: recordId });
export const contactUpdateSchema = contactFields.extend({ visitId: recordId, id: recordId, version });

export const hostDeleteSchema = z.object({ visitId: recordId, id: recordId, version });

// Precedence may be left out by callers that do not order (imports, tests): it stays 0.
type WithOptionalPrecedence<T> = Omit<T, "precedence"> & { precedence?: number };
export type OrganisationCreateInput = WithOptionalPrecedence<z.output<typeof organisationCreateSchema>>;
export type OrganisationUpdateInput = WithOptionalPrecedence<z.output<typeof organisationUpdateSchema>>;
export type ContactCreateInput = WithOptional<z.output<typeof contactCreateSchema>, PersonProtocolKey | "precedence">;
export type ContactUpdateInput = WithOptional<z.output<typeof contactUpdateSchema>, PersonProtocolKey | "precedence">;
export type HostDeleteInput = z.output<typeof hostDeleteSchema>;
