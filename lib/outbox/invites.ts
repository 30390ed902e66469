import { db } from "@/lib/db";
import { publicBaseUrl } from "@/lib/delegate-links/urls";
import { inviteMail } from "@/lib/mail/compose";
import { translator } from "@/lib/i18n";
import { currentInviteToken } from "@/lib/staff/invites";
import type { NewMessage } from "./enqueue";
import { Undeliverable } from "./errors";

// Staff invitations by e-mail: queued with the invitation itself, composed when sent with
// the link that is current then (a link replaced meanwhile is not sent).

export function inviteOutboxMessage(u: { id: string; email: string; name: string }, expiresAt: Date): NewMessage {
  return {
    visitId: null,
    recipientKey: `staff:${u.id}`,
    recipient: u.email,
    recipientName: u.name,
    language: "en",
    kind: "invite",
    cause: `invite:${expiresAt.getTime()}`,
    subject: translator("en", "mail")("invite.subject"),
    payload: { staffId: u.id },
  };
}

export async function inviteMessage(staffId: string, cause: string) {
  const u = await db().staffUser.findUnique({ where: { id: staffId } });
  if (!u) throw new Undeliverable("the account was deleted");
  const token = currentInviteToken(u);
  if (!token || `invite:${u.inviteExpiresAt?.getTime()}` !== cause)
    throw new Undeliverable("this invitation was used, has expired or was replaced by a newer one");
  return inviteMail({ name: u.name, email: u.email, role: u.role, url: `${publicBaseUrl()}/invite/${token}` });
}
