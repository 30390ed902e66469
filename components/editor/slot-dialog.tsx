"use client";

import { useEffect, useState } from "react";
import { loadSlotAction } from "@/lib/slots/actions";
import type { SlotFormValues } from "@/lib/slots/values";
import { DeleteForm } from "./delete-form";
import { Dialog } from "./dialog";
import { MoveForm } from "./move-form";
import { SlotForm } from "./slot-form";

export type SlotDialogRequest =
  | { mode: "edit" | "move" | "duplicate" | "delete"; slotId: string; title: string }
  | { mode: "add"; date: string; dayLabel: string; start: string; end: string; venueId?: string | null };

type Loaded = { values: SlotFormValues; laterCount: number };

const TITLES = { edit: "Edit", move: "Move", duplicate: "Duplicate" } as const;

/** The one slot dialog of the schedule: it reads the slot's current values when it opens. */
export function SlotDialog({ request, onClose }: { request: SlotDialogRequest | null; onClose: () => void }) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const slotId = request && request.mode !== "add" ? request.slotId : null;
  useEffect(() => {
    setLoaded(null);
    setError(null);
    if (!slotId) return;
    let live = true;
    loadSlotAction({ slotId }).then(
      (r) => live && (r.ok ? setLoaded({ values: r.data.values, laterCount: r.data.laterCount }) : setError(r.message)),
      () => live && setError("The server could not be reached. Close this and try again."),
    );
    return () => {
      live = false;
    };
  }, [slotId, request]);

  // The form's first field takes the focus once the slot's values have arrived.
  useEffect(() => {
    if (loaded) document.querySelector<HTMLElement>("dialog[open] [data-autofocus]")?.focus();
  }, [loaded]);
  const title = !request
    ? ""
    : request.mode === "add"
      ? `New slot on ${request.dayLabel}`
      : request.mode === "delete"
        ? "Delete this slot?"
        : `${TITLES[request.mode]} "${request.title}"`;
  return (
    <Dialog open={!!request} onClose={onClose} title={title} wide={!!request && request.mode !== "move" && request.mode !== "delete"}>
      {!request ? null : request.mode === "add" ? (
        <SlotForm
          initial={{
            title: "",
            kind: "MEETING",
            date: request.date,
            start: request.start,
            end: request.end,
            venueId: request.venueId ?? null,
            hostOrganisationId: null,
            description: "",
            delegateNotes: "",
            internalNotes: "",
            attendees: [],
          }}
          onDone={onClose}
        />
      ) : error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : !loaded ? (
        <p role="status" className="py-6 text-center text-slate-600">
          Loading the slot…
        </p>
      ) : request.mode === "edit" ? (
        <SlotForm initial={loaded.values} onDone={onClose} />
      ) : request.mode === "duplicate" ? (
        <SlotForm
          initial={{ ...loaded.values, slotId: undefined, version: undefined, title: `${loaded.values.title} (copy)` }}
          onDone={onClose}
        />
      ) : request.mode === "move" ? (
        <MoveForm slot={loaded.values} laterCount={loaded.laterCount} onDone={onClose} />
      ) : (
        <DeleteForm slot={loaded.values} onDone={onClose} />
      )}
    </Dialog>
  );
}
