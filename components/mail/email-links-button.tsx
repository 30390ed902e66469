"use client";

import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormResult, useAction } from "@/components/ui/form";
import { emailLinksAction } from "@/lib/outbox/actions";
import { mailSummary } from "./summary";

/**
 * "E-mail link" for one delegate (delegateId) or "E-mail all links" (null): queues messages with
 * each delegate's current link and itinerary PDF; the Outbox shows how they went.
 */
export function EmailLinksButton({
  visitId,
  delegateId,
  label,
  variant = "secondary",
}: {
  visitId: string;
  delegateId: string | null;
  label: string;
  variant?: "primary" | "secondary";
}) {
  const send = useAction(emailLinksAction);
  return (
    <div className="space-y-1">
      <Button variant={variant} disabled={send.pending} aria-busy={send.pending} onClick={() => send.run({ visitId, delegateId })}>
        {send.pending ? "Queuing…" : label}
      </Button>
      {send.result?.ok ? (
        <p role="status" className="text-sm text-emerald-800">
          {mailSummary(send.result.data, "already e-mailed with this link")}.{" "}
          <Link href={`/visits/${visitId}/outbox`} className="underline">
            Outbox
          </Link>
        </p>
      ) : (
        <FormResult result={send.result} />
      )}
    </div>
  );
}
