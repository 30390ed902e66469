import { z } from "zod";
import { optEmail, optText, recordId, required, version } from "@/lib/visits/schema";
import { personProtocolFields, type PersonProtocolKey, type WithOptional } from "@/lib/protocol/schema";

// Host organisations and their contacts, as the forms describe them.

const website = z
  .string()
  .trim()
  .default("")
  .pipe(z.union([z.literal(""), z.url({ protocol: /^https?$/, message: "use a web address like https://example.org" })]));

export const organisationFields = z.object({ name: required("give the organisation a name"), website, notes: optText });
export const organisationCreateSchema = organisationFields.extend({ visitId: recordId });
export const organisationUpdateSchema = organisationFields.extend({ visitId: recordId, id: recordId, version });

export const contactFields = z.object({ name: required("give the contact a name"), role: optText, email: optEmail, phone: optText, ...personProtocolFields });
export const contactCreateSchema = contactFields.extend({ visitId: recordId, organisationId: recordId });
export const contactUpdateSchema = contactFields.extend({ visitId: recordId, id: recordId, version });

export const hostDeleteSchema = z.object({ visitId: recordId, id: recordId, version });

export type OrganisationCreateInput = z.output<typeof organisationCreateSchema>;
export type OrganisationUpdateInput = z.output<typeof organisationUpdateSchema>;
export type ContactCreateInput = WithOptional<z.output<typeof contactCreateSchema>, PersonProtocolKey>;
export type ContactUpdateInput = WithOptional<z.output<typeof contactUpdateSchema>, PersonProtocolKey>;
export type HostDeleteInput = z.output<typeof hostDeleteSchema>;
