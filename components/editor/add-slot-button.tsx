"use client";

import { useCallback, useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog } from "./dialog";
import { SlotForm } from "./slot-form";

/** "Add slot" for one day: the form opens with that day and a free-looking hour filled in. */
export function AddSlotButton({ date, dayLabel, start = "09:00", end = "10:00" }: { date: string; dayLabel: string; start?: string; end?: string }) {
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  return (
    <>
      <Button type="button" variant="secondary" className="px-3 py-1.5 text-xs" onClick={() => setOpen(true)} aria-label={`Add slot on ${dayLabel}`}>
        + Add slot
      </Button>
      <Dialog open={open} onClose={close} title={`New slot on ${dayLabel}`} wide>
        {open && (
          <SlotForm
            initial={{ title: "", kind: "MEETING", date, start, end, venueId: null, hostOrganisationId: null, description: "", delegateNotes: "", internalNotes: "", attendees: [] }}
            onDone={close}
          />
        )}
      </Dialog>
    </>
  );
}
