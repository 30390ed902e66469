"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormResult, SubmitButton, useAction } from "@/components/ui/form";
import { publishAction } from "@/lib/publications/actions";
import type { NotifyMode } from "@/lib/outbox/schema";
import { mailSummary } from "@/components/mail/summary";

/**
 * Publishes the draft the page showed (its key), so a draft changed meanwhile is refused; and
 * says who is e-mailed. Sending happens afterwards, in the background: publishing never waits.
 */
export function PublishButton({
  visitId,
  draftKey,
  blocked,
  nextVersion,
  unchanged,
  changedDelegates,
  delegates,
}: {
  visitId: string;
  draftKey: string;
  blocked: boolean;
  nextVersion: number;
  unchanged: boolean;
  changedDelegates: number;
  delegates: number;
}) {
  const publish = useAction(publishAction);
  const [notify, setNotify] = useState<NotifyMode>("changed");
  const options: { value: NotifyMode; label: string; hint: string }[] = [
    {
      value: "changed",
      label: "Notify delegates whose programme changed",
      hint: `${changedDelegates} of ${delegates}: each gets only their own changes, before → after`,
    },
    { value: "everyone", label: "Send everyone their full programme", hint: `all ${delegates} delegates` },
    { value: "nobody", label: "Notify nobody", hint: "no e-mail" },
  ];
  const done = publish.result?.ok ? publish.result.data : null;
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void publish.run({ visitId, draftKey, notify });
      }}
      className="space-y-3"
      data-hydrated="true"
    >
      <fieldset className="space-y-1.5 text-sm">
        <legend className="mb-1 font-semibold">E-mail</legend>
        {options.map((o) => (
          <label key={o.value} className="flex items-start gap-2">
            <input
              type="radio"
              name="notify"
              value={o.value}
              checked={notify === o.value}
              onChange={() => setNotify(o.value)}
              className="mt-1 h-4 w-4"
            />
            <span>
              {o.label} <span className="block text-slate-600">{o.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        {blocked || unchanged ? (
          <>
            <Button type="submit" disabled>
              Publish as version {nextVersion}
            </Button>
            <span className={`text-sm ${blocked ? "text-red-800" : "text-slate-700"}`}>
              {blocked ? "Fix the blocking clashes first." : `Nothing has changed since version ${nextVersion - 1}.`}
            </span>
          </>
        ) : (
          <SubmitButton pending={publish.pending} pendingText="Publishing…">
            Publish as version {nextVersion}
          </SubmitButton>
        )}
      </div>
      {done ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          Published version {done.version}. Delegates and exports now show it.{" "}
          {done.mail.queued + done.mail.noAddress > 0 && (
            <>
              {mailSummary(done.mail)}:{" "}
              <Link href={`/visits/${visitId}/outbox`} className="underline">
                Outbox
              </Link>
              .
            </>
          )}
        </p>
      ) : (
        <FormResult result={publish.result} />
      )}
    </form>
  );
}
