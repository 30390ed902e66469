"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { useAction } from "@/components/ui/form";
import { removeLogoAction, uploadLogoAction } from "@/lib/visit-logo/actions";
import { LOGO_MAX_BYTES, LOGO_TYPES } from "@/lib/visit-logo/schema";

type Props = { visitId: string; current: string | null; canEdit: boolean };

/** The visit's logo for the PDFs' cover and itinerary header: PNG or SVG up to 200 kB. */
export function VisitLogo({ visitId, current, canEdit }: Props) {
  const [preview, setPreview] = useState(current);
  const [problem, setProblem] = useState<string | null>(null);
  const upload = useAction(uploadLogoAction);
  const remove = useAction(removeLogoAction, () => setPreview(null));
  const error =
    problem ??
    (upload.result && !upload.result.ok ? upload.result.message : null) ??
    (remove.result && !remove.result.ok ? remove.result.message : null);

  async function choose(file: File | undefined) {
    setProblem(null);
    if (!file) return;
    const type = LOGO_TYPES.find((t) => t === file.type);
    if (!type) return setProblem("Use a PNG or SVG file.");
    if (file.size > LOGO_MAX_BYTES)
      return setProblem("The logo is larger than 200 kB: save it smaller (an SVG, or a PNG of about 600 pixels wide).");
    const bytes = new Uint8Array(await file.arrayBuffer());
    let binary = "";
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const data = btoa(binary);
    const r = await upload.run({ visitId, type, data });
    if (r.ok) setPreview(`data:${type};base64,${data}`);
  }

  return (
    <div className="space-y-3">
      <div className="flex min-h-20 items-center justify-center rounded-md border border-dashed border-slate-300 bg-slate-50 p-3">
        {preview ? (
          // biome-ignore lint/performance/noImgElement: a data URL, not a file Next could optimise
          <img src={preview} alt="The visit's logo" className="max-h-20 max-w-full" />
        ) : (
          <p className="text-sm text-slate-600">No logo: the PDFs show the visit's title only.</p>
        )}
      </div>
      {canEdit && (
        <div className="flex flex-wrap items-center gap-2">
          <label className="text-sm font-semibold" htmlFor="visit-logo">
            {preview ? "Replace logo" : "Add a logo"}
          </label>
          <input
            id="visit-logo"
            type="file"
            accept="image/png,image/svg+xml"
            disabled={upload.pending}
            onChange={(e) => void choose(e.target.files?.[0])}
            className="text-sm"
            aria-describedby="visit-logo-hint"
          />
          {preview && (
            <Button type="button" variant="secondary" disabled={remove.pending} onClick={() => void remove.run({ visitId })}>
              Remove logo
            </Button>
          )}
        </div>
      )}
      <p id="visit-logo-hint" className="text-xs text-slate-600">
        PNG or SVG, at most 200 kB. Shown on the programme&apos;s cover and at the top of every itinerary.
      </p>
      {upload.pending && (
        <p className="text-sm text-slate-700" role="status">
          Uploading…
        </p>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
