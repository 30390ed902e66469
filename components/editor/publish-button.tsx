"use client";

import { Button } from "@/components/ui/button";
import { FormResult, SubmitButton, useAction } from "@/components/ui/form";
import { publishAction } from "@/lib/publications/actions";

/** Publishes the draft the page showed (its key), so a draft changed meanwhile is refused. */
export function PublishButton({ visitId, draftKey, blocked, nextVersion }: { visitId: string; draftKey: string; blocked: boolean; nextVersion: number }) {
  const publish = useAction(publishAction);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void publish.run({ visitId, draftKey });
      }}
      className="space-y-3"
      data-hydrated="true"
    >
      <div className="flex flex-wrap items-center gap-3">
        {blocked ? (
          <>
            <Button type="submit" disabled>Publish as version {nextVersion}</Button>
            <span className="text-sm text-red-800">Fix the blocking clashes first.</span>
          </>
        ) : (
          <SubmitButton pending={publish.pending} pendingText="Publishing…">Publish as version {nextVersion}</SubmitButton>
        )}
      </div>
      {publish.result?.ok ? (
        <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">Published version {publish.result.data.version}. Delegates and exports now show it.</p>
      ) : (
        <FormResult result={publish.result} />
      )}
    </form>
  );
}
