"use client";

import { Button } from "@/components/ui/button";
import { useEditor } from "./editor-context";

/** "Add slot" for one day: the form opens with that day and a free-looking hour filled in. */
export function AddSlotButton({
  date,
  dayLabel,
  start = "09:00",
  end = "10:00",
}: {
  date: string;
  dayLabel: string;
  start?: string;
  end?: string;
}) {
  const editor = useEditor();
  return (
    <Button
      type="button"
      variant="secondary"
      className="px-3 py-1.5 text-xs"
      onClick={() => editor.open({ mode: "add", date, dayLabel, start, end })}
      aria-label={`Add slot on ${dayLabel}`}
    >
      + Add slot
    </Button>
  );
}
