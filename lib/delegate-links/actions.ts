"use server";

import { headers } from "next/headers";
import QRCode from "qrcode";
import { staffAction } from "@/lib/actions/safe-action";
import { issueLink, revokeLink, setVisitContact } from "./mutations";
import { linkTargetSchema, visitContactSchema } from "./schema";
import { delegateUrl, publicBaseUrl } from "./urls";

export type IssuedLink = { delegateId: string; url: string; qrSvg: string; issuedAt: string };

/** Issues (or re-issues) a delegate's link. The URL is returned once and never stored. */
export const issueLinkAction = staffAction({ role: "EDITOR", schema: linkTargetSchema }, async (input, { staff }): Promise<IssuedLink> => {
  const { token, issuedAt } = await issueLink({ ...input, actorId: staff.id });
  const url = delegateUrl(token, publicBaseUrl(await requestOrigin()));
  const qrSvg = await QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
  return { delegateId: input.delegateId, url, qrSvg, issuedAt: issuedAt.toISOString() };
});

export const revokeLinkAction = staffAction({ role: "EDITOR", schema: linkTargetSchema }, async (input, { staff }) => {
  await revokeLink({ ...input, actorId: staff.id });
  return { delegateId: input.delegateId };
});

export const setVisitContactAction = staffAction({ role: "EDITOR", schema: visitContactSchema }, async (input, { staff }) => {
  await setVisitContact({ ...input, actorId: staff.id });
  return input;
});

async function requestOrigin(): Promise<string | null> {
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return null;
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}
