import type { EnqueueResult } from "@/lib/outbox/enqueue";

/** "2 e-mails queued · 1 delegate has no address" — what an e-mail button did, in one line. */
export function mailSummary(r: EnqueueResult, already = "already e-mailed (use Resend on the Outbox page)"): string {
  const parts = [`${r.queued} e-mail${r.queued === 1 ? "" : "s"} queued`];
  if (r.noAddress) parts.push(`${r.noAddress} without an e-mail address (listed as “no address” in the Outbox)`);
  if (r.already) parts.push(`${r.already} ${already}`);
  return parts.join(" · ");
}
