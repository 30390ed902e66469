"use client";

import { useState } from "react";
import { setPhotoAction } from "@/lib/protocol/actions";
import { PHOTO_MAX_BYTES, PHOTO_TYPES } from "@/lib/protocol/schema";
import { useAction } from "@/components/ui/form";

/**
 * A person's photo (served to signed-in staff only) and, for editors, a control to upload or
 * remove it. The size and type are checked here first and again on the server (by the bytes).
 */
export function PhotoControl({
  visitId,
  kind,
  person,
  canEdit,
}: {
  visitId: string;
  kind: "delegate" | "contact";
  person: { id: string; name: string; hasPhoto: boolean };
  canEdit: boolean;
}) {
  const { run, result, pending, fieldErrors } = useAction(setPhotoAction);
  const [local, setLocal] = useState<string | null>(null);
  const [stamp, setStamp] = useState(0);
  const id = `photo-${person.id}`;
  const problem = local ?? fieldErrors.photo?.join(" ") ?? (result && !result.ok ? result.message : null);

  async function upload(file: File | null) {
    setLocal(null);
    if (file) {
      if (!(PHOTO_TYPES as readonly string[]).includes(file.type)) return setLocal("Choose a PNG, JPEG or WebP image.");
      if (file.size > PHOTO_MAX_BYTES)
        return setLocal(
          `The photo is too large (${Math.round(file.size / 1024)} KB); the limit is ${Math.round(PHOTO_MAX_BYTES / 1024)} KB.`,
        );
    }
    const form = new FormData();
    form.set("visitId", visitId);
    form.set("kind", kind);
    form.set("personId", person.id);
    if (file) form.set("photo", file);
    const r = await run(form as never);
    if (r.ok) setStamp(Date.now());
  }

  return (
    <div className="w-20 shrink-0 text-xs">
      {person.hasPhoto ? (
        // biome-ignore lint/performance/noImgElement: a private, authenticated image route Next's optimiser cannot fetch
        <img
          src={`/visits/${visitId}/people/${person.id}/photo${stamp ? `?v=${stamp}` : ""}`}
          alt={person.name}
          className="size-20 rounded-md object-cover"
        />
      ) : (
        <div className="flex size-20 items-center justify-center rounded-md bg-slate-100 text-slate-700" aria-hidden="true">
          No photo
        </div>
      )}
      {canEdit && (
        <div className="mt-1 space-y-1">
          <label htmlFor={id} className="cursor-pointer font-semibold text-accent underline">
            {pending ? "Saving…" : person.hasPhoto ? "Replace photo" : "Add photo"}
          </label>
          <input
            id={id}
            type="file"
            accept={PHOTO_TYPES.join(",")}
            className="sr-only"
            aria-describedby={`${id}-msg`}
            aria-label={`Photo of ${person.name}`}
            onChange={(e) => upload(e.target.files?.[0] ?? null)}
          />
          {person.hasPhoto && (
            <button
              type="button"
              className="block font-semibold text-red-700 underline"
              onClick={() => upload(null)}
              aria-label={`Remove the photo of ${person.name}`}
            >
              Remove
            </button>
          )}
          {problem && (
            <p id={`${id}-msg`} role="alert" className="text-red-700">
              {problem}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
