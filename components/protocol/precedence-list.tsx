"use client";

import { useState } from "react";
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { reorderPeopleAction } from "@/lib/protocol/actions";
import { FormResult, useAction } from "@/components/ui/form";

// The visit's order of precedence for delegates or host people: drag a row by its handle
// (mouse, touch, or keyboard: Space to lift, arrows to move, Space to drop) or use the up and
// down buttons. Each move is saved at once.

export type RankedPerson = { id: string; name: string; detail: string };

export function PrecedenceList({
  visitId,
  kind,
  people,
  canEdit,
  label,
}: {
  visitId: string;
  kind: "delegate" | "contact";
  people: RankedPerson[];
  canEdit: boolean;
  label: string;
}) {
  const [order, setOrder] = useState(people.map((p) => p.id));
  const [said, setSaid] = useState("");
  const byId = new Map(people.map((p) => [p.id, p]));
  const { run, result, pending } = useAction(reorderPeopleAction);
  const sensors = useSensors(useSensor(PointerSensor), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  async function save(next: string[], moved: string) {
    const before = order;
    setOrder(next);
    const r = await run({ visitId, kind, ids: next });
    if (r.ok) setSaid(`${byId.get(moved)?.name} is now number ${next.indexOf(moved) + 1} of ${next.length}.`);
    else setOrder(before);
  }
  const move = (id: string, by: number) => {
    const from = order.indexOf(id);
    const to = from + by;
    if (to < 0 || to >= order.length) return;
    void save(arrayMove(order, from, to), id);
  };
  function onDragEnd(e: DragEndEvent) {
    if (!e.over || e.active.id === e.over.id) return;
    void save(arrayMove(order, order.indexOf(String(e.active.id)), order.indexOf(String(e.over.id))), String(e.active.id));
  }

  // What a screen reader hears while dragging: names and positions, not record ids.
  const nameOf = (id: string | number) => byId.get(String(id))?.name ?? "";
  const position = (id: string | number | undefined) =>
    id === undefined ? "" : `position ${order.indexOf(String(id)) + 1} of ${order.length}`;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up ${nameOf(active.id)}, ${position(active.id)}. Arrow keys move, Space drops, Escape cancels.`,
    onDragOver: ({ active, over }) =>
      over ? `${nameOf(active.id)} is over ${position(over.id)}.` : `${nameOf(active.id)} is not over the list.`,
    onDragEnd: ({ active, over }) => (over ? `${nameOf(active.id)} dropped at ${position(over.id)}.` : `${nameOf(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${nameOf(active.id)} was cancelled.`,
  };

  const rows = order.map((id, i) => (
    <Row
      key={id}
      person={byId.get(id)!}
      rank={i + 1}
      canEdit={canEdit}
      first={i === 0}
      last={i === order.length - 1}
      busy={pending}
      onMove={(by) => move(id, by)}
    />
  ));
  // The drag context sits outside the list: its screen-reader elements must not be list children.
  const list = (
    <ol
      aria-label={label}
      className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
      data-testid={`precedence-${kind}`}
    >
      {rows}
    </ol>
  );
  return (
    <div>
      {canEdit ? (
        <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
          <SortableContext items={order} strategy={verticalListSortingStrategy}>
            {list}
          </SortableContext>
        </DndContext>
      ) : (
        list
      )}
      <p role="status" aria-live="polite" className="mt-1 text-sm text-slate-600">
        {said}
      </p>
      {result && !result.ok && <FormResult result={result} />}
    </div>
  );
}

function Row({
  person,
  rank,
  canEdit,
  first,
  last,
  busy,
  onMove,
}: {
  person: RankedPerson;
  rank: number;
  canEdit: boolean;
  first: boolean;
  last: boolean;
  busy: boolean;
  onMove: (by: number) => void;
}) {
  const sortable = useSortableIf(canEdit, person.id);
  const style = sortable ? { transform: CSS.Transform.toString(sortable.transform), transition: sortable.transition } : undefined;
  return (
    <li
      ref={sortable?.setNodeRef}
      style={style}
      className={`flex items-center gap-2 px-3 py-2 ${sortable?.isDragging ? "relative z-10 bg-accent-soft shadow" : ""}`}
      data-testid="precedence-row"
    >
      <span className="w-6 text-right font-mono text-sm text-slate-500">{rank}</span>
      {sortable && (
        <button
          type="button"
          {...sortable.attributes}
          {...sortable.listeners}
          aria-label={`Drag ${person.name} (number ${rank})`}
          className="cursor-grab touch-none rounded px-1 text-slate-500 hover:bg-slate-100"
        >
          ⠿
        </button>
      )}
      <div className="min-w-0 flex-1">
        <span className="font-semibold">{person.name}</span>
        {person.detail && <span className="text-sm text-slate-600"> — {person.detail}</span>}
      </div>
      {canEdit && (
        <div className="flex gap-1">
          <button
            type="button"
            disabled={first || busy}
            onClick={() => onMove(-1)}
            aria-label={`Move ${person.name} up`}
            className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
          >
            ↑
          </button>
          <button
            type="button"
            disabled={last || busy}
            onClick={() => onMove(1)}
            aria-label={`Move ${person.name} down`}
            className="rounded border border-slate-300 px-2 py-1 text-sm disabled:opacity-40"
          >
            ↓
          </button>
        </div>
      )}
    </li>
  );
}

/** useSortable only inside the DndContext (editors); viewers get a plain row. */
function useSortableIf(on: boolean, id: string) {
  // The hook is always called (rules of hooks); outside a context it is inert, and ignored.
  const s = useSortable({ id, disabled: !on });
  return on ? s : null;
}
