"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/safe-action";
import { SubmitButton, inputClass, useAction } from "@/components/ui/form";
import { CSV_TOO_LARGE, LIMITS, actionPayloadBytes, utf8Bytes } from "@/lib/limits";

// Checked here before sending, so an oversized file gets a message instead of a failed request.
const TOO_MANY_SPECIAL =
  "The file has so many quotes, line breaks or special characters that it is too large to send: split it into smaller files.";
function sizeProblem(visitId: string, csv: string): string | null {
  if (utf8Bytes(csv) > LIMITS.csvBytes) return CSV_TOO_LARGE;
  if (actionPayloadBytes({ visitId, csv }) > LIMITS.actionBodyBytes - 16_384) return TOO_MANY_SPECIAL;
  return null;
}

/**
 * CSV import: choose a file or paste; a template to download; every bad row listed; nothing
 * written unless every row is valid (the server does it all in one transaction).
 */
export function CsvImport({
  visitId,
  what,
  columnsHelp,
  template,
  templateName,
  action,
}: {
  visitId: string;
  /** "delegates" or "venues". */
  what: string;
  columnsHelp: React.ReactNode;
  template: string;
  templateName: string;
  action: (input: { visitId: string; csv: string }) => Promise<ActionResult<{ count: number }>>;
}) {
  const [csv, setCsv] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const [tooLarge, setTooLarge] = useState<string | null>(null);
  const { run, result, pending, fieldErrors } = useAction(action);
  const id = `csv-${what}`;
  const problems = fieldErrors.csv ?? [];

  async function onFile(e: React.ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    setTooLarge(null);
    if (!file) return;
    if (file.size > LIMITS.csvBytes) {
      setTooLarge(CSV_TOO_LARGE);
      e.target.value = "";
      return;
    }
    setCsv(await file.text());
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setDone(null);
    const size = sizeProblem(visitId, csv);
    setTooLarge(size);
    if (size) return;
    const r = await run({ visitId, csv });
    if (r.ok) {
      setDone(`Imported ${r.data.count} ${r.data.count === 1 ? what.replace(/s$/, "") : what}.`);
      setCsv("");
    }
  }

  return (
    <details className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <summary className="cursor-pointer font-semibold">Import {what} from CSV</summary>
      <form onSubmit={onSubmit} noValidate className="mt-3 space-y-3" data-hydrated="true">
        <div className="text-sm text-slate-700">{columnsHelp}</div>
        <a
          className="inline-block text-sm font-semibold text-accent underline"
          download={templateName}
          href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`}
        >
          Download the template ({templateName})
        </a>
        <div>
          <label htmlFor={`${id}-file`} className="block text-sm font-semibold">
            CSV file (at most 1 MB)
          </label>
          <input id={`${id}-file`} type="file" accept=".csv,text/csv" onChange={onFile} className="mt-1 block w-full text-sm" />
        </div>
        <div>
          <label htmlFor={id} className="block text-sm font-semibold">
            …or paste the CSV here
          </label>
          <textarea
            id={id}
            name="csv"
            rows={6}
            value={csv}
            onChange={(e) => setCsv(e.target.value)}
            className={`${inputClass} font-mono`}
            aria-invalid={problems.length || tooLarge ? true : undefined}
            aria-describedby={`${id}-msg`}
            spellCheck={false}
          />
        </div>
        {tooLarge && (
          <p
            id={`${id}-msg`}
            role="alert"
            className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800"
          >
            {tooLarge}
          </p>
        )}
        {!tooLarge && result && !result.ok && (
          <div id={`${id}-msg`} role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-semibold">{result.message}</p>
            {problems.length > 0 && (
              <ul className="mt-1 list-disc space-y-0.5 pl-5">
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            )}
          </div>
        )}
        {done && (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
            {done}
          </p>
        )}
        <SubmitButton pending={pending} pendingText="Importing…">
          Import {what}
        </SubmitButton>
      </form>
    </details>
  );
}
