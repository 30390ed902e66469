"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { SubmitButton } from "@/components/ui/form";
import { LIMITS } from "@/lib/limits";
import { VISIT_FILE_TOO_LARGE } from "@/lib/visits/file-size";

type Problem = { path: string; message: string };
type Outcome = { kind: "problems"; problems: Problem[] } | { kind: "message"; text: string } | null;

const SHOWN = 50;
const NOT_REACHED = "The server could not be reached: check your connection and try again. Nothing was imported.";

/**
 * A whole visit from a visit file (docs/visit-file-format.md). The file goes to a route
 * handler (POST /visits/import), not a server action: it may be up to 64 MB. The server checks
 * everything and writes nothing unless the file has no problem; the problems come back listed.
 */
export function VisitFileImport() {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  // A marker for tests and scripts: a file chosen before hydration would be lost.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  function choose(e: React.ChangeEvent<HTMLInputElement>) {
    const chosen = e.target.files?.[0] ?? null;
    setFile(chosen);
    setOutcome(chosen && chosen.size > LIMITS.visitFileBytes ? { kind: "message", text: VISIT_FILE_TOO_LARGE } : null);
  }

  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    if (!file) return setOutcome({ kind: "message", text: "Choose a visit file (.json) first." });
    if (file.size > LIMITS.visitFileBytes) return setOutcome({ kind: "message", text: VISIT_FILE_TOO_LARGE });
    setPending(true);
    setOutcome(null);
    try {
      const res = await fetch("/visits/import", { method: "POST", body: file, headers: { "Content-Type": "application/json" } });
      const json = res.headers.get("content-type")?.includes("application/json") ? await res.json() : null;
      if (res.ok && json?.visitId) {
        router.push(`/visits/${json.visitId}`);
        return; // stays pending until the visit opens
      }
      if (Array.isArray(json?.problems)) setOutcome({ kind: "problems", problems: json.problems });
      else
        setOutcome({
          kind: "message",
          text: (json ? null : await res.text()) || `The import failed (${res.status}). Nothing was imported.`,
        });
    } catch {
      setOutcome({ kind: "message", text: NOT_REACHED });
    }
    setPending(false);
  }

  const problems = outcome?.kind === "problems" ? outcome.problems : [];
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-3" data-ready={hydrated ? "visit-file-import" : undefined}>
      <p className="text-sm text-slate-700">
        A visit file (JSON) holds a whole visit: venues, hosts, delegates, the schedule and its protocol. Download one from a visit&apos;s
        Settings. Nothing is created unless the whole file is correct.
      </p>
      <div>
        <label htmlFor="visit-file" className="block text-sm font-semibold">
          Visit file (.json, at most 64 MB)
        </label>
        <input
          id="visit-file"
          type="file"
          accept=".json,application/json"
          onChange={choose}
          disabled={pending}
          aria-describedby="visit-file-msg"
          aria-invalid={outcome ? true : undefined}
          className="mt-1 block w-full min-w-0 text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold"
        />
      </div>
      <div id="visit-file-msg">
        {outcome?.kind === "message" && (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm font-semibold text-red-800">
            {outcome.text}
          </p>
        )}
        {outcome?.kind === "problems" && (
          <div role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            <p className="font-semibold">
              The file has {problems.length === 1 ? "1 problem" : `${problems.length.toLocaleString("en")} problems`}; nothing was imported.
            </p>
            <ul className="mt-1 list-disc space-y-0.5 pl-5 [overflow-wrap:anywhere]">
              {problems.slice(0, SHOWN).map((p, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the same path can have several problems
                <li key={i}>
                  <code className="font-mono text-xs">{p.path}</code>: {p.message}
                </li>
              ))}
            </ul>
            {problems.length > SHOWN && <p className="mt-1">and {(problems.length - SHOWN).toLocaleString("en")} more.</p>}
          </div>
        )}
      </div>
      <SubmitButton pending={pending} pendingText="Importing…">
        Import visit file
      </SubmitButton>
    </form>
  );
}
