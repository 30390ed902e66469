"use client";

import { useDraggable } from "@dnd-kit/core";
import type { KeyboardEvent } from "react";
import type { Warning } from "@/lib/schedule/warnings";

export type BlockView = {
  dragId: string;
  slotId: string;
  title: string;
  time: string;
  people: number;
  laneIndex: number;
  col: number;
  cols: number;
  top: number;
  height: number;
  /** Read after the visible title, time and people: ", venue, clashes". */
  label: string;
  clashes: Warning[];
  dragging: boolean;
  selected: boolean;
};

const LANE = "var(--lane-w)";

/** One slot on the timeline: a focusable, draggable block; its bottom edge changes its length. */
export function Block({ b, canEdit, onSelect, onEdit }: { b: BlockView; canEdit: boolean; onSelect: () => void; onEdit: () => void }) {
  const drag = useDraggable({ id: b.dragId, data: { slotId: b.slotId, kind: "move" }, disabled: !canEdit });
  const resize = useDraggable({ id: `resize:${b.dragId}`, data: { slotId: b.slotId, kind: "resize" }, disabled: !canEdit });
  const blocking = b.clashes.some((w) => w.severity === "blocking");
  const left = `calc(${b.laneIndex} * ${LANE} + ${b.col} * ${LANE} / ${b.cols} + 2px)`;
  const width = `calc(${LANE} / ${b.cols} - 4px)`;
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!drag.isDragging && (e.key === "e" || e.key === "E")) {
      e.preventDefault();
      onEdit();
      return;
    }
    drag.listeners?.onKeyDown?.(e);
  };
  return (
    <>
      <div
        ref={drag.setNodeRef}
        {...drag.attributes}
        {...drag.listeners}
        onKeyDown={onKeyDown}
        id={`slot-${b.slotId}`}
        aria-roledescription={canEdit ? "draggable slot" : "slot"}
        data-testid="block"
        data-slot-id={b.slotId}
        data-clashes={b.clashes.length || undefined}
        onClick={onSelect}
        onDoubleClick={canEdit ? onEdit : undefined}
        onFocus={onSelect}
        style={{ top: b.top, height: Math.max(b.height, 18), left, width }}
        className={`group absolute z-10 cursor-grab touch-manipulation overflow-visible rounded-md border-l-4 px-1.5 py-0.5 text-left text-xs leading-tight shadow-sm outline-offset-2 focus-visible:outline-2 focus-visible:outline-accent ${
          b.clashes.length
            ? blocking
              ? "border-red-700 bg-red-50 ring-1 ring-red-700"
              : "border-amber-600 bg-amber-50 ring-1 ring-amber-500"
            : "border-accent bg-sky-50"
        } ${b.dragging ? "opacity-50 ring-2 ring-accent" : ""} ${b.selected ? "ring-2 ring-ink" : ""}`}
      >
        <span className="block overflow-hidden" style={{ maxHeight: Math.max(b.height, 18) - 4 }}>
          <span className="block truncate font-semibold text-ink">
            {b.clashes.length ? <span aria-hidden="true">⚠ </span> : null}
            {b.title}
          </span>
          <span className="block truncate tabular-nums text-slate-700">
            {b.time} · {b.people} {b.people === 1 ? "person" : "people"}
          </span>
        </span>
        {/* The rest of its name for screen readers: where, and its clashes. */}
        <span className="sr-only">{b.label}</span>
        {b.clashes.length > 0 && (
          // Named on hover and on focus (the accessible name says it too).
          <span
            aria-hidden="true"
            className="pointer-events-none absolute left-0 top-full z-40 mt-1 hidden w-64 rounded-md bg-ink px-2 py-1.5 text-xs text-white shadow-lg group-hover:block group-focus:block"
          >
            {b.clashes.map((w, i) => (
              <span key={i} className="block py-0.5">
                {w.message}
              </span>
            ))}
          </span>
        )}
      </div>
      {canEdit && !b.dragging && (
        // The length handle: pointer and touch only (by keyboard the length is typed in the form).
        <div
          ref={resize.setNodeRef}
          {...resize.listeners}
          aria-hidden="true"
          data-testid="resize"
          style={{ top: b.top + Math.max(b.height, 18) - 6, left, width }}
          className="absolute z-20 h-2.5 cursor-ns-resize touch-none rounded-b-md hover:bg-accent/30"
        />
      )}
    </>
  );
}
