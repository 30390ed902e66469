"use client";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { FormResult, useAction } from "@/components/ui/form";
import { resendAction } from "@/lib/outbox/actions";
import type { OutboxRow } from "@/lib/outbox/data";

const STATUS = {
  QUEUED: { label: "queued", tone: "neutral" },
  SENT: { label: "sent", tone: "ok" },
  RETRYING: { label: "retrying", tone: "warn" },
  FAILED: { label: "failed", tone: "danger" },
  NO_ADDRESS: { label: "no address", tone: "warn" },
} as const;

const KIND = {
  link: "Private link",
  changes: "Changes",
  programme: "Full programme",
  reminder: "Reminder",
  invite: "Invitation",
} as Record<string, string>;

/** One card per message (a table would not fit a phone): what, to whom, how it went, and Resend. */
export function OutboxList({
  visitId,
  rows,
  times,
  canEdit,
}: {
  visitId: string;
  rows: OutboxRow[];
  times: Record<string, string>;
  canEdit: boolean;
}) {
  return (
    <ul className="mt-4 space-y-2" aria-label="Messages">
      {rows.map((m) => (
        <Item key={m.id} visitId={visitId} m={m} when={times[m.id]} canEdit={canEdit} />
      ))}
    </ul>
  );
}

function Item({ visitId, m, when, canEdit }: { visitId: string; m: OutboxRow; when: string; canEdit: boolean }) {
  const resend = useAction(resendAction);
  const s = STATUS[m.status];
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm" data-testid="outbox-message">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div className="min-w-0">
          <p className="font-semibold">
            <Badge tone={s.tone}>{s.label}</Badge> {m.subject}
          </p>
          <p className="mt-0.5 text-slate-700">
            {KIND[m.kind] ?? m.kind} · to {m.recipientName} <span className="break-all">{m.recipient ? `<${m.recipient}>` : ""}</span> ·{" "}
            {m.language === "de" ? "German" : "English"}
          </p>
          <p className="mt-0.5 text-slate-600">
            {when}
            {m.attempts > 1 ? ` · ${m.attempts} attempts` : ""}
          </p>
          {m.lastError && m.status !== "NO_ADDRESS" && <p className="mt-1 break-words text-red-800">Last error: {m.lastError}</p>}
        </div>
        {canEdit && m.status !== "QUEUED" && (
          <Button
            variant="secondary"
            disabled={resend.pending}
            aria-busy={resend.pending}
            onClick={() => resend.run({ visitId, id: m.id })}
          >
            {resend.pending ? "Queuing…" : "Resend"}
          </Button>
        )}
      </div>
      {resend.result?.ok && (
        <p role="status" className="mt-1 text-emerald-800">
          Queued again for {resend.result.data.recipient}.
        </p>
      )}
      <FormResult result={resend.result && !resend.result.ok ? resend.result : null} />
    </li>
  );
}
