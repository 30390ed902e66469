"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { EmailLinksButton } from "@/components/mail/email-links-button";
import { Button } from "@/components/ui/button";
import { FormResult, useAction } from "@/components/ui/form";
import { issueLinkAction, revokeLinkAction, type IssuedLink } from "@/lib/delegate-links/actions";
import type { DelegateLinkRow } from "@/lib/delegate-links/data";

const issuedFmt = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});

/**
 * One delegate on the links page. Only the hash of a link is stored, so the full link is
 * shown once, right after issuing, with a copy button and a QR code to scan or print.
 */
export function LinkRow({ visitId, delegate, canEdit }: { visitId: string; delegate: DelegateLinkRow; canEdit: boolean }) {
  const router = useRouter();
  const [issued, setIssued] = useState<IssuedLink | null>(null);
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [copied, setCopied] = useState(false);
  // Marks the row as interactive for tests and scripts: set only once React has hydrated it.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const issue = useAction(issueLinkAction, (data) => {
    setIssued(data);
    setCopied(false);
    router.refresh();
  });
  const revoke = useAction(revokeLinkAction, () => {
    setIssued(null);
    setConfirmRevoke(false);
    router.refresh();
  });
  const target = { visitId, delegateId: delegate.id };
  const active = !!delegate.linkIssuedAt;
  const copy = async () => {
    if (!issued) return;
    await navigator.clipboard.writeText(issued.url).catch(() => {});
    setCopied(true);
  };

  return (
    <li
      className="rounded-lg border border-slate-200 bg-white p-4"
      data-testid={`link-${delegate.name}`}
      data-hydrated={hydrated ? "" : undefined}
    >
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <h2 className="font-semibold">{delegate.name}</h2>
          <p className="text-sm text-slate-700">
            {delegate.email || "no e-mail"} · page in {delegate.language === "de" ? "German" : "English"}
          </p>
          <p className="mt-1 text-sm" data-testid="link-status">
            {active ? (
              <span className="text-emerald-800">Link issued {issuedFmt.format(new Date(delegate.linkIssuedAt!))}</span>
            ) : (
              <span className="text-slate-600">No active link</span>
            )}
          </p>
        </div>
        {canEdit && (
          <div className="flex flex-wrap gap-2">
            <Button
              variant={active ? "secondary" : "primary"}
              disabled={issue.pending}
              aria-busy={issue.pending}
              onClick={() => issue.run(target)}
            >
              {issue.pending ? "Issuing…" : active ? "Re-issue link" : "Issue link"}
            </Button>
            {active && !confirmRevoke && (
              <Button variant="ghost" onClick={() => setConfirmRevoke(true)}>
                Revoke
              </Button>
            )}
            {delegate.email && <EmailLinksButton visitId={visitId} delegateId={delegate.id} label="E-mail link" />}
            {active && confirmRevoke && (
              <Button variant="danger" disabled={revoke.pending} onClick={() => revoke.run(target)}>
                {revoke.pending ? "Revoking…" : "Confirm: revoke link"}
              </Button>
            )}
          </div>
        )}
      </div>
      {active && canEdit && !issued && (
        <p className="mt-2 text-xs text-slate-600">
          The link itself is not stored and cannot be shown again. Re-issue to get a new one; the old link then stops working.
        </p>
      )}
      {confirmRevoke && (
        <p className="mt-2 text-sm text-red-800">{delegate.name} will get “not found” on the old link until you issue a new one.</p>
      )}
      <div className="mt-2 space-y-2">
        <FormResult result={issue.result && !issue.result.ok ? issue.result : null} />
        <FormResult result={revoke.result && !revoke.result.ok ? revoke.result : null} />
      </div>
      {issued && (
        <div className="mt-3 flex flex-wrap items-start gap-4 rounded-md bg-accent-soft p-3" data-testid="issued-link">
          <div
            className="h-36 w-36 shrink-0 bg-white [&>svg]:h-full [&>svg]:w-full"
            role="img"
            aria-label={`QR code of ${delegate.name}'s link`}
            // biome-ignore lint/security/noDangerouslySetInnerHtml: SVG made on the server by the qrcode package from our own URL, no user text
            dangerouslySetInnerHTML={{ __html: issued.qrSvg }}
          />
          <div className="min-w-0 flex-1 space-y-2">
            <p className="text-sm font-semibold">New link for {delegate.name}: send it now, it is shown only once.</p>
            <label htmlFor={`url-${delegate.id}`} className="sr-only">
              Link for {delegate.name}
            </label>
            <input
              id={`url-${delegate.id}`}
              readOnly
              value={issued.url}
              onFocus={(e) => e.currentTarget.select()}
              className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 font-mono text-xs"
            />
            <div className="flex flex-wrap items-center gap-2">
              <Button onClick={copy}>{copied ? "Copied" : "Copy link"}</Button>
              <a href={issued.url} target="_blank" rel="noreferrer" className="text-sm font-semibold text-accent underline">
                Open
              </a>
              <span role="status" className="sr-only">
                {copied ? "Link copied" : ""}
              </span>
            </div>
          </div>
        </div>
      )}
    </li>
  );
}
