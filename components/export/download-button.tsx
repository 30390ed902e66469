"use client";

import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/button";

// Fetches a PDF, shows "Preparing PDF…" meanwhile, then saves it under the server's file
// name. A refusal shows the server's own words (it says what to do, e.g. publish first).

type Props = { href: string; children: React.ReactNode; variant?: "primary" | "secondary"; disabled?: boolean };

export function DownloadButton({ href, children, variant = "secondary", disabled = false }: Props) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  async function download() {
    setPending(true);
    setError(null);
    try {
      const res = await fetch(href, { credentials: "same-origin" });
      if (!res.ok) {
        setError((await res.text()).trim() || `The PDF could not be made (error ${res.status}).`);
        return;
      }
      save(await res.blob(), filenameOf(res.headers.get("Content-Disposition")) ?? "itinera.pdf");
    } catch {
      setError("The server could not be reached. Check your connection and try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <span className="inline-flex flex-col items-start gap-1" data-hydrated={hydrated || undefined}>
      <button type="button" className={buttonClass(variant)} onClick={download} disabled={pending || disabled} aria-busy={pending}>
        {pending ? "Preparing PDF…" : children}
      </button>
      {error && (
        <span role="alert" className="max-w-xs text-sm text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name from Content-Disposition, preferring the exact UTF-8 one (filename*). */
export function filenameOf(header: string | null): string | null {
  if (!header) return null;
  const exact = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (exact) return decodeURIComponent(exact[1]);
  return /filename="([^"]+)"/i.exec(header)?.[1] ?? null;
}
